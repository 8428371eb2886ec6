export { AppShell } from './AppShell.js';
export type { AppShellProps, ScreenId } from './AppShell.types.js';
export { landingScreen, screenFromUrl, screensFor } from './screens.js';
