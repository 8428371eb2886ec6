/**
 * A booked series whose dates fall on district closures, settled the way the coach chose: each such date
 * skipped (Graph's cancel of that occurrence, telling everyone why) or moved to the school day offered
 * (checked again like a new booking, then moved). Graph creates a series whole; single dates are changed
 * by their occurrence id afterwards.
 */
import type { SessionCalendar } from '../../core/booking/sessionEvents.js';
import type { ClosureClash } from '../../core/district/index.js';
import type { Interval } from '../../core/time/interval.js';
import { cancelSession, moveSession } from './manageSession.js';

export interface ClosureSettlement {
  readonly date: string;
  readonly closure: string;
  readonly outcome: 'skipped' | 'moved' | 'failed';
  readonly message: string;
  readonly movedTo?: Interval;
}

export async function settleSeriesClosures(
  calendar: SessionCalendar,
  input: { readonly seriesId: string; readonly clashes: readonly ClosureClash[]; readonly choice: 'skip' | 'move'; readonly timeZone: string },
): Promise<ClosureSettlement[]> {
  if (input.clashes.length === 0) return [];
  const span = { start: Math.min(...input.clashes.map((c) => c.occurrence.start)), end: Math.max(...input.clashes.map((c) => c.occurrence.end)) };
  const occurrences = await calendar.seriesOccurrences(input.seriesId, span);
  const results: ClosureSettlement[] = [];
  for (const clash of input.clashes) {
    const base = { date: clash.date, closure: clash.closure.name };
    const occurrence = occurrences.find((o) => o.start === clash.occurrence.start);
    if (!occurrence) {
      results.push({ ...base, outcome: 'failed', message: `The meeting on ${clash.date} was not found in the series; it may have been changed in Outlook.` });
      continue;
    }
    if (input.choice === 'move' && clash.moveTo) {
      const moved = await moveSession(calendar, { eventId: occurrence.id, to: clash.moveTo, timeZone: input.timeZone });
      results.push(
        moved.status === 'moved' ? { ...base, outcome: 'moved', message: moved.message, movedTo: clash.moveTo } : { ...base, outcome: 'failed', message: moved.message },
      );
      continue;
    }
    const cancelled = await cancelSession(calendar, occurrence.id, `No meeting on ${clash.date}: schools are closed (${clash.closure.name}).`);
    results.push({ ...base, outcome: cancelled.status === 'cancelled' ? 'skipped' : 'failed', message: cancelled.message });
  }
  return results;
}
