/**
 * Connects to Teams when the page runs as a Teams tab. Outside Teams there is no parent frame to
 * answer, and app.initialize() would wait for a reply that never comes, so we only try inside a frame
 * and give up after a short wait.
 */
import type { TeamsHost } from './hostContext.js';

const INITIALIZE_TIMEOUT_MS = 4000;

export async function connectToTeams(): Promise<TeamsHost | undefined> {
  if (window.parent === window) return undefined;
  try {
    // Loaded only inside a frame: outside Teams the library is not needed (and would reach for its CDN).
    const { app, authentication, nestedAppAuth } = await import('@microsoft/teams-js');
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await app.getContext();
    // One Teams handler at a time: keep our own listener list and fan out.
    const listeners = new Set<(theme: string) => void>();
    app.registerOnThemeChangeHandler((theme) => listeners.forEach((l) => l(theme)));
    app.notifySuccess();
    return {
      theme: context.app.theme ?? 'default',
      userPrincipalName: context.user?.userPrincipalName,
      ...(context.app.locale && { locale: context.app.locale }),
      onThemeChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      nestedAppAuthRecommended: safely(() => nestedAppAuth.isNAAChannelRecommended()),
      authenticate: (url) => authentication.authenticate({ url, width: 600, height: 535 }),
    };
  } catch {
    return undefined;
  }
}

function safely(check: () => boolean): boolean {
  try {
    return check() === true;
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
