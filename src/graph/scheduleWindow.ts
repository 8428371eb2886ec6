/**
 * The window a caller asks free/busy for, as an instant interval. Accepts what Graph itself uses
 * (`dateTimeTimeZone`) or ISO 8601 with a UTC offset; a bare local time is rejected, since without a
 * zone it could mean any of 24 hours.
 */
import type { DateTimeTimeZone } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { Interval } from '../core/time/interval.js';
import { localDateTimeToInstant, resolveZone } from '../core/time/zones.js';

export type WindowTime = string | DateTimeTimeZone;

export interface ScheduleWindow {
  readonly start: WindowTime;
  readonly end: WindowTime;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

export function toInstant(value: WindowTime, field: string): number {
  if (typeof value === 'string') {
    if (!HAS_OFFSET.test(value.trim())) {
      throw new RangeError(`${field}: ${JSON.stringify(value)} has no UTC offset; add one (e.g. "2026-12-07T08:00:00-05:00") or pass {dateTime, timeZone}.`);
    }
    return localDateTimeToInstant(value, 'UTC', field);
  }
  if (value === null || typeof value !== 'object' || typeof value.dateTime !== 'string' || typeof value.timeZone !== 'string') {
    throw new RangeError(`${field}: expected an ISO 8601 time with offset or {dateTime, timeZone}.`);
  }
  return localDateTimeToInstant(value.dateTime, value.timeZone, `${field}.dateTime`);
}

export function toInstantWindow(window: ScheduleWindow, field = 'window'): Interval {
  if (window === null || typeof window !== 'object') throw new RangeError(`${field}: expected {start, end}.`);
  const start = toInstant(window.start, `${field}.start`);
  const end = toInstant(window.end, `${field}.end`);
  if (end <= start) throw new RangeError(`${field}: the end (${new Date(end).toISOString()}) must be after the start (${new Date(start).toISOString()}).`);
  return { start, end };
}

/** An instant as Graph's dateTimeTimeZone in UTC: `{dateTime: "2026-12-07T13:00:00", timeZone: "UTC"}`. */
export function utcDateTimeTimeZone(ms: number): DateTimeTimeZone {
  return { dateTime: DateTime.fromMillis(ms, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' };
}

/** An instant as ISO 8601 in UTC with offset, for calendarView's startDateTime/endDateTime. */
export function utcIso(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}

/**
 * `Prefer: outlook.timezone="..."` for answers in a zone (Windows or IANA name). The name is checked
 * first, so a typo is reported by field instead of silently giving UTC times.
 */
export function preferTimeZone(timeZone: string | undefined, field = 'timeZone'): Record<string, string> {
  if (timeZone === undefined) return {};
  resolveZone(timeZone, field);
  return { Prefer: `outlook.timezone="${timeZone.trim()}"` };
}
