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
import { cohortAvailability } from './cohortAvailability.js';
import { recurringWindow, type Repeat } from './seriesWindow.js';

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
}

export interface SeriesDate {
  readonly date: string;
  readonly start: number;
  readonly end: number;
  readonly unavailable: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
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
  return {
    title: describeRecurrence(time.recurrence),
    summary: time.summary,
    reasons: time.reasons,
    meetsRequirements: time.meetsRequirements,
    dates: time.occurrences.map((o) => ({
      date: o.date,
      start: o.start,
      end: o.end,
      unavailable: o.unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
    })),
    spec: time.recurrence,
  };
}

export function suggestSeries(schedules: readonly ScheduleInput[], cohort: readonly DirectoryPerson[], request: RecurringRequest): SeriesSuggestions {
  const window = recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone);
  const { people, byLabel, unreadable } = cohortAvailability(schedules, cohort, window, request.tentativeCountsAsFree);
  const times = findRecurringTimes(people, recurringSearch(request));
  return { series: times.map((time) => toSeriesSuggestion(time, byLabel)), unreadable };
}
