import type { HostBrief } from '../../../core/booking/hostBrief.js';

export type HostBriefAnswer = 'accept' | 'tentativelyAccept';

/** The brief as typed: one classroom or look-for a line, kept for this browser tab until sent. */
export interface HostBriefDraft {
  readonly focusQuestion: string;
  readonly classrooms: string;
  readonly lookFors: string;
}

export interface HostBriefFormProps {
  /** The walk's invite id: the draft is kept under it. */
  readonly inviteId: string;
  readonly subject: string;
  /** Who gets the brief with the answer (the walk's organizer, the coach). */
  readonly organizer: string;
  /** The host's answer so far: 'accepted', 'tentativelyAccepted', 'none', 'notResponded'. */
  readonly myResponse: string;
  /** The brief the host last sent (read back from their own answer), if any. */
  readonly sent?: HostBrief;
  /** The note typed in the card, sent with the brief. */
  readonly note: string;
  /** Sends the answer with the brief in its note; rejects with a sentence when it could not. */
  onSend(brief: HostBrief, note: string, response: HostBriefAnswer): Promise<void>;
}

export interface HostBriefFormState {
  readonly open: boolean;
  readonly draft: HostBriefDraft;
  readonly sent?: HostBrief;
  readonly organizer: string;
  readonly headingId: string;
  /** "Accept and send visit brief", or "Send visit brief" once accepted. */
  readonly submitLabel: string;
  readonly toggleLabel: string;
  readonly sending: boolean;
  readonly error?: string;
  /** Said once a brief went out, for the live region. */
  readonly confirmation?: string;
  toggle(): void;
  update(change: Partial<HostBriefDraft>): void;
  send(): void;
}
