import type { SessionAnswers } from '../../../services/answers/followUp.js';

export interface SessionFollowUpProps {
  readonly eventId: string;
  readonly subject: string;
  readonly zone: string;
}

export type FollowUpLoad =
  | { readonly status: 'closed' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: SessionAnswers }
  | { readonly status: 'failed'; readonly message: string };

export interface SessionFollowUpState {
  readonly props: SessionFollowUpProps;
  readonly load: FollowUpLoad;
  /** Something being done (remind, move, keep), to disable the buttons and say so. */
  readonly busy: string | undefined;
  /** The outcome of the last action, in words, for the live region. */
  readonly message: { readonly intent: 'success' | 'warning' | 'error'; readonly text: string } | undefined;
  readonly waiting: number;
  open(): void;
  remind(): void;
  moveTo(proposer: string): void;
  keep(proposer: string): void;
}
