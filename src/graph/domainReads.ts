/**
 * What the app reads from Graph, in the domain's shapes: people and groups, free/busy as the engine's
 * schedules, invites with instants and our tag already read. Graph's JSON and its time strings become
 * domain data here and nowhere else; the screens and services never see a Graph type.
 */
import type { Event, Group, Person, User } from '@microsoft/microsoft-graph-types';
import type { ScheduleInput } from '../core/availability/scheduleInput.js';
import type { CohortGroup, DirectoryPerson, PostalAddress } from '../core/directory/model.js';
import type { Invite, SentInvite } from '../core/invites/model.js';
import type { Interval } from '../core/time/interval.js';
import { resolveZone } from '../core/time/zones.js';
import { inviteKind, isCommonTimeInvite } from './commonTimeInvite.js';
import { httpsLink } from '../core/agenda/joinLink.js';
import { parseMyAnswer } from './followUp.js';
import { eventInstantOrNaN } from './eventTimes.js';
import type { GraphGateway } from './graphGateway.js';
import { parseScheduleResponse } from './parseSchedule.js';

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

export interface ReadSchedulesOptions {
  /** availabilityViewInterval in minutes (default 30). */
  readonly intervalMinutes?: number;
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface GraphReads {
  /** The signed-in person's mailbox zone as an IANA name; undefined when the mailbox names none (or one that does not resolve). */
  mailboxTimeZone(): Promise<string | undefined>;
  /** Every group, by name. */
  listGroups(): Promise<CohortGroup[]>;
  listGroupMembers(groupId: string): Promise<DirectoryPerson[]>;
  searchPeople(query: string): Promise<DirectoryPerson[]>;
  /**
   * Each school's street address, by school name (officeLocation), from its principal's directory profile.
   * A school whose principal has no address there (or that cannot be read) is left out.
   */
  schoolAddresses(principals: readonly DirectoryPerson[]): Promise<Record<string, PostalAddress>>;
  /** Free/busy as the engine takes it (item times as instants), one schedule per address in input order. */
  readSchedules(addresses: readonly string[], window: Interval, options?: ReadSchedulesOptions): Promise<ScheduleInput[]>;
  /** Common Time invites in the window for the signed-in person, soonest first. */
  myInvites(window: Interval): Promise<Invite[]>;
  /** Common Time events the signed-in person organized (found by our tag), soonest first. */
  mySentInvites(): Promise<SentInvite[]>;
}

export const INVITE_FIELDS = [
  'subject',
  'body',
  'start',
  'end',
  'organizer',
  'location',
  'responseStatus',
  'isOnlineMeeting',
  'onlineMeeting',
  'webLink',
  'isCancelled',
  'attendees',
  'isOrganizer',
];
/** Graph returns a user's office address only when asked for it by name. */
const ADDRESS_FIELDS = ['streetAddress', 'city', 'state', 'postalCode', 'country'];

const iso = (ms: number): string => new Date(ms).toISOString();

export function createGraphReads(graph: GraphGateway): GraphReads {
  return {
    async mailboxTimeZone() {
      const name = (await graph.getMailboxSettings('me')).timeZone ?? '';
      try {
        return name ? resolveZone(name) : undefined;
      } catch {
        return undefined;
      }
    },
    async listGroups() {
      return (await graph.listGroups())
        .filter((g): g is Group & { id: string; displayName: string } => typeof g.id === 'string' && typeof g.displayName === 'string')
        .map((g): CohortGroup => ({ id: g.id, displayName: g.displayName, ...(g.description ? { description: g.description } : {}) }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
    },
    async listGroupMembers(groupId) {
      return (await graph.listGroupMembers(groupId)).flatMap(userToPerson);
    },
    async searchPeople(query) {
      return (await graph.searchPeople(query, { top: 15 })).flatMap(personToPerson);
    },
    async schoolAddresses(principals) {
      const withSchool = principals.filter((p) => p.officeLocation);
      if (withSchool.length === 0) return {};
      const results = await graph.getUsersMany(
        withSchool.map((p) => p.mail),
        { select: ['officeLocation', ...ADDRESS_FIELDS] },
      );
      const found: Record<string, PostalAddress> = {};
      results.forEach((r, i) => {
        const address = r.profile ? postalAddress(r.profile) : undefined;
        if (address) found[withSchool[i]!.officeLocation!] = address;
      });
      return found;
    },
    async readSchedules(addresses, window, options = {}) {
      if (addresses.length === 0) return [];
      const info = await graph.getSchedules(
        addresses,
        { start: iso(window.start), end: iso(window.end) },
        {
          intervalMinutes: options.intervalMinutes ?? 30,
          ...(options.onProgress && { onProgress: options.onProgress }),
        },
      );
      return parseScheduleResponse({ value: info });
    },
    async myInvites(window) {
      const events = await graph.calendarView('me', iso(window.start), iso(window.end), { select: INVITE_FIELDS, maxPageSize: 200, expandTag: true }).collect();
      return events
        .filter(isCommonTimeInvite)
        .flatMap(toInvite)
        .sort((a, b) => a.start - b.start);
    },
    async mySentInvites() {
      const tagged = await graph.findTaggedEvents('me');
      return tagged
        .flatMap(({ event, tag }): SentInvite[] => {
          const start = eventInstantOrNaN(event.start);
          const end = eventInstantOrNaN(event.end);
          if (!event.id || !Number.isFinite(start) || !Number.isFinite(end)) return [];
          return [
            {
              id: event.id,
              subject: event.subject ?? '(no subject)',
              start,
              end,
              kind: tag.kind,
              planId: tag.planId,
              ...(event.location?.displayName ? { location: event.location.displayName } : {}),
              isRecurring: event.type === 'seriesMaster' || event.recurrence != null,
              answers: (event.attendees ?? []).map((a) => ({
                name: a.emailAddress?.name ?? a.emailAddress?.address ?? 'Unknown',
                address: a.emailAddress?.address ?? '',
                response: a.status?.response ?? 'none',
              })),
            },
          ];
        })
        .sort((a, b) => a.start - b.start);
    },
  };
}

function postalAddress(u: User): PostalAddress | undefined {
  if (!u.streetAddress) return undefined;
  return {
    street: u.streetAddress,
    ...(u.city && { city: u.city }),
    ...(u.state && { state: u.state }),
    ...(u.postalCode && { postalCode: u.postalCode }),
    ...(u.country && { countryOrRegion: u.country }),
  };
}

export function userToPerson(u: User): DirectoryPerson[] {
  const mail = u.mail ?? u.userPrincipalName;
  if (!u.id || !mail || !u.displayName) return [];
  return [{ id: u.id, displayName: u.displayName, mail, ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}), ...(u.officeLocation ? { officeLocation: u.officeLocation } : {}) }];
}

function personToPerson(p: Person): DirectoryPerson[] {
  const mail = p.scoredEmailAddresses?.[0]?.address ?? p.userPrincipalName;
  if (!p.id || !mail || !p.displayName) return [];
  return [{ id: p.id, displayName: p.displayName, mail, ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}), ...(p.officeLocation ? { officeLocation: p.officeLocation } : {}) }];
}

export function toInvite(e: Event): Invite[] {
  if (!e.id) return [];
  const start = eventInstantOrNaN(e.start);
  const end = eventInstantOrNaN(e.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
  const kind = inviteKind(e);
  const host = kind === 'learningWalk' ? e.attendees?.find((a) => a.type !== 'resource')?.emailAddress?.address : undefined;
  return [
    {
      id: e.id,
      subject: e.subject ?? '(no subject)',
      start,
      end,
      organizer: e.organizer?.emailAddress?.name ?? e.organizer?.emailAddress?.address ?? 'Unknown organizer',
      ...(e.location?.displayName ? { location: e.location.displayName } : {}),
      bodyHtml: e.body?.contentType?.toLowerCase() === 'html' ? (e.body.content ?? '') : escapeText(e.body?.content ?? ''),
      ...(kind ? { kind } : {}),
      myResponse: e.isOrganizer ? 'organizer' : (e.responseStatus?.response ?? 'none'),
      isOnlineMeeting: e.isOnlineMeeting === true,
      ...(httpsLink(e.onlineMeeting?.joinUrl) ? { joinUrl: httpsLink(e.onlineMeeting?.joinUrl)! } : {}),
      ...(httpsLink(e.webLink) ? { webLink: httpsLink(e.webLink)! } : {}),
      isCancelled: e.isCancelled === true,
      attendeeCount: e.attendees?.length ?? 0,
      ...(host ? { hostAddress: host } : {}),
      ...myAnswerOf(e),
    },
  ];
}

/** My answer as Common Time kept it on my copy (note and proposal), when I answered through it. */
function myAnswerOf(e: Event): Pick<Invite, 'myAnswer'> {
  const mine = parseMyAnswer(e);
  if (!mine) return {};
  return { myAnswer: { note: mine.note, ...(mine.proposedNewTime ? { proposedNewTime: mine.proposedNewTime } : {}), answeredMs: mine.answeredMs } };
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>');
}
