import type { HostBrief } from '../../../core/booking/hostBrief.js';
import type { Invite, InviteResponse } from '../../../core/invites/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { Proposal } from '../ProposeTime.js';

export interface InviteCardProps {
  readonly invite: Invite;
  readonly timeZone: string;
  /** The reader's display name: a cohort agenda naming them as presenter tells them so. */
  readonly readerName?: string;
  /** The reader's address: a learning walk whose host they are offers them the visit brief. */
  readonly readerAddress?: string;
  /** True for the meeting the Outlook pane was opened on: marked, its agenda open. */
  readonly isOpenInOutlook?: boolean;
  /** The note typed so far, kept by the screen so it survives a reload. */
  readonly note: string;
  onNoteChange(note: string): void;
  onRespond(response: InviteResponse, note: string, proposal?: Interval): Promise<void>;
  /** The host answers with their school's visit brief (only offered where given). */
  onSendBrief?(brief: HostBrief, note: string, response: 'accept' | 'tentativelyAccept'): Promise<void>;
}

export interface InviteCardState {
  readonly invite: Invite;
  readonly timeZone: string;
  readonly isOpenInOutlook: boolean;
  readonly note: string;
  readonly titleId: string;
  /** "Agenda and visit brief" for a learning walk, "Agenda" for every session without a visit. */
  readonly agendaLabel: string;
  /** The agenda names the reader as the presenting principal. */
  readonly youPresent: boolean;
  readonly status: { readonly text: string; readonly color: 'success' | 'warning' | 'danger' | 'informative' };
  /** Not for the organizer's own copy or a cancelled meeting. */
  readonly canAnswer: boolean;
  /** The answer being sent, if any. */
  readonly sending?: InviteResponse;
  readonly error?: string;
  readonly proposal: Proposal | null;
  /** The reader hosts this learning walk: they may add their school's visit brief. */
  readonly hostsWalk: boolean;
  /** The brief the host last sent, read back from their own answer. */
  readonly sentBrief?: HostBrief;
  /** What the reader wrote with their answer, without the brief's lines. */
  readonly myNote: string;
  onSendBrief(brief: HostBrief, note: string, response: 'accept' | 'tentativelyAccept'): Promise<void>;
  setProposal(proposal: Proposal | null): void;
  onNoteChange(note: string): void;
  answer(response: InviteResponse): void;
}
