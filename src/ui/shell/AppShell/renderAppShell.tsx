import { Suspense, lazy } from 'react';
import { Badge, Button, Persona, Spinner, Tab, TabList, Text, mergeClasses } from '@fluentui/react-components';
import { AppServicesContext } from '../../services/appServices.js';
import { SHELL_TEXT } from '../../text/uiText.js';
import { FindTimeScreen, MyInvitesScreen, PartnershipsScreen, SentInvitesScreen } from '../lazyScreens.js';
import type { AppShellState, ScreenId } from './AppShell.types.js';
import type { AppShellClasses } from './useAppShellStyles.styles.js';

// The report brings the charts: loaded only when a district admin opens it.
const ReportScreen = lazy(() => import('../../report/ReportScreen.js'));

export function renderAppShell(state: AppShellState, classes: AppShellClasses) {
  const { user, screen, zone } = state;
  return (
    <AppServicesContext.Provider value={state.services}>
      <div className={classes.frame}>
        <a href="#main" className={classes.skip}>
          {SHELL_TEXT.skipToContent}
        </a>
        <header className={classes.banner}>
          <Text as="h1" className={classes.title}>
            {SHELL_TEXT.appName}
          </Text>
          {state.demo && (
            <Badge appearance="tint" color="informative">
              {SHELL_TEXT.demoBadge}
            </Badge>
          )}
          <Persona name={user.displayName} secondaryText={state.roleLabel} size="small" />
          {state.onSwitchPerson && (
            <Button appearance="secondary" size="small" onClick={state.onSwitchPerson}>
              {SHELL_TEXT.switchPerson}
            </Button>
          )}
        </header>
        <nav className={classes.nav} aria-label={SHELL_TEXT.screensLabel}>
          <TabList className={classes.tabs} selectedValue={screen} onTabSelect={(_, d) => state.chooseScreen(d.value as ScreenId)} size={state.narrow ? 'small' : 'medium'}>
            {state.screens.map((s) => (
              <Tab key={s.id} value={s.id}>
                {s.label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main
          id="main"
          tabIndex={-1}
          ref={state.mainRef}
          className={mergeClasses(classes.main, state.narrow && classes.narrow)}
          aria-label={state.screens.find((s) => s.id === screen)?.label}
        >
          {screen === 'findTime' && <FindTimeScreen user={user} zone={zone} narrow={state.narrow} />}
          {screen === 'invites' && <MyInvitesScreen user={user} zone={zone} {...(state.focusEventId && { focusEventId: state.focusEventId })} />}
          {screen === 'report' && (
            <Suspense fallback={<Spinner label={SHELL_TEXT.openingReport} />}>
              <ReportScreen {...(state.getApiToken && { getApiToken: state.getApiToken })} />
            </Suspense>
          )}
          {screen === 'sent' && <SentInvitesScreen user={user} zone={zone} />}
          {screen === 'partnerships' && <PartnershipsScreen user={user} zone={zone} />}
        </main>
      </div>
    </AppServicesContext.Provider>
  );
}
