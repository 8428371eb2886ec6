/**
 * Mailboxes behave like mailboxes: an organizer's meeting lands in each attendee's calendar (when the
 * attendee has a mailbox in this tenant) as a separate item sharing the iCalUId. Outlook places a new
 * request on the attendee's calendar as tentative until they answer; custom extended properties and
 * categories stay with the organizer's item (they are per-mailbox data, not part of the request).
 */
import { changeKeyFor, nextEventId, webLinkFor } from './ids.js';
import { touch } from './fields.js';
import { NO_RESPONSE_TIME, calendarOf, type MailboxDirectory, type MailboxOwner, type StoredEvent } from './model.js';
import { utcStamp } from './zones.js';

/** The fields an organizer's change carries to every attendee's copy. */
const SHARED_FIELDS = [
  'subject',
  'body',
  'bodyPreview',
  'start',
  'end',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'location',
  'locations',
  'recurrence',
  'type',
  'attendees',
  'organizer',
  'importance',
  'sensitivity',
  'isAllDay',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'onlineMeetingUrl',
  'allowNewTimeProposals',
  'responseRequested',
  'hideAttendees',
] as const;

function copyShared(target: StoredEvent, source: StoredEvent): void {
  for (const key of SHARED_FIELDS) (target as unknown as Record<string, unknown>)[key] = structuredClone(source[key]);
  target.sim.startMs = source.sim.startMs;
  target.sim.endMs = source.sim.endMs;
  // Moves and cancellations reach the copy; the attendee's own answers to single occurrences stay.
  for (const [key, change] of Object.entries(source.sim.exceptions ?? {})) {
    if (!change.cancelled && change.startMs === undefined) continue;
    const mine = ((target.sim.exceptions ??= {})[key] ??= {});
    if (change.cancelled) mine.cancelled = true;
    if (change.startMs !== undefined) Object.assign(mine, { startMs: change.startMs, endMs: change.endMs });
  }
}

/** The attendee's own copy of a meeting, or undefined when they have none (declined, deleted, external). */
export function findCopy(calendars: Record<string, unknown>, ownerId: string, iCalUId: string): StoredEvent | undefined {
  const calendar = calendarOf(calendars, ownerId);
  return Object.values(calendar.events).find((e) => e.iCalUId === iCalUId);
}

/** Attendees of `event` who have a mailbox here (never the organizer), once each. */
export function attendeeMailboxes(event: StoredEvent, directory: MailboxDirectory, organizerId: string): MailboxOwner[] {
  const seen = new Set<string>();
  const owners: MailboxOwner[] = [];
  for (const a of event.attendees) {
    const owner = directory.byAddress(a.emailAddress?.address ?? '');
    if (owner === undefined || owner.id === organizerId || seen.has(owner.id)) continue;
    seen.add(owner.id);
    owners.push(owner);
  }
  return owners;
}

function markUnanswered(copy: StoredEvent): void {
  delete copy.sim.exceptions;
  copy.responseStatus = { response: 'notResponded', time: NO_RESPONSE_TIME };
  copy.showAs = 'tentative';
}

function deliverCopy(calendars: Record<string, unknown>, organizerEvent: StoredEvent, attendee: MailboxOwner, now: number): StoredEvent {
  const calendar = calendarOf(calendars, attendee.id);
  const id = nextEventId(calendar, attendee.id);
  const copy: StoredEvent = {
    ...structuredClone(organizerEvent),
    id,
    createdDateTime: utcStamp(now),
    lastModifiedDateTime: utcStamp(now),
    changeKey: changeKeyFor(id, 1),
    categories: [],
    isOrganizer: false,
    webLink: webLinkFor(id),
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    singleValueExtendedProperties: [],
    sim: {
      version: 1,
      startMs: organizerEvent.sim.startMs,
      endMs: organizerEvent.sim.endMs,
      ...(organizerEvent.sim.exceptions ? { exceptions: structuredClone(organizerEvent.sim.exceptions) } : {}),
    },
  };
  delete copy.transactionId;
  markUnanswered(copy);
  calendar.events[id] = copy;
  return copy;
}

/** Marks an attendee's copy as cancelled by the organizer; Outlook keeps it, prefixed and free. */
export function cancelCopy(copy: StoredEvent, now: number): void {
  if (copy.isCancelled) return;
  copy.isCancelled = true;
  copy.subject = `Canceled: ${copy.subject}`;
  copy.showAs = 'free';
  touch(copy, now);
}

/**
 * Brings every attendee's copy in line with the organizer's event: new attendees get the meeting,
 * existing copies get the change (and must answer again when the time moved), removed attendees'
 * copies are cancelled. `previousAttendees` is the organizer's attendee list before the change.
 */
export function syncAttendeeCopies(
  calendars: Record<string, unknown>,
  directory: MailboxDirectory,
  organizerId: string,
  organizerEvent: StoredEvent,
  now: number,
  options: { timeChanged: boolean; previous?: StoredEvent },
): void {
  const current = attendeeMailboxes(organizerEvent, directory, organizerId);
  for (const attendee of current) {
    const copy = findCopy(calendars, attendee.id, organizerEvent.iCalUId);
    if (copy === undefined) {
      // Someone who declined (their copy was removed) gets the meeting again only when it changed time.
      const wasInvited = options.previous ? attendeeMailboxes(options.previous, directory, organizerId).some((o) => o.id === attendee.id) : false;
      if (!wasInvited || options.timeChanged) deliverCopy(calendars, organizerEvent, attendee, now);
      continue;
    }
    copyShared(copy, organizerEvent);
    if (copy.isCancelled) {
      copy.isCancelled = false;
      markUnanswered(copy);
    }
    if (options.timeChanged) markUnanswered(copy);
    touch(copy, now);
  }
  if (options.previous) {
    const stillInvited = new Set(current.map((o) => o.id));
    for (const gone of attendeeMailboxes(options.previous, directory, organizerId)) {
      if (stillInvited.has(gone.id)) continue;
      const copy = findCopy(calendars, gone.id, organizerEvent.iCalUId);
      if (copy) cancelCopy(copy, now);
    }
  }
}
