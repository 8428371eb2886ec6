/**
 * The Outlook task pane: start-up and sign-in as in the tab, then a pane for the open item: a meeting
 * being written (compose), an invite being read (from the calendar or the Inbox), or, for anything else,
 * the app itself in the narrow pane. In the demo (a plain browser) the item is a fake one.
 */
import { useMemo } from 'react';
import { StartedApp } from '../ui/CommonTimeRoot.js';
import type { TokenSource } from '../ui/auth/tokenSource.js';
import type { PublicConfig } from '../ui/config/loadPublicConfig.js';
import type { HostContext } from '../ui/host/hostContext.js';
import { AddinWorkspace } from './AddinWorkspace.js';

export function AddinRoot() {
  return (
    <StartedApp shell="taskpane">{(host, config, tokens, onSwitchPerson) => <Workspace host={host} config={config} tokens={tokens} onSwitchPerson={onSwitchPerson} />}</StartedApp>
  );
}

function Workspace({ host, config, tokens, onSwitchPerson }: { host: HostContext; config: PublicConfig; tokens: TokenSource; onSwitchPerson?: () => void }) {
  const search = useMemo(() => window.location.search, []);
  return <AddinWorkspace host={host} config={config} tokens={tokens} search={search} onSwitchPerson={onSwitchPerson} />;
}
