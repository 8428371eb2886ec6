import type { RefObject } from 'react';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { AgendaEntry, BookingOutcome, SessionPlan } from '../../../services/booking/index.js';
import type { Interval } from '../../../core/time/interval.js';
import type { LongWorkState } from '../../common/useLongWork.js';

export interface BookingPanelProps {
  readonly plan: SessionPlan;
  onSubjectChange(subject: string): void;
  onAgendaChange(agenda: AgendaEntry): void;
  /** A single meeting moved to another time (the next best, after a conflict). */
  onSlotChange(slot: Interval): void;
  onBack(): void;
}

export interface BookingPanelState {
  readonly plan: SessionPlan;
  readonly kindLabel: string;
  readonly work: LongWorkState<BookingOutcome, BookingProgress>;
  readonly busy: boolean;
  /** Only a booking that went through closes the form; after a conflict or a failure the coach fixes and retries. */
  readonly booked: boolean;
  readonly retry: boolean;
  readonly nextBest?: Interval;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly subjectMissing: boolean;
  book(): void;
  useNextBest(): void;
  onSubjectChange(subject: string): void;
  onAgendaChange(agenda: AgendaEntry): void;
  onBack(): void;
}
