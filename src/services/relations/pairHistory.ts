/**
 * Every coach's peer-coaching pairs, from Graph: the pairs organized by the district's shared peer-coaching
 * calendar (where every coach books them), and any the signed-in coach organized in their own calendar before
 * there was one. A pair whose series still has meetings ahead is booked (kept as it is by a re-run); one
 * whose series has ended is last term's, not to be repeated.
 */
import type { PairSeries, RelationsCalendar } from '../../graph/index.js';

export type { PairSeries } from '../../graph/index.js';

export interface PairHistory {
  /** Pairs still meeting: shown as booked, never paired again differently. */
  readonly booked: readonly PairSeries[];
  /** Pairs whose series ended: last term's partners. */
  readonly previous: readonly PairSeries[];
  /** Calendars that could not be read, in words (the history is then partial, and says so). */
  readonly warnings: readonly string[];
}

export async function readPairHistory(calendar: Pick<RelationsCalendar, 'pairSeries'>, options: { coachingCalendar?: string; asOfMs: number }): Promise<PairHistory> {
  const calendars = [...(options.coachingCalendar ? [options.coachingCalendar] : []), 'me'];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const all: PairSeries[] = [];
  for (const where of calendars) {
    try {
      for (const series of await calendar.pairSeries(where)) {
        // The same meeting is in both calendars when the coach is also invited: count it once.
        if (seen.has(series.meetingId)) continue;
        seen.add(series.meetingId);
        if (series.members.length >= 2) all.push(series);
      }
    } catch (error) {
      const place = where === 'me' ? 'your calendar' : `the shared peer-coaching calendar (${where})`;
      warnings.push(`Pairs in ${place} could not be read, so other coaches' pairs may be missing: ${(error as Error).message}`);
    }
  }
  const running = (s: PairSeries) => s.lastMs === null || s.lastMs >= options.asOfMs;
  return { booked: all.filter(running), previous: all.filter((s) => !running(s)), warnings };
}
