/**
 * An attendee's answer: POST /events/{id}/accept | tentativelyAccept | decline (202, no body).
 * The attendee's copy records the answer; with sendResponse (the default) the organizer's copy records
 * it on that attendee, with the time and any proposed new time. A declined meeting leaves the
 * attendee's calendar, as Outlook removes it.
 */
import type { ResponseType } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../errors.js';
import { findCopy } from './copies.js';
import { requireEvent } from './change.js';
import { touch } from './fields.js';
import { calendarOf, type MailboxDirectory, type MailboxOwner, type StoredEvent } from './model.js';
import { toInstant, utcStamp } from './zones.js';
import { parseOccurrenceId } from './present.js';
import { seriesOccurrences } from './view.js';

export type ResponseAction = 'accept' | 'tentativelyAccept' | 'decline';

const RESPONSE_OF: Record<ResponseAction, SentResponse['response']> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};

export interface ResponseBody {
  comment?: string;
  sendResponse: boolean;
  proposedNewTime?: { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } };
}

function badResponse(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', message);
}

const PARAMETERS = ['comment', 'sendResponse', 'proposedNewTime'];

/**
 * The action's parameters under their documented camelCase names. Graph's metadata names them in
 * PascalCase (`Comment`, `SendResponse`, `ProposedNewTime`), and Microsoft's generated SDKs send them so,
 * while the docs send camelCase: Graph matches action parameter names without letter case, so either
 * works. The same name twice in two cases is ambiguous and refused.
 */
function canonicalParameters(action: ResponseAction, sent: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sent)) {
    const name = PARAMETERS.find((p) => p.toLowerCase() === key.toLowerCase());
    if (name === undefined) {
      throw new GraphError(
        400,
        'RequestBodyRead',
        `The parameter '${key}' is not allowed for ${action}; use comment, sendResponse${action === 'accept' ? '' : ' and proposedNewTime'}.`,
      );
    }
    if (name in out) throw new GraphError(400, 'RequestBodyRead', `The parameter '${name}' is given twice (as '${key}' too); send it once.`);
    out[name] = value;
  }
  return out;
}

/** Checks the action's body by the rules of event-accept.md, event-tentativelyaccept.md and event-decline.md. */
export function readResponseBody(action: ResponseAction, body: unknown, event: StoredEvent): ResponseBody {
  const sent = (body ?? {}) as Record<string, unknown>;
  if (typeof sent !== 'object' || Array.isArray(sent)) throw badResponse('The body must be a JSON object: {"comment": "...", "sendResponse": true}.');
  const raw = canonicalParameters(action, sent);
  if (raw['comment'] !== undefined && raw['comment'] !== null && typeof raw['comment'] !== 'string') throw badResponse('comment must be a string.');
  if (raw['sendResponse'] !== undefined && typeof raw['sendResponse'] !== 'boolean') throw badResponse('sendResponse must be true or false.');
  const sendResponse = raw['sendResponse'] !== false;
  const result: ResponseBody = { sendResponse };
  if (typeof raw['comment'] === 'string') result.comment = raw['comment'];
  const proposed = raw['proposedNewTime'];
  if (proposed !== undefined && proposed !== null) {
    if (action === 'accept') throw badResponse('proposedNewTime is not allowed when accepting; propose a new time with tentativelyAccept or decline.');
    if (!sendResponse) throw badResponse('proposedNewTime needs sendResponse true: the organizer must receive the proposal.');
    if (!event.allowNewTimeProposals) throw badResponse('The organizer does not allow new time proposals for this meeting (allowNewTimeProposals is false).');
    const slot = proposed as { start?: { dateTime?: unknown; timeZone?: unknown }; end?: { dateTime?: unknown; timeZone?: unknown } };
    const start = toInstant(slot.start, 'proposedNewTime.start');
    const end = toInstant(slot.end, 'proposedNewTime.end');
    if (end <= start) throw badResponse('proposedNewTime.end must be after proposedNewTime.start.');
    result.proposedNewTime = slot as NonNullable<ResponseBody['proposedNewTime']>;
  }
  return result;
}

function organizerEventOf(calendars: Record<string, unknown>, directory: MailboxDirectory, copy: StoredEvent): StoredEvent | undefined {
  const organizer = directory.byAddress(copy.organizer.emailAddress?.address ?? '');
  return organizer ? findCopy(calendars, organizer.id, copy.iCalUId) : undefined;
}

/**
 * What went to the organizer, for the response message in their mailbox (src/sim/mail/). The comment
 * travels only there: Graph's event resource has no property for it on either copy.
 */
export interface SentResponse {
  response: Extract<ResponseType, 'accepted' | 'tentativelyAccepted' | 'declined'>;
  comment: string;
  proposedNewTime?: ResponseBody['proposedNewTime'];
  attendee: MailboxOwner;
  organizer: MailboxOwner;
  organizerEvent: StoredEvent;
}

export function respondToEvent(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  userId: string,
  eventId: string,
  action: ResponseAction,
  body: unknown,
  now: number,
): SentResponse | undefined {
  const occurrence = parseOccurrenceId(eventId);
  if (occurrence) return respondToOccurrence(calendars, directory, userId, occurrence, action, body, now);
  const copy = requireEvent(calendars, userId, eventId);
  if (copy.isOrganizer) throw badResponse("Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.");
  if (copy.isCancelled) throw badResponse("Your request can't be completed. This meeting has been canceled by the organizer.");
  const answer = readResponseBody(action, body, copy);
  const response = RESPONSE_OF[action];
  const time = utcStamp(now).replace(/\.\d+Z$/, 'Z');
  const organizerEvent = organizerEventOf(calendars, directory, copy);

  if (action === 'decline') {
    delete calendarOf(calendars, userId).events[eventId];
  } else {
    copy.responseStatus = { response, time };
    copy.showAs = action === 'accept' ? (organizerEvent?.showAs ?? 'busy') : 'tentative';
    touch(copy, now);
  }

  if (!answer.sendResponse || organizerEvent === undefined) return undefined;
  const me = directory.byId(userId);
  const organizer = directory.byAddress(copy.organizer.emailAddress?.address ?? '');
  const entry = organizerEvent.attendees.find((a) => a.emailAddress?.address?.toLowerCase() === me?.mail.toLowerCase());
  if (entry === undefined || me === undefined || organizer === undefined) return undefined;
  entry.status = { response, time };
  if (answer.proposedNewTime) entry.proposedNewTime = answer.proposedNewTime;
  else delete entry.proposedNewTime;
  touch(organizerEvent, now);
  const sent: SentResponse = { response: RESPONSE_OF[action], comment: answer.comment ?? '', attendee: me, organizer, organizerEvent };
  if (answer.proposedNewTime) sent.proposedNewTime = answer.proposedNewTime;
  return sent;
}

/**
 * An answer to one occurrence of a series: Exchange makes an exception of that occurrence in the
 * attendee's copy (declined: it leaves their calendar) and records the answer on the organizer's
 * occurrence, leaving the rest of the series as it was.
 */
function respondToOccurrence(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  userId: string,
  occurrence: { masterId: string; startMs: number },
  action: ResponseAction,
  body: unknown,
  now: number,
): SentResponse | undefined {
  const master = requireEvent(calendars, userId, occurrence.masterId);
  const key = String(occurrence.startMs);
  const exists = master.recurrence && seriesOccurrences(master, occurrence.startMs, occurrence.startMs + 1).some((o) => o.startMs === occurrence.startMs);
  if (!exists || master.sim.exceptions?.[key]?.removed) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if (master.isOrganizer) throw badResponse("Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.");
  if (master.isCancelled) throw badResponse("Your request can't be completed. This meeting has been canceled by the organizer.");
  const answer = readResponseBody(action, body, master);
  const response = RESPONSE_OF[action];
  const time = utcStamp(now).replace(/\.\d+Z$/, 'Z');
  const mine = ((master.sim.exceptions ??= {})[key] ??= {});
  if (action === 'decline') mine.removed = true;
  else mine.responseStatus = { response, time };
  touch(master, now);

  const organizerEvent = organizerEventOf(calendars, directory, master);
  const me = directory.byId(userId);
  const organizer = directory.byAddress(master.organizer.emailAddress?.address ?? '');
  if (!answer.sendResponse || organizerEvent === undefined || me === undefined || organizer === undefined) return undefined;
  const theirs = ((organizerEvent.sim.exceptions ??= {})[key] ??= {});
  (theirs.attendeeStatus ??= {})[me.mail.toLowerCase()] = { response, time };
  touch(organizerEvent, now);
  const sent: SentResponse = { response, comment: answer.comment ?? '', attendee: me, organizer, organizerEvent };
  if (answer.proposedNewTime) sent.proposedNewTime = answer.proposedNewTime;
  return sent;
}
