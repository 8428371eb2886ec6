/**
 * The report's window: `from` 00:00 to the end of `to` in the district's zone, as instants, and the
 * district weeks (Monday to Sunday) it spans. Bad input names the field and the fix.
 */
import { DateTime } from 'luxon';
import { resolveZone } from '../time/zones.js';

export interface ReportWindow {
  readonly from: string;
  readonly to: string;
  /** IANA name of the district's zone. */
  readonly timeZone: string;
  readonly startMs: number;
  /** Exclusive: 00:00 of the day after `to`. */
  readonly endMs: number;
}

export class ReportInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReportInputError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Long enough for a school year; calendars are read in one request per mailbox. */
export const MAX_REPORT_DAYS = 400;

function day(value: string | null | undefined, field: string, zone: string): DateTime {
  if (value === null || value === undefined || value.trim() === '') throw new ReportInputError(field, `${field}: required; give a date like 2026-09-07.`);
  const d = DateTime.fromISO(value.trim(), { zone });
  if (!DATE.test(value.trim()) || !d.isValid) throw new ReportInputError(field, `${field}: ${JSON.stringify(value)} is not a date; use YYYY-MM-DD, e.g. 2026-09-07.`);
  return d.startOf('day');
}

/** @example reportWindow('2026-11-02', '2026-11-08', 'America/New_York').endMs // 2026-11-09T05:00Z */
export function reportWindow(from: string | null | undefined, to: string | null | undefined, timeZone: string): ReportWindow {
  const zone = resolveZone(timeZone, 'timeZone');
  const start = day(from, 'from', zone);
  const last = day(to, 'to', zone);
  if (last < start) throw new ReportInputError('to', `to: ${last.toISODate()} is before from (${start.toISODate()}); swap them.`);
  const end = last.plus({ days: 1 });
  if (end.diff(start, 'days').days > MAX_REPORT_DAYS)
    throw new ReportInputError('to', `to: the window is longer than ${MAX_REPORT_DAYS} days; report one school year or less at a time.`);
  return { from: start.toISODate()!, to: last.toISODate()!, timeZone: zone, startMs: start.toMillis(), endMs: end.toMillis() };
}

/** Monday (yyyy-MM-dd) of the district week an instant falls in. */
export function weekOf(ms: number, timeZone: string): string {
  return DateTime.fromMillis(ms, { zone: timeZone }).startOf('week').toISODate()!;
}

/** The Mondays of every week the window touches, in order. */
export function weeksOf(window: ReportWindow): string[] {
  const weeks: string[] = [];
  for (let d = DateTime.fromMillis(window.startMs, { zone: window.timeZone }).startOf('week'); d.toMillis() < window.endMs; d = d.plus({ weeks: 1 })) weeks.push(d.toISODate()!);
  return weeks;
}

/** Whole or part weeks in the window, for a weekly target: 7 days is 1, 10 days is 2. */
export function weekCount(window: ReportWindow): number {
  const days = Math.round(DateTime.fromMillis(window.endMs, { zone: window.timeZone }).diff(DateTime.fromMillis(window.startMs, { zone: window.timeZone }), 'days').days);
  return Math.max(1, Math.ceil(days / 7));
}

export { instantToIso as isoInZone } from '../time/zones.js';
