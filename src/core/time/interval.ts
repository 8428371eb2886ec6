/**
 * Intervals are half-open `[start, end)` in UTC epoch milliseconds: an item ending at 10:00 does not
 * touch a slot starting at 10:00. Zones exist only at the edges; inside the core every time is an instant.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export class InvalidIntervalError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidIntervalError';
  }
}

/** Rejects non-finite bounds and an end before the start, naming the field the caller passed. */
export function checkInterval(interval: Interval, field = 'interval'): Interval {
  if (!Number.isFinite(interval.start) || !Number.isFinite(interval.end)) {
    throw new InvalidIntervalError(field, `${field}: start and end must be valid times.`);
  }
  if (interval.end < interval.start) {
    throw new InvalidIntervalError(
      field,
      `${field}: the end (${new Date(interval.end).toISOString()}) is before the start (${new Date(interval.start).toISOString()}); swap them or fix the end.`,
    );
  }
  return interval;
}

/** True when the two half-open intervals share at least one instant (touching does not count). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

export const MINUTE_MS = 60_000;
