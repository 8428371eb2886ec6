/**
 * What someone other than the owner sees of the items of a calendar shared with them (sharing.ts).
 * Microsoft's docs give sharees (`read`, `write`) and delegates without private-event access "the
 * owner's free/busy status in private events" and no details (concepts/outlook-share-or-delegate-calendar.md;
 * resources/calendarpermission.md), and a GET of such an item by id fails with "The specified object was
 * not found in the store" (api/calendar-list-events.md note; microsoft-graph-docs#14494). A `limitedRead`
 * sharee sees when, how busy, subject and location of every item (and only free/busy of private ones).
 * A delegate with private-event access, app-only callers and the owner see everything. Callers with free/busy
 * only never get here: access.ts refuses them.
 */
import type { StoredEvent } from './model.js';
import { seesOnlyLimitedDetails, seesPrivateItems, type CalendarRole } from './sharing.js';

/** Only `private` restricts access in Exchange; `personal` and `confidential` are labels. */
export function isPrivateEvent(event: StoredEvent): boolean {
  return event.sensitivity === 'private';
}

/**
 * The event with only what free/busy reveals: when, how busy, whether it repeats, its ids and its
 * sensitivity. Subject, body, location, attendees, categories, online meeting and extended properties
 * are emptied (kept as empty values of their type, so clients typed on Graph's event still parse it).
 */
export function freeBusyShadow(event: StoredEvent): StoredEvent {
  const { transactionId: _omitted, ...rest } = event;
  return {
    ...rest,
    subject: '',
    bodyPreview: '',
    body: { contentType: 'text', content: '' },
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: [],
    attendees: [],
    categories: [],
    onlineMeeting: null,
    onlineMeetingUrl: null,
    singleValueExtendedProperties: [],
  };
}

/** Free/busy plus subject and location (Outlook's "limited details"). */
export function limitedDetails(event: StoredEvent): StoredEvent {
  const shadow = freeBusyShadow(event);
  return { ...shadow, subject: event.subject, location: structuredClone(event.location) };
}

/** True when items marked private are hidden from a caller with this role. */
export function hidesPrivateItems(role: CalendarRole): boolean {
  return !seesPrivateItems(role);
}

/** How events of the addressed mailbox look to a caller with `role` on it (callerRole in access.ts). */
export function eventsAsSeenBy(role: CalendarRole): (event: StoredEvent) => StoredEvent {
  if (seesPrivateItems(role)) return (event) => event;
  const open = seesOnlyLimitedDetails(role) ? limitedDetails : (event: StoredEvent): StoredEvent => event;
  return (event) => (isPrivateEvent(event) ? freeBusyShadow(event) : open(event));
}
