import type { Zone } from 'luxon';
import type { Interval } from './interval.js';

/** A stretch of time over which a zone's UTC offset (minutes, luxon's sign: east positive) is constant. */
export interface OffsetSegment extends Interval {
  readonly offset: number;
}

// Sampled once a day; each change seen is then pinned to the millisecond by bisection, and sampling resumes
// from it, so several changes in a row are all found. Only a change and its reversal within one day would be
// missed; real zones' transitions are weeks to months apart. Daily sampling keeps
// this to about 30 offset look-ups per zone and month: luxon's IANA offsets go through Intl and are not cheap.
const SAMPLE_MS = 24 * 3_600_000;

/** The first instant in (low, high] whose offset differs from `offset(low)`, given that `offset(high)` does. */
function findChange(zone: Zone, low: number, high: number): number {
  const before = zone.offset(low);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (zone.offset(mid) === before) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * Splits `window` into segments of constant offset in `zone`, in order and covering it exactly. Working
 * with these, a wall-clock rule ("08:00 to 16:00 local") becomes plain arithmetic on instants that is exact
 * on daylight-saving days, at a cost of a few hundred offset look-ups per zone and month.
 */
export function offsetSegments(zone: Zone, window: Interval): OffsetSegment[] {
  if (window.end <= window.start) return [];
  if (zone.isUniversal) return [{ start: window.start, end: window.end, offset: zone.offset(window.start) }];
  const segments: OffsetSegment[] = [];
  let segmentStart = window.start;
  let offset = zone.offset(window.start);
  let sampled = window.start;
  while (sampled < window.end) {
    const next = Math.min(sampled + SAMPLE_MS, window.end - 1);
    if (next <= sampled) break;
    const nextOffset = zone.offset(next);
    if (nextOffset !== offset) {
      const change = findChange(zone, sampled, next);
      segments.push({ start: segmentStart, end: change, offset });
      segmentStart = change;
      offset = zone.offset(change);
      sampled = change;
      continue;
    }
    sampled = next;
  }
  segments.push({ start: segmentStart, end: window.end, offset });
  return segments;
}
