import { DateTime } from 'luxon';
import type { Interval } from '../time/interval.js';
import {
  PlanningInputError,
  checkLocalDate,
  checkLocalTime,
  checkPositiveInteger,
  checkWeekday,
  checkWeekdays,
  checkZone,
  localInstant,
  luxonWeekday,
  type Weekday,
} from './input.js';
import { listWords } from './words.js';

/** Which week of the month (the words Outlook uses: the last Thursday). */
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];

/**
 * The repeating part, in the words Outlook's recurrence dialog offers (src/graph/seriesTiming.ts writes it as
 * Graph's patternedRecurrence): weekly (interval 2 = every other week), absoluteMonthly (the 15th), relativeMonthly (the second Tuesday).
 */
export type RecurrencePattern =
  | { readonly type: 'weekly'; readonly interval: number; readonly daysOfWeek: readonly Weekday[]; readonly firstDayOfWeek?: Weekday }
  | { readonly type: 'absoluteMonthly'; readonly interval: number; readonly dayOfMonth: number }
  | { readonly type: 'relativeMonthly'; readonly interval: number; readonly dayOfWeek: Weekday; readonly index: WeekIndex };

/**
 * A recurring meeting in local time: it starts at `startTime` on the wall clock of `timeZone` on every
 * date of the pattern, so a 15:00 meeting stays at 15:00 when the clocks change. It runs from `firstDate`
 * until `endDate` (inclusive) or for `count` occurrences: exactly one of the two.
 */
export interface RecurrenceSpec {
  readonly pattern: RecurrencePattern;
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly firstDate: string;
  readonly endDate?: string;
  readonly count?: number;
}

/** One meeting of a series: its local date and its instants. */
export interface Occurrence extends Interval {
  readonly index: number;
  readonly date: string;
}

/** Outlook refuses series longer than this, and it keeps a runaway end date from hanging the search. */
export const MAX_OCCURRENCES = 999;
const MAX_INTERVAL = 99;

function checkPattern(value: unknown, field: string): RecurrencePattern {
  const pattern = (value ?? {}) as Record<string, unknown>;
  const interval = pattern['interval'] === undefined ? 1 : checkPositiveInteger(pattern['interval'], `${field}.interval`, MAX_INTERVAL);
  switch (pattern['type']) {
    case 'weekly': {
      const daysOfWeek = checkWeekdays(pattern['daysOfWeek'], `${field}.daysOfWeek`);
      const firstDayOfWeek = pattern['firstDayOfWeek'] === undefined ? undefined : checkWeekday(pattern['firstDayOfWeek'], `${field}.firstDayOfWeek`);
      return firstDayOfWeek === undefined ? { type: 'weekly', interval, daysOfWeek } : { type: 'weekly', interval, daysOfWeek, firstDayOfWeek };
    }
    case 'absoluteMonthly': {
      const dayOfMonth = pattern['dayOfMonth'];
      // Days 29-31 are missing from some months, and calendars disagree on whether such a month is skipped
      // or moved to its last day: refuse rather than check dates the booked series might not have.
      if (typeof dayOfMonth !== 'number' || !Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) {
        throw new PlanningInputError(
          `${field}.dayOfMonth`,
          `${String(dayOfMonth)} is not allowed; give a day from 1 to 28, or use a relativeMonthly pattern with index "last" for the end of the month.`,
        );
      }
      return { type: 'absoluteMonthly', interval, dayOfMonth };
    }
    case 'relativeMonthly': {
      const dayOfWeek = checkWeekday(pattern['dayOfWeek'], `${field}.dayOfWeek`);
      const index = pattern['index'];
      if (typeof index !== 'string' || !(WEEK_INDEXES as readonly string[]).includes(index)) {
        throw new PlanningInputError(`${field}.index`, `"${String(index)}" is not a week of the month; use one of ${WEEK_INDEXES.join(', ')}.`);
      }
      return { type: 'relativeMonthly', interval, dayOfWeek, index: index as WeekIndex };
    }
    default:
      throw new PlanningInputError(`${field}.type`, `"${String(pattern['type'])}" is not a supported pattern; use weekly, absoluteMonthly or relativeMonthly.`);
  }
}

/** Checks every field and returns the spec in normal form (days in Monday-first order, interval filled in). */
export function checkRecurrence(value: unknown, field = 'recurrence'): RecurrenceSpec {
  if (typeof value !== 'object' || value === null)
    throw new PlanningInputError(field, 'give the recurrence as an object with pattern, startTime, durationMinutes, timeZone, firstDate and endDate or count.');
  const spec = value as Record<string, unknown>;
  const pattern = checkPattern(spec['pattern'], `${field}.pattern`);
  const startMinutes = checkLocalTime(spec['startTime'], `${field}.startTime`);
  const durationMinutes = checkPositiveInteger(spec['durationMinutes'], `${field}.durationMinutes`, 24 * 60, ' minutes');
  if (startMinutes + durationMinutes > 24 * 60) {
    throw new PlanningInputError(
      `${field}.durationMinutes`,
      `a ${durationMinutes}-minute meeting starting at ${String(spec['startTime'])} runs past midnight; shorten it or start earlier.`,
    );
  }
  const timeZone = checkZone(spec['timeZone'], `${field}.timeZone`);
  const first = checkLocalDate(spec['firstDate'], `${field}.firstDate`);
  const hasEnd = spec['endDate'] !== undefined;
  const hasCount = spec['count'] !== undefined;
  if (hasEnd === hasCount) {
    throw new PlanningInputError(`${field}.endDate`, 'give exactly one of endDate (the last date, yyyy-MM-dd) or count (the number of meetings).');
  }
  const base = { pattern, startTime: String(spec['startTime']), durationMinutes, timeZone, firstDate: first.toISODate()! };
  if (hasCount) return { ...base, count: checkPositiveInteger(spec['count'], `${field}.count`, MAX_OCCURRENCES, ' meetings') };
  const end = checkLocalDate(spec['endDate'], `${field}.endDate`);
  if (end < first) throw new PlanningInputError(`${field}.endDate`, `${end.toISODate()} is before firstDate ${base.firstDate}; move the end date later.`);
  return { ...base, endDate: end.toISODate()! };
}

/** The nth (or last) given weekday of the month that `monthStart` begins, as a UTC-labelled local date. */
function relativeDay(monthStart: DateTime, dayOfWeek: Weekday, index: WeekIndex): DateTime {
  const target = luxonWeekday(dayOfWeek);
  if (index === 'last') {
    const lastDay = monthStart.endOf('month').startOf('day');
    return lastDay.minus({ days: (lastDay.weekday - target + 7) % 7 });
  }
  const firstMatch = monthStart.plus({ days: (target - monthStart.weekday + 7) % 7 });
  return firstMatch.plus({ weeks: WEEK_INDEXES.indexOf(index) });
}

/** The local dates of each period in order (one week or one month per call), on the pattern's days. */
function* periodDates(pattern: RecurrencePattern, first: DateTime): Generator<DateTime[]> {
  if (pattern.type === 'weekly') {
    const weekStartDay = luxonWeekday(pattern.firstDayOfWeek ?? 'sunday');
    const weekStart = first.minus({ days: (first.weekday - weekStartDay + 7) % 7 });
    const offsets = pattern.daysOfWeek.map((day) => (luxonWeekday(day) - weekStartDay + 7) % 7).sort((a, b) => a - b);
    for (let k = 0; ; k += pattern.interval) {
      const start = weekStart.plus({ weeks: k });
      yield offsets.map((offset) => (offset === 0 ? start : start.plus({ days: offset })));
    }
  }
  const monthStart = first.startOf('month');
  for (let k = 0; ; k += pattern.interval) {
    const month = monthStart.plus({ months: k });
    yield [pattern.type === 'absoluteMonthly' ? month.set({ day: pattern.dayOfMonth }) : relativeDay(month, pattern.dayOfWeek, pattern.index)];
  }
}

/**
 * The local dates (yyyy-MM-dd) of a spec already in normal form, in order; empty when none falls before
 * the end date. Dates depend only on the pattern and the range, not on the time of day, so a search
 * over start times computes them once.
 */
export function seriesDates(spec: RecurrenceSpec): string[] {
  const first = DateTime.fromISO(spec.firstDate, { zone: 'UTC' });
  const last = spec.endDate === undefined ? null : DateTime.fromISO(spec.endDate, { zone: 'UTC' });
  const limit = spec.count ?? MAX_OCCURRENCES;
  const dates: string[] = [];
  for (const period of periodDates(spec.pattern, first)) {
    if (last !== null && period.every((d) => d > last)) break;
    for (const date of period) {
      if (date < first || (last !== null && date > last)) continue;
      if (dates.length === limit) {
        if (last === null) return dates;
        throw new PlanningInputError('recurrence.endDate', `the series has more than ${MAX_OCCURRENCES} meetings before ${spec.endDate}; choose an earlier end date.`);
      }
      dates.push(date.toISODate()!);
    }
    if (last === null && dates.length === limit) return dates;
  }
  return dates;
}

/** The meetings at `startTime` local on each date, in the spec's zone, so they follow daylight-saving changes. */
export function occurrencesOnDates(dates: readonly string[], spec: RecurrenceSpec): Occurrence[] {
  const startMinutes = checkLocalTime(spec.startTime, 'recurrence.startTime');
  return dates.map((date, index) => {
    const start = localInstant(date, startMinutes, spec.timeZone);
    return { index, date, start, end: start + spec.durationMinutes * 60_000 };
  });
}

/**
 * Every meeting of the series, in order. Dates are generated in local calendar terms (Luxon) and each
 * start is the local start time on that date in the series' zone, so it follows daylight-saving changes.
 * A start time that the clocks skip (02:30 on the spring-forward night) moves forward by the gap.
 */
export function recurrenceOccurrences(input: RecurrenceSpec): Occurrence[] {
  const spec = checkRecurrence(input);
  const occurrences = occurrencesOfCheckedSpec(spec);
  if (occurrences.length === 0) {
    throw new PlanningInputError(
      'recurrence.endDate',
      `no meeting of this pattern falls between ${spec.firstDate} and ${spec.endDate}; move the end date later or change the pattern.`,
    );
  }
  return occurrences;
}

/** The meetings of a spec already in normal form; empty when none falls before the end date. */
export function occurrencesOfCheckedSpec(spec: RecurrenceSpec): Occurrence[] {
  return occurrencesOnDates(seriesDates(spec), spec);
}

const ORDINAL: Record<WeekIndex, string> = { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' };
const capital = (day: string): string => day.charAt(0).toUpperCase() + day.slice(1);
const nth = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** "Tuesdays at 15:00, every 2 weeks (America/New_York)", "the last Thursday of each month at 15:00 (…)". */
export function describeRecurrence(spec: RecurrenceSpec): string {
  const { pattern } = spec;
  const every = (unit: string) => (pattern.interval === 1 ? '' : `, every ${pattern.interval} ${unit}s`);
  let when: string;
  if (pattern.type === 'weekly') when = `${listWords(pattern.daysOfWeek.map((d) => `${capital(d)}s`))} at ${spec.startTime}${every('week')}`;
  else if (pattern.type === 'absoluteMonthly')
    when = `the ${nth(pattern.dayOfMonth)} of ${pattern.interval === 1 ? 'each month' : `every ${pattern.interval} months`} at ${spec.startTime}`;
  else when = `the ${ORDINAL[pattern.index]} ${capital(pattern.dayOfWeek)} of ${pattern.interval === 1 ? 'each month' : `every ${pattern.interval} months`} at ${spec.startTime}`;
  return `${when} (${spec.timeZone})`;
}
