/**
 * What `GET /api/config` tells the browser: where Graph is and how to get a token. This file has no
 * Node imports so the browser code can import its types. Nothing secret ever goes in here.
 */
import type { DistrictCalendar } from '../core/district/districtCalendar.js';
import type { IdentitySettings } from './config.js';
import { todayOf } from '../sim/clock.js';
import { apiScope } from './config.js';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

/**
 * Delegated Graph permissions the browser asks for: the least that works, property by property (the
 * README's permissions table says which call and which property needs each).
 * - User.Read: sign-in and the signed-in person's own profile.
 * - User.Read.All: principals' officeLocation (their school), jobTitle and office address (a learning
 *   walk's location); User.ReadBasic.All returns only displayName, givenName, surname, mail and
 *   userPrincipalName of other people; also each principal's manager and employeeHireDate (who supervises
 *   whom, who is new).
 * - People.Read: the people picker (/me/people).
 * - GroupMember.Read.All: cohort groups and their members (least privileged for both).
 * - Calendars.ReadWrite: free/busy, booking, answering, our extended-property tag.
 * - Calendars.ReadWrite.Shared: the district's shared peer-coaching calendar, where every coach books pairs.
 * - Mail.Read: attendees' notes, which arrive as response messages in the organizer's mailbox.
 * - MailboxSettings.Read: time zone and working hours.
 */
export const GRAPH_SCOPES = [
  'User.Read',
  'User.Read.All',
  'People.Read',
  'GroupMember.Read.All',
  'Calendars.ReadWrite',
  'Calendars.ReadWrite.Shared',
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
    /** The delegated permissions the demo app holds: the same as production asks for. */
    readonly scopes: readonly string[];
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

/** The district's closures every search honours (DISTRICT_CALENDAR, or the demo district's). */
export interface DistrictSettings {
  readonly districtCalendar?: DistrictCalendar;
}

export type PublicConfig = (DemoPublicConfig | ProductionPublicConfig) & DistrictSettings;

export function toPublicConfig(identity: IdentitySettings, nowMs: number = Date.now(), district: DistrictSettings = {}): PublicConfig {
  const calendar = district.districtCalendar ? { districtCalendar: district.districtCalendar } : {};
  if (identity.mode === 'demo') {
    // Relative: the app server forwards these to the demo tenant (see demo/simProxy.ts).
    return {
      mode: 'demo',
      apiScope: apiScope(identity),
      graphBaseUrl: '/v1.0',
      demo: { peopleUrl: '/demo/people', tokenUrl: '/demo/token', scopes: [...GRAPH_SCOPES] },
      now: nowMs,
      today: todayOf(() => nowMs),
      ...calendar,
    };
  }
  return {
    ...calendar,
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
