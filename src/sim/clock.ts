/**
 * The demo's one clock for "today". `--today 2027-03-08` (or COMMON_TIME_TODAY) moves the whole demo —
 * the seeded calendars, token lifetimes, token checks and the tab's default dates — to that date, while
 * the time keeps running from the real time of day, so tokens expire and refresh as they would.
 */
import { DateTime } from 'luxon';

/** The demo district's zone: a bare date means that date there. */
export const DEMO_ZONE = 'America/New_York';

/** A clock: epoch milliseconds now. */
export type Clock = () => number;

export interface TodaySetting {
  /** YYYY-MM-DD in the demo district's zone. */
  readonly date: string;
  /** Minutes after local midnight to start at; absent: the real time of day. */
  readonly minuteOfDay?: number;
}

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (district time). Returns a message that names `source`
 * and the fix instead of throwing.
 */
export function parseToday(raw: string, source: string): TodaySetting | { error: string } {
  const text = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  const fix = `use a date as YYYY-MM-DD (for example ${source}=2027-03-08), optionally with a district time as YYYY-MM-DDTHH:mm`;
  if (!m) return { error: `${source}="${raw}" is not a date: ${fix}.` };
  const day = DateTime.fromISO(m[1]!, { zone: DEMO_ZONE });
  if (!day.isValid) return { error: `${source}="${raw}" is not a real calendar date: ${fix}.` };
  if (m[2] === undefined) return { date: m[1]! };
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return { error: `${source}="${raw}" has no such time of day: ${fix}.` };
  return { date: m[1]!, minuteOfDay: hour * 60 + minute };
}

/**
 * A clock that reads `today` (at the real time of day there, or the time given) when made, and then
 * runs at the real pace. Luxon places the time of day in the district's zone, so a date across a DST
 * change keeps the wall-clock time rather than an hour off.
 */
export function clockFromToday(today: TodaySetting, real: Clock = Date.now): Clock {
  const startedAt = real();
  const here = DateTime.fromMillis(startedAt, { zone: DEMO_ZONE });
  const minutes = today.minuteOfDay ?? here.hour * 60 + here.minute;
  const start = DateTime.fromISO(today.date, { zone: DEMO_ZONE })
    .set({
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
      second: today.minuteOfDay === undefined ? here.second : 0,
      millisecond: today.minuteOfDay === undefined ? here.millisecond : 0,
    })
    .toMillis();
  return () => start + (real() - startedAt);
}

/** The date `clock` reads in the district's zone, YYYY-MM-DD. */
export function todayOf(clock: Clock, zone = DEMO_ZONE): string {
  return DateTime.fromMillis(clock(), { zone }).toISODate()!;
}

/** The clock for an optional COMMON_TIME_TODAY-style value: the wall clock when absent. Throws on a bad value. */
export function clockFromSetting(raw: string | undefined, source: string): Clock {
  if (raw === undefined || raw.trim() === '') return Date.now;
  const parsed = parseToday(raw, source);
  if ('error' in parsed) throw new Error(parsed.error);
  return clockFromToday(parsed);
}
