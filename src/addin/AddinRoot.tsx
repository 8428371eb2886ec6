/**
 * The Outlook task pane: start-up and sign-in as in the tab, then a pane for the open item: a meeting
 * being written (compose), an invite being read (from the calendar or the Inbox), or, for anything else,
 * the app itself in the narrow pane. In the demo (a plain browser) the item is a fake one.
 */
import { useMemo } from 'react';
import { Spinner } from '@fluentui/react-components';
import { Centered, Problem, SignInGate, ThemedRoot } from '../ui/CommonTimeRoot.js';
import type { TokenSource } from '../ui/auth/tokenSource.js';
import type { PublicConfig } from '../ui/config/loadPublicConfig.js';
import { BROWSER_HOST } from '../ui/host/hostContext.js';
import type { HostContext } from '../ui/host/hostContext.js';
import { useBootstrap } from '../ui/shell/useBootstrap.js';
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
  return (
    <SignInGate host={host} config={config}>
      {(tokens, onSwitchPerson) => <Workspace host={host} config={config} tokens={tokens} onSwitchPerson={onSwitchPerson} />}
    </SignInGate>
  );
}

function Workspace({ host, config, tokens, onSwitchPerson }: { host: HostContext; config: PublicConfig; tokens: TokenSource; onSwitchPerson?: () => void }) {
  const search = useMemo(() => window.location.search, []);
  return <AddinWorkspace host={host} config={config} tokens={tokens} search={search} onSwitchPerson={onSwitchPerson} />;
}
