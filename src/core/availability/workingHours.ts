import type { Zone } from 'luxon';
import { InvalidIntervalError, type Interval } from '../time/interval.js';
import { offsetSegments } from '../time/offsetSegments.js';
import { WEEKDAYS, type WorkingHours } from './scheduleInput.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** 1970-01-01, local day 0, was a Thursday (index 4 with Sunday = 0). */
const EPOCH_WEEKDAY = 4;

function checkMinute(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 24 * 60) {
    throw new InvalidIntervalError(field, `${field}: expected whole minutes after midnight from 0 to 1440, got ${value}.`);
  }
}

/**
 * The instants inside `window` at which a person's wall clock, in their working-hours zone, shows a time
 * inside their working hours: on a working day d, local [d + start, d + end), running into the next day
 * when end <= start. Computed per stretch of constant UTC offset, so a day on which the clocks change
 * still works 08:00 to 16:00 local (7 or 9 hours of the day may then lie outside), and a period whose
 * start falls into a skipped hour begins when the clock jumps past it. Sorted, merged, clipped to window.
 */
export function workingIntervals(hours: WorkingHours, zone: Zone, window: Interval, field = 'workingHours'): Interval[] {
  checkMinute(hours.startMinute, `${field}.startMinute`);
  checkMinute(hours.endMinute, `${field}.endMinute`);
  const working = new Array<boolean>(7).fill(false);
  for (const day of hours.daysOfWeek) working[WEEKDAYS.indexOf(day)] = true;
  const startMs = hours.startMinute * MINUTE;
  const endMs = hours.endMinute > hours.startMinute ? hours.endMinute * MINUTE : hours.endMinute * MINUTE + DAY;
  const result: Interval[] = [];
  for (const segment of offsetSegments(zone, window)) {
    const shift = segment.offset * MINUTE;
    // Local days touching this segment, from the day before (its period may run past midnight).
    const firstDay = Math.floor((segment.start + shift) / DAY) - 1;
    const lastDay = Math.floor((segment.end - 1 + shift) / DAY);
    for (let day = firstDay; day <= lastDay; day++) {
      if (!working[(((day + EPOCH_WEEKDAY) % 7) + 7) % 7]) continue;
      const start = Math.max(day * DAY + startMs - shift, segment.start);
      const end = Math.min(day * DAY + endMs - shift, segment.end);
      if (start >= end) continue;
      const last = result[result.length - 1];
      if (last && start <= last.end) result[result.length - 1] = { start: last.start, end: Math.max(last.end, end) };
      else result.push({ start, end });
    }
  }
  return result;
}

/** The parts of `window` not covered by sorted, non-overlapping `inside`. */
export function complementWithin(window: Interval, inside: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let cursor = window.start;
  for (const interval of inside) {
    if (interval.start > cursor) result.push({ start: cursor, end: interval.start });
    cursor = Math.max(cursor, interval.end);
  }
  if (cursor < window.end) result.push({ start: cursor, end: window.end });
  return result;
}
