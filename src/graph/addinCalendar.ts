/**
 * The Outlook add-in's calls to Graph, in the domain's shapes: the invite behind an item being read
 * (by its id, or, for a meeting request in the Inbox, by its time, subject and organizer), directory
 * profiles for the host schools, Common Time's category and tag on a saved meeting, and the demo's
 * stand-in for Outlook saving a meeting. Graph's JSON is read and written here only.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import type { DirectoryPerson } from '../core/directory/model.js';
import type { Invite } from '../core/invites/model.js';
import type { Interval } from '../core/time/interval.js';
import { buildCommonTimeTag, parseCommonTimeTag } from './commonTimeTag.js';
import { isCommonTimeInvite } from './commonTimeInvite.js';
import { INVITE_FIELDS, toInvite, userToPerson } from './domainReads.js';
import { eventInstantOrNaN } from './eventTimes.js';
import type { GraphGateway } from './graphGateway.js';

/** What Outlook shows of a meeting: enough to find it again, or to stand in for its item in the demo. */
export interface MeetingItem {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly organizer?: { readonly name: string; readonly address: string };
}

/** A meeting as written in a compose form (the demo's stand-in saves it as Outlook would). */
export interface MeetingDraft {
  readonly subject: string;
  readonly bodyHtml: string;
  readonly start: number;
  readonly end: number;
  readonly location: string;
  readonly categories: readonly string[];
  readonly attendees: readonly { readonly name: string; readonly address: string; readonly type: 'required' | 'optional' }[];
}

export interface AddinCalendar {
  /** The signed-in person's invite with this event id, or undefined when it is not in their calendar. */
  invite(eventId: string): Promise<Invite | undefined>;
  /** The signed-in person's copy of the meeting a request names (same start, end, subject and organizer). */
  inviteAt(meeting: Omit<MeetingItem, 'id'>): Promise<Invite | undefined>;
  /** Directory profiles (name, title, school) by address, in input order; people who cannot be read are left out. */
  people(addresses: readonly string[]): Promise<DirectoryPerson[]>;
  /**
   * Common Time's categories (kept with the meeting's own) and tag on a saved meeting of the signed-in
   * organizer. Marking again keeps the meeting's plan id.
   */
  protectMeeting(eventId: string, tag: { readonly kind: string; readonly planId?: string }, categories: readonly string[]): Promise<{ readonly planId: string }>;
  /** One meeting as an item (the demo's read items). */
  meetingItem(eventId: string): Promise<MeetingItem>;
  /** The collaboration invitation starting last in the window, that the signed-in person did not organize (the demo's Inbox). */
  latestInvitation(window: Interval): Promise<MeetingItem | undefined>;
  /** Saves a meeting in the organizer's calendar, creating it or updating `eventId`; Graph sends the invitations. */
  saveMeeting(draft: MeetingDraft, eventId?: string): Promise<string>;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const utc = (ms: number) => ({ dateTime: iso(ms).replace(/Z$/, ''), timeZone: 'UTC' });

function toItem(e: Event): MeetingItem | undefined {
  const start = eventInstantOrNaN(e.start);
  const end = eventInstantOrNaN(e.end);
  if (!e.id || !Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  const address = e.organizer?.emailAddress?.address;
  return {
    id: e.id,
    subject: e.subject ?? '',
    start,
    end,
    ...(address && { organizer: { name: e.organizer?.emailAddress?.name ?? address, address } }),
  };
}

/** The attendee's copy of the meeting a request names; the organizer matched by address when given. */
export function matchMeeting(events: readonly Event[], meeting: Omit<MeetingItem, 'id'>): Event | undefined {
  const organizer = meeting.organizer?.address.toLowerCase();
  return events.find(
    (e) =>
      eventInstantOrNaN(e.start) === meeting.start &&
      eventInstantOrNaN(e.end) === meeting.end &&
      (e.subject ?? '').trim() === meeting.subject.trim() &&
      (!organizer || (e.organizer?.emailAddress?.address ?? '').toLowerCase() === organizer),
  );
}

export function createAddinCalendar(graph: GraphGateway): AddinCalendar {
  return {
    async invite(eventId) {
      const event = await graph.getEvent('me', eventId, { select: INVITE_FIELDS, timeZone: 'UTC' });
      return toInvite(event)[0];
    },
    async inviteAt(meeting) {
      // A minute either side: calendarView returns the events overlapping the window.
      const events = await graph.calendarView('me', iso(meeting.start - 60_000), iso(meeting.end + 60_000), { select: INVITE_FIELDS, maxPageSize: 100 }).collect();
      const found = matchMeeting(events, meeting);
      return found ? toInvite(found)[0] : undefined;
    },
    async people(addresses) {
      if (addresses.length === 0) return [];
      const results = await graph.getUsersMany(addresses, { select: ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle', 'officeLocation'] });
      return results.flatMap((r) => (r.profile ? userToPerson(r.profile) : []));
    },
    async protectMeeting(eventId, tag, categories) {
      // getEvent brings our tag back with the event.
      const current = await graph.getEvent('me', eventId, { select: ['categories'] });
      const planId = tag.planId ?? parseCommonTimeTag(current)?.planId ?? `outlook-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
      await graph.updateEvent('me', eventId, {
        categories: [...new Set([...(current.categories ?? []), ...categories])],
        singleValueExtendedProperties: [buildCommonTimeTag({ kind: tag.kind, planId })],
      });
      return { planId };
    },
    async meetingItem(eventId) {
      const item = toItem(await graph.getEvent('me', eventId, { select: ['subject', 'start', 'end', 'organizer'], timeZone: 'UTC' }));
      if (!item) throw new Error(`The meeting ${eventId} has no time Common Time can read.`);
      return item;
    },
    async latestInvitation(window) {
      const events = await graph.calendarView('me', iso(window.start), iso(window.end), { select: INVITE_FIELDS, maxPageSize: 200 }).collect();
      const invitations = events.filter((e) => isCommonTimeInvite(e) && !e.isOrganizer && !e.isCancelled);
      const last = invitations.at(-1);
      return last ? toItem(last) : undefined;
    },
    async saveMeeting(draft, eventId) {
      const event: Event = {
        subject: draft.subject,
        body: { contentType: 'html', content: draft.bodyHtml },
        start: utc(draft.start),
        end: utc(draft.end),
        location: { displayName: draft.location },
        categories: [...draft.categories],
        attendees: draft.attendees.map((a) => ({ emailAddress: { address: a.address, name: a.name }, type: a.type })),
      };
      const saved = eventId ? await graph.updateEvent('me', eventId, event) : await graph.createEvent('me', event);
      if (!saved.id && !eventId) throw new Error('Graph saved the meeting without an id.');
      return saved.id ?? eventId!;
    },
  };
}
