/**
 * A booked session as the coach manages it, in the domain's terms (instants, plain answers), whatever
 * calendar it lives in: what is booked for a plan, and the one event or occurrence being moved or cancelled.
 */
import type { ScheduleInput } from '../availability/scheduleInput.js';
import type { Interval } from '../time/interval.js';

export interface BookedSession {
  readonly planId: string;
  /** The session kind from the tag (cohortMeeting, learningWalk, …). */
  readonly kind: string;
  readonly eventId: string;
  readonly subject: string;
  /** The first meeting (a series' first occurrence), UTC epoch ms. */
  readonly start: number;
  readonly end: number;
  /** Opens the event in Outlook on the web. */
  readonly webLink?: string;
  readonly recurring: boolean;
  readonly cancelled: boolean;
}

export interface SessionAttendee {
  readonly address: string;
  readonly name?: string;
  readonly type: 'required' | 'optional' | 'resource';
  /** accepted, declined, tentativelyAccepted, none, notResponded. */
  readonly response: string;
}

/** One event, or one occurrence of a series, in the coach's calendar. */
export interface SessionEvent extends Interval {
  readonly id: string;
  readonly subject: string;
  readonly organizer?: string;
  readonly isOrganizer: boolean;
  readonly type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  readonly attendees: readonly SessionAttendee[];
}

/** The calendar operations managing booked sessions needs; src/graph implements them over Graph. */
export interface SessionCalendar {
  /** Free/busy for these people over the window, as the engine takes it. */
  readSchedules(addresses: readonly string[], window: Interval): Promise<ScheduleInput[]>;
  /** Our tagged sessions in the coach's calendar (or a shared one the coach books through), optionally of one plan. */
  taggedSessions(match: { readonly planId?: string; readonly calendar?: string }): Promise<BookedSession[]>;
  readSession(eventId: string): Promise<SessionEvent>;
  /** Moves the event or occurrence (Graph tells the attendees); times written in `timeZone`. */
  moveSession(eventId: string, to: Interval, timeZone: string): Promise<void>;
  /** The organizer cancels with a message to everyone invited. */
  cancelSession(eventId: string, comment?: string): Promise<void>;
  /** The occurrences of a series overlapping the window, with their own ids. */
  seriesOccurrences(seriesId: string, window: Interval): Promise<SessionEvent[]>;
}
