import type { Interval } from '../time/interval.js';
import type { GraphCustomTimeZone } from '../time/graphCustomZone.js';

/** Graph's freeBusyStatus values, spelled as the v1.0 reference spells them. */
export const FREE_BUSY_STATUSES = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;
export type FreeBusyStatus = (typeof FREE_BUSY_STATUSES)[number];

/** Graph's dayOfWeek values; index 0 is Sunday as in Graph and Windows, luxon's weekday is index || 7. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One scheduleItem with its times already turned into instants (half-open, UTC epoch ms). */
export interface ScheduleItem extends Interval {
  readonly status: FreeBusyStatus;
  readonly subject?: string;
  readonly location?: string;
  readonly isPrivate?: boolean;
}

/**
 * A person's working hours as Graph states them: on each of `daysOfWeek`, from `startMinute` to `endMinute`
 * minutes after local midnight in `timeZone` (an IANA name, or a Graph customTimeZone kept as data). When
 * `endMinute <= startMinute` the period runs past midnight into the next day (equal means a full day).
 */
export interface WorkingHours {
  readonly daysOfWeek: readonly Weekday[];
  readonly startMinute: number;
  readonly endMinute: number;
  readonly timeZone: string | GraphCustomTimeZone;
}

/** Graph's freeBusyError for one schedule: `code` is Graph's responseCode. */
export interface ScheduleError {
  readonly code: string;
  readonly message: string;
}

/**
 * One scheduleInformation from getSchedule as the engine takes it: plain data, instants inside. Without
 * `workingHours` (Graph omits them for some resources) the person counts as working around the clock,
 * as Outlook's scheduling assistant does. With `error`, items and working hours are ignored and the person
 * is unknown for the whole window.
 */
export interface ScheduleInput {
  readonly id: string;
  readonly items: readonly ScheduleItem[];
  readonly workingHours?: WorkingHours;
  readonly error?: ScheduleError;
  readonly availabilityView?: string;
}
