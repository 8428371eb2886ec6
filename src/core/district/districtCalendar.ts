/**
 * The district's calendar: the days schools are closed (holidays, breaks, PD days) and part-day closures
 * (early release), kept by the district admin as data. Every search honours it as blackout dates, a
 * series names the dates it would land on, and "school days" (for notice and for explaining an empty
 * window) are counted from it. Pure: dates are local calendar dates in the district's zone.
 */
import { DateTime } from 'luxon';
import type { Blackout, SlotConstraints } from '../slots/constraints.js';
import { resolveZone } from '../time/zones.js';
import { schoolClosures } from './usSchoolClosures.js';

export interface DistrictClosure {
  /** What people call it: "Winter break", "Early release". */
  readonly name: string;
  /** First and last local date closed, inclusive (yyyy-MM-dd). */
  readonly first: string;
  readonly last: string;
  /** Only part of each day ("HH:mm"): `from: "12:00"` is an early release. */
  readonly from?: string;
  readonly to?: string;
}

export interface DistrictCalendar {
  /** The zone the dates are in (IANA or Windows name). */
  readonly timeZone: string;
  readonly closures: readonly DistrictClosure[];
  /** Where the calendar came from, for messages ("district-calendar.yaml"). */
  readonly source?: string;
}

export class DistrictCalendarError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'DistrictCalendarError';
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

function checkDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DATE.test(value) || !DateTime.fromISO(value).isValid) {
    throw new DistrictCalendarError(field, `expected a date like "2026-12-21" (got ${JSON.stringify(value)}).`);
  }
  return value;
}

function checkTime(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !TIME.test(value)) throw new DistrictCalendarError(field, `expected a local time like "12:00" (got ${JSON.stringify(value)}).`);
  return value;
}

/** Checks a calendar read from a file or Graph; throws DistrictCalendarError naming the field and the fix. */
export function checkDistrictCalendar(value: unknown, field = 'districtCalendar'): DistrictCalendar {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DistrictCalendarError(field, 'expected {timeZone, closures: [{name, first, last}]}.');
  }
  const v = value as Record<string, unknown>;
  let timeZone: string;
  try {
    timeZone = resolveZone(v['timeZone'] as string, `${field}.timeZone`);
  } catch (error) {
    throw new DistrictCalendarError(`${field}.timeZone`, (error as Error).message.replace(/^[^:]*: /, ''));
  }
  if (!Array.isArray(v['closures']))
    throw new DistrictCalendarError(`${field}.closures`, 'expected a list of closures like {name: "Winter break", first: "2026-12-21", last: "2027-01-01"}.');
  const closures = (v['closures'] as unknown[]).map((c, i): DistrictClosure => {
    const at = `${field}.closures[${i}]`;
    if (c === null || typeof c !== 'object') throw new DistrictCalendarError(at, 'expected {name, first, last}.');
    const r = c as Record<string, unknown>;
    const name = typeof r['name'] === 'string' && r['name'].trim() !== '' ? r['name'].trim() : undefined;
    if (name === undefined) throw new DistrictCalendarError(`${at}.name`, 'give the closure a name people know ("Winter break").');
    const first = checkDate(r['first'] ?? r['date'], `${at}.first`);
    const last = r['last'] === undefined ? first : checkDate(r['last'], `${at}.last`);
    if (last < first) throw new DistrictCalendarError(`${at}.last`, `${last} is before ${first}; swap them.`);
    const from = checkTime(r['from'], `${at}.from`);
    const to = checkTime(r['to'], `${at}.to`);
    if (from !== undefined && to !== undefined && to <= from) throw new DistrictCalendarError(`${at}.to`, `${to} is not after ${from}.`);
    return { name, first, last, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });
  const source = typeof v['source'] === 'string' ? v['source'] : undefined;
  return { timeZone, closures: [...closures].sort((a, b) => a.first.localeCompare(b.first)), ...(source ? { source } : {}) };
}

/** The demo district's calendar for the school years touching [fromDate, toDate]. */
export function demoDistrictCalendar(fromDate: string, toDate: string): DistrictCalendar {
  return {
    timeZone: 'America/New_York',
    // Days the district is closed; the summer break (staff still work) is not a closure of the calendar.
    closures: schoolClosures(fromDate, toDate)
      .filter((c) => c.kind === 'closed')
      .map((c) => ({ name: c.name, first: c.first, last: c.last })),
    source: 'the demo district calendar',
  };
}

const wholeDay = (c: DistrictClosure): boolean => c.from === undefined && c.to === undefined;

/** The closures as the slot finder's blackout dates. */
export function districtBlackouts(calendar: DistrictCalendar): Blackout[] {
  return calendar.closures.map((c) => ({
    date: c.first,
    ...(c.last !== c.first ? { through: c.last } : {}),
    ...(c.from ? { from: c.from } : {}),
    ...(c.to ? { to: c.to } : {}),
    label: c.name,
  }));
}

const SCHOOL_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/**
 * A search's rules with the district's school days added: its closures as blackout dates, and Monday to
 * Friday unless the rules name their own days. The closures' dates are read in the rules' zone (a Central
 * school's winter break starts at its own midnight), else in the district's.
 */
export function withDistrictCalendar(constraints: SlotConstraints | undefined, calendar: DistrictCalendar | undefined): SlotConstraints | undefined {
  if (!calendar) return constraints;
  return {
    ...(constraints ?? { timeZone: calendar.timeZone }),
    daysOfWeek: constraints?.daysOfWeek ?? [...SCHOOL_WEEK],
    blackouts: [...(constraints?.blackouts ?? []), ...districtBlackouts(calendar)],
  };
}

/** The whole-day closure on a local date, if any (part-day closures leave it a school day). */
export function closureOn(calendar: DistrictCalendar | undefined, date: string): DistrictClosure | undefined {
  return calendar?.closures.find((c) => wholeDay(c) && c.first <= date && date <= c.last);
}

/** Any closure (whole or part day) touching a local date. */
export function closuresOn(calendar: DistrictCalendar | undefined, date: string): DistrictClosure[] {
  return calendar?.closures.filter((c) => c.first <= date && date <= c.last) ?? [];
}

/** A weekday (Monday to Friday) with no whole-day closure. */
export function isSchoolDay(calendar: DistrictCalendar | undefined, date: string): boolean {
  const day = DateTime.fromISO(date);
  return day.weekday <= 5 && closureOn(calendar, date) === undefined;
}

/** The school days from `fromDate` to `toDate`, both inclusive. */
export function schoolDaysBetween(calendar: DistrictCalendar | undefined, fromDate: string, toDate: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(fromDate); d.toISODate()! <= toDate; d = d.plus({ days: 1 })) {
    if (isSchoolDay(calendar, d.toISODate()!)) out.push(d.toISODate()!);
  }
  return out;
}

/** The n-th school day after `date` (n = 1: the next school day). Looks at most a year ahead. */
export function nthSchoolDayAfter(calendar: DistrictCalendar | undefined, date: string, n: number): string {
  let d = DateTime.fromISO(date);
  let found = 0;
  for (let i = 0; i < 366 && found < n; i++) {
    d = d.plus({ days: 1 });
    if (isSchoolDay(calendar, d.toISODate()!)) found++;
  }
  return d.toISODate()!;
}
