/**
 * Recurring cohort meetings: the best weekly, every-other-week or monthly times, each checked on every
 * one of its dates ("11 of 12 free on all 6 dates"), with who misses which date and why. Pure.
 */
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import type { UnavailableReason } from '../../core/availability/model.js';
import { describeRecurrence, findRecurringTimes } from '../../core/planning/index.js';
import type { SlotConstraints } from '../../core/slots/constraints.js';
import type { RecurringCadence, RecurrenceSpec, RecurringSearch, RecurringTime } from '../../core/planning/index.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import { cohortAvailability, splitOptional } from './cohortAvailability.js';
import { recurringWindow, type Repeat } from './seriesWindow.js';
import { evaluateGroup, type PersonAvailability } from '../../core/availability/model.js';
import { REASON_LABELS } from '../../core/ranking/wording.js';

export { REPEAT_LABELS, recurringWindow, type Repeat } from './seriesWindow.js';

const CADENCES: Record<Repeat, RecurringCadence> = {
  weekly: { type: 'weekly', interval: 1 },
  biweekly: { type: 'weekly', interval: 2 },
  monthly: { type: 'relativeMonthly', interval: 1, indexes: ['first', 'second', 'third', 'fourth'] },
};

export interface RecurringRequest {
  readonly firstDate: string;
  readonly sessions: number;
  readonly repeat: Repeat;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly minAvailable?: number;
  readonly tentativeCountsAsFree: boolean;
  /** District rules: a date on a closure is marked with the closure's name and the series ranked lower. */
  readonly constraints?: SlotConstraints;
  /** Addresses of optional people: said how they stand on each date, never deciding the series. */
  readonly optional?: readonly string[];
}

export interface SeriesDate {
  readonly date: string;
  readonly start: number;
  readonly end: number;
  readonly unavailable: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
  /** Optional people who cannot come on this date (they never decide it). */
  readonly optionalUnavailable?: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
  /** The district rules this date breaks, by name ("Winter break"): nobody meets there. */
  readonly closed?: readonly string[];
}

export interface SeriesSuggestion {
  /** "Tuesdays at 15:00, every 2 weeks (America/New_York)". */
  readonly title: string;
  /** "11 of 12 free on all 6 dates". */
  readonly summary: string;
  readonly reasons: readonly string[];
  readonly meetsRequirements: boolean;
  readonly dates: readonly SeriesDate[];
  readonly spec: RecurrenceSpec;
}

export interface SeriesSuggestions {
  readonly series: readonly SeriesSuggestion[];
  readonly unreadable: readonly { readonly person: DirectoryPerson; readonly message: string }[];
}

/** The search every recurring question of Find time shares: school-week days, a working day, 30-minute steps. */
export function recurringSearch(request: RecurringRequest): RecurringSearch {
  return {
    cadence: CADENCES[request.repeat],
    timeZone: request.timeZone,
    firstDate: request.firstDate,
    count: request.sessions,
    durationMinutes: request.durationMinutes,
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    // Working hours already rule out the evening; this keeps the search to a working day.
    earliestStart: '07:00',
    latestEnd: '18:00',
    stepMinutes: 30,
    ...(request.minAvailable !== undefined && { minAvailable: request.minAvailable }),
    ...(request.constraints && { constraints: request.constraints }),
    max: 5,
  };
}

/** A planner's recurring time in the screen's terms (people instead of labels). */
export function toSeriesSuggestion(time: RecurringTime, byLabel: ReadonlyMap<string, DirectoryPerson>): SeriesSuggestion {
  // Free for everyone on every school day, with some dates on district closures: that is a good time whose
  // closure dates are skipped or moved at booking, not a time people miss (everyone is away on a closure).
  const closed = time.occurrences.filter((o) => o.disallowed.length > 0);
  const clearOtherwise = closed.length > 0 && closed.length < time.occurrences.length && time.occurrences.every((o) => o.disallowed.length > 0 || o.unavailable.length === 0);
  const names = [...new Set(closed.flatMap((o) => o.disallowed))].join(', ');
  const people = time.occurrences[0] ? time.occurrences[0].available.length + time.occurrences[0].unavailable.length : 0;
  const open = time.occurrences.length - closed.length;
  return {
    title: describeRecurrence(time.recurrence),
    summary: clearOtherwise
      ? `all ${people} free on ${open} of ${time.occurrences.length} dates (every school day); ${closed.length} on district closures (${names}), skipped or moved when you book`
      : time.summary,
    reasons: time.reasons,
    meetsRequirements: time.meetsRequirements,
    dates: time.occurrences.map((o) => ({
      date: o.date,
      start: o.start,
      end: o.end,
      unavailable: o.unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
      ...(o.disallowed.length > 0 ? { closed: o.disallowed } : {}),
    })),
    spec: time.recurrence,
  };
}

/** "Dee Lee (optional) misses 2 of 6 dates: busy", or that the optional people are free on every date. */
function optionalWords(dates: readonly SeriesDate[], optionalCount: number): string {
  const missed = new Map<DirectoryPerson, Set<string>>();
  for (const d of dates) for (const u of d.optionalUnavailable ?? []) missed.set(u.person, (missed.get(u.person) ?? new Set()).add(REASON_LABELS[u.reason]));
  if (missed.size === 0)
    return `${optionalCount === 1 ? 'the optional person is' : optionalCount === 2 ? 'both optional people are' : `all ${optionalCount} optional people are`} free on every date`;
  return [...missed]
    .map(([person, reasons]) => {
      const count = dates.filter((d) => d.optionalUnavailable?.some((u) => u.person === person)).length;
      return `${person.displayName} (optional) misses ${count} of ${dates.length} dates: ${[...reasons].join(', ')}`;
    })
    .join('; ');
}

/** Adds how the optional people stand on each date of a series found for the required people alone. */
function withOptional(series: SeriesSuggestion, optional: readonly PersonAvailability[], byLabel: ReadonlyMap<string, DirectoryPerson>): SeriesSuggestion {
  const dates = series.dates.map((d) => ({
    ...d,
    optionalUnavailable: evaluateGroup(optional, d).unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
  }));
  return { ...series, dates, reasons: [...series.reasons, optionalWords(dates, optional.length)] };
}

export function suggestSeries(schedules: readonly ScheduleInput[], cohort: readonly DirectoryPerson[], request: RecurringRequest): SeriesSuggestions {
  const window = recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone);
  const { people: everyone, byLabel, unreadable } = cohortAvailability(schedules, cohort, window, request.tentativeCountsAsFree);
  // Only the required people (and the organizer) decide the series.
  const { required: people, optional } = splitOptional(everyone, byLabel, request.optional);
  const times = findRecurringTimes(people, recurringSearch(request));
  const series = times.map((time) => toSeriesSuggestion(time, byLabel));
  return { series: optional.length > 0 ? series.map((s) => withOptional(s, optional, byLabel)) : series, unreadable };
}
