/**
 * The invite behind the item being read. Opened from the calendar, the item is the attendee's event
 * and its id leads to it. Opened from the Inbox, the item is the meeting request message; rather than
 * ask for Mail.Read to follow the message's `event` link, we find the attendee's copy of the meeting
 * in their calendar (Calendars.ReadWrite, which answering needs anyway) by its time, subject and
 * organizer, all of which Outlook gives for a meeting request.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import type { GraphGateway } from '../../graph/index.js';
import type { ReadMeeting } from '../../ui/host/office/index.js';
import type { Invite } from '../../ui/graph/appGateway.js';
import { INVITE_FIELDS, toInvite } from '../../ui/graph/browserGateway.js';

export class InviteNotFoundError extends Error {
  override name = 'InviteNotFoundError';
}

function utcMs(value: { dateTime?: string | null; timeZone?: string | null } | null | undefined): number {
  const text = value?.dateTime ?? '';
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
}

/** The attendee's copy of the meeting a request message is about (same start, end, subject and organizer). */
export function matchRequest(events: readonly Event[], item: ReadMeeting): Event | undefined {
  const organizer = item.organizer?.address.toLowerCase();
  return events.find((e) =>
    utcMs(e.start) === item.start && utcMs(e.end) === item.end
    && (e.subject ?? '').trim() === item.subject.trim()
    && (!organizer || (e.organizer?.emailAddress?.address ?? '').toLowerCase() === organizer));
}

export async function openInvite(item: ReadMeeting, graph: Pick<GraphGateway, 'getEvent' | 'calendarView'>): Promise<Invite> {
  let event: Event | undefined;
  if (item.source === 'event') {
    if (!item.graphId) throw new InviteNotFoundError('Outlook did not give this meeting\'s id. Open it from your calendar again.');
    event = await graph.getEvent('me', item.graphId, { select: INVITE_FIELDS, timeZone: 'UTC' });
  } else {
    if (item.start === undefined || item.end === undefined) throw new InviteNotFoundError('This invitation has no time Outlook could read. Open the meeting from your calendar instead.');
    // A minute either side: calendarView returns events overlapping the window.
    const events = await graph.calendarView('me', new Date(item.start - 60_000).toISOString(), new Date(item.end + 60_000).toISOString(), { select: INVITE_FIELDS, maxPageSize: 100 }).collect();
    event = matchRequest(events, item);
    if (!event) throw new InviteNotFoundError('This invitation is not in your calendar (it may have been cancelled, or Outlook has not added it yet). Open it from your calendar, or try again in a minute.');
  }
  const [invite] = toInvite(event);
  if (!invite) throw new InviteNotFoundError('This meeting has no time Common Time can read.');
  return invite;
}
