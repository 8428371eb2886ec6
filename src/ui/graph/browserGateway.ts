/**
 * The browser's AppGateway, built on src/graph's gateway with the signed-in person's token source.
 * Graph shapes are turned into the screens' shapes here and nowhere else.
 */
import type { Event, Group, Person, User } from '@microsoft/microsoft-graph-types';
import { createGraphGateway } from '../../graph/index.js';
import type { GraphGateway } from '../../graph/index.js';
import { resolveZone } from '../../core/time/zones.js';
import type { TokenSource } from '../auth/tokenSource.js';
import type { PublicConfig } from '../config/loadPublicConfig.js';
import { browserZone } from '../common/formatTime.js';
import type { AppGateway, CohortGroup, DirectoryPerson, Invite, PostalAddress, SentInvite } from './appGateway.js';
import { inviteKind, isCommonTimeInvite } from './commonTimeInvite.js';

export const INVITE_FIELDS = ['subject', 'body', 'start', 'end', 'organizer', 'location', 'responseStatus', 'isOnlineMeeting', 'onlineMeeting', 'webLink', 'isCancelled', 'attendees', 'isOrganizer'];

/** The demo's Graph URL is relative to this page (the app server forwards it to the demo tenant). */
function graphBaseUrl(config: PublicConfig): string {
  return new URL(config.graphBaseUrl, window.location.href).href.replace(/\/$/, '');
}

/** The Graph gateway for the signed-in person; the booking service uses it as it is. */
export function createBrowserGraph(config: PublicConfig, tokens: TokenSource): GraphGateway {
  return createGraphGateway({ baseUrl: graphBaseUrl(config), getToken: () => tokens.getToken() });
}

export function createBrowserGateway(graph: GraphGateway): AppGateway {
  return {
    async myMailbox() {
      const settings = await graph.getMailboxSettings('me');
      const name = settings.timeZone ?? '';
      try {
        return { timeZone: name ? resolveZone(name) : browserZone() };
      } catch {
        return { timeZone: browserZone() };
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
    async schoolAddresses(principals) {
      const withSchool = principals.filter((p) => p.officeLocation);
      if (withSchool.length === 0) return {};
      const results = await graph.getUsersMany(withSchool.map((p) => p.mail), { select: ['officeLocation', ...ADDRESS_FIELDS] });
      const found: Record<string, PostalAddress> = {};
      results.forEach((r, i) => {
        const address = r.profile ? postalAddress(r.profile) : undefined;
        if (address) found[withSchool[i]!.officeLocation!] = address;
      });
      return found;
    },
    async searchPeople(query) {
      return (await graph.searchPeople(query, { top: 15 })).flatMap(personToPerson);
    },
    getSchedules(addresses, window, onProgress) {
      return graph.getSchedules(addresses, { start: new Date(window.start).toISOString(), end: new Date(window.end).toISOString() }, {
        intervalMinutes: 30,
        ...(onProgress && { onProgress }),
      });
    },
    async myInvites(window) {
      const events = await graph.calendarView('me', new Date(window.start).toISOString(), new Date(window.end).toISOString(), {
        select: INVITE_FIELDS,
        maxPageSize: 200,
        expandTag: true,
      }).collect();
      return events.filter(isCommonTimeInvite).flatMap(toInvite).sort((a, b) => a.start - b.start);
    },
    async mySentInvites() {
      const tagged = await graph.findTaggedEvents('me');
      return tagged.flatMap(({ event, tag }): SentInvite[] => {
        const start = utcInstant(event.start);
        const end = utcInstant(event.end);
        if (!event.id || !Number.isFinite(start) || !Number.isFinite(end)) return [];
        return [{
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
        }];
      }).sort((a, b) => a.start - b.start);
    },
    async respond(eventId, response, comment, proposedNewTime) {
      // The booking service's answer path escapes the note and checks its length; loaded when first used.
      const { respondToInvite } = await import('../../services/booking/invites.js');
      await respondToInvite(graph, eventId, response, { ...(comment.trim() && { comment }), ...(proposedNewTime && { proposedNewTime }) });
    },
  };
}

/** Graph returns a user's office address only when asked for it by name. */
const ADDRESS_FIELDS = ['streetAddress', 'city', 'state', 'postalCode', 'country'];

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

function userToPerson(u: User): DirectoryPerson[] {
  const mail = u.mail ?? u.userPrincipalName;
  if (!u.id || !mail || !u.displayName) return [];
  return [{ id: u.id, displayName: u.displayName, mail, ...(u.jobTitle ? { jobTitle: u.jobTitle } : {}), ...(u.officeLocation ? { officeLocation: u.officeLocation } : {}) }];
}

function personToPerson(p: Person): DirectoryPerson[] {
  const mail = p.scoredEmailAddresses?.[0]?.address ?? p.userPrincipalName;
  if (!p.id || !mail || !p.displayName) return [];
  return [{ id: p.id, displayName: p.displayName, mail, ...(p.jobTitle ? { jobTitle: p.jobTitle } : {}), ...(p.officeLocation ? { officeLocation: p.officeLocation } : {}) }];
}

/** Graph gives event times as { dateTime, timeZone } in UTC unless asked otherwise. */
function utcInstant(value: { dateTime?: string | null; timeZone?: string | null } | null | undefined): number {
  const text = value?.dateTime ?? '';
  const zoneless = !/[zZ]|[+-]\d\d:\d\d$/.test(text);
  return Date.parse(zoneless && (value?.timeZone ?? 'UTC').toUpperCase() === 'UTC' ? `${text}Z` : text);
}

export function toInvite(e: Event): Invite[] {
  if (!e.id) return [];
  const start = utcInstant(e.start);
  const end = utcInstant(e.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
  return [{
    id: e.id,
    subject: e.subject ?? '(no subject)',
    start,
    end,
    organizer: e.organizer?.emailAddress?.name ?? e.organizer?.emailAddress?.address ?? 'Unknown organizer',
    ...(e.location?.displayName ? { location: e.location.displayName } : {}),
    bodyHtml: e.body?.contentType?.toLowerCase() === 'html' ? (e.body.content ?? '') : escapeText(e.body?.content ?? ''),
    ...(inviteKind(e) ? { kind: inviteKind(e)! } : {}),
    myResponse: e.isOrganizer ? 'organizer' : (e.responseStatus?.response ?? 'none'),
    isOnlineMeeting: e.isOnlineMeeting === true,
    ...(e.onlineMeeting?.joinUrl ? { joinUrl: e.onlineMeeting.joinUrl } : {}),
    ...(e.webLink ? { webLink: e.webLink } : {}),
    isCancelled: e.isCancelled === true,
    attendeeCount: e.attendees?.length ?? 0,
  }];
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>');
}
