import type { OfficeApi } from './office/index.js';

/** Where the app is running: inside Teams, inside Outlook (Office.js), or a plain browser (the demo). */
export interface TeamsHost {
  readonly theme: string;
  readonly userPrincipalName?: string;
  /** Teams' display language (context.app.locale), e.g. "fr-FR". */
  readonly locale?: string;
  /** Subscribes to Teams' theme changes; returns an unsubscribe function. */
  onThemeChange(listener: (theme: string) => void): () => void;
  /** Teams' own check (nestedAppAuth.isNAAChannelRecommended): can this Teams broker our tokens? */
  readonly nestedAppAuthRecommended: boolean;
  /** Teams' authentication window (authentication.authenticate): resolves with what its page reports. */
  authenticate(url: string): Promise<string>;
}

export interface OfficeHost {
  readonly host: string;
  readonly userEmail?: string;
  /** Office's display language (Office.context.displayLanguage), e.g. "en-GB". */
  readonly locale?: string;
  /** Office.js (or, in the demo, the fake mailbox), for src/ui/host/office. */
  readonly office: OfficeApi;
}

export interface HostContext {
  readonly kind: 'teams' | 'outlook' | 'browser';
  readonly teams?: TeamsHost;
  readonly office?: OfficeHost;
}

/** The host's display language, when the host says (a plain browser's is navigator.language). */
export function hostLocale(host: HostContext): string | undefined {
  return host.teams?.locale ?? host.office?.locale;
}

export const BROWSER_HOST: HostContext = { kind: 'browser' };
