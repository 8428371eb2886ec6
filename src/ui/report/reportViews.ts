/**
 * The dashboard's views from one report: the server sends the report by principal with its sessions,
 * and the week, kind and school views are summed here by the same core code, so every number on the
 * screen comes from one read of Graph and they always agree.
 */
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import { buildReport, reportWindow, weekCount, type Report, type ReportGroupBy, type ReportPrincipal, type TaggedSession } from '../../core/report/index.js';

export interface ReportViews {
  readonly byPrincipal: Report;
  readonly bySchool: Report;
  readonly byWeek: Report;
  readonly byKind: Report;
}

export function deriveViews(report: Report, nowMs: number): ReportViews {
  const principals: ReportPrincipal[] = report.rows.map((r) => ({ key: r.key, mail: r.key, name: r.label, school: r.school ?? '' }));
  const sessions: TaggedSession[] = (report.sessions ?? []).map((s) => ({
    id: s.id,
    subject: s.subject,
    kind: s.kind,
    planId: '',
    organizer: s.organizer,
    startMs: Date.parse(s.start),
    endMs: Date.parse(s.end),
    cancelled: false,
    answers: s.answers,
    ...(s.walk ? { walk: s.walk } : {}),
  }));
  const window = reportWindow(report.from, report.to, report.timeZone);
  const weeks = weekCount(window);
  const view = (groupBy: ReportGroupBy): Report =>
    buildReport({
      window,
      groupBy,
      principals,
      sessions,
      failures: report.failures,
      nowMs,
      targetHoursPerWeek: report.summary.targetHoursPerPrincipal / weeks,
      kindLabels: TEMPLATE_KIND_LABELS,
    });
  return { byPrincipal: report, bySchool: view('school'), byWeek: view('week'), byKind: view('kind') };
}
