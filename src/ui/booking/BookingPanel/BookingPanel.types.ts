import type { RefObject } from 'react';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { AgendaEntry, BookingOutcome, SessionPlan } from '../../../services/booking/index.js';
import type { Interval } from '../../../core/time/interval.js';
import type { LongWorkState } from '../../common/useLongWork.js';
import type { BookedSession } from '../../../services/booking/bookedSessions.js';
import type { ClosureClash } from '../../../core/district/index.js';
import type { ClosureSettlement } from '../../../services/booking/seriesClosures.js';

export interface BookingPanelProps {
  readonly plan: SessionPlan;
  onSubjectChange(subject: string): void;
  onAgendaChange(agenda: AgendaEntry): void;
  /** A single meeting moved to another time (the next best, after a conflict). */
  onSlotChange(slot: Interval): void;
  onBack(): void;
}

/** A time a conflict offers instead: everyone again, all but the named, or another suggestion still open. */
export type WayForward =
  | { readonly kind: 'nextBest'; readonly slot: Interval }
  | { readonly kind: 'partial'; readonly slot: Interval; readonly without: readonly string[] }
  | { readonly kind: 'stillOpen'; readonly slot: Interval };

export interface BookingPanelState {
  readonly plan: SessionPlan;
  readonly kindLabel: string;
  readonly work: LongWorkState<BookingOutcome, BookingProgress>;
  readonly busy: boolean;
  /** Only a booking that went through closes the form; after a conflict or a failure the coach fixes and retries. */
  readonly booked: boolean;
  readonly retry: boolean;
  /** The chosen time was taken: the ways forward replace Book. */
  readonly conflict: boolean;
  readonly ways: readonly WayForward[];
  /** The booked event, read from Graph, once it exists. */
  readonly session?: BookedSession;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly outcomeRef: RefObject<HTMLDivElement | null>;
  readonly subjectMissing: boolean;
  /** A series' dates on district closures (empty for a single meeting or a series clear of them). */
  readonly clashes: readonly ClosureClash[];
  /** "2 of the 8 dates fall on district closures: …": said before booking. */
  readonly closureWords: string;
  /** What to do with those dates once the series is booked. */
  readonly closureChoice: 'skip' | 'move';
  /** After booking: each closure date skipped or moved, read back from Graph's answers. */
  readonly settlement: ClosureSettlementState;
  chooseClosures(choice: 'skip' | 'move'): void;
  /** What the last move or cancel from this panel did (the booked state is then read again from Graph). */
  readonly managed: string | undefined;
  sessionChanged(message: string): void;
  book(): void;
  /** Moves the plan to a time a conflict offered (it is then booked like any other). */
  useTime(slot: Interval): void;
  onSubjectChange(subject: string): void;
  onAgendaChange(agenda: AgendaEntry): void;
  onBack(): void;
}

export type ClosureSettlementState =
  | { readonly status: 'none' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly results: readonly ClosureSettlement[] }
  | { readonly status: 'failed'; readonly message: string };
