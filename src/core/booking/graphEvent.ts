/**
 * A draft as the body of Graph's create-event POST (shapes as in examples/createEvent-*.request.json).
 * The Common Time tag is added by the gateway from `draft.tag`, so it is not repeated here.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { findWindows } from 'windows-iana';
import type { BookingPerson, EventDraft } from './model.js';

/** Graph documents Windows zone names first; an IANA zone with a Windows equivalent is sent under that name. */
export function graphZoneName(iana: string): string {
  return findWindows(iana)[0] ?? iana;
}

export function graphAttendee(person: BookingPerson): Attendee {
  return { emailAddress: { address: person.address, ...(person.name ? { name: person.name } : {}) }, type: person.optional === true ? 'optional' : 'required' };
}

export interface GraphEventOptions {
  /** 'hostOnly' invites only a learning walk's host: the visitors are added once the host accepts. */
  readonly invite?: 'all' | 'hostOnly';
}

/** The people invited by the create: everyone, or just the host of a host-first learning walk. */
export function invitedAtCreate(draft: EventDraft, options: GraphEventOptions = {}): readonly BookingPerson[] {
  return options.invite === 'hostOnly' && draft.host ? [draft.host] : draft.attendees;
}

/**
 * A learning walk's host and visitors as they go on the organizer's event (src/graph's WalkRoster): with
 * them in Graph, visitors can be invited later from any browser with the plan id alone. Undefined for
 * events that are not walks.
 */
export function walkRosterOf(draft: EventDraft): { key: string; host: BookingPerson; visitors: BookingPerson[] } | undefined {
  const host = draft.host;
  if (!host) return undefined;
  return { key: draft.key, host, visitors: draft.attendees.filter((p) => p.address.toLowerCase() !== host.address.toLowerCase()) };
}

export function toGraphEvent(draft: EventDraft, options: GraphEventOptions = {}): Event {
  const zone = (t: { dateTime: string; timeZone: string }) => ({ dateTime: t.dateTime, timeZone: graphZoneName(t.timeZone) });
  const event: Event = {
    subject: draft.subject,
    body: { contentType: 'html', content: draft.bodyHtml },
    start: zone(draft.start),
    end: zone(draft.end),
    attendees: invitedAtCreate(draft, options).map(graphAttendee),
    showAs: 'busy',
    categories: [...draft.categories],
    allowNewTimeProposals: true,
    responseRequested: true,
    transactionId: draft.transactionId,
  };
  if (draft.recurrence) {
    const { range } = draft.recurrence;
    event.recurrence = {
      pattern: { ...draft.recurrence.pattern, ...(draft.recurrence.pattern.daysOfWeek ? { daysOfWeek: [...draft.recurrence.pattern.daysOfWeek] } : {}) },
      range: { ...range, recurrenceTimeZone: graphZoneName(range.recurrenceTimeZone) },
    };
  }
  if (draft.location) {
    const place = { ...draft.location, ...(draft.location.address ? { address: { ...draft.location.address } } : {}) };
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
