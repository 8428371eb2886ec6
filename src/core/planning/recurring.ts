import { evaluateGroup, type PersonAvailability, type UnavailableReason } from '../availability/model.js';
import { disallowedIntervals, type SlotConstraints } from '../slots/constraints.js';
import { overlaps, type Interval } from '../time/interval.js';
import { PlanningInputError, SCHOOL_WEEK, checkLocalTime, checkPositiveInteger, checkWeekdays, formatLocalTime, type Weekday } from './input.js';
import { checkPeople } from './people.js';
import {
  WEEK_INDEXES,
  checkRecurrence,
  describeRecurrence,
  occurrencesOfCheckedSpec,
  occurrencesOnDates,
  seriesDates,
  type Occurrence,
  type RecurrencePattern,
  type RecurrenceSpec,
  type WeekIndex,
} from './recurrence.js';
import { listWords, plural, reasonWords } from './words.js';

/** A stretch nobody may be booked in (a blackout date, a testing window), with the words that explain it. */
export interface LabeledInterval extends Interval {
  readonly label: string;
}

export interface RecurringCheckOptions {
  /** People who must be free on every date for the time to count as workable. */
  readonly required?: readonly string[];
  /** How many must be free on each date (default: everyone). */
  readonly minAvailable?: number;
  readonly disallowed?: readonly LabeledInterval[];
  /**
   * District rules (days, a daily window such as the school day, bell exclusions, blackout dates) as the
   * slot finder takes them: a meeting that breaks one is marked disallowed on that date, with the rule's label.
   */
  readonly constraints?: SlotConstraints;
  /** At most this many times are returned, best first (default: all). */
  readonly max?: number;
}

/** How candidates are generated: every allowed weekday (or day of month) crossed with every start time. */
export type RecurringCadence =
  | { readonly type: 'weekly'; readonly interval?: number; readonly firstDayOfWeek?: Weekday }
  | { readonly type: 'relativeMonthly'; readonly interval?: number; readonly indexes: readonly WeekIndex[] }
  | { readonly type: 'absoluteMonthly'; readonly interval?: number; readonly daysOfMonth: readonly number[] };

export interface RecurringSearch extends RecurringCheckOptions {
  readonly cadence: RecurringCadence;
  readonly timeZone: string;
  readonly firstDate: string;
  readonly endDate?: string;
  readonly count?: number;
  readonly durationMinutes: number;
  /** Days to try (default Monday to Friday); not used by absoluteMonthly. */
  readonly weekdays?: readonly Weekday[];
  /** Local start of the earliest meeting and end of the latest, for example a school day "08:00"-"15:00". */
  readonly earliestStart: string;
  readonly latestEnd: string;
  readonly stepMinutes?: number;
}

export interface OccurrenceCheck extends Occurrence {
  readonly available: readonly string[];
  readonly unavailable: readonly { readonly id: string; readonly reason: UnavailableReason }[];
  /** Labels of the disallowed stretches this meeting falls in. */
  readonly disallowed: readonly string[];
  readonly meetsRequirements: boolean;
}

export interface RecurringTime {
  readonly recurrence: RecurrenceSpec;
  /** "Tuesdays at 15:00, every 2 weeks (America/New_York)". */
  readonly label: string;
  readonly occurrences: readonly OccurrenceCheck[];
  /** Dates on which everyone is free and nothing is disallowed. */
  readonly datesAllFree: number;
  readonly fewestAvailable: number;
  /** People free on every date. */
  readonly alwaysAvailable: readonly string[];
  /** Person-dates missed: 3 means three (person, date) absences in all; a disallowed date counts everyone. */
  readonly conflicts: number;
  /** Dates failing the required people, the minimum or a disallowed stretch. */
  readonly datesFailing: number;
  readonly meetsRequirements: boolean;
  /** "11 of 12 free on all 10 dates", "all 12 free on 9 of 10 dates". */
  readonly summary: string;
  /** Who misses which dates and why, then dates that are disallowed. */
  readonly reasons: readonly string[];
}

interface CheckedOptions {
  readonly required: readonly string[];
  readonly minAvailable: number;
  readonly disallowed: readonly LabeledInterval[];
  readonly max: number;
}

function checkOptions(people: readonly PersonAvailability[], options: RecurringCheckOptions, defaultMax: number): CheckedOptions {
  const ids = new Set(people.map((p) => p.id));
  const required = [...(options.required ?? [])];
  required.forEach((id, i) => {
    if (!ids.has(id)) throw new PlanningInputError(`required[${i}]`, `"${id}" is not one of the people given; add their availability or remove them from required.`);
  });
  const minAvailable =
    options.minAvailable === undefined ? people.length : checkPositiveInteger(options.minAvailable, 'minAvailable', people.length, ` (the number of people given)`);
  const disallowed = [...(options.disallowed ?? [])];
  disallowed.forEach((d, i) => {
    if (!Number.isFinite(d.start) || !Number.isFinite(d.end) || d.end <= d.start) {
      throw new PlanningInputError(`disallowed[${i}]`, 'give start and end as instants with the end after the start.');
    }
  });
  const max = options.max === undefined ? defaultMax : checkPositiveInteger(options.max, 'max', 100_000);
  return { required, minAvailable, disallowed, max };
}

function checkOccurrence(people: readonly PersonAvailability[], occurrence: Occurrence, options: CheckedOptions): OccurrenceCheck {
  const { available, unavailable } = evaluateGroup(people, occurrence);
  const disallowed = options.disallowed.filter((d) => overlaps(d, occurrence)).map((d) => d.label);
  const meetsRequirements = disallowed.length === 0 && available.length >= options.minAvailable && options.required.every((id) => available.includes(id));
  return { ...occurrence, available, unavailable, disallowed, meetsRequirements };
}

function summarize(total: number, dates: number, datesAllFree: number, fewest: number, uneven: boolean, disallowedDates: number): string {
  const everyone = total === 2 ? 'both' : `all ${total}`;
  let text: string;
  if (datesAllFree === dates) text = `${everyone} free on all ${plural(dates, 'date')}`;
  else if (datesAllFree > 0) text = `${everyone} free on ${datesAllFree} of ${plural(dates, 'date')}` + (fewest < total ? `, at least ${fewest} on each` : '');
  else if (fewest === total) text = `${everyone} free on all ${plural(dates, 'date')}`;
  else if (fewest === 0 && !uneven) text = `nobody free on any of the ${plural(dates, 'date')}`;
  else if (fewest === 0) text = `no date with everyone free, and on some nobody is`;
  else text = `${uneven ? 'at least ' : ''}${fewest} of ${total} free on all ${plural(dates, 'date')}`;
  return disallowedDates > 0 ? `${text}; ${plural(disallowedDates, 'date')} disallowed` : text;
}

function explain(occurrences: readonly OccurrenceCheck[], people: readonly PersonAvailability[]): string[] {
  // One pass over the absences, then people in input order: linear in the absences, not people x dates.
  const missed = new Map<string, Map<UnavailableReason, string[]>>();
  for (const occurrence of occurrences) {
    // A disallowed date (a district closure) is said once below; everyone away then is no one's miss.
    if (occurrence.disallowed.length > 0) continue;
    for (const { id, reason } of occurrence.unavailable) {
      const byReason = missed.get(id) ?? new Map<UnavailableReason, string[]>();
      byReason.set(reason, [...(byReason.get(reason) ?? []), occurrence.date]);
      missed.set(id, byReason);
    }
  }
  const reasons: string[] = [];
  for (const person of people) {
    const byReason = missed.get(person.id);
    if (byReason === undefined) continue;
    const count = [...byReason.values()].reduce((n, dates) => n + dates.length, 0);
    const parts = [...byReason].map(([reason, dates]) => `${reasonWords(reason)} on ${listWords(dates)}`);
    reasons.push(`${person.id} misses ${count} of ${plural(occurrences.length, 'date')}: ${parts.join('; ')}`);
  }
  for (const occurrence of occurrences) {
    if (occurrence.disallowed.length > 0) reasons.push(`${occurrence.date} is disallowed: ${occurrence.disallowed.join(', ')}`);
  }
  return reasons;
}

function assess(people: readonly PersonAvailability[], recurrence: RecurrenceSpec, occurrenceList: readonly Occurrence[], options: CheckedOptions): RecurringTime {
  const occurrences = occurrenceList.map((o) => checkOccurrence(people, o, options));
  const counts = occurrences.map((o) => o.available.length);
  const fewestAvailable = Math.min(...counts);
  const datesAllFree = occurrences.filter((o) => o.available.length === people.length && o.disallowed.length === 0).length;
  const disallowedDates = occurrences.filter((o) => o.disallowed.length > 0).length;
  const datesFailing = occurrences.filter((o) => !o.meetsRequirements).length;
  const everMissing = new Set(occurrences.flatMap((o) => o.unavailable.map((u) => u.id)));
  return {
    recurrence,
    label: describeRecurrence(recurrence),
    occurrences,
    datesAllFree,
    fewestAvailable,
    alwaysAvailable: people.map((p) => p.id).filter((id) => !everMissing.has(id)),
    // A disallowed date cannot be held at all, so everyone misses it.
    conflicts: occurrences.reduce((n, o) => n + (o.disallowed.length > 0 ? people.length : o.unavailable.length), 0),
    datesFailing,
    meetsRequirements: datesFailing === 0,
    summary: summarize(people.length, occurrences.length, datesAllFree, fewestAvailable, new Set(counts).size > 1, disallowedDates),
    reasons: explain(occurrences, people),
  };
}

/**
 * Best first: workable on every date, then fewest failing dates, fewest person-dates missed, most dates with
 * everyone, most people free throughout; then earlier first meeting, then the pattern's text, so equal
 * inputs always give the same order.
 */
function compareTimes(a: RecurringTime, b: RecurringTime): number {
  return (
    a.datesFailing - b.datesFailing ||
    a.conflicts - b.conflicts ||
    b.datesAllFree - a.datesAllFree ||
    b.alwaysAvailable.length - a.alwaysAvailable.length ||
    a.occurrences[0]!.start - b.occurrences[0]!.start ||
    JSON.stringify(a.recurrence).localeCompare(JSON.stringify(b.recurrence))
  );
}

/** Assesses each series and ranks them, first adding the stretches the constraints forbid over the series' span. */
function rankSeries(
  people: readonly PersonAvailability[],
  series: readonly (readonly [RecurrenceSpec, readonly Occurrence[]])[],
  options: RecurringCheckOptions,
  checked: CheckedOptions,
): RecurringTime[] {
  let withRules = checked;
  if (options.constraints !== undefined && series.length > 0) {
    const all = series.flatMap(([, occurrences]) => occurrences);
    const span = { start: Math.min(...all.map((o) => o.start)), end: Math.max(...all.map((o) => o.end)) };
    withRules = { ...checked, disallowed: [...checked.disallowed, ...disallowedIntervals(span, options.constraints, 'constraints')] };
  }
  return series
    .map(([spec, occurrences]) => assess(people, spec, occurrences, withRules))
    .sort(compareTimes)
    .slice(0, checked.max);
}

/**
 * Checks each candidate series on every one of its meetings and ranks them. A candidate with no meeting
 * before its end date is bad input and rejected, naming it.
 */
export function checkRecurringTimes(people: readonly PersonAvailability[], candidates: readonly RecurrenceSpec[], options: RecurringCheckOptions = {}): RecurringTime[] {
  checkPeople(people, 'people');
  const checked = checkOptions(people, options, Number.MAX_SAFE_INTEGER);
  const series = candidates.map((candidate, i) => {
    const spec = checkRecurrence(candidate, `candidates[${i}]`);
    const occurrences = occurrencesOfCheckedSpec(spec);
    if (occurrences.length === 0) throw new PlanningInputError(`candidates[${i}].endDate`, 'no meeting of this pattern falls before the end date; move it later.');
    return [spec, occurrences] as const;
  });
  return rankSeries(people, series, options, checked);
}

function cadencePatterns(search: RecurringSearch): RecurrencePattern[] {
  const { cadence } = search;
  const interval = cadence.interval ?? 1;
  const weekdays = search.weekdays === undefined ? [...SCHOOL_WEEK] : checkWeekdays(search.weekdays, 'weekdays');
  switch (cadence.type) {
    case 'weekly':
      return weekdays.map((day) => ({ type: 'weekly', interval, daysOfWeek: [day], ...(cadence.firstDayOfWeek === undefined ? {} : { firstDayOfWeek: cadence.firstDayOfWeek }) }));
    case 'relativeMonthly': {
      if (!Array.isArray(cadence.indexes) || cadence.indexes.length === 0) {
        throw new PlanningInputError('cadence.indexes', `give at least one week of the month, from ${WEEK_INDEXES.join(', ')}.`);
      }
      return cadence.indexes.flatMap((index) => weekdays.map((dayOfWeek) => ({ type: 'relativeMonthly' as const, interval, dayOfWeek, index })));
    }
    case 'absoluteMonthly': {
      if (!Array.isArray(cadence.daysOfMonth) || cadence.daysOfMonth.length === 0) {
        throw new PlanningInputError('cadence.daysOfMonth', 'give at least one day of the month, from 1 to 28.');
      }
      return cadence.daysOfMonth.map((dayOfMonth) => ({ type: 'absoluteMonthly' as const, interval, dayOfMonth }));
    }
    default:
      throw new PlanningInputError('cadence.type', `"${String((cadence as { type?: unknown }).type)}" is not a supported cadence; use weekly, relativeMonthly or absoluteMonthly.`);
  }
}

/** Every candidate series the search describes: each pattern day crossed with each start time on the step. */
export function recurringCandidates(search: RecurringSearch): RecurrenceSpec[] {
  const earliest = checkLocalTime(search.earliestStart, 'earliestStart');
  const latest = checkLocalTime(search.latestEnd, 'latestEnd');
  const step = search.stepMinutes === undefined ? 30 : checkPositiveInteger(search.stepMinutes, 'stepMinutes', 24 * 60, ' minutes');
  const duration = checkPositiveInteger(search.durationMinutes, 'durationMinutes', 24 * 60, ' minutes');
  if (earliest + duration > latest) {
    throw new PlanningInputError(
      'latestEnd',
      `a ${duration}-minute meeting does not fit between ${search.earliestStart} and ${search.latestEnd}; widen the window or shorten the meeting.`,
    );
  }
  const patterns = cadencePatterns(search);
  const range = search.count === undefined ? { endDate: search.endDate } : { count: search.count };
  const candidates: RecurrenceSpec[] = [];
  for (const pattern of patterns) {
    for (let start = earliest; start + duration <= latest; start += step) {
      const spec = { pattern, startTime: formatLocalTime(start), durationMinutes: duration, timeZone: search.timeZone, firstDate: search.firstDate, ...range };
      candidates.push(checkRecurrence(spec, 'search'));
    }
  }
  return candidates;
}

/**
 * Finds the best recurring times for `people`: either checks the given candidates, or generates them from
 * a search (every weekday x start-time step inside the daily window). Each time is checked on every meeting
 * of its series, ranked by conflicts, and carries each meeting's conflicts (who and why). Candidates whose
 * series has no meeting before the end date (a fifth week that never comes) are skipped in a search.
 */
export function findRecurringTimes(
  people: readonly PersonAvailability[],
  search: RecurringSearch | (RecurringCheckOptions & { readonly candidates: readonly RecurrenceSpec[] }),
): RecurringTime[] {
  if ('candidates' in search) return checkRecurringTimes(people, search.candidates, search);
  checkPeople(people, 'people');
  const checked = checkOptions(people, search, 10);
  const series: (readonly [RecurrenceSpec, readonly Occurrence[]])[] = [];
  // Candidates differ in pattern and start time; dates depend only on the pattern, so compute them once each.
  const datesByPattern = new Map<string, string[]>();
  for (const spec of recurringCandidates(search)) {
    const key = JSON.stringify(spec.pattern);
    const dates = datesByPattern.get(key) ?? seriesDates(spec);
    datesByPattern.set(key, dates);
    if (dates.length > 0) series.push([spec, occurrencesOnDates(dates, spec)]);
  }
  return rankSeries(people, series, search, checked);
}
