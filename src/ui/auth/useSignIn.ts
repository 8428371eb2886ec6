/**
 * Who is signed in, and their token source. Demo: the person picked on the demo sign-in screen (kept
 * for this browser tab, so a reload does not sign you out). Production: nested app authentication.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PublicConfig } from '../config/loadPublicConfig.js';
import { errorText } from '../common/errorText.js';
import type { HostContext } from '../host/hostContext.js';
import { useSessionState } from '../session/useSessionState.js';
import { createDemoTokenSource } from './demoTokenSource.js';
import type { DemoPerson } from './demoTokenSource.js';
import type { TokenSource } from './tokenSource.js';

export type SignInState =
  | { readonly phase: 'choosing' }
  | { readonly phase: 'signingIn' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'signedIn'; readonly tokens: TokenSource };

export function useSignIn(config: PublicConfig, host: HostContext) {
  const [demoPerson, setDemoPerson] = useSessionState<DemoPerson | null>('demo-person', null);
  const [state, setState] = useState<SignInState>({ phase: config.mode === 'demo' ? 'choosing' : 'signingIn' });

  useEffect(() => {
    if (config.mode === 'demo') {
      setState(demoPerson ? { phase: 'signedIn', tokens: createDemoTokenSource(config.demo.tokenUrl, demoPerson, undefined, config.apiScope) } : { phase: 'choosing' });
      return undefined;
    }
    let live = true;
    setState({ phase: 'signingIn' });
    // MSAL is only needed inside Teams and Outlook, so the demo never downloads it.
    import('./nestedAppAuth.js').then(({ createNestedAppAuthTokenSource }) => createNestedAppAuthTokenSource({
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      scopes: config.auth.graphScopes,
      apiScope: config.apiScope,
      loginHint: host.teams?.userPrincipalName ?? host.office?.userEmail,
    })).then(
      (tokens) => live && setState({ phase: 'signedIn', tokens }),
      (error: unknown) => live && setState({ phase: 'failed', message: errorText(error) }),
    );
    return () => { live = false; };
  }, [config, host, demoPerson]);

  const signInAs = useCallback((person: DemoPerson) => setDemoPerson(person), [setDemoPerson]);
  const switchPerson = useCallback(() => setDemoPerson(null), [setDemoPerson]);
  return { state, signInAs, switchPerson };
}
