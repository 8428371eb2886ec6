/**
 * What the district report reads from Graph, in the domain's shapes: the district's people (by group or
 * by job title) as principals, the organizers' Common Time sessions, and which meetings are still on each
 * principal's calendar. The report service never sees a Graph type.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import type { ReportPrincipal } from '../core/report/model.js';
import type { GraphGateway } from './graphGateway.js';

/** Where a list of people comes from: a group's members, or users with one of these job titles. */
export type PeopleSource = { readonly groupId: string } | { readonly jobTitles: readonly string[] };

/** The sessions and presence reads are the gateway's own (already in the domain's shapes). */
export interface ReportReads extends Pick<GraphGateway, 'readTaggedSessions' | 'readCalendarPresence'> {
  /** People as report rows: key = user principal name (lower case), school = officeLocation. */
  readPeople(source: PeopleSource): Promise<ReportPrincipal[]>;
}

const PEOPLE_FIELDS = ['id', 'displayName', 'mail', 'userPrincipalName', 'officeLocation', 'jobTitle'];
const odataQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function toPrincipal(u: User & { '@odata.type'?: string }): ReportPrincipal[] {
  const upn = u.userPrincipalName?.toLowerCase();
  // Group members may be contacts or nested groups; only users have calendars to report on.
  if (!upn || (u['@odata.type'] !== undefined && u['@odata.type'] !== '#microsoft.graph.user')) return [];
  return [{ key: upn, mail: (u.mail ?? upn).toLowerCase(), name: u.displayName ?? upn, school: u.officeLocation?.trim() || '(no school set)' }];
}

export function createReportReads(graph: GraphGateway): ReportReads {
  return {
    async readPeople(source) {
      if ('groupId' in source) return (await graph.listGroupMembers(source.groupId, { select: PEOPLE_FIELDS })).flatMap(toPrincipal);
      if (source.jobTitles.length === 0) return [];
      const users = await graph.listUsers({ filter: source.jobTitles.map((t) => `jobTitle eq ${odataQuote(t)}`).join(' or '), select: PEOPLE_FIELDS });
      return users.flatMap(toPrincipal);
    },
    readTaggedSessions: (users, window, options) => graph.readTaggedSessions(users, window, options),
    readCalendarPresence: (users, window, options) => graph.readCalendarPresence(users, window, options),
  };
}
