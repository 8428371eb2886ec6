/**
 * The district report as a use case: who the principals are (directory), what Common Time sessions the
 * organizers' calendars hold in the window (the gateway's tagged read, app-only identity, batched), and
 * the sums (src/core/report). Graph stays the source of truth: nothing is copied or cached between runs.
 */
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import { buildReport, reportWindow, type Report, type ReportGroupBy, type TaggedSession } from '../../core/report/index.js';
import type { PeopleSource, ReportReads } from '../../graph/index.js';
import type { ReportSettings } from './reportSettings.js';

export type ReportGateway = ReportReads;

export interface ReportRequest {
  readonly from: string | null;
  readonly to: string | null;
  readonly groupBy: ReportGroupBy;
  readonly includeSessions?: boolean;
}

export interface ReportRunOptions {
  readonly onProgress?: (progress: { phase: 'directory' | 'calendars'; done: number; total: number }) => void;
}

export interface ReportService {
  run(request: ReportRequest, options?: ReportRunOptions): Promise<Report>;
}

export function createReportService(gateway: ReportGateway, settings: ReportSettings, clock: () => number): ReportService {
  const source = (groupId: string | undefined, titles: readonly string[]): PeopleSource => (groupId ? { groupId } : { jobTitles: titles });

  return {
    async run(request, options = {}) {
      // Checked before any Graph call: a bad date costs nothing.
      const window = reportWindow(request.from, request.to, settings.timeZone);
      options.onProgress?.({ phase: 'directory', done: 0, total: 1 });
      const [principalPeople, organizers] = await Promise.all([
        gateway.readPeople(source(settings.principalsGroupId, [settings.principalJobTitle])),
        gateway.readPeople(source(settings.organizersGroupId, settings.organizerJobTitles)),
      ]);
      const principals = [...new Map(principalPeople.map((p) => [p.key, p])).values()];
      // Principals who host organize too, so every principal's calendar is read with the organizers'.
      const mailboxes = [...new Set([...principals.map((p) => p.key), ...organizers.map((o) => o.key)])];
      // Both reads at once: the organizers' tagged sessions, and which meetings are still on each
      // principal's calendar (a principal who removed an invitation without answering is not counted).
      // Progress counts calendars read, of both kinds together.
      const total = mailboxes.length + principals.length;
      let sessionsDone = 0;
      let presenceDone = 0;
      const tell = () => options.onProgress?.({ phase: 'calendars', done: sessionsDone + presenceDone, total });
      tell();
      const range = { start: new Date(window.startMs).toISOString(), end: new Date(window.endMs).toISOString() };
      const [results, present] = await Promise.all([
        gateway.readTaggedSessions(mailboxes, range, {
          onProgress: ({ done }) => {
            sessionsDone = done;
            tell();
          },
        }),
        principals.length > 0
          ? gateway.readCalendarPresence(
              principals.map((p) => p.key),
              range,
              {
                onProgress: ({ done }) => {
                  presenceDone = done;
                  tell();
                },
              },
            )
          : Promise.resolve([]),
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
