/** Principals answer their invitations; the organizer reads back who answered what. */
import { escapeHtml } from '../../core/agenda/escapeHtml.js';
import { BookingInputError } from '../../core/booking/index.js';
import type { InviteResponse } from '../../core/invites/model.js';
import type { Interval } from '../../core/time/interval.js';
import { calendarOf, type BookingGateway } from './bookingGateway.js';
import type { Answer } from './walks.js';

/** How an invitee answers (the core's InviteResponse). */
export type InviteAction = InviteResponse;
const ACTIONS: readonly InviteAction[] = ['accept', 'tentativelyAccept', 'decline'];
/** A note, not a letter: Outlook shows it above the response. */
export const MAX_COMMENT_CHARS = 1000;

/**
 * The comment as Graph gets it: control characters removed and the text HTML-escaped, because Exchange puts
 * it into the HTML body of the response message; whatever shows it, a typed `<script>` stays text.
 */
export function cleanComment(comment: unknown): string {
  if (typeof comment !== 'string') throw new BookingInputError('comment', 'give the note as text.');
  const text = comment
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .trim();
  if (text.length > MAX_COMMENT_CHARS) throw new BookingInputError('comment', `the note is ${text.length} characters; keep it under ${MAX_COMMENT_CHARS}.`);
  return escapeHtml(text);
}

export interface RespondInput {
  readonly comment?: string;
  /** Another time to suggest (UTC epoch ms); Graph takes it only with tentativelyAccept or decline. */
  readonly proposedNewTime?: Interval;
  /** The invitee's mailbox when not the signed-in person ('me'). */
  readonly user?: string;
}

function checkedSlot(slot: Interval): Interval {
  if (!slot || !Number.isFinite(slot.start) || !Number.isFinite(slot.end) || slot.end <= slot.start) {
    throw new BookingInputError('proposedNewTime', 'give a start and an end (the end after the start).');
  }
  return slot;
}

/** Answers an invitation in the invitee's own calendar (`eventId` is their copy's id). */
export async function respondToInvite(gateway: BookingGateway, eventId: string, action: InviteAction, input: RespondInput = {}): Promise<void> {
  if (!ACTIONS.includes(action)) throw new BookingInputError('action', `use accept, tentativelyAccept or decline (got ${JSON.stringify(action)}).`);
  if (typeof eventId !== 'string' || eventId.trim() === '') throw new BookingInputError('eventId', 'give the id of the invitation in your calendar.');
  if (input.proposedNewTime !== undefined && action === 'accept') {
    throw new BookingInputError(
      'proposedNewTime',
      'Graph takes a proposed new time only when you tentatively accept or decline; choose one of those, or accept without proposing.',
    );
  }
  await calendarOf(gateway).respond(eventId, action, {
    ...(input.comment !== undefined && input.comment.trim() !== '' ? { comment: cleanComment(input.comment) } : {}),
    ...(input.proposedNewTime !== undefined ? { proposedNewTime: checkedSlot(input.proposedNewTime) } : {}),
    ...(input.user !== undefined ? { user: input.user } : {}),
  });
}

/** Who answered what, as the organizer's copy records it (everyone invited, in invitation order). */
export async function inviteAnswers(gateway: BookingGateway, eventId: string): Promise<Answer[]> {
  return [...(await calendarOf(gateway).readEvent(eventId)).attendees];
}
