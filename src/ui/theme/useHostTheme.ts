/** Follows the host's theme live: Teams' theme-change events, or the OS media queries outside Teams. */
import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { chooseTheme } from './hostTheme.js';
import type { ThemeName } from './hostTheme.js';
import type { HostContext } from '../host/hostContext.js';

export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

function mediaMatches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

function currentName(teamsTheme: string | undefined): ThemeName {
  return chooseTheme({
    teamsTheme,
    prefersDark: mediaMatches('(prefers-color-scheme: dark)'),
    forcedColors: mediaMatches('(forced-colors: active)'),
  });
}

export function useHostTheme(host: HostContext): ThemeName {
  const [teamsTheme, setTeamsTheme] = useState<string | undefined>(host.teams?.theme);
  const [name, setName] = useState<ThemeName>(() => currentName(host.teams?.theme));

  useEffect(() => {
    if (host.teams) return host.teams.onThemeChange(setTeamsTheme);
    return undefined;
  }, [host]);

  useEffect(() => {
    setName(currentName(teamsTheme));
    if (teamsTheme !== undefined || typeof window.matchMedia !== 'function') return undefined;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => window.matchMedia(q));
    const update = () => setName(currentName(undefined));
    queries.forEach((q) => q.addEventListener('change', update));
    return () => queries.forEach((q) => q.removeEventListener('change', update));
  }, [teamsTheme]);

  return name;
}
