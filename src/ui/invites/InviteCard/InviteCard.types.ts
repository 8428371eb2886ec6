import type { Invite, InviteResponse } from '../../../core/invites/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { Proposal } from '../ProposeTime.js';

export interface InviteCardProps {
  readonly invite: Invite;
  readonly timeZone: string;
  /** True for the meeting the Outlook pane was opened on: marked, its agenda open. */
  readonly isOpenInOutlook?: boolean;
  /** The note typed so far, kept by the screen so it survives a reload. */
  readonly note: string;
  onNoteChange(note: string): void;
  onRespond(response: InviteResponse, note: string, proposal?: Interval): Promise<void>;
}

export interface InviteCardState {
  readonly invite: Invite;
  readonly timeZone: string;
  readonly isOpenInOutlook: boolean;
  readonly note: string;
  readonly titleId: string;
  readonly status: { readonly text: string; readonly color: 'success' | 'warning' | 'danger' | 'informative' };
  /** Not for the organizer's own copy or a cancelled meeting. */
  readonly canAnswer: boolean;
  /** The answer being sent, if any. */
  readonly sending?: InviteResponse;
  readonly error?: string;
  readonly proposal: Proposal | null;
  setProposal(proposal: Proposal | null): void;
  onNoteChange(note: string): void;
  answer(response: InviteResponse): void;
}
