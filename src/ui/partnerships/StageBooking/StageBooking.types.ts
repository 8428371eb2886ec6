import type { RefObject } from 'react';
import type { PartnershipStage } from '../../../core/booking/planPartnership.js';
import type { Interval } from '../../../core/time/interval.js';
import type { AgendaEntry, Organizer } from '../../../services/booking/index.js';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { Suggestions } from '../../../services/findTime/suggestTimes.js';
import type { WorkProgress } from '../../../services/longWork.js';
import type { PartnershipOutcome, YourPartnership } from '../../../services/relations/index.js';
import type { LongWorkState } from '../../common/useLongWork.js';
import type { FormErrors } from '../../findTime/findTimeForm.js';

export interface StageBookingProps {
  readonly user: Organizer;
  readonly zone: string;
  /** The partnership whose next stage is booked (its `next` is not null). */
  readonly partnership: YourPartnership & { readonly next: PartnershipStage };
  /** Called once the stage is in Graph, with the time it was booked for. */
  onBooked(slot: Interval): void;
  onCancel(): void;
}

export interface StageBookingState {
  readonly stage: PartnershipStage;
  readonly stageNumber: number;
  readonly stageName: string;
  readonly principalName: string;
  readonly zone: string;
  /** Where the stage happens, in words; `problem` when it cannot be booked as it is (joint work without a school). */
  readonly where: { readonly text: string; readonly problem: boolean };
  /** The stage before this one and its time, which this one must follow. */
  readonly after?: string;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly durationMinutes: number;
  readonly durations: readonly number[];
  readonly errors: FormErrors;
  readonly search: LongWorkState<Suggestions, WorkProgress>;
  /** The times offered (both free, after the stage before), best first. */
  readonly times: readonly Interval[];
  /** The chosen time's key ('' for none). */
  readonly slotKey: string;
  readonly agenda: AgendaEntry | undefined;
  readonly booking: LongWorkState<PartnershipOutcome, BookingProgress>;
  readonly busy: boolean;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly problemRef: RefObject<HTMLDivElement | null>;
  setFirstDate(value: string): void;
  setLastDate(value: string): void;
  setDuration(minutes: number): void;
  find(): void;
  stop(): void;
  chooseSlot(key: string): void;
  setAgenda(agenda: AgendaEntry): void;
  useInstead(slot: Interval): void;
  book(): void;
  cancel(): void;
}

/** A time's key in the radio group: its start and end. */
export const slotKeyOf = (slot: Interval): string => `${slot.start}-${slot.end}`;
