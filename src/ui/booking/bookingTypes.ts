/**
 * The seam between finding time and booking it. The Find time screen builds a BookingPlan from the
 * suggestion the coach chose; a BookingService (src/services/booking, written separately) turns it into
 * Outlook events. The UI only knows these types.
 */
import type { RecurrenceSpec } from '../../core/planning/index.js';
import type { BookingService as ServiceBookingService, ScreenBookedEvent, ScreenOutcome } from '../../services/booking/bookingService.js';

/** A person on the plan, as the Find time screen knows them. */
export interface PlanPerson {
  /** Directory id or UPN, as the gateway returned it. */
  readonly id: string;
  readonly upn: string;
  readonly name: string;
}

export interface PlanSlot {
  /** UTC epoch ms, half-open [start, end). */
  readonly start: number;
  readonly end: number;
}

interface PlanBase {
  /** Session kind id, e.g. 'cohortMeeting', 'learningWalk', 'peerCoaching', 'dataDig'. */
  readonly sessionKind: string;
  /** Invite subject the coach can edit before booking. */
  readonly subject: string;
  readonly organizer: PlanPerson;
  readonly attendees: readonly PlanPerson[];
  /** The zone the coach planned in (IANA), for wording and recurrence. */
  readonly timeZone: string;
  /** The suggestion's reasons, kept so the booking screen can show why this time was chosen. */
  readonly reasons: readonly string[];
  /** The agenda template and the field values the coach typed (checked by the booking service). */
  readonly agenda?: AgendaChoice;
  /** Addresses of the attendees who were free for the suggestion; only they are checked again before booking. */
  readonly expectedFree?: readonly string[];
}

export interface AgendaChoice {
  readonly templateId?: string;
  /** Field id to value: a string, or a list of strings for list fields. */
  readonly fields?: Readonly<Record<string, string | readonly string[]>>;
}

/** One meeting at one time. */
export interface SinglePlan extends PlanBase {
  readonly kind: 'single';
  readonly slot: PlanSlot;
}

/** A recurring series, checked on every occurrence. */
export interface RecurringPlan extends PlanBase {
  readonly kind: 'recurring';
  /** The first occurrence. */
  readonly slot: PlanSlot;
  /** Every occurrence that was checked, in order. */
  readonly occurrences: readonly PlanSlot[];
  /** The series as the planner found it (local start time, pattern, first date, count). */
  readonly recurrence: RecurrenceSpec;
}

export type BookingPlan = SinglePlan | RecurringPlan;

/** What became of each event, and the outcome of one Book: the booking service's own types, shown as they are. */
export type BookedEvent = ScreenBookedEvent;
export type BookingOutcome = ScreenOutcome;

export interface BookingProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/**
 * A learning-walk rotation, booked whole: host first or everyone at once, then the visitors once each host
 * accepts, and each walk's answers in one place. The booking service's own calls, used as they are.
 */
export type WalkBooking = Pick<ServiceBookingService, 'bookWalks' | 'inviteVisitors' | 'walkStatus' | 'walkRotations'>;

/** What G's booking service implements; `book` must be safe to call twice for the same plan. */
export interface BookingService {
  book(plan: BookingPlan, onProgress?: (progress: BookingProgress) => void): Promise<BookingOutcome>;
  /** Absent when this build books single sessions only. */
  readonly walks?: WalkBooking;
}
