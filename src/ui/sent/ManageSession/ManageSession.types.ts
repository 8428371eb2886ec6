import type { SessionEvent } from '../../../core/booking/sessionEvents.js';
import type { Interval } from '../../../core/time/interval.js';

export interface ManageSessionProps {
  /** The event, or a series' master, in the coach's calendar. */
  readonly eventId: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly recurring: boolean;
  /** The coach's zone: times are shown and typed in it. */
  readonly zone: string;
  /** Told after a move or cancel went through, with what happened, so the screen reads Graph again. */
  onChanged?(message: string): void;
}

/** Something read when the dialog opens. */
export type Load<T> =
  { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'done'; readonly value: T } | { readonly status: 'failed'; readonly message: string };

/** What the last move or cancel did, in words, with a time a conflict offered instead. */
export interface ManageOutcome {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title: string;
  readonly text: string;
  readonly nextBest?: Interval;
}

export type ManageMode = 'closed' | 'move' | 'cancel';

/** Which meetings: one (a single event, or one meeting of a series), or every meeting of the series. */
export type ManageScope = 'one' | 'series';

export interface ManageSessionState {
  readonly props: ManageSessionProps;
  readonly mode: ManageMode;
  readonly scope: ManageScope;
  /** A series' meetings from now on, read from Graph (each with its own id). */
  readonly meetings: Load<readonly SessionEvent[]>;
  /** The meeting of a series chosen (its occurrence id). */
  readonly meetingId: string | undefined;
  /** The next free times to move to, read from Graph. */
  readonly choices: Load<{ readonly times: readonly Interval[]; readonly notBefore: number }>;
  /** `time:<index>` of a free time offered, or `other` for a typed date and time. */
  readonly picked: string;
  readonly otherDate: string;
  readonly otherTime: string;
  /** Every meeting of a series: the new start time of day (each keeps its date and length). */
  readonly seriesTime: string;
  /** Set when the typed date and time cannot be read: said next to the field. */
  readonly otherError: string | undefined;
  readonly comment: string;
  /** Cancel asks once more before it sends. */
  readonly confirming: boolean;
  readonly busy: boolean;
  readonly outcome: ManageOutcome | undefined;
  /** The session as Graph has it after the change (a moved meeting's new time; a moved series' next meeting). */
  readonly after: SessionEvent | undefined;
  /** Nothing more to do in this dialog: it was cancelled, or moved. */
  readonly finished: boolean;
  open(mode: 'move' | 'cancel'): void;
  close(): void;
  setScope(scope: ManageScope): void;
  chooseMeeting(id: string): void;
  pick(value: string): void;
  setOtherDate(value: string): void;
  setOtherTime(value: string): void;
  setSeriesTime(value: string): void;
  setComment(value: string): void;
  move(): void;
  moveTo(slot: Interval): void;
  askToCancel(): void;
  keep(): void;
  confirmCancel(): void;
}
