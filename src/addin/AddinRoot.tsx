/**
 * The Outlook task pane: start-up and sign-in as in the tab, then a pane for the open item: a meeting
 * being written (compose), an invite being read (from the calendar or the Inbox), or, for anything else,
 * the app itself in the narrow pane. In the demo (a plain browser) the item is a fake one.
 */
import { useMemo } from 'react';
import { Spinner } from '@fluentui/react-components';
import { Centered, Problem, ThemedRoot } from '../ui/CommonTimeRoot.js';
import { useSignIn } from '../ui/auth/useSignIn.js';
import type { TokenSource } from '../ui/auth/tokenSource.js';
import type { PublicConfig } from '../ui/config/loadPublicConfig.js';
import { BROWSER_HOST } from '../ui/host/hostContext.js';
import type { HostContext } from '../ui/host/hostContext.js';
import { useBootstrap } from '../ui/shell/useBootstrap.js';
import { DemoSignIn } from '../ui/signin/DemoSignIn.js';
import { AddinWorkspace } from './AddinWorkspace.js';

export function AddinRoot() {
  const boot = useBootstrap('taskpane');
  const host = boot.phase === 'ready' ? boot.host : BROWSER_HOST;
  return (
    <ThemedRoot host={host}>
      {boot.phase === 'loading' && (
        <Centered>
          <Spinner label="Starting Common Time..." />
        </Centered>
      )}
      {boot.phase === 'failed' && (
        <Centered>
          <Problem title="Common Time could not start" message={boot.message} />
        </Centered>
      )}
      {boot.phase === 'ready' && <SignedIn host={boot.host} config={boot.config} />}
    </ThemedRoot>
  );
}

function SignedIn({ host, config }: { host: HostContext; config: PublicConfig }) {
  const { state, signInAs, switchPerson } = useSignIn(config, host);
  if (state.phase === 'choosing' && config.mode === 'demo') return <DemoSignIn peopleUrl={config.demo.peopleUrl} onSignIn={signInAs} />;
  if (state.phase === 'failed')
    return (
      <Centered>
        <Problem title="Sign-in failed" message={state.message} />
      </Centered>
    );
  if (state.phase !== 'signedIn')
    return (
      <Centered>
        <Spinner label="Signing in..." />
      </Centered>
    );
  return <Workspace host={host} config={config} tokens={state.tokens} onSwitchPerson={config.mode === 'demo' ? switchPerson : undefined} />;
}

function Workspace({ host, config, tokens, onSwitchPerson }: { host: HostContext; config: PublicConfig; tokens: TokenSource; onSwitchPerson?: () => void }) {
  const search = useMemo(() => window.location.search, []);
  return <AddinWorkspace host={host} config={config} tokens={tokens} search={search} onSwitchPerson={onSwitchPerson} />;
}
