/**
 * The signed-in frame: a banner with who you are, navigation between screens, and the screen itself.
 * Landmarks (banner, navigation, main) let screen-reader users jump; the tab list is arrow-key driven.
 */
import type { AppShellProps } from './AppShell.types.js';
import { renderAppShell } from './renderAppShell.js';
import { useAppShell } from './useAppShell.js';
import { useAppShellStyles } from './useAppShellStyles.styles.js';

export function AppShell(props: AppShellProps) {
  const state = useAppShell(props);
  return renderAppShell(state, useAppShellStyles());
}
