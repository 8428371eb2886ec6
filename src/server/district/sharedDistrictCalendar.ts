/**
 * The district calendar kept as a shared Outlook calendar, read through Graph with the app's own identity:
 * DISTRICT_CALENDAR_MAILBOX names its mailbox (a shared mailbox; Graph reads no group calendar with an app's
 * own identity). Read once at start (a calendar that cannot be read stops the start with
 * one line naming the setting and the fix), then again every 15 minutes so a closure the admin adds in
 * Outlook reaches every search without a restart; a failed refresh keeps the last calendar read and says so.
 */
import { DateTime } from 'luxon';
import type { DistrictCalendar } from '../../core/district/index.js';
import { createGraphGateway, GraphRequestError, readDistrictCalendar, type GraphGateway } from '../../graph/index.js';
import { serverGraphToken } from '../auth/appOnlyGraphToken.js';
import { ConfigError, type IdentitySettings } from '../config.js';
import { GRAPH_V1 } from '../publicConfig.js';

export const DISTRICT_CALENDAR_MAILBOX_SETTING = 'DISTRICT_CALENDAR_MAILBOX';
/** The zone of the district's dates when the calendar's mailbox settings cannot be read. */
export const DISTRICT_CALENDAR_ZONE_SETTING = 'DISTRICT_CALENDAR_TIME_ZONE';
export const DISTRICT_CALENDAR_REFRESH_MS = 15 * 60_000;
/** The district's zone when the calendar's mailbox names none. */
const FALLBACK_ZONE = 'America/New_York';

export interface SharedDistrictCalendar {
  /** The calendar as last read. */
  current(): DistrictCalendar;
  /** Reads it again now (the timer does this every 15 minutes). */
  refresh(): Promise<DistrictCalendar>;
  /** Stops the refresh timer. */
  close(): void;
}

export interface SharedDistrictCalendarOptions {
  readonly address: string;
  readonly identity: IdentitySettings;
  readonly now: () => number;
  /** Overrides the gateway built from `identity` (tests). */
  readonly graph?: Pick<GraphGateway, 'calendarView' | 'getMailboxSettings'>;
  readonly refreshMs?: number;
  readonly log?: (line: string) => void;
  /** The district's zone when the calendar's mailbox settings cannot be read (IANA or Windows; default Eastern). */
  readonly fallbackZone?: string;
}

/** From a year before now to two years after: every search's window and a series' dates fall inside. */
function readWindow(nowMs: number): { start: number; end: number } {
  const today = DateTime.fromMillis(nowMs, { zone: FALLBACK_ZONE }).startOf('day');
  return { start: today.minus({ years: 1 }).toMillis(), end: today.plus({ years: 2 }).toMillis() };
}

function whyNot(error: unknown, address: string): string {
  const detail = error instanceof GraphRequestError || error instanceof Error ? error.message : String(error);
  return (
    `${DISTRICT_CALENDAR_MAILBOX_SETTING}=${address}: the district calendar could not be read through Microsoft Graph (${detail.replace(/\.$/, '')}). ` +
    `Check the address is the calendar's mailbox (a shared mailbox, not a group), and that the app has the Calendars.Read application permission with admin consent.`
  );
}

export async function openSharedDistrictCalendar(options: SharedDistrictCalendarOptions): Promise<SharedDistrictCalendar> {
  const { identity } = options;
  const graph =
    options.graph ?? createGraphGateway({ baseUrl: identity.mode === 'demo' ? `${identity.simUrl}/v1.0` : GRAPH_V1, getToken: serverGraphToken(identity), clock: options.now });
  const read = () => readDistrictCalendar(graph, { address: options.address, window: readWindow(options.now()), fallbackZone: options.fallbackZone ?? FALLBACK_ZONE });
  let calendar: DistrictCalendar;
  try {
    calendar = await read();
  } catch (error) {
    throw new ConfigError(DISTRICT_CALENDAR_MAILBOX_SETTING, whyNot(error, options.address));
  }
  const refresh = async (): Promise<DistrictCalendar> => {
    calendar = await read();
    return calendar;
  };
  const timer = setInterval(() => {
    refresh().catch((error: unknown) => options.log?.(`${whyNot(error, options.address)} The calendar read before is kept.`));
  }, options.refreshMs ?? DISTRICT_CALENDAR_REFRESH_MS);
  timer.unref();
  return { current: () => calendar, refresh, close: () => clearInterval(timer) };
}
