/** Picks the pane for the open item once signed in; in the demo, builds the fake item first. */
import { useMemo } from 'react';
import { Badge, Button, Persona, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Centered, Problem } from '../ui/CommonTimeRoot.js';
import type { TokenSource } from '../ui/auth/tokenSource.js';
import type { PublicConfig } from '../ui/config/loadPublicConfig.js';
import { createAddinCalendar } from '../graph/index.js';
import { browserZone } from '../ui/common/formatTime.js';
import { nowMs } from '../ui/common/today.js';
import { useAsync } from '../ui/common/useAsync.js';
import { loadTemplates } from '../ui/config/loadTemplates.js';
import { AppServicesContext, createAppServices } from '../ui/services/appServices.js';
import { createBrowserGraph } from '../ui/services/browserGraph.js';
import type { HostContext } from '../ui/host/hostContext.js';
import { openItem } from '../ui/host/office/index.js';
import type { OfficeApi } from '../ui/host/office/index.js';
import { AppShell } from '../ui/shell/AppShell/index.js';
import { ComposePane } from './compose/ComposePane.js';
import { ReadPane } from './read/ReadPane.js';
import { createDemoItem, demoItemFromUrl } from './demo/demoItem.js';
import type { FakeOffice } from './demo/fakeMailbox.js';
import { FakeItemPanel } from './demo/FakeItemPanel.js';

const useStyles = makeStyles({
  page: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start', flexWrap: 'wrap', padding: tokens.spacingHorizontalS },
  pane: { width: '100%', maxWidth: '380px', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  banner: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, marginRight: 'auto' },
});

export interface AddinWorkspaceProps {
  readonly host: HostContext;
  readonly config: PublicConfig;
  readonly tokens: TokenSource;
  /** The page's query string (the demo's item choice). */
  readonly search: string;
  readonly onSwitchPerson?: () => void;
  /** Epoch ms now: the app's one clock (the demo's follows the server's). */
  readonly now?: () => number;
}

export function AddinWorkspace({ host, config, tokens: tokenSource, search, onSwitchPerson, now = nowMs }: AddinWorkspaceProps) {
  const styles = useStyles();
  const graph = useMemo(() => createBrowserGraph(config, tokenSource), [config, tokenSource]);
  // The district's agenda templates, read by the server at start; the built-ins until they arrive.
  const templates = useAsync(() => loadTemplates(), []);
  const offered = templates.status === 'done' ? templates.value : undefined;
  // The same clock and district calendar as the tab, so a search's notice and closures agree with it.
  const services = useMemo(
    () => createAppServices(graph, offered, undefined, { now, ...(config.districtCalendar && { districtCalendar: config.districtCalendar }) }),
    [graph, offered, now, config.districtCalendar],
  );
  const calendar = useMemo(() => createAddinCalendar(graph), [graph]);
  // Times show in the mailbox's own zone (the one Outlook uses), else the browser's.
  const mailbox = useAsync(() => services.reads.mailboxTimeZone(), [services]);
  const zone = (mailbox.status === 'done' && mailbox.value) || browserZone();
  const me = { name: tokenSource.user.displayName, address: host.office?.userEmail ?? tokenSource.user.upn };
  const demo = useAsync<FakeOffice | undefined>(
    () => (host.office || config.mode !== 'demo' ? Promise.resolve(undefined) : createDemoItem(demoItemFromUrl(search), calendar, me, now())),
    [host.office, config.mode, search, calendar],
  );
  const office: OfficeApi | undefined = host.office?.office ?? (demo.status === 'done' ? demo.value?.office : undefined);
  // Read once per item: Outlook opens a new pane for each item.
  const item = useMemo(() => (office ? openItem(office) : undefined), [office]);
  if (demo.status === 'loading' || demo.status === 'idle')
    return (
      <Centered>
        <Spinner label="Opening the item..." />
      </Centered>
    );
  if (demo.status === 'failed')
    return (
      <Centered>
        <Problem title="The demo item could not be opened" message={demo.message} />
      </Centered>
    );
  if (!office || !item) {
    // Opened outside Outlook in production: the app itself, narrow.
    return <AppShell shell="taskpane" config={config} tokens={tokenSource} />;
  }
  const banner = (
    <header className={styles.banner}>
      <Text as="h1" className={styles.title}>
        Common Time
      </Text>
      {config.mode === 'demo' && (
        <Badge appearance="tint" color="informative">
          Demo district
        </Badge>
      )}
      <Persona name={tokenSource.user.displayName} size="extra-small" />
      {onSwitchPerson && (
        <Button size="small" appearance="subtle" onClick={onSwitchPerson}>
          Switch person
        </Button>
      )}
    </header>
  );
  if (item.mode === 'other') {
    return (
      <div className={styles.pane}>
        {banner}
        <Problem title="Nothing to do on this item" message={item.reason} />
        <AppShell shell="taskpane" config={config} tokens={tokenSource} />
      </div>
    );
  }
  return (
    <AppServicesContext.Provider value={services}>
      <div className={styles.page}>
        <main className={styles.pane} aria-label="Common Time pane">
          {banner}
          {item.mode === 'compose' ? (
            <ComposePane item={item} services={services} calendar={calendar} organizer={me} zone={zone} now={now} />
          ) : (
            <ReadPane item={item} calendar={calendar} invites={services.invites} zone={zone} userKey={tokenSource.user.upn} />
          )}
        </main>
        {demo.value && <FakeItemPanel fake={demo.value} zone={zone} />}
      </div>
    </AppServicesContext.Provider>
  );
}
