/**
 * Changing and removing events: PATCH with an optional `If-Match` ETag, DELETE, and the organizer's
 * `cancel`. An organizer's change reaches every attendee's copy; an attendee's change stays in their
 * own mailbox (it is their item, and nothing is sent).
 */
import { GraphError } from '../errors.js';
import { cancelCopy, findCopy, attendeeMailboxes, syncAttendeeCopies } from './copies.js';
import { applyFields, requireTransactionIdUnchanged, touch } from './fields.js';
import { etagFor } from './ids.js';
import { readEventBody } from './input.js';
import { NO_RESPONSE_TIME, calendarOf, type MailboxDirectory, type StoredEvent } from './model.js';

export function itemNotFound(): GraphError {
  return new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

export function requireEvent(calendars: Record<string, unknown>, userId: string, eventId: string): StoredEvent {
  const event = calendarOf(calendars, userId).events[eventId];
  if (event === undefined) throw itemNotFound();
  return event;
}

/** `W/"abc"`, `"abc"` and `abc` name the same version; `*` matches any. */
function etagMatches(header: string, event: StoredEvent): boolean {
  const bare = (tag: string): string =>
    tag
      .trim()
      .replace(/^W\//i, '')
      .replace(/^"(.*)"$/, '$1');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etagFor(event.changeKey)));
}

/**
 * Applies a PATCH. With `ifMatch`, a stale ETag gets 412 ErrorIrresolvableConflict, the code and wording
 * Exchange uses for a change key that no longer matches (event-update.md does not document If-Match).
 */
export function updateEvent(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  userId: string,
  eventId: string,
  body: unknown,
  ifMatch: string | undefined,
  now: number,
): StoredEvent {
  const event = requireEvent(calendars, userId, eventId);
  if (ifMatch !== undefined && !etagMatches(ifMatch, event)) {
    throw new GraphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
  const fields = readEventBody(body);
  requireTransactionIdUnchanged(event, fields);
  // Work on a draft so a refused body changes nothing.
  const draft = structuredClone(event);
  const { timeChanged } = applyFields(draft, fields, directory);
  // A new time or pattern starts the series afresh: answers to single occurrences no longer apply.
  if (timeChanged) delete draft.sim.exceptions;
  if (draft.isOrganizer && timeChanged) {
    for (const a of draft.attendees) a.status = { response: 'none', time: NO_RESPONSE_TIME };
  }
  // A series moved as a whole loses its single-occurrence changes, as Outlook warns it will.
  if (timeChanged) delete draft.sim.exceptions;
  touch(draft, now);
  calendarOf(calendars, userId).events[eventId] = draft;
  if (draft.isOrganizer) syncAttendeeCopies(calendars, directory, userId, draft, now, { timeChanged, previous: event });
  return draft;
}

/**
 * Deletes an event. When the organizer deletes a meeting, each attendee's copy is kept but marked
 * cancelled ("Canceled: " subject, shown as free), as Outlook leaves it until the attendee removes it.
 */
export function deleteEvent(calendars: Record<string, unknown>, directory: MailboxDirectory, userId: string, eventId: string, now: number): void {
  const event = requireEvent(calendars, userId, eventId);
  const calendar = calendarOf(calendars, userId);
  delete calendar.events[eventId];
  if (event.transactionId !== undefined) delete calendar.transactionIds[event.transactionId];
  if (!event.isOrganizer) return;
  for (const attendee of attendeeMailboxes(event, directory, userId)) {
    const copy = findCopy(calendars, attendee.id, event.iCalUId);
    if (copy) cancelCopy(copy, now);
  }
}

/** POST /events/{id}/cancel: only the organizer may cancel; the effect is a delete that notifies. */
export function cancelEvent(calendars: Record<string, unknown>, directory: MailboxDirectory, userId: string, eventId: string, body: unknown, now: number): void {
  const event = requireEvent(calendars, userId, eventId);
  // Action parameters match without letter case (`Comment` in Graph's metadata, `comment` in the docs).
  const sent = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const comment = Object.entries(sent).find(([k]) => k.toLowerCase() === 'comment')?.[1];
  if (comment !== undefined && typeof comment !== 'string') throw new GraphError(400, 'ErrorInvalidRequest', 'comment must be a string.');
  if (!event.isOrganizer) {
    throw new GraphError(400, 'ErrorInvalidRequest', "Your request can't be completed. Only the meeting organizer can cancel a meeting; an attendee can decline it.");
  }
  deleteEvent(calendars, directory, userId, eventId, now);
}
