/**
 * The calendar as booking sees it, in the domain's shapes: free/busy as the engine's schedules (all that
 * booking reads of other people: their calendars are theirs unless shared, see src/core/booking/race.ts),
 * our tagged events with instants, their attendees' answers
 * and a walk's roster already read, a core draft created as a Graph event, attendees added with If-Match,
 * an invitation answered. Graph's JSON and time strings are read here, not in the booking service.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import type { ScheduleInput } from '../core/availability/scheduleInput.js';
import type { BookingPerson, EventDraft } from '../core/booking/model.js';
import { walkRosterOf } from '../core/booking/invitees.js';
import type { AttendeeAnswer } from '../core/invites/model.js';
import type { Interval } from '../core/time/interval.js';
import type { CommonTimeTag } from './commonTimeTag.js';
import { eventInstant } from './eventTimes.js';
import { graphAttendee, toGraphEvent } from './eventDraft.js';
import type { ResponseAction } from './events.js';
import type { GraphGateway } from './graphGateway.js';
import { parseScheduleResponse } from './parseSchedule.js';
import { parseWalkRoster, type WalkRoster } from './walkRoster.js';

/** The signed-in coach's own mailbox: booking always writes as the organizer who is signed in. */
const ME = 'me';

/** One of our events in the organizer's calendar, read into the domain's terms. */
export interface CalendarEvent {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  /** The location's display name (a learning walk's school). */
  readonly location?: string;
  readonly transactionId?: string;
  readonly attendees: readonly AttendeeAnswer[];
  /** A learning walk's host and visitors, kept on the event. */
  readonly roster?: WalkRoster;
  /** For a change made with If-Match: Graph refuses it (412) if the event changed since this read. */
  readonly etag?: string;
}

export interface TaggedCalendarEvent {
  readonly event: CalendarEvent;
  readonly tag: CommonTimeTag;
}

export interface CreatedEvent {
  readonly id?: string;
  /** The meeting's id across calendars (falls back to the event id). */
  readonly meetingId: string;
  /** When Graph created it (epoch ms; 0 if Graph did not say). */
  readonly createdMs: number;
}

export interface BookingCalendar {
  /** Free/busy for these people over the window, as the engine takes it (15-minute view). */
  readSchedules(addresses: readonly string[], window: Interval): Promise<ScheduleInput[]>;
  /** Our events in the organizer's calendar, optionally of one kind and/or plan. */
  findTagged(match: Partial<CommonTimeTag>): Promise<TaggedCalendarEvent[]>;
  /** Creates the draft in the organizer's calendar with its tag (and a walk's roster); Graph sends the invitations. */
  createDraft(draft: EventDraft, invite: 'all' | 'hostOnly'): Promise<CreatedEvent>;
  deleteEvent(eventId: string): Promise<void>;
  readEvent(eventId: string): Promise<CalendarEvent>;
  /** Adds people to an event's attendees, keeping those already there (and their answers); with `etag`, only if unchanged since. */
  addAttendees(event: CalendarEvent, people: readonly BookingPerson[]): Promise<void>;
  /** Answers an invitation; `comment` as Graph takes it (already escaped). */
  respond(eventId: string, action: ResponseAction, options: { comment?: string; proposedNewTime?: Interval; user?: string }): Promise<void>;
}

const NO_ANSWER_TIME = /^0001-01-01/;
const iso = (ms: number): string => new Date(ms).toISOString();
const EVENT_FIELDS = ['attendees', 'subject', 'transactionId', 'start', 'end', 'location'];

function attendeeAnswer(a: Attendee): AttendeeAnswer {
  const proposed = a.proposedNewTime;
  return {
    address: a.emailAddress?.address ?? '',
    ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}),
    response: a.status?.response ?? 'none',
    ...(a.status?.time && !NO_ANSWER_TIME.test(a.status.time) ? { answeredAt: a.status.time } : {}),
    ...(proposed?.start && proposed.end
      ? { proposedNewTime: { start: eventInstant(proposed.start, 'proposedNewTime.start'), end: eventInstant(proposed.end, 'proposedNewTime.end') } }
      : {}),
    ...(a.type ? { attendeeType: a.type } : {}),
  };
}

function calendarEvent(event: Event): CalendarEvent {
  const roster = parseWalkRoster(event);
  const etag = (event as { '@odata.etag'?: string })['@odata.etag'];
  return {
    id: event.id ?? '',
    subject: event.subject ?? '',
    start: eventInstant(event.start, 'event.start'),
    end: eventInstant(event.end, 'event.end'),
    ...(event.location?.displayName ? { location: event.location.displayName } : {}),
    ...(event.transactionId ? { transactionId: event.transactionId } : {}),
    attendees: (event.attendees ?? []).map(attendeeAnswer),
    ...(roster && { roster }),
    ...(etag && { etag }),
  };
}

function utcTime(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: iso(ms).replace(/Z$/, ''), timeZone: 'UTC' };
}

/**
 * `mailbox`: the calendar that organizes ('me', the signed-in coach's, by default; or a shared calendar the
 * coach may edit, such as the district's peer-coaching calendar).
 */
export function createBookingCalendar(
  graph: Pick<GraphGateway, 'getSchedules' | 'createEvent' | 'findTaggedEvents' | 'respond' | 'updateEvent' | 'getEvent' | 'deleteEvent'>,
  mailbox: string = ME,
): BookingCalendar {
  return {
    async readSchedules(addresses, window) {
      if (addresses.length === 0) return [];
      const info = await graph.getSchedules(addresses, { start: iso(window.start), end: iso(window.end) }, { intervalMinutes: 15 });
      return parseScheduleResponse({ value: info });
    },
    async findTagged(match) {
      const tagged = await graph.findTaggedEvents(mailbox, match);
      return tagged.map(({ event, tag }) => ({ event: calendarEvent(event), tag }));
    },
    async createDraft(draft, invite) {
      const roster = walkRosterOf(draft);
      const created = await graph.createEvent(mailbox, toGraphEvent(draft, { invite }), { tag: draft.tag, ...(roster ? { roster } : {}) });
      return {
        ...(created.id ? { id: created.id } : {}),
        meetingId: created.iCalUId ?? created.id ?? '',
        createdMs: Date.parse(created.createdDateTime ?? '') || 0,
      };
    },
    deleteEvent: (eventId) => graph.deleteEvent(mailbox, eventId),
    async readEvent(eventId) {
      return calendarEvent(await graph.getEvent(mailbox, eventId, { select: EVENT_FIELDS }));
    },
    async addAttendees(event, people) {
      // Attendees in the form Graph takes on a PATCH: as they are (answers stay), plus the new ones.
      const attendees = [
        ...event.attendees.map((a) => ({ emailAddress: { address: a.address, ...(a.name ? { name: a.name } : {}) }, type: a.attendeeType ?? 'required' })),
        ...people.map(graphAttendee),
      ] as Attendee[];
      await graph.updateEvent(mailbox, event.id, { attendees }, event.etag ? { etag: event.etag } : {});
    },
    async respond(eventId, action, options) {
      await graph.respond(eventId, action, {
        ...(options.comment !== undefined ? { comment: options.comment } : {}),
        ...(options.proposedNewTime !== undefined ? { proposedNewTime: { start: utcTime(options.proposedNewTime.start), end: utcTime(options.proposedNewTime.end) } } : {}),
        ...(options.user !== undefined ? { user: options.user } : {}),
      });
    },
  };
}
