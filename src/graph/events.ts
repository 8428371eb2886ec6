/**
 * Calendar events: create (with our tag and a transactionId that makes retries safe), read a calendar
 * view page by page, find our tagged events, answer an invitation, update with ETag/If-Match, read one.
 */
import type { Event, TimeSlot } from '@microsoft/microsoft-graph-types';
import { buildCommonTimeTag, EXPAND_TAG, parseCommonTimeTag, taggedEventsFilter, type CommonTimeTag } from './commonTimeTag.js';
import type { GraphCaller } from './graphCaller.js';
import { paged, type PagedResult } from './paging.js';
import { calendarOf, userPath } from './people.js';
import { preferTimeZone, toInstant, utcIso, type WindowTime } from './scheduleWindow.js';
import { buildWalkRosterProperty, type WalkRoster } from './walkRoster.js';

export interface CreateEventOptions {
  /** Marks the event as Common Time collaboration of this kind and plan. */
  readonly tag?: CommonTimeTag;
  /** A learning walk's host and visitors, kept on the event so visitors can be invited from the plan id alone. */
  readonly roster?: WalkRoster;
  /** Zone for the times in the answer (`Prefer: outlook.timezone`). */
  readonly timeZone?: string;
}

function eventLabel(event: Pick<Event, 'subject'>): string {
  return event.subject ? `The event "${event.subject}"` : 'The event';
}

/**
 * Creates an event in the organizer's calendar ('me' or a user id/UPN); Graph sends the invitations.
 * With `transactionId` set, a create whose answer was lost (network failure, 5xx) is sent again and
 * Graph drops the duplicate; without it, only a 429 is retried, so no second event can appear.
 */
export async function createEvent(graph: GraphCaller, organizer: string, event: Event, options: CreateEventOptions = {}): Promise<Event> {
  if (event === null || typeof event !== 'object') throw new RangeError('event: expected a Graph event object.');
  if (event.transactionId !== undefined && event.transactionId !== null && (typeof event.transactionId !== 'string' || event.transactionId.trim() === '')) {
    throw new RangeError('event.transactionId: expected a non-empty string (derive it from the plan and slot), or leave it out.');
  }
  const body: Event = { ...event };
  if (options.tag || options.roster) {
    const ours = [...(options.tag ? [buildCommonTimeTag(options.tag)] : []), ...(options.roster ? [buildWalkRosterProperty(options.roster)] : [])];
    const others = (event.singleValueExtendedProperties ?? []).filter((p) => !ours.some((o) => o.id === p.id));
    body.singleValueExtendedProperties = [...others, ...ours];
  }
  return graph.call<Event>({
    method: 'POST',
    path: `${userPath(organizer, 'organizer')}/events`,
    body,
    headers: preferTimeZone(options.timeZone),
    safety: event.transactionId ? 'transactional' : 'unsafe',
    operation: { subject: `${eventLabel(event)} in ${calendarOf(graph.nameOf, organizer, false)}`, verb: 'created' },
  });
}

export interface CalendarViewOptions {
  /** Properties to return, e.g. ['subject', 'start', 'end', 'showAs']. */
  readonly select?: readonly string[];
  /** Items per page (`$top`, 1 to 1000 for calendarView). */
  readonly maxPageSize?: number;
  /** Zone for the returned times (`Prefer: outlook.timezone`); UTC if unset. */
  readonly timeZone?: string;
  /** Also bring back our tag on each event. */
  readonly expandTag?: boolean;
}

/** The occurrences and single events of a calendar between two times, page by page. */
export function calendarView(graph: GraphCaller, user: string, start: WindowTime, end: WindowTime, options: CalendarViewOptions = {}): PagedResult<Event> {
  const startMs = toInstant(start, 'start');
  const endMs = toInstant(end, 'end');
  if (endMs <= startMs) throw new RangeError('end: must be after start.');
  const query = [`startDateTime=${encodeURIComponent(utcIso(startMs))}`, `endDateTime=${encodeURIComponent(utcIso(endMs))}`];
  if (options.maxPageSize !== undefined) {
    if (!Number.isInteger(options.maxPageSize) || options.maxPageSize < 1 || options.maxPageSize > 1000) {
      throw new RangeError(`maxPageSize: expected a whole number from 1 to 1000, got ${options.maxPageSize}.`);
    }
    query.push(`$top=${options.maxPageSize}`);
  }
  if (options.select?.length) query.push(`$select=${options.select.map(encodeURIComponent).join(',')}`);
  if (options.expandTag) query.push(`$expand=${encodeURIComponent(EXPAND_TAG)}`);
  return paged<Event>(graph, `${userPath(user)}/calendarView?${query.join('&')}`, { subject: calendarOf(graph.nameOf, user), verb: 'read' }, preferTimeZone(options.timeZone));
}

export interface TaggedEvent {
  readonly event: Event;
  readonly tag: CommonTimeTag;
}

/** The events in a calendar that carry our tag, optionally only of one kind and/or plan. */
export async function findTaggedEvents(graph: GraphCaller, user: string, match: Partial<CommonTimeTag> = {}, options: { timeZone?: string } = {}): Promise<TaggedEvent[]> {
  const path = `${userPath(user)}/events?$filter=${encodeURIComponent(taggedEventsFilter(match))}&$expand=${encodeURIComponent(EXPAND_TAG)}`;
  const events = await paged<Event>(graph, path, { subject: calendarOf(graph.nameOf, user), verb: 'searched' }, preferTimeZone(options.timeZone)).collect();
  const found: TaggedEvent[] = [];
  for (const event of events) {
    const tag = parseCommonTimeTag(event);
    // `contains` on the plan can also match a longer plan id; the parsed tag decides exactly.
    if (!tag || (match.kind !== undefined && tag.kind !== match.kind) || (match.planId !== undefined && tag.planId !== match.planId)) continue;
    found.push({ event, tag });
  }
  return found;
}

export type ResponseAction = 'accept' | 'tentativelyAccept' | 'decline';

export interface RespondOptions {
  readonly comment?: string;
  /** Send the organizer a response email (Graph's default: true). */
  readonly sendResponse?: boolean;
  /** Only with tentativelyAccept or decline, and only when the response is sent. */
  readonly proposedNewTime?: TimeSlot;
  /** The attendee's calendar: 'me' (default) or a user id/UPN. */
  readonly user?: string;
}

const ACTIONS: readonly ResponseAction[] = ['accept', 'tentativelyAccept', 'decline'];

/** Answers an invitation. Graph replies 202 with no body. */
export async function respond(graph: GraphCaller, eventId: string, action: ResponseAction, options: RespondOptions = {}): Promise<void> {
  if (!ACTIONS.includes(action)) throw new RangeError(`action: expected one of ${ACTIONS.join(', ')}, got ${JSON.stringify(action)}.`);
  checkId(eventId, 'eventId');
  if (options.proposedNewTime !== undefined) {
    if (action === 'accept') throw new RangeError('proposedNewTime: Graph allows a proposed new time only with tentativelyAccept or decline.');
    if (options.sendResponse === false) throw new RangeError('proposedNewTime: a proposed new time is sent with the response; leave sendResponse on or drop the proposal.');
  }
  const body = {
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
    sendResponse: options.sendResponse ?? true,
    ...(options.proposedNewTime !== undefined ? { proposedNewTime: options.proposedNewTime } : {}),
  };
  const user = options.user ?? 'me';
  await graph.call<unknown>({
    method: 'POST',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}/${action}`,
    body,
    // Answering twice leaves the same answer: safe to repeat.
    safety: 'idempotent',
    operation: { subject: `Your answer to the invitation${user.toLowerCase() === 'me' ? '' : ` for ${user}`}`, verb: 'sent' },
  });
}

/**
 * Changes an event. With `etag` (the `@odata.etag` read earlier) Graph refuses with 412 if the event
 * changed since, which comes back as GraphConflictError: reload, merge, try again.
 */
export async function updateEvent(graph: GraphCaller, user: string, eventId: string, patch: Event, options: { etag?: string; timeZone?: string } = {}): Promise<Event> {
  checkId(eventId, 'eventId');
  return graph.call<Event>({
    method: 'PATCH',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}`,
    body: patch,
    headers: { ...preferTimeZone(options.timeZone), ...(options.etag ? { 'If-Match': options.etag } : {}) },
    operation: { subject: `${eventLabel(patch)} in ${calendarOf(graph.nameOf, user, false)}`, verb: 'updated' },
  });
}

/**
 * Deletes an event. For an organizer this withdraws the meeting: Graph sends each attendee a cancellation
 * (booking uses it to withdraw a booking that lost a race for the same people).
 */
export async function deleteEvent(graph: GraphCaller, user: string, eventId: string): Promise<void> {
  checkId(eventId, 'eventId');
  await graph.call<unknown>({
    method: 'DELETE',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}`,
    // Deleting twice leaves it deleted; a 404 on the repeat is the caller's to read as done.
    safety: 'idempotent',
    operation: { subject: `An event in ${calendarOf(graph.nameOf, user, false)}`, verb: 'deleted' },
  });
}

/**
 * The organizer cancels a meeting, or one occurrence of a series by the occurrence's id, with a message to
 * the attendees (Graph's `cancel` action, 202; an attendee gets 400). Cancelling twice finds nothing (404).
 */
export async function cancelEvent(graph: GraphCaller, user: string, eventId: string, comment?: string): Promise<void> {
  checkId(eventId, 'eventId');
  await graph.call<unknown>({
    method: 'POST',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}/cancel`,
    body: comment === undefined || comment.trim() === '' ? {} : { Comment: comment },
    safety: 'idempotent',
    operation: { subject: `A meeting in ${calendarOf(graph.nameOf, user, false)}`, verb: 'cancelled' },
  });
}

/** One event, with our tag expanded (read it with parseCommonTimeTag). */
export async function getEvent(graph: GraphCaller, user: string, eventId: string, options: { select?: readonly string[]; timeZone?: string } = {}): Promise<Event> {
  checkId(eventId, 'eventId');
  const query = [`$expand=${encodeURIComponent(EXPAND_TAG)}`];
  if (options.select?.length) query.push(`$select=${options.select.map(encodeURIComponent).join(',')}`);
  return graph.call<Event>({
    method: 'GET',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}?${query.join('&')}`,
    headers: preferTimeZone(options.timeZone),
    operation: { subject: `An event in ${calendarOf(graph.nameOf, user, false)}`, verb: 'read' },
  });
}

function checkId(id: unknown, field: string): void {
  if (typeof id !== 'string' || id.trim() === '') throw new RangeError(`${field}: expected the event's id from Graph.`);
}
