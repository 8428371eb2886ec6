/**
 * The response messages an organizer receives when attendees answer with sendResponse (Exchange sends
 * the attendee's comment this way: event-accept.md, event-decline.md, event-tentativelyaccept.md say the
 * comment is "text included in the response"; Graph's event resource has no property for it). Each is
 * stored as plain JSON in the organizer's mailbox with the comment as the attendee typed it, as text:
 * it is never parsed as HTML, and turned into HTML only by escaping it on the way out (present.ts).
 */
import { createHash } from 'node:crypto';
import type { DateTimeTimeZone, Location, PatternedRecurrence, Recipient } from '@microsoft/microsoft-graph-types';
import type { SentResponse } from '../calendar/respond.js';
import { utcStamp, zoned } from '../calendar/zones.js';

/** One `microsoft.graph.eventMessageResponse`, as stored (times as UTC stamps). */
export interface StoredResponseMessage {
  id: string;
  createdDateTime: string;
  changeKey: string;
  subject: string;
  /** The attendee's comment, plain text exactly as sent ('' when there was none). */
  comment: string;
  responseType: SentResponse['response'];
  proposedNewTime?: { start: DateTimeTimeZone; end: DateTimeTimeZone };
  from: Recipient;
  toRecipients: Recipient[];
  conversationId: string;
  /** The organizer's copy of the meeting (the message's `event` navigation). */
  eventId: string;
  startDateTime: DateTimeTimeZone;
  endDateTime: DateTimeTimeZone;
  isAllDay: boolean;
  location: Location;
  type: 'singleInstance' | 'seriesMaster';
  recurrence: PatternedRecurrence | null;
}

/** One mailbox's messages (only response messages are modelled); newest last. */
export interface MailboxMessages {
  items: StoredResponseMessage[];
  nextSequence: number;
}

/** Outlook's subject prefixes for the three answers. */
const SUBJECT_PREFIX: Record<SentResponse['response'], string> = {
  accepted: 'Accepted: ',
  tentativelyAccepted: 'Tentative: ',
  declined: 'Declined: ',
};

export function mailboxOf(mailboxes: Record<string, MailboxMessages>, userId: string): MailboxMessages {
  const existing = mailboxes[userId];
  if (existing) return existing;
  const created: MailboxMessages = { items: [], nextSequence: 1 };
  mailboxes[userId] = created;
  return created;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Puts the response message for `sent` in the organizer's mailbox and returns it. */
export function deliverResponse(mailboxes: Record<string, MailboxMessages>, sent: SentResponse, now: number): StoredResponseMessage {
  const mailbox = mailboxOf(mailboxes, sent.organizer.id);
  const sequence = mailbox.nextSequence++;
  const id = `AAMkMsg${digest(`${sent.organizer.id}:msg:${sequence}`).subarray(0, 24).toString('base64url')}`;
  const event = sent.organizerEvent;
  const message: StoredResponseMessage = {
    id,
    createdDateTime: utcStamp(now).replace(/\.\d+Z$/, 'Z'),
    changeKey: digest(`${id}#1`).subarray(0, 22).toString('base64'),
    subject: `${SUBJECT_PREFIX[sent.response]}${event.subject}`,
    comment: sent.comment,
    responseType: sent.response,
    from: { emailAddress: { name: sent.attendee.displayName, address: sent.attendee.mail } },
    toRecipients: [{ emailAddress: { name: sent.organizer.displayName, address: sent.organizer.mail } }],
    conversationId: `AAQk${digest(`conversation:${event.iCalUId}`).subarray(0, 24).toString('base64url')}`,
    eventId: event.id,
    startDateTime: zoned(event.sim.startMs, 'UTC'),
    endDateTime: zoned(event.sim.endMs, 'UTC'),
    isAllDay: event.isAllDay,
    location: structuredClone(event.location),
    type: event.type,
    recurrence: event.recurrence ? structuredClone(event.recurrence) : null,
  };
  if (sent.proposedNewTime) message.proposedNewTime = structuredClone(sent.proposedNewTime);
  mailbox.items.push(message);
  return message;
}
