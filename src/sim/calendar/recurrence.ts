/**
 * Graph's patternedRecurrence: validated and filled in the way Graph echoes it back, and expanded into
 * occurrences. rrule generates the dates on a "floating" clock (UTC fields standing for wall-clock
 * fields, so no zone arithmetic happens inside it); luxon then places each date's local start time in
 * the recurrence zone. A 09:00 meeting therefore stays at 09:00 local when the clocks change.
 */
import { DateTime, IANAZone, type Zone } from 'luxon';
import * as rruleModule from 'rrule';
import type { Options as RRuleOptions, Weekday as RRuleWeekday } from 'rrule';
import type { DayOfWeek, PatternedRecurrence, RecurrencePatternType, RecurrenceRangeType, WeekIndex } from '@microsoft/microsoft-graph-types';
import { localDateTimeToInstant } from '../../core/time/zones.js';
import { GraphError } from '../errors.js';
import { requireZone } from './zones.js';

// rrule ships CommonJS only: Node's ESM loader exposes it as `default`, CommonJS loaders by name.
const RRule = rruleModule.RRule ?? (rruleModule as unknown as { default: typeof rruleModule }).default.RRule;

const DAYS: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PATTERN_TYPES: readonly RecurrencePatternType[] = ['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly'];
const RANGE_TYPES: readonly RecurrenceRangeType[] = ['endDate', 'noEnd', 'numbered'];
const INDEXES: readonly WeekIndex[] = ['first', 'second', 'third', 'fourth', 'last'];
/** Graph prints an unset date in a recurrence range as this. */
const NO_DATE = '0001-01-01';

/** A recurrence with every field Graph fills in on the way back (createEvent-3-recurring.response.json). */
export interface NormalizedRecurrence {
  pattern: {
    type: RecurrencePatternType;
    interval: number;
    month: number;
    dayOfMonth: number;
    daysOfWeek: DayOfWeek[];
    firstDayOfWeek: DayOfWeek;
    index: WeekIndex;
  };
  range: {
    type: RecurrenceRangeType;
    startDate: string;
    endDate: string;
    recurrenceTimeZone: string;
    numberOfOccurrences: number;
  };
}

function invalid(field: string, fix: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', `recurrence.${field} is not valid: ${fix}`);
}

/** Matches an enum value case-insensitively (older docs capitalise range types: `EndDate`). */
function pick<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const found = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (found === undefined) throw invalid(field, `use one of ${allowed.join(', ')}.`);
  return found;
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw invalid(field, `use a whole number from ${min} to ${max}.`);
  return n;
}

function isoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw invalid(field, 'use a date in the form "2026-03-02".');
  }
  return value;
}

/**
 * Checks a client's recurrence and fills in Graph's defaults. `eventZone` is the start's zone name,
 * used when `range.recurrenceTimeZone` is absent.
 */
export function normalizeRecurrence(input: unknown, eventZone: string): NormalizedRecurrence {
  const raw = (input ?? {}) as PatternedRecurrence;
  const p = (raw.pattern ?? undefined) as Record<string, unknown> | undefined;
  const r = (raw.range ?? undefined) as Record<string, unknown> | undefined;
  if (p === undefined || r === undefined) throw invalid('pattern', 'a recurrence needs both "pattern" and "range".');
  const type = pick(p['type'], PATTERN_TYPES, 'pattern.type');
  const interval = wholeNumber(p['interval'] ?? 1, 'pattern.interval', 1, 999);
  const daysOfWeek = Array.isArray(p['daysOfWeek']) ? (p['daysOfWeek'] as unknown[]).map((d, i) => pick(d, DAYS, `pattern.daysOfWeek[${i}]`)) : [];
  const needsDays = type === 'weekly' || type === 'relativeMonthly' || type === 'relativeYearly';
  if (needsDays && daysOfWeek.length === 0) throw invalid('pattern.daysOfWeek', `a ${type} pattern needs at least one day, e.g. ["tuesday"].`);
  const needsDayOfMonth = type === 'absoluteMonthly' || type === 'absoluteYearly';
  const dayOfMonth = needsDayOfMonth ? wholeNumber(p['dayOfMonth'], 'pattern.dayOfMonth', 1, 31) : 0;
  const needsMonth = type === 'absoluteYearly' || type === 'relativeYearly';
  const month = needsMonth ? wholeNumber(p['month'], 'pattern.month', 1, 12) : 0;
  const index = p['index'] === undefined || p['index'] === null ? 'first' : pick(p['index'], INDEXES, 'pattern.index');
  const firstDayOfWeek = p['firstDayOfWeek'] === undefined || p['firstDayOfWeek'] === null ? 'sunday' : pick(p['firstDayOfWeek'], DAYS, 'pattern.firstDayOfWeek');

  const rangeType = pick(r['type'], RANGE_TYPES, 'range.type');
  const startDate = isoDate(r['startDate'], 'range.startDate');
  const endDate = rangeType === 'endDate' ? isoDate(r['endDate'], 'range.endDate') : NO_DATE;
  if (rangeType === 'endDate' && endDate < startDate) throw invalid('range.endDate', `it is before range.startDate (${startDate}).`);
  const numberOfOccurrences = rangeType === 'numbered' ? wholeNumber(r['numberOfOccurrences'], 'range.numberOfOccurrences', 1, 999) : 0;
  const zoneName = typeof r['recurrenceTimeZone'] === 'string' && r['recurrenceTimeZone'] !== '' ? r['recurrenceTimeZone'] : eventZone;
  requireZone(zoneName, 'recurrence.range.recurrenceTimeZone');
  return {
    pattern: { type, interval, month, dayOfMonth, daysOfWeek, firstDayOfWeek, index },
    range: { type: rangeType, startDate, endDate, recurrenceTimeZone: zoneName, numberOfOccurrences },
  };
}

const RRULE_DAYS: Record<DayOfWeek, RRuleWeekday> = {
  sunday: RRule.SU,
  monday: RRule.MO,
  tuesday: RRule.TU,
  wednesday: RRule.WE,
  thursday: RRule.TH,
  friday: RRule.FR,
  saturday: RRule.SA,
};
const SETPOS: Record<WeekIndex, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/**
 * Outlook puts "day 31 of every month" on the last day of shorter months; RFC 5545 would skip those
 * months. "The last of days dayOfMonth-3..dayOfMonth that exist" gives Outlook's answer.
 */
function monthDays(dayOfMonth: number): Partial<RRuleOptions> {
  if (dayOfMonth <= 28) return { bymonthday: [dayOfMonth] };
  const candidates: number[] = [];
  for (let d = 28; d <= dayOfMonth; d++) candidates.push(d);
  return { bymonthday: candidates, bysetpos: [-1] };
}

function ruleOptions(rec: NormalizedRecurrence): Partial<RRuleOptions> {
  const { pattern } = rec;
  const days = pattern.daysOfWeek.map((d) => RRULE_DAYS[d]);
  const base = { interval: pattern.interval, wkst: RRULE_DAYS[pattern.firstDayOfWeek] };
  switch (pattern.type) {
    case 'daily':
      return { ...base, freq: RRule.DAILY };
    case 'weekly':
      return { ...base, freq: RRule.WEEKLY, byweekday: days };
    case 'absoluteMonthly':
      return { ...base, freq: RRule.MONTHLY, ...monthDays(pattern.dayOfMonth) };
    case 'relativeMonthly':
      return { ...base, freq: RRule.MONTHLY, byweekday: days, bysetpos: [SETPOS[pattern.index]] };
    case 'absoluteYearly':
      return { ...base, freq: RRule.YEARLY, bymonth: [pattern.month], ...monthDays(pattern.dayOfMonth) };
    case 'relativeYearly':
      return { ...base, freq: RRule.YEARLY, bymonth: [pattern.month], byweekday: days, bysetpos: [SETPOS[pattern.index]] };
  }
}

/** A wall-clock date-time as rrule's floating Date (its UTC fields are the local fields). */
function floating(local: DateTime): Date {
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

export interface SeriesShape {
  recurrence: NormalizedRecurrence;
  /** The series' start instant as the client wrote it: its local time of day is kept. */
  startMs: number;
  durationMs: number;
}

function buildRule(series: SeriesShape): { rule: InstanceType<typeof RRule>; zone: string } {
  const { recurrence } = series;
  const zone = requireZone(recurrence.range.recurrenceTimeZone, 'recurrence.range.recurrenceTimeZone');
  const local = DateTime.fromMillis(series.startMs, { zone });
  const first = DateTime.fromISO(recurrence.range.startDate, { zone: 'UTC' }).set({ hour: local.hour, minute: local.minute, second: local.second });
  const options: Partial<RRuleOptions> = { ...ruleOptions(recurrence), dtstart: new Date(first.toMillis()) };
  if (recurrence.range.type === 'numbered') options.count = recurrence.range.numberOfOccurrences;
  if (recurrence.range.type === 'endDate') {
    options.until = new Date(DateTime.fromISO(recurrence.range.endDate, { zone: 'UTC' }).endOf('day').toMillis());
  }
  return { rule: new RRule(options), zone };
}

/** The instant a floating date names in `zone`, by the core's DST rules (gap: forward; overlap: earlier). */
function placeInZone(date: Date, zone: string | Zone): number {
  return localDateTimeToInstant(date.toISOString().slice(0, 19), zone);
}

export interface OccurrenceTimes {
  startMs: number;
  endMs: number;
}

/**
 * The most occurrences walked through in one series, counted from its start, so one request cannot hold
 * the event loop (a daily series begun decades ago, a window centuries ahead). Graph documents no such
 * number (EWS caps numbered series at 999, which normalizeRecurrence applies); this is the demo tenant's
 * own, daily for 54 years, and src/sim/README.md says so. Only occurrences near the asked window are
 * placed in their zone (the costly part); the walk before it is rrule's alone.
 */
export const MAX_SERIES_OCCURRENCES = 20_000;
/** Occurrences kept in the memo across all series (about 32 bytes each). */
const MAX_CACHED_OCCURRENCES = 500_000;
const DAY_MS = 86_400_000;

interface Expansion {
  /** The list is complete for occurrences starting in [from, until). */
  from: number;
  until: number;
  list: OccurrenceTimes[];
}

/** The occurrences starting in [from, until), in order, walking at most MAX_SERIES_OCCURRENCES. */
function expandBetween(series: SeriesShape, from: number, until: number, windowEnd: number): Expansion {
  const { rule, zone } = buildRule(series);
  const walkFrom = floating(DateTime.fromMillis(series.startMs - series.durationMs - DAY_MS, { zone }));
  const walkTo = floating(DateTime.fromMillis(until + DAY_MS, { zone }));
  // rrule's dates are floating (local time written as UTC): within a day of the instants they name.
  const placeFrom = from - series.durationMs - 2 * DAY_MS;
  const luxonZone = IANAZone.create(zone); // resolved once, not per occurrence
  const list: OccurrenceTimes[] = [];
  let walked = 0;
  let cut: number | undefined;
  rule.between(walkFrom, walkTo, true, (date) => {
    if (++walked > MAX_SERIES_OCCURRENCES) {
      cut = date.getTime() - DAY_MS;
      return false;
    }
    if (date.getTime() < placeFrom) return true;
    const startMs = placeInZone(date, luxonZone);
    if (startMs < until) list.push({ startMs, endMs: startMs + series.durationMs });
    return true;
  });
  if (cut === undefined) return { from, until, list };
  if (cut < windowEnd) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `A recurring series in this calendar has more than ${MAX_SERIES_OCCURRENCES} occurrences before the end of the requested window; the demo tenant expands no series further. Ask for a window nearer the series' start, or give the series an end date.`,
    );
  }
  return { from, until: cut, list: list.filter((o) => o.startMs < cut!) };
}

/**
 * Expansions are memoised per series shape: a free/busy request for 20 mailboxes over two months asks
 * about the same few series again and again. Each entry covers a year either side of the window that
 * made it; the memo holds at most MAX_CACHED_OCCURRENCES occurrences, the oldest entries going first.
 */
const expansions = new Map<string, Expansion>();
let cachedOccurrences = 0;
const HORIZON_MS = 366 * DAY_MS;

function expansionCovering(series: SeriesShape, windowStart: number, windowEnd: number): OccurrenceTimes[] {
  const key = JSON.stringify([series.recurrence, series.startMs, series.durationMs]);
  const cached = expansions.get(key);
  if (cached && cached.from <= windowStart && cached.until >= windowEnd) return cached.list;
  const expansion = expandBetween(series, windowStart - HORIZON_MS, windowEnd + HORIZON_MS, windowEnd);
  if (cached) {
    expansions.delete(key);
    cachedOccurrences -= cached.list.length;
  }
  while (expansions.size > 0 && cachedOccurrences + expansion.list.length > MAX_CACHED_OCCURRENCES) {
    const [oldestKey, oldest] = expansions.entries().next().value!;
    expansions.delete(oldestKey);
    cachedOccurrences -= oldest.list.length;
  }
  expansions.set(key, expansion);
  cachedOccurrences += expansion.list.length;
  return expansion.list;
}

/** Every occurrence overlapping `[windowStart, windowEnd)`, in order. */
export function occurrencesBetween(series: SeriesShape, windowStart: number, windowEnd: number): OccurrenceTimes[] {
  if (windowEnd <= windowStart) return [];
  const list = expansionCovering(series, windowStart, windowEnd);
  // The first occurrence still running at windowStart: occurrences share one duration, so ends are sorted too.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.endMs <= windowStart) lo = mid + 1;
    else hi = mid;
  }
  const result: OccurrenceTimes[] = [];
  for (let i = lo; i < list.length && list[i]!.startMs < windowEnd; i++) {
    const o = list[i]!;
    if (o.endMs > windowStart) result.push({ ...o });
  }
  return result;
}

/** The first occurrence of the series, or undefined when the pattern never matches inside its range. */
export function firstOccurrence(series: SeriesShape): OccurrenceTimes | undefined {
  const { rule, zone } = buildRule(series);
  const first = rule.after(rule.options.dtstart, true);
  if (first === null) return undefined;
  const startMs = placeInZone(first, zone);
  return { startMs, endMs: startMs + series.durationMs };
}
