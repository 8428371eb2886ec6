/**
 * What `GET /api/config` tells the browser: where Graph is and how to get a token. This file has no
 * Node imports so the browser code can import its types. Nothing secret ever goes in here.
 */
import type { IdentitySettings } from './config.js';
import { todayOf } from '../sim/clock.js';
import { apiScope } from './config.js';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

/** Delegated Graph permissions the browser asks for (least privilege for the screens we have). */
export const GRAPH_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  // Each principal's manager and hire date (who supervises whom, who is new): admin consent.
  'User.Read.All',
  'People.Read',
  'GroupMember.Read.All',
  'Calendars.ReadWrite',
  // The district's shared peer-coaching calendar, which organizes pairs for every coach.
  'Calendars.ReadWrite.Shared',
  // Attendees' notes arrive as response messages in the organizer's mailbox.
  'Mail.Read',
  'MailboxSettings.Read',
] as const;

export interface DemoPublicConfig {
  readonly mode: 'demo';
  /** The scope to ask for to call `/api` (in the demo: `${tokenUrl}?user=UPN&scope=${apiScope}`). */
  readonly apiScope: string;
  /** Relative to the app's origin; resolve it against the page's URL. */
  readonly graphBaseUrl: string;
  readonly demo: {
    /** Lists the seeded people one may act as. */
    readonly peopleUrl: string;
    /** `?user=UPN` gives `{ access_token }` for that person. */
    readonly tokenUrl: string;
  };
  /**
   * The demo's clock when this was answered (epoch ms) and its date in the district (YYYY-MM-DD): the tab
   * reads "today" from these, not from the device, so COMMON_TIME_TODAY moves the whole demo at once.
   */
  readonly now: number;
  readonly today: string;
}

export interface ProductionPublicConfig {
  readonly mode: 'production';
  /** The scope to ask for to call `/api`, e.g. `api://contoso.example/{clientId}/access_as_user`. */
  readonly apiScope: string;
  readonly graphBaseUrl: string;
  readonly auth: {
    readonly clientId: string;
    readonly authority: string;
    readonly graphScopes: readonly string[];
  };
}

export type PublicConfig = DemoPublicConfig | ProductionPublicConfig;

export function toPublicConfig(identity: IdentitySettings, nowMs: number = Date.now()): PublicConfig {
  if (identity.mode === 'demo') {
    // Relative: the app server forwards these to the demo tenant (see demo/simProxy.ts).
    return { mode: 'demo', apiScope: apiScope(identity), graphBaseUrl: '/v1.0', demo: { peopleUrl: '/demo/people', tokenUrl: '/demo/token' }, now: nowMs, today: todayOf(() => nowMs) };
  }
  return {
    mode: 'production',
    apiScope: apiScope(identity),
    graphBaseUrl: GRAPH_V1,
    auth: {
      clientId: identity.clientId,
      authority: `https://login.microsoftonline.com/${identity.tenantId}`,
      graphScopes: GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`),
    },
  };
}

