/**
 * Private events seen by someone other than the owner. Microsoft's docs give sharees (`read`, `write`)
 * and delegates without private-event access "the owner's free/busy status in private events" and no
 * details (concepts/outlook-share-or-delegate-calendar.md; resources/calendarpermission.md), and a GET
 * of such an item by id fails with "The specified object was not found in the store"
 * (api/calendar-list-events.md note; microsoft-graph-docs#14494). The demo district's calendars are
 * shared with colleagues at that level, so a delegated caller reading another mailbox gets the
 * free/busy shadow built here. App-only callers (admin-consented application permissions) and the
 * owner see everything.
 */
import type { SimRequest } from '../types.js';
import type { StoredEvent } from './model.js';

/** True when a delegated caller reads a mailbox that is not their own. */
export function readsAsSharee(req: SimRequest): boolean {
  return req.caller.kind === 'delegated' && req.user !== undefined && req.user.id !== req.caller.userId;
}

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

/** How events of the addressed mailbox look to this caller. */
export function eventsAsSeenBy(req: SimRequest): (event: StoredEvent) => StoredEvent {
  if (!readsAsSharee(req)) return (event) => event;
  return (event) => (isPrivateEvent(event) ? freeBusyShadow(event) : event);
}
