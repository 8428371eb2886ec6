/**
 * A core draft as the body of Graph's create-event POST (shapes as in examples/createEvent-*.request.json).
 * The Common Time tag is added by the gateway from `draft.tag`, so it is not repeated here.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { findWindows } from 'windows-iana';
import type { BookingPerson, EventDraft } from '../core/booking/model.js';
import { invitedAtCreate, type InviteAtCreate } from '../core/booking/invitees.js';
import { wallClockDateTime } from './eventTimes.js';
import { toGraphSeries } from './seriesTiming.js';

/** Graph documents Windows zone names first; an IANA zone with a Windows equivalent is sent under that name. */
export function graphZoneName(iana: string): string {
  return findWindows(iana)[0] ?? iana;
}

export function graphAttendee(person: BookingPerson): Attendee {
  return { emailAddress: { address: person.address, ...(person.name ? { name: person.name } : {}) }, type: person.optional === true ? 'optional' : 'required' };
}

export function toGraphEvent(draft: EventDraft, options: InviteAtCreate = {}): Event {
  const timeZone = graphZoneName(draft.timeZone);
  // A series starts where its pattern starts, which a closure may have left out of draft.occurrences.
  const series = draft.recurrence ? toGraphSeries(draft.recurrence, graphZoneName(draft.recurrence.timeZone)) : undefined;
  const event: Event = {
    subject: draft.subject,
    body: { contentType: 'html', content: draft.bodyHtml },
    start: series?.start ?? { dateTime: wallClockDateTime(draft.slot.start, draft.timeZone), timeZone },
    end: series?.end ?? { dateTime: wallClockDateTime(draft.slot.end, draft.timeZone), timeZone },
    attendees: invitedAtCreate(draft, options).map(graphAttendee),
    showAs: 'busy',
    categories: [...draft.categories],
    allowNewTimeProposals: true,
    responseRequested: true,
    transactionId: draft.transactionId,
  };
  if (series) event.recurrence = series.recurrence;
  if (draft.location) {
    const place = { displayName: draft.location.displayName, locationType: 'default' as const, ...(draft.location.address ? { address: { ...draft.location.address } } : {}) };
    // Graph keeps a street address on the entries of `locations` and flattens `location` to its name
    // (examples/createEvent-2-multipleLocations), so the school goes in both.
    event.location = place;
    event.locations = [place];
  }
  if (draft.online) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = 'teamsForBusiness';
  }
  return event;
}
