/**
 * One occurrence of a series, changed on its own, as Graph allows by the occurrence's id: PATCH its start
 * and end (it becomes an exception, listed as `type: "exception"` with its id and originalStart kept),
 * DELETE it, or the organizer's `cancel` (event-cancel.md: "The organizer can also cancel an occurrence of
 * a recurring meeting by providing the occurrence event ID"). An organizer's change reaches every
 * attendee's copy of the series. Only start and end of an occurrence can be changed here; anything else
 * gets a 400 that says so.
 */
import { GraphError } from '../errors.js';
import { attendeeMailboxes, findCopy } from './copies.js';
import { touch } from './fields.js';
import { readEventBody } from './input.js';
import { calendarOf, NO_RESPONSE_TIME, type MailboxDirectory, type OccurrenceException, type StoredEvent } from './model.js';
import { parseOccurrenceId, type OccurrenceSlot } from './present.js';
import { seriesOccurrences } from './view.js';
import { toInstant } from './zones.js';
import { itemNotFound } from './change.js';

export interface FoundOccurrence {
  readonly master: StoredEvent;
  /** Where it is now (with originalStartMs only when it was moved). */
  readonly occurrence: OccurrenceSlot;
  /** Where the series put it: the key of its exception. */
  readonly originalStartMs: number;
}

/** The series and the occurrence an occurrence id names in this mailbox; 404 when there is none (or it was cancelled). */
export function findOccurrence(calendars: Record<string, unknown>, userId: string, eventId: string): FoundOccurrence | undefined {
  const occ = parseOccurrenceId(eventId);
  if (!occ) return undefined;
  const master = calendarOf(calendars, userId).events[occ.masterId];
  if (!master?.recurrence) throw itemNotFound();
  const change = master.sim.exceptions?.[String(occ.startMs)];
  if (change?.cancelled || change?.removed) throw itemNotFound();
  if (change?.startMs !== undefined && change.endMs !== undefined)
    return { master, occurrence: { startMs: change.startMs, endMs: change.endMs, originalStartMs: occ.startMs }, originalStartMs: occ.startMs };
  const hit = seriesOccurrences(master, occ.startMs, occ.startMs + 1).find((o) => o.startMs === occ.startMs && o.originalStartMs === undefined);
  if (!hit) throw itemNotFound();
  return { master, occurrence: hit, originalStartMs: occ.startMs };
}

const ALLOWED = new Set(['start', 'end']);

function setException(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  userId: string,
  master: StoredEvent,
  originalStartMs: number,
  change: OccurrenceException,
  now: number,
): void {
  const apply = (event: StoredEvent): void => {
    const key = String(originalStartMs);
    event.sim.exceptions = { ...(event.sim.exceptions ?? {}), [key]: { ...(event.sim.exceptions?.[key] ?? {}), ...change } };
    touch(event, now);
  };
  apply(master);
  if (!master.isOrganizer) return;
  for (const attendee of attendeeMailboxes(master, directory, userId)) {
    const copy = findCopy(calendars, attendee.id, master.iCalUId);
    if (!copy?.recurrence) continue;
    apply(copy);
    // A moved occurrence asks again, as Outlook does: the attendee's answer was for the old time.
    if (!change.cancelled) copy.responseStatus = { response: 'notResponded', time: NO_RESPONSE_TIME };
  }
}

/** PATCH of an occurrence: new start and/or end; the occurrence becomes an exception. */
export function updateOccurrence(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  userId: string,
  found: FoundOccurrence,
  body: unknown,
  now: number,
): OccurrenceSlot {
  const fields = readEventBody(body);
  const other = Object.keys(fields).filter((k) => !ALLOWED.has(k));
  if (other.length > 0) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `The demo tenant changes only start and end of a single occurrence (got ${other.join(', ')}); change the series master '${found.master.id}' for the rest.`,
    );
  }
  const startMs = 'start' in fields ? toInstant(fields['start'] as never, 'start') : found.occurrence.startMs;
  const endMs = 'end' in fields ? toInstant(fields['end'] as never, 'end') : found.occurrence.endMs;
  if (endMs < startMs) throw new GraphError(400, 'ErrorInvalidRequest', 'end is before start; move the end after the start.');
  setException(calendars, directory, userId, found.master, found.originalStartMs, { startMs, endMs }, now);
  return { startMs, endMs, originalStartMs: found.originalStartMs };
}

/** DELETE of an occurrence (in the organizer's calendar it is withdrawn from every attendee too). */
export function deleteOccurrence(calendars: Record<string, unknown>, directory: MailboxDirectory, userId: string, found: FoundOccurrence, now: number): void {
  setException(calendars, directory, userId, found.master, found.originalStartMs, { cancelled: true }, now);
}

/** The organizer's cancel of one occurrence, with an optional comment for the attendees. */
export function cancelOccurrence(calendars: Record<string, unknown>, directory: MailboxDirectory, userId: string, found: FoundOccurrence, body: unknown, now: number): void {
  const comment = (body as { comment?: unknown; Comment?: unknown } | undefined)?.comment ?? (body as { Comment?: unknown } | undefined)?.Comment;
  if (comment !== undefined && typeof comment !== 'string') throw new GraphError(400, 'ErrorInvalidRequest', 'comment must be a string.');
  if (!found.master.isOrganizer) {
    throw new GraphError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  deleteOccurrence(calendars, directory, userId, found, now);
}
