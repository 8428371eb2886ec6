/**
 * Which Fluent theme to use. Inside Teams, Teams' own theme decides (it reports "default", "dark" or
 * "contrast"); elsewhere the operating system does, through prefers-color-scheme and forced-colors
 * (Windows high contrast). Pure, so the rule is tested without a browser.
 */
export type ThemeName = 'light' | 'dark' | 'contrast';

export interface ThemeSignals {
  /** Teams' theme name when running inside Teams, else undefined. */
  readonly teamsTheme?: string;
  readonly prefersDark: boolean;
  readonly forcedColors: boolean;
}

export function chooseTheme(signals: ThemeSignals): ThemeName {
  if (signals.teamsTheme !== undefined) {
    if (signals.teamsTheme === 'dark') return 'dark';
    if (signals.teamsTheme === 'contrast') return 'contrast';
    return 'light';
  }
  if (signals.forcedColors) return 'contrast';
  return signals.prefersDark ? 'dark' : 'light';
}
