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
import type { ProductionPublicConfig } from '../../server/publicConfig.js';
import { openOfficeDialog } from '../host/office/index.js';
import { chooseSignIn } from './chooseSignIn.js';

export type SignInState =
  | { readonly phase: 'choosing' }
  | { readonly phase: 'signingIn' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'signedIn'; readonly tokens: TokenSource };

/** Production sign-in: nested app authentication where the host offers it, else the host's fallback. */
export async function signInForHost(config: ProductionPublicConfig, host: HostContext): Promise<TokenSource> {
  const settings = {
    clientId: config.auth.clientId,
    authority: config.auth.authority,
    scopes: config.auth.graphScopes,
    apiScope: config.apiScope,
    loginHint: host.teams?.userPrincipalName ?? host.office?.userEmail,
    origin: window.location.origin,
  };
  const method = chooseSignIn(host);
  if (method === 'nestedAppAuth') return (await import('./nestedAppAuth.js')).createNestedAppAuthTokenSource(settings);
  const fallback = await import('./fallbackSignIn.js');
  if (method === 'officeDialog') {
    const office = host.office!.office;
    return fallback.createWindowTokenSource(() => openOfficeDialog(office, fallback.dialogUrl(settings, 'outlook')));
  }
  if (method === 'teamsAuthenticate') {
    const teams = host.teams!;
    return fallback.createWindowTokenSource(() => teams.authenticate(fallback.dialogUrl(settings, 'teams')));
  }
  return fallback.createPopupTokenSource(settings);
}

export function useSignIn(config: PublicConfig, host: HostContext) {
  const [demoPerson, setDemoPerson] = useSessionState<DemoPerson | null>('demo-person', null);
  const [state, setState] = useState<SignInState>({ phase: config.mode === 'demo' ? 'choosing' : 'signingIn' });

  useEffect(() => {
    if (config.mode === 'demo') {
      setState(
        demoPerson
          ? { phase: 'signedIn', tokens: createDemoTokenSource(config.demo.tokenUrl, demoPerson, undefined, config.demo.scopes ?? [], config.apiScope) }
          : { phase: 'choosing' },
      );
      return undefined;
    }
    let live = true;
    setState({ phase: 'signingIn' });
    // MSAL is only needed in production, so the demo never downloads it.
    signInForHost(config, host).then(
      (tokens) => live && setState({ phase: 'signedIn', tokens }),
      (error: unknown) => live && setState({ phase: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [config, host, demoPerson]);

  const signInAs = useCallback((person: DemoPerson) => setDemoPerson(person), [setDemoPerson]);
  const switchPerson = useCallback(() => setDemoPerson(null), [setDemoPerson]);
  return { state, signInAs, switchPerson };
}
