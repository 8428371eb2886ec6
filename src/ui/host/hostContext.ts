/** Where the app is running: inside Teams, inside Outlook (Office.js), or a plain browser (the demo). */
export interface TeamsHost {
  readonly theme: string;
  readonly userPrincipalName?: string;
  /** Subscribes to Teams' theme changes; returns an unsubscribe function. */
  onThemeChange(listener: (theme: string) => void): () => void;
}

export interface OfficeHost {
  readonly host: string;
  readonly userEmail?: string;
  /** The Graph id of the meeting the pane was opened on, when it was opened on one. */
  readonly itemEventId?: string;
}

export interface HostContext {
  readonly kind: 'teams' | 'outlook' | 'browser';
  readonly teams?: TeamsHost;
  readonly office?: OfficeHost;
}

export const BROWSER_HOST: HostContext = { kind: 'browser' };
