/**
 * The district's calendar kept as a shared Outlook calendar (a district calendar mailbox): each all-day
 * event is a closure named by its subject ("Winter break", several days long when the break is), and an
 * event of part of one day is a part-day closure ("Early release" from 12:00). Read
 * with `calendarView` in the calendar's own zone (its mailbox settings), so an all-day event's dates are the
 * dates the district means; cancelled events and those shown as free are not closures.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { checkDistrictCalendar, type DistrictCalendar } from '../core/district/index.js';
import { graphZoneName } from './eventDraft.js';
import type { GraphGateway } from './graphGateway.js';
import { resolveZone } from '../core/time/zones.js';

const FIELDS = ['subject', 'start', 'end', 'isAllDay', 'isCancelled', 'showAs'];
const DAY_MS = 86_400_000;

export interface DistrictCalendarSource {
  /** The calendar's mailbox (`district.calendar@contoso.org`); Graph reads no group calendar with an app's own identity. */
  readonly address: string;
  readonly window: { readonly start: number; readonly end: number };
  /** The zone the district's dates are in when the mailbox names none (IANA). */
  readonly fallbackZone?: string;
}

/** Graph's local date-time ("2026-12-22T00:00:00.0000000") as a local date and "HH:mm". */
const localParts = (value: string | null | undefined): { date: string; time: string } | undefined =>
  value && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? { date: value.slice(0, 10), time: value.slice(11, 16) } : undefined;

/** One event as a closure in the checker's input shape, or nothing when it is not a closure. */
function closureOf(e: Event): Record<string, unknown> | undefined {
  if (e.isCancelled === true || e.showAs === 'free') return undefined;
  const start = localParts(e.start?.dateTime);
  const end = localParts(e.end?.dateTime);
  if (!start || !end) return undefined;
  const name = (e.subject ?? '').trim() || 'District closure';
  if (e.isAllDay === true) {
    // An all-day event ends at the midnight after its last day.
    const last = DateTime.fromISO(end.date).minus({ days: 1 }).toISODate()!;
    return { name, first: start.date, last: last < start.date ? start.date : last };
  }
  // A timed event within one day closes that part of it; one spanning days closes each whole day it covers.
  if (start.date === end.date) return { name, first: start.date, from: start.time, to: end.time };
  if (end.time === '00:00') return { name, first: start.date, last: DateTime.fromISO(end.date).minus({ days: 1 }).toISODate()! };
  return { name, first: start.date, last: end.date };
}

/** The closures in the shared calendar over the window, checked like a district calendar file. */
export async function readDistrictCalendar(graph: Pick<GraphGateway, 'calendarView' | 'getMailboxSettings'>, source: DistrictCalendarSource): Promise<DistrictCalendar> {
  const settings = await graph.getMailboxSettings(source.address).catch(() => undefined);
  const named = settings?.timeZone ?? undefined;
  let zone: string;
  try {
    zone = resolveZone(named ?? source.fallbackZone ?? 'UTC');
  } catch {
    zone = resolveZone(source.fallbackZone ?? 'UTC');
  }
  // A day either side: an all-day event is read in the calendar's zone, whatever the window's edges.
  const events = await graph
    .calendarView(source.address, new Date(source.window.start - DAY_MS).toISOString(), new Date(source.window.end + DAY_MS).toISOString(), {
      select: FIELDS,
      timeZone: graphZoneName(zone),
      maxPageSize: 200,
    })
    .collect();
  const closures = events.flatMap((e) => {
    const c = closureOf(e);
    return c ? [c] : [];
  });
  return {
    ...checkDistrictCalendar({ timeZone: zone, closures }, `the district calendar ${source.address}`),
    source: `the district calendar ${source.address}`,
  };
}
