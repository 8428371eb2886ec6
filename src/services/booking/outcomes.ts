/** What booking reports, per draft and for the whole plan: plain data the UI shows as it is. */
import type { Interval } from '../../core/time/interval.js';

export interface ConflictPerson {
  readonly address: string;
  readonly name?: string;
  /** busy, oof, workingElsewhere, tentative, unknown; 'booked' when another booking appeared over the same time while this one was made. */
  readonly reason: string;
}

interface OutcomeBase {
  readonly key: string;
  readonly subject: string;
  /** The first meeting. */
  readonly slot: Interval;
}

export type DraftOutcome =
  /** `notice`: the race check after the create could not see some invitees (see src/core/booking/race.ts). */
  | (OutcomeBase & { readonly status: 'created'; readonly eventId: string; readonly invited: 'all' | 'hostOnly'; readonly notice?: string })
  | (OutcomeBase & { readonly status: 'alreadyExisted'; readonly eventId: string })
  /** Nothing of this draft was booked (or what was booked was withdrawn); `who` took the time. */
  | (OutcomeBase & { readonly status: 'conflict'; readonly who: readonly ConflictPerson[]; readonly message: string; readonly nextBest?: Interval })
  | (OutcomeBase & { readonly status: 'failed'; readonly message: string; readonly errorKind?: string })
  /** Stopped before this draft was tried (the coach cancelled); run the plan again to continue. */
  | (OutcomeBase & { readonly status: 'notStarted'; readonly message: string });

export interface BookingReport {
  readonly planId: string;
  readonly outcomes: readonly DraftOutcome[];
  /** Every draft is in Graph (created now or before). */
  readonly complete: boolean;
  readonly counts: Readonly<Record<DraftOutcome['status'], number>>;
}

export interface BookingProgress {
  readonly done: number;
  readonly total: number;
  /** One line for a live region: "Booked Learning walk at Lincoln (3 of 6)". */
  readonly message: string;
  readonly outcome?: DraftOutcome;
}

export function countOutcomes(outcomes: readonly DraftOutcome[]): Record<DraftOutcome['status'], number> {
  const counts = { created: 0, alreadyExisted: 0, conflict: 0, failed: 0, notStarted: 0 };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}
