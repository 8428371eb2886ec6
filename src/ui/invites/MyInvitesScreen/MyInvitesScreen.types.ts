import type { HostBrief } from '../../../core/booking/hostBrief.js';
import type { Invite, InviteResponse } from '../../../core/invites/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { AsyncState } from '../../common/useAsync.js';

export interface MyInvitesScreenProps {
  readonly user: { readonly upn: string; readonly displayName?: string };
  /** Times are shown in this IANA zone (the mailbox's). */
  readonly zone: string;
  /** The meeting open in Outlook, shown first and marked. */
  readonly focusEventId?: string;
}

export interface MyInvitesScreenState {
  readonly zone: string;
  /** The reader's name: an agenda naming them as presenter tells them so. */
  readonly readerName?: string;
  /** The reader's address: the walks they host offer the visit brief. */
  readonly readerAddress: string;
  readonly focusEventId?: string;
  readonly loaded: AsyncState<Invite[]>;
  /** The invites with this session's answers applied, the one open in Outlook first. */
  readonly invites: readonly Invite[];
  readonly weeksAhead: number;
  readonly unanswered: number;
  /** The last answer sent, for the live region. */
  readonly announcement: string;
  readonly notes: Readonly<Record<string, string>>;
  refresh(): void;
  setNote(inviteId: string, note: string): void;
  respond(invite: Invite, response: InviteResponse, note: string, proposal?: Interval): Promise<void>;
  /** A walk's host answers with their school's visit brief. */
  sendBrief(invite: Invite, brief: HostBrief, note: string, response: 'accept' | 'tentativelyAccept'): Promise<void>;
}
