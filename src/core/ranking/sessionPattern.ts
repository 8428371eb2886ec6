import { DateTime } from 'luxon';

/**
 * The habit of earlier sessions: the weekday and local start time they most often had. A coach who has
 * met on Tuesdays at 1:00 PM wants the next session to keep that rhythm. Ties go to the earlier weekday
 * and time, so the same input always gives the same pattern.
 */
export interface SessionPattern {
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minuteOfDay: number;
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The most common weekday and the most common start time of `starts` (instants) in `zone`, or null. */
export function sessionPattern(starts: readonly number[], zone: string): SessionPattern | null {
  const local = starts.filter(Number.isFinite).map((ms) => DateTime.fromMillis(ms, { zone }));
  const weekday = mostCommon(local.map((d) => d.weekday));
  const minuteOfDay = mostCommon(local.map((d) => d.hour * 60 + d.minute));
  return weekday === undefined || minuteOfDay === undefined ? null : { weekday, minuteOfDay };
}
