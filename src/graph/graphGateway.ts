/**
 * The one gateway to Microsoft Graph. Production and the demo tenant differ only in `baseUrl` and
 * `getToken`; batching, paging, throttling, retries and concurrency live here and nowhere else.
 *
 * @example
 * const graph = createGraphGateway({ baseUrl: 'https://graph.microsoft.com/v1.0', getToken: () => msalToken() });
 * const schedules = await graph.getSchedules(addresses, { start: '2026-12-07T00:00:00-05:00', end: '2027-01-29T00:00:00-05:00' }, { intervalMinutes: 30 });
 */
import type { Event, Group, MailboxSettings, Person, ScheduleInformation, User } from '@microsoft/microsoft-graph-types';
import type { DirectoryPerson } from '../core/directory/model.js';
import { createGraphClient } from './createGraphClient.js';
import {
  getMailboxSettings,
  getMailboxSettingsMany,
  getUsersMany,
  listGroupMembers,
  listGroups,
  listUsers,
  type ListUsersOptions,
  searchPeople,
  type ListGroupMembersOptions,
  type ListGroupsOptions,
  type MailboxSettingsResult,
  type UserProfileResult,
} from './directory.js';
import {
  calendarView,
  createEvent,
  deleteEvent,
  cancelEvent,
  findTaggedEvents,
  getEvent,
  respond,
  updateEvent,
  type CalendarViewOptions,
  type CreateEventOptions,
  type RespondOptions,
  type ResponseAction,
  type TaggedEvent,
} from './events.js';
import { createGraphCaller, type NameOf } from './graphCaller.js';
import type { RetryEvent } from './middleware/RetryMiddleware.js';
import type { PagedResult } from './paging.js';
import { resolveRetrySettings, type RetrySettings } from './retryPolicy.js';
import { getSchedules, type GetSchedulesOptions } from './schedules.js';
import { getRelationsMany, listDirectReports, listGroupOwners, type RelationsResult } from './relations.js';
import { forwardEvent, responseNotes, type Recipient, type ResponseNote } from './followUp.js';
import type { ScheduleWindow, WindowTime } from './scheduleWindow.js';
import type { CommonTimeTag } from './commonTimeTag.js';
import { readCalendarPresence, readTaggedSessions, type CalendarPresenceResult, type TaggedSessionsOptions, type TaggedSessionsResult } from './taggedSessions.js';

export interface GraphGatewayOptions {
  /** The API root: `https://graph.microsoft.com/v1.0`, or the demo tenant's `http://127.0.0.1:PORT/v1.0`. */
  readonly baseUrl: string;
  /** A fresh access token for Graph, asked for before every attempt (MSAL caches and renews). */
  readonly getToken: () => Promise<string>;
  /** Most HTTP requests in flight at once (default 16). */
  readonly maxConcurrency?: number;
  /** Most requests in flight per mailbox, counting a batch's parts (default 4, Outlook's limit). */
  readonly maxConcurrencyPerMailbox?: number;
  readonly retry?: Partial<RetrySettings>;
  /** Injectable for tests: how to wait (default setTimeout). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: epoch ms now (default Date.now). */
  readonly clock?: () => number;
  /** Injectable for tests: uniform in [0, 1) for backoff jitter (default Math.random). */
  readonly random?: () => number;
  /** Display names for error messages ("The calendar of Ana Ruiz (ana@x) ..."). */
  readonly nameOf?: NameOf;
  /** Told about each retry (of a request or of a `$batch` part), e.g. for logs or a "Graph is busy" hint. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface GraphGateway {
  /** Free/busy in input order, one entry per address (errors per person in `.error`). */
  getSchedules(addresses: readonly string[], window: ScheduleWindow, options?: GetSchedulesOptions): Promise<ScheduleInformation[]>;
  /** Every group in the tenant (all pages), default fields id, displayName and description. */
  listGroups(options?: ListGroupsOptions): Promise<Group[]>;
  listGroupMembers(groupId: string, options?: ListGroupMembersOptions): Promise<User[]>;
  /** Directory users matching a filter (all pages). */
  listUsers(options?: ListUsersOptions): Promise<User[]>;
  /** Common Time sessions organized in each calendar, series expanded, in a window (the district report's read). */
  readTaggedSessions(users: readonly string[], window: { start: string; end: string }, options?: TaggedSessionsOptions): Promise<TaggedSessionsResult[]>;
  /** Which meetings (by iCalUId only) are still on each calendar in a window. */
  readCalendarPresence(
    users: readonly string[],
    window: { start: string; end: string },
    options?: { onProgress?: (progress: { done: number; total: number }) => void },
  ): Promise<CalendarPresenceResult[]>;
  searchPeople(query: string, options?: { top?: number }): Promise<Person[]>;
  getMailboxSettings(user: string): Promise<MailboxSettings>;
  getMailboxSettingsMany(users: readonly string[], options?: { onProgress?: (p: { done: number; total: number }) => void }): Promise<MailboxSettingsResult[]>;
  /** Directory profiles with the `select`ed properties, through `$batch`; one person's error does not fail the rest. */
  getUsersMany(users: readonly string[], options: { select: readonly string[]; onProgress?: (p: { done: number; total: number }) => void }): Promise<UserProfileResult[]>;
  /** Each person's manager and start date (employeeHireDate) as the domain's relations, through `$batch`. */
  getRelationsMany(users: readonly string[], options?: { onProgress?: (p: { done: number; total: number }) => void }): Promise<RelationsResult[]>;
  /** A group's owners who are users (a cohort group's coaches), as addresses and names. */
  listGroupOwners(groupId: string): Promise<{ address: string; name?: string }[]>;
  /** The users whose manager is `user` ('me' or an address): a principal supervisor's principals. */
  listDirectReports(user: string): Promise<DirectoryPerson[]>;
  createEvent(organizer: string, event: Event, options?: CreateEventOptions): Promise<Event>;
  calendarView(user: string, start: WindowTime, end: WindowTime, options?: CalendarViewOptions): PagedResult<Event>;
  findTaggedEvents(user: string, match?: Partial<CommonTimeTag>, options?: { timeZone?: string }): Promise<TaggedEvent[]>;
  respond(eventId: string, action: ResponseAction, options?: RespondOptions): Promise<void>;
  updateEvent(user: string, eventId: string, patch: Event, options?: { etag?: string; timeZone?: string }): Promise<Event>;
  getEvent(user: string, eventId: string, options?: { select?: readonly string[]; timeZone?: string }): Promise<Event>;
  /** Sends the meeting request again to these people (a reminder); Graph answers 202. */
  forwardEvent(user: string, eventId: string, to: readonly Recipient[], comment?: string): Promise<void>;
  /** The answers (note, proposed time) to one event in the organizer's mailbox, newest first. */
  responseNotes(user: string, event: { readonly id: string; readonly subject: string; readonly sinceMs: number }): Promise<ResponseNote[]>;
  /** Deletes an event; for the organizer, attendees get a cancellation. */
  deleteEvent(user: string, eventId: string): Promise<void>;
  /** The organizer cancels a meeting or one occurrence (by its id) with a message to the attendees. */
  cancelEvent(user: string, eventId: string, comment?: string): Promise<void>;
  /** Requests in flight now (overall, or for one mailbox key such as 'me' or a lower-case UPN). */
  inFlight(mailbox?: string): number;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  if (typeof options?.getToken !== 'function') throw new RangeError('getToken: pass a function that returns a Graph access token.');
  const retry = resolveRetrySettings(options.retry);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const maxConcurrencyPerMailbox = options.maxConcurrencyPerMailbox ?? 4;
  const { client, limiter, apiRoot } = createGraphClient({
    apiRoot: options.baseUrl,
    getToken: options.getToken,
    retry,
    retryDeps: { sleep, now, random, ...(options.onRetry ? { onRetry: options.onRetry } : {}) },
    maxConcurrency: options.maxConcurrency ?? 16,
    maxConcurrencyPerMailbox,
  });
  const graph = createGraphCaller(client, {
    apiRoot,
    retry,
    maxConcurrencyPerMailbox,
    sleep,
    now,
    random,
    nameOf: options.nameOf ?? (() => undefined),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });

  return {
    getSchedules: (addresses, window, o) => getSchedules(graph, addresses, window, o),
    listGroups: (o) => listGroups(graph, o),
    listGroupMembers: (groupId, o) => listGroupMembers(graph, groupId, o),
    listUsers: (o) => listUsers(graph, o),
    readTaggedSessions: (users, window, o) => readTaggedSessions(graph, users, window, o),
    readCalendarPresence: (users, window, o) => readCalendarPresence(graph, users, window, o),
    searchPeople: (query, o) => searchPeople(graph, query, o),
    getMailboxSettings: (user) => getMailboxSettings(graph, user),
    getMailboxSettingsMany: (users, o) => getMailboxSettingsMany(graph, users, o),
    getUsersMany: (users, o) => getUsersMany(graph, users, o),
    getRelationsMany: (users, o) => getRelationsMany(graph, users, o),
    listGroupOwners: (groupId) => listGroupOwners(graph, groupId),
    listDirectReports: (user) => listDirectReports(graph, user),
    createEvent: (organizer, event, o) => createEvent(graph, organizer, event, o),
    calendarView: (user, start, end, o) => calendarView(graph, user, start, end, o),
    findTaggedEvents: (user, match, o) => findTaggedEvents(graph, user, match, o),
    respond: (eventId, action, o) => respond(graph, eventId, action, o),
    updateEvent: (user, eventId, patch, o) => updateEvent(graph, user, eventId, patch, o),
    getEvent: (user, eventId, o) => getEvent(graph, user, eventId, o),
    deleteEvent: (user, eventId) => deleteEvent(graph, user, eventId),
    cancelEvent: (user, eventId, comment) => cancelEvent(graph, user, eventId, comment),
    forwardEvent: (user, eventId, to, comment) => forwardEvent(graph, user, eventId, to, comment),
    responseNotes: (user, event) => responseNotes(graph, user, event),
    inFlight: (mailbox) => limiter.inFlight(mailbox),
  };
}
