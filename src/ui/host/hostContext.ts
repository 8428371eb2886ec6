import type { OfficeApi } from './office/index.js';

/** Where the app is running: inside Teams, inside Outlook (Office.js), or a plain browser (the demo). */
export interface TeamsHost {
  readonly theme: string;
  readonly userPrincipalName?: string;
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
  /** Office.js (or, in the demo, the fake mailbox), for src/ui/host/office. */
  readonly office: OfficeApi;
}

export interface HostContext {
  readonly kind: 'teams' | 'outlook' | 'browser';
  readonly teams?: TeamsHost;
  readonly office?: OfficeHost;
}

export const BROWSER_HOST: HostContext = { kind: 'browser' };
