/**
 * Identifiers that look like Exchange's (opaque base64 ids, base64 change keys, hex iCalUIds) but are
 * derived from the state, not from randomness, so a seeded tenant is the same on every run.
 */
import { createHash } from 'node:crypto';
import type { MailboxCalendar } from './model.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** A new event id in this mailbox: URL-safe, like the `AAMk...` ids Graph returns. */
export function nextEventId(calendar: MailboxCalendar, ownerUserId: string): string {
  const sequence = calendar.nextSequence;
  calendar.nextSequence = sequence + 1;
  return `AAMk${digest(`${ownerUserId}:${sequence}`).subarray(0, 24).toString('base64url')}`;
}

/** Changes with every version of the item (as `changeKey`/`@odata.etag` do in Graph). */
export function changeKeyFor(eventId: string, version: number): string {
  return digest(`${eventId}#${version}`).subarray(0, 22).toString('base64');
}

export function etagFor(changeKey: string): string {
  return `W/"${changeKey}"`;
}

/** The organizer's event and every attendee copy share this id; it is hex as in the examples. */
export function iCalUIdFor(organizerEventId: string): string {
  return `040000008200E00074C5B7101A82E008${digest(`ical:${organizerEventId}`).subarray(0, 28).toString('hex').toUpperCase()}`;
}

export function webLinkFor(eventId: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(eventId)}&exvsurl=1&path=/calendar/item`;
}

/** A Teams join link like the one in examples/createEvent-4-onlineMeeting.response.json. */
export function teamsJoinUrlFor(iCalUId: string): string {
  const thread = digest(`teams:${iCalUId}`).subarray(0, 24).toString('base64url');
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0`;
}

export function conferenceIdFor(iCalUId: string): string {
  return String(digest(`conf:${iCalUId}`).readUInt32BE(0) % 1_000_000_000).padStart(9, '1');
}
