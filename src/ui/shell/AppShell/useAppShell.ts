import { useEffect, useMemo, useRef } from 'react';
import { apiTokenOf } from '../../auth/tokenSource.js';
import { createBrowserGraph } from '../../services/browserGraph.js';
import { loadTemplates } from '../../config/loadTemplates.js';
import { loadDistrict } from '../../config/loadDistrict.js';
import { createAppServices } from '../../services/appServices.js';
import { useAsync } from '../../common/useAsync.js';
import { browserZone } from '../../common/formatTime.js';
import { nowMs } from '../../common/today.js';
import { useSessionState } from '../../session/useSessionState.js';
import type { AppShellProps, AppShellState, ScreenId } from './AppShell.types.js';
import { landingScreen, roleLabel, SCREENS, screenFromUrl, screensFor } from './screens.js';

/**
 * The signed-in frame's state: the screen (kept for this browser tab), the services over the person's Graph
 * gateway, the zone times show in, and focus on the screen once signed in.
 */
export function useAppShell({ shell, config, tokens: tokenSource, focusEventId, onSwitchPerson }: AppShellProps): AppShellState {
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
  const role = narrow ? undefined : roleLabel(user.role);
  return {
    user,
    ...(role && { roleLabel: role }),
    demo: config.mode === 'demo',
    narrow,
    screens: SCREENS.filter((s) => allowed.includes(s.id)),
    screen,
    zone,
    services,
    mainRef,
    ...(focusEventId && { focusEventId }),
    ...(apiTokenOf(tokenSource) && { getApiToken: apiTokenOf(tokenSource)! }),
    ...(onSwitchPerson && { onSwitchPerson }),
    chooseScreen: setScreen,
  };
}
