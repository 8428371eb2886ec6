import type { RefObject } from 'react';
import type { BookingPlan } from '../../../core/booking/index.js';
import type { AgendaEntry, Organizer } from '../../../services/booking/index.js';
import type { BookingReport, DraftOutcome, WalkWay } from '../../../services/booking/index.js';
import type { RotationSuggestion, WalkVisit } from '../../../services/findTime/index.js';
import type { LongWorkState } from '../../common/useLongWork.js';

export interface RotationBookingProps {
  readonly walks: RotationSuggestion;
  readonly user: Organizer;
  readonly zone: string;
  readonly tentativeCountsAsFree: boolean;
}

/** What the coach types before booking, kept for this browser tab. */
export interface RotationDraft {
  readonly hostFirst: boolean;
  readonly shared?: AgendaEntry;
  readonly bySchool: Readonly<Record<string, AgendaEntry>>;
}

export interface RotationProgress {
  readonly message: string;
  readonly done: number;
  readonly total: number;
  /** Each walk's outcome so far, by its key. */
  readonly outcomes: Readonly<Record<string, DraftOutcome>>;
}

export interface RotationBooked {
  readonly plan: BookingPlan;
  readonly report: BookingReport;
  readonly hostFirst: boolean;
  /** Schools without a street address in the directory (their invites name the school only). */
  readonly noAddress: readonly string[];
}

export interface RotationBookingState {
  readonly visits: readonly WalkVisit[];
  readonly zone: string;
  /** Where focus goes when a booking run ends (the button that started it may be gone). */
  readonly statusRef: RefObject<HTMLDivElement | null>;
  readonly draft: RotationDraft;
  readonly work: LongWorkState<RotationBooked, RotationProgress>;
  readonly busy: boolean;
  readonly report?: BookingReport;
  readonly booked: boolean;
  /** The outcome shown for each walk, by key: live while booking, else from the last report. */
  readonly shown: Readonly<Record<string, DraftOutcome>>;
  hostOf(schoolName: string): string | undefined;
  setDraft(change: (draft: RotationDraft) => RotationDraft): void;
  book(): void;
  /** The ways forward a walk's conflict offered (none unless its time was taken). */
  waysFor(schoolName: string): readonly WalkWay[];
  /** Moves the walk to that way and books again: only what is missing is sent. */
  takeWay(schoolName: string, way: WalkWay): void;
  stop(): void;
}
