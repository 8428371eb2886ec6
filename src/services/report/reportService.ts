/**
 * The district report as a use case: who the principals are (directory), what Common Time sessions the
 * organizers' calendars hold in the window (the gateway's tagged read, app-only identity, batched), and
 * the sums (src/core/report). Graph stays the source of truth: nothing is copied or cached between runs.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import { buildReport, reportWindow, type Report, type ReportGroupBy, type ReportPrincipal, type TaggedSession } from '../../core/report/index.js';
import type { GraphGateway } from '../../graph/index.js';
import type { ReportSettings } from './reportSettings.js';

export type ReportGateway = Pick<GraphGateway, 'listUsers' | 'listGroupMembers' | 'readTaggedSessions' | 'readCalendarPresence'>;

export interface ReportRequest {
  readonly from: string | null;
  readonly to: string | null;
  readonly groupBy: ReportGroupBy;
  readonly includeSessions?: boolean;
}

export interface ReportRunOptions {
  readonly onProgress?: (progress: { phase: 'directory' | 'calendars'; done: number; total: number }) => void;
}

const PEOPLE_FIELDS = ['id', 'displayName', 'mail', 'userPrincipalName', 'officeLocation', 'jobTitle'];

const odataQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function toPrincipal(u: User): ReportPrincipal | undefined {
  const upn = u.userPrincipalName?.toLowerCase();
  if (!upn) return undefined;
  return { key: upn, mail: (u.mail ?? upn).toLowerCase(), name: u.displayName ?? upn, school: u.officeLocation?.trim() || '(no school set)' };
}

export interface ReportService {
  run(request: ReportRequest, options?: ReportRunOptions): Promise<Report>;
}

export function createReportService(gateway: ReportGateway, settings: ReportSettings, clock: () => number): ReportService {
  async function people(groupId: string | undefined, titles: readonly string[]): Promise<User[]> {
    if (groupId) return (await gateway.listGroupMembers(groupId, { select: PEOPLE_FIELDS })).filter((m) => (m as { '@odata.type'?: string })['@odata.type'] !== '#microsoft.graph.group');
    if (titles.length === 0) return [];
    return gateway.listUsers({ filter: titles.map((t) => `jobTitle eq ${odataQuote(t)}`).join(' or '), select: PEOPLE_FIELDS });
  }

  return {
    async run(request, options = {}) {
      // Checked before any Graph call: a bad date costs nothing.
      const window = reportWindow(request.from, request.to, settings.timeZone);
      options.onProgress?.({ phase: 'directory', done: 0, total: 1 });
      const [principalUsers, organizerUsers] = await Promise.all([
        people(settings.principalsGroupId, [settings.principalJobTitle]),
        people(settings.organizersGroupId, settings.organizerJobTitles),
      ]);
      const principals = [...new Map(principalUsers.map(toPrincipal).filter((p): p is ReportPrincipal => p !== undefined).map((p) => [p.key, p])).values()];
      // Principals who host organize too, so every principal's calendar is read with the organizers'.
      const mailboxes = [...new Set([...principals.map((p) => p.key), ...organizerUsers.map((u) => u.userPrincipalName?.toLowerCase()).filter((u): u is string => !!u)])];
      options.onProgress?.({ phase: 'calendars', done: 0, total: mailboxes.length });
      const range = { start: new Date(window.startMs).toISOString(), end: new Date(window.endMs).toISOString() };
      // Both reads at once: the organizers' tagged sessions, and which meetings are still on each
      // principal's calendar (a principal who removed an invitation without answering is not counted).
      const [results, present] = await Promise.all([
        gateway.readTaggedSessions(mailboxes, range, { onProgress: ({ done, total }) => options.onProgress?.({ phase: 'calendars', done, total }) }),
        principals.length > 0 ? gateway.readCalendarPresence(principals.map((p) => p.key), range) : Promise.resolve([]),
      ]);
      const sessions: TaggedSession[] = [];
      const failures: { key: string; message: string }[] = [];
      for (const r of results) {
        if (r.error) failures.push({ key: r.user, message: r.error.message });
        else sessions.push(...r.sessions);
      }
      const presence = new Map<string, ReadonlySet<string>>();
      for (const r of present) {
        if (r.error) {
          if (!failures.some((f) => f.key === r.user)) failures.push({ key: r.user, message: r.error.message });
        } else presence.set(r.user, r.iCalUIds);
      }
      return buildReport({
        window,
        groupBy: request.groupBy,
        principals,
        sessions,
        failures,
        presence,
        nowMs: clock(),
        targetHoursPerWeek: settings.targetHoursPerWeek,
        includeSessions: request.includeSessions ?? false,
        kindLabels: TEMPLATE_KIND_LABELS,
      });
    },
  };
}
