/**
 * Creating an event in a mailbox (POST /users/{id}/events), with Graph's defaults and the attendees'
 * copies. A `transactionId` already used in this organizer's mailbox returns the event it created the
 * first time, unchanged: nothing new is stored anywhere (the docs do not say what a repeat returns;
 * we answer 201 with the original event so a client retrying after a lost response sees the same reply).
 */
import { GraphError } from '../errors.js';
import { syncAttendeeCopies } from './copies.js';
import { applyFields } from './fields.js';
import { changeKeyFor, iCalUIdFor, nextEventId, webLinkFor } from './ids.js';
import { readEventBody } from './input.js';
import { NO_RESPONSE_TIME, calendarOf, type MailboxDirectory, type MailboxOwner, type StoredEvent } from './model.js';
import { utcStamp } from './zones.js';

export interface CreateResult {
  event: StoredEvent;
  /** False when the transactionId matched an earlier create and that event was returned. */
  created: boolean;
}

function blankEvent(id: string, owner: MailboxOwner, now: number): StoredEvent {
  const stamp = utcStamp(now);
  return {
    id,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    changeKey: changeKeyFor(id, 1),
    categories: [],
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    iCalUId: iCalUIdFor(id),
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    hideAttendees: false,
    subject: '',
    bodyPreview: '',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isDraft: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: 'busy',
    type: 'singleInstance',
    webLink: webLinkFor(id),
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    allowNewTimeProposals: true,
    responseStatus: { response: 'organizer', time: NO_RESPONSE_TIME },
    body: { contentType: 'text', content: '' },
    start: { dateTime: '', timeZone: 'UTC' },
    end: { dateTime: '', timeZone: 'UTC' },
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: [],
    recurrence: null,
    attendees: [],
    organizer: { emailAddress: { name: owner.displayName, address: owner.mail } },
    singleValueExtendedProperties: [],
    sim: { version: 1, startMs: 0, endMs: 0 },
  };
}

/**
 * Creates `body` as a new event in `ownerUserId`'s calendar and delivers it to attendees who have a
 * mailbox here. Throws GraphError (400) for a body Graph would refuse; nothing is stored then.
 */
export function createEvent(calendars: Record<string, unknown>, directory: MailboxDirectory, ownerUserId: string, body: unknown, now: number): CreateResult {
  const owner = directory.byId(ownerUserId);
  if (owner === undefined) throw new GraphError(404, 'ErrorItemNotFound', `No mailbox exists for user '${ownerUserId}'.`);
  const fields = readEventBody(body);
  if (fields['start'] === undefined || fields['end'] === undefined) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'An event needs both "start" and "end", e.g. {"dateTime": "2026-03-02T09:00:00", "timeZone": "Eastern Standard Time"}.');
  }
  const transactionId = fields['transactionId'];
  if (transactionId !== undefined && transactionId !== null && typeof transactionId !== 'string') {
    throw new GraphError(400, 'ErrorInvalidRequest', 'transactionId must be a string, such as a GUID the client chose for this create.');
  }
  const calendar = calendarOf(calendars, owner.id);
  if (typeof transactionId === 'string') {
    const earlier = calendar.events[calendar.transactionIds[transactionId] ?? ''];
    if (earlier) return { event: earlier, created: false };
  }

  // Build on a scratch copy of the sequence so a refused body leaves the mailbox untouched.
  const sequence = calendar.nextSequence;
  const id = nextEventId(calendar, owner.id);
  const event = blankEvent(id, owner, now);
  try {
    applyFields(event, fields, directory);
  } catch (e) {
    calendar.nextSequence = sequence;
    throw e;
  }
  if (typeof transactionId === 'string') {
    event.transactionId = transactionId;
    calendar.transactionIds[transactionId] = id;
  }
  calendar.events[id] = event;
  syncAttendeeCopies(calendars, directory, owner.id, event, now, { timeChanged: false });
  return { event, created: true };
}
