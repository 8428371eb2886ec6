/**
 * Every coach's peer-coaching pairs, from Graph: the pairs organized by the district's shared peer-coaching
 * calendar (where every coach books them), and any the signed-in coach organized in their own calendar before
 * there was one. A pair whose series still has meetings ahead is booked (kept as it is by a re-run); one
 * whose series has ended is last term's, not to be repeated.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { GraphGateway } from '../../graph/index.js';

export type HistoryGateway = Pick<GraphGateway, 'findTaggedEvents'>;

export interface PairSeries {
  readonly eventId: string;
  /** The calendar it was found in: the shared calendar's address, or 'me'. */
  readonly calendar: string;
  readonly subject: string;
  /** The partners (invitees), by address as invited, with names. */
  readonly members: readonly { readonly address: string; readonly name?: string }[];
  /** The end of the series' last day (epoch ms), or null for a series with no end. */
  readonly lastMs: number | null;
}

export interface PairHistory {
  /** Pairs still meeting: shown as booked, never paired again differently. */
  readonly booked: readonly PairSeries[];
  /** Pairs whose series ended: last term's partners. */
  readonly previous: readonly PairSeries[];
  /** Calendars that could not be read, in words (the history is then partial, and says so). */
  readonly warnings: readonly string[];
}

const PERIOD: Record<string, 'days' | 'weeks' | 'months' | 'years'> = { daily: 'days', weekly: 'weeks', absoluteMonthly: 'months', relativeMonthly: 'months', absoluteYearly: 'years', relativeYearly: 'years' };

/** The last day a Graph series can meet, read from its range (numbered: an upper bound from its pattern). */
export function seriesLastMs(event: Pick<Event, 'recurrence' | 'end'>): number | null {
  const range = event.recurrence?.range;
  const zone = 'utc';
  if (!range) {
    const end = event.end?.dateTime ? Date.parse(`${event.end.dateTime.replace(/Z$/, '')}Z`) : Number.NaN;
    return Number.isFinite(end) ? end : null;
  }
  if (range.type === 'noEnd') return null;
  if (range.type === 'endDate' && range.endDate) return DateTime.fromISO(range.endDate, { zone }).endOf('day').toMillis();
  const unit = PERIOD[event.recurrence?.pattern?.type ?? 'weekly'] ?? 'weeks';
  const count = (range.numberOfOccurrences ?? 0) * (event.recurrence?.pattern?.interval ?? 1);
  return DateTime.fromISO(range.startDate ?? '', { zone }).plus({ [unit]: count }).endOf('day').toMillis();
}

function toSeries(event: Event, calendar: string): PairSeries {
  const organizer = (event.organizer?.emailAddress?.address ?? '').toLowerCase();
  const members = (event.attendees ?? [])
    .filter((a) => a.type !== 'resource' && (a.emailAddress?.address ?? '').toLowerCase() !== organizer && a.emailAddress?.address)
    .map((a) => ({ address: a.emailAddress!.address!, ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}) }));
  return { eventId: event.id ?? '', calendar, subject: event.subject ?? '', members, lastMs: seriesLastMs(event) };
}

export async function readPairHistory(gateway: HistoryGateway, options: { coachingCalendar?: string; asOfMs: number }): Promise<PairHistory> {
  const calendars = [...(options.coachingCalendar ? [options.coachingCalendar] : []), 'me'];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const all: PairSeries[] = [];
  for (const calendar of calendars) {
    try {
      for (const { event } of await gateway.findTaggedEvents(calendar, { kind: 'peerCoaching' })) {
        // The same meeting is in both calendars when the coach is also invited: count it once.
        const id = event.iCalUId ?? event.id ?? '';
        if (seen.has(id)) continue;
        seen.add(id);
        const series = toSeries(event, calendar);
        if (series.members.length >= 2) all.push(series);
      }
    } catch (error) {
      const where = calendar === 'me' ? 'your calendar' : `the shared peer-coaching calendar (${calendar})`;
      warnings.push(`Pairs in ${where} could not be read, so other coaches' pairs may be missing: ${(error as Error).message}`);
    }
  }
  const running = (s: PairSeries) => s.lastMs === null || s.lastMs >= options.asOfMs;
  return { booked: all.filter(running), previous: all.filter((s) => !running(s)), warnings };
}
