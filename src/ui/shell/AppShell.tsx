/**
 * The signed-in frame: a banner with who you are, navigation between screens, and the screen itself.
 * Landmarks (banner, navigation, main) let screen-reader users jump; the tab list is arrow-key driven.
 */
import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import { Badge, Button, Persona, Spinner, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { apiTokenOf, type TokenSource } from '../auth/tokenSource.js';
import type { PublicConfig } from '../config/loadPublicConfig.js';
import { createBrowserGraph } from '../services/browserGraph.js';
import { loadTemplates } from '../config/loadTemplates.js';
import { FindTimeScreen, MyInvitesScreen, PartnershipsScreen, SentInvitesScreen } from './lazyScreens.js';
import { loadDistrict } from '../config/loadDistrict.js';
import { AppServicesContext, createAppServices } from '../services/appServices.js';
import { useAsync } from '../common/useAsync.js';
import { browserZone } from '../common/formatTime.js';
import { nowMs } from '../common/today.js';
import { useSessionState } from '../session/useSessionState.js';
import { SHELL_TEXT } from '../text/uiText.js';
import type { HostShell } from './useBootstrap.js';

type ScreenId = 'findTime' | 'invites' | 'sent' | 'partnerships' | 'report';

const SCREENS: { id: ScreenId; label: string }[] = [
  { id: 'report', label: SHELL_TEXT.screens.report },
  { id: 'findTime', label: SHELL_TEXT.screens.findTime },
  { id: 'invites', label: SHELL_TEXT.screens.invites },
  { id: 'sent', label: SHELL_TEXT.screens.sent },
  { id: 'partnerships', label: SHELL_TEXT.screens.partnerships },
];

// The report brings the charts: loaded only when a district admin opens it.
const ReportScreen = lazy(() => import('../report/ReportScreen.js'));

/**
 * The screens each role uses, landing screen first; unknown roles (no role claim) get the coach's and principal's.
 * Coaches include principal supervisors (Partnerships lists whoever reports to the signed-in person).
 */
export function screensFor(role: string | undefined): ScreenId[] {
  if (role === 'districtAdmin') return ['report', 'invites'];
  if (role === 'coach') return ['findTime', 'sent', 'partnerships', 'invites'];
  if (role === 'principal') return ['invites'];
  return ['invites', 'findTime', 'sent', 'partnerships'];
}

/** A Teams static tab opens a given screen with `?screen=findTime` or `?screen=invites`. */
export function screenFromUrl(search: string): ScreenId | undefined {
  const wanted = new URLSearchParams(search).get('screen');
  return SCREENS.find((s) => s.id === wanted)?.id;
}

/** District admins land on the report, coaches on Find time, everyone else on what they were invited to. */
export function landingScreen(role: string | undefined): ScreenId {
  return screensFor(role)[0]!;
}

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  banner: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500, marginRight: 'auto' },
  nav: { padding: `0 ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorNeutralBackground1 },
  // A coach has four screens: in a side panel or a narrow pane the tabs take a second row rather than widen the page.
  tabs: { flexWrap: 'wrap' },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL, width: '100%', maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box' },
  narrow: { padding: tokens.spacingHorizontalS },
  skip: {
    position: 'absolute',
    left: '-9999px',
    top: 0,
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1 },
  },
});

export interface AppShellProps {
  readonly shell: HostShell;
  readonly config: PublicConfig;
  readonly tokens: TokenSource;
  /** In Outlook, the meeting the pane was opened on: My invites shows it first. */
  readonly focusEventId?: string;
  /** Demo only: go back to the person picker. */
  readonly onSwitchPerson?: () => void;
}

export function AppShell({ shell, config, tokens: tokenSource, focusEventId, onSwitchPerson }: AppShellProps) {
  const styles = useStyles();
  const { user } = tokenSource;
  const allowed = screensFor(user.role);
  const [chosen, setScreen] = useSessionState<ScreenId>(`screen:${user.upn}`, landingScreen(user.role));
  const screen = allowed.includes(chosen) ? chosen : allowed[0]!;
  useEffect(() => {
    const requested = focusEventId ? 'invites' : screenFromUrl(window.location.search);
    if (requested) setScreen(requested);
  }, [setScreen, focusEventId]);
  // Signed in: focus goes to the screen (its name is announced), not to the page body.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => mainRef.current?.focus(), []);
  const graph = useMemo(() => createBrowserGraph(config, tokenSource), [config, tokenSource]);
  // The district's agenda templates, read by the server at start; the built-ins until they arrive.
  const templates = useAsync(() => loadTemplates(), []);
  const offered = templates.status === 'done' ? templates.value : undefined;
  const services = useMemo(
    () =>
      createAppServices(graph, offered, () => loadDistrict(config.mode, apiTokenOf(tokenSource)), {
        now: nowMs,
        ...(config.districtCalendar && { districtCalendar: config.districtCalendar }),
      }),
    [graph, offered, config.mode, config.districtCalendar, tokenSource],
  );
  const narrow = shell === 'taskpane';
  // Times show in the mailbox's own zone (the one Outlook uses), else the browser's.
  const mailbox = useAsync(() => services.reads.mailboxTimeZone(), [services]);
  const zone = (mailbox.status === 'done' && mailbox.value) || browserZone();

  return (
    <AppServicesContext.Provider value={services}>
      <div className={styles.frame}>
        <a href="#main" className={styles.skip}>
          {SHELL_TEXT.skipToContent}
        </a>
        <header className={styles.banner}>
          <Text as="h1" className={styles.title}>
            {SHELL_TEXT.appName}
          </Text>
          {config.mode === 'demo' && (
            <Badge appearance="tint" color="informative">
              {SHELL_TEXT.demoBadge}
            </Badge>
          )}
          <Persona name={user.displayName} secondaryText={narrow ? undefined : roleLabel(user.role)} size="small" />
          {onSwitchPerson && (
            <Button appearance="secondary" size="small" onClick={onSwitchPerson}>
              {SHELL_TEXT.switchPerson}
            </Button>
          )}
        </header>
        <nav className={styles.nav} aria-label={SHELL_TEXT.screensLabel}>
          <TabList className={styles.tabs} selectedValue={screen} onTabSelect={(_, d) => setScreen(d.value as ScreenId)} size={narrow ? 'small' : 'medium'}>
            {SCREENS.filter((s) => allowed.includes(s.id)).map((s) => (
              <Tab key={s.id} value={s.id}>
                {s.label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main id="main" tabIndex={-1} ref={mainRef} className={mergeClasses(styles.main, narrow && styles.narrow)} aria-label={SCREENS.find((s) => s.id === screen)?.label}>
          {screen === 'findTime' && <FindTimeScreen user={user} zone={zone} narrow={narrow} />}
          {screen === 'invites' && <MyInvitesScreen user={user} zone={zone} {...(focusEventId && { focusEventId })} />}
          {screen === 'report' && (
            <Suspense fallback={<Spinner label="Opening the district report..." />}>
              <ReportScreen {...(apiTokenOf(tokenSource) && { getApiToken: apiTokenOf(tokenSource)! })} />
            </Suspense>
          )}
          {screen === 'sent' && <SentInvitesScreen user={user} zone={zone} />}
          {screen === 'partnerships' && <PartnershipsScreen user={user} zone={zone} />}
        </main>
      </div>
    </AppServicesContext.Provider>
  );
}

function roleLabel(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  return SHELL_TEXT.roles[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}
