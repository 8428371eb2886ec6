import { describe, expect, it } from '@jest/globals';
import { buildReport, escapeCsvCell, reportToCsv, reportWindow, weeksOf, ReportInputError, type ReportPrincipal, type TaggedSession } from '../../../src/core/report/index.js';

const ZONE = 'America/New_York';
const ana: ReportPrincipal = { key: 'ana@x.org', mail: 'ana@x.org', name: 'Ana', school: 'Maple' };
const ben: ReportPrincipal = { key: 'ben@x.org', mail: 'ben.mail@x.org', name: 'Ben', school: 'Oak' };
const at = (iso: string) => Date.parse(iso);
const session = (over: Partial<TaggedSession>): TaggedSession => ({
  id: 'e1',
  subject: 'S',
  kind: 'cohortMeeting',
  planId: 'p',
  organizer: 'coach@x.org',
  startMs: at('2026-11-03T15:00:00Z'),
  endMs: at('2026-11-03T16:00:00Z'),
  cancelled: false,
  answers: {},
  ...over,
});

describe('reportWindow', () => {
  it('runs from 00:00 of from to the end of to in the district zone', () => {
    const w = reportWindow('2026-11-01', '2026-11-07', ZONE);
    expect(new Date(w.startMs).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(new Date(w.endMs).toISOString()).toBe('2026-11-08T05:00:00.000Z');
    expect(weeksOf(w)).toEqual(['2026-10-26', '2026-11-02']);
  });

  it('names the field and the fix for bad dates', () => {
    expect(() => reportWindow('2026-02-30', '2026-03-01', ZONE)).toThrow(ReportInputError);
    expect(() => reportWindow('2026-02-30', '2026-03-01', ZONE)).toThrow(/^from: .*YYYY-MM-DD/);
    expect(() => reportWindow('2026-03-02', '2026-03-01', ZONE)).toThrow(/^to: .*before from/);
    expect(() => reportWindow(null, '2026-03-01', ZONE)).toThrow(/^from: required/);
    expect(() => reportWindow('2025-01-01', '2026-03-01', ZONE)).toThrow(/^to: the window is longer/);
  });
});

describe('buildReport', () => {
  const window = reportWindow('2026-11-01', '2026-11-14', ZONE);
  const input = (sessions: TaggedSession[]) => ({
    window,
    groupBy: 'principal' as const,
    principals: [ana, ben],
    sessions,
    failures: [],
    nowMs: at('2026-11-05T00:00:00Z'),
    targetHoursPerWeek: 1,
  });

  it('matches attendees by mail as well as by user principal name', () => {
    const r = buildReport(input([session({ answers: { 'ben.mail@x.org': 'tentative', 'ana@x.org': 'declined' } })]));
    expect(r.rows.find((x) => x.key === 'ben@x.org')!.hours).toEqual({ accepted: 0, tentative: 1, pending: 0, declined: 0, total: 1 });
    expect(r.rows.find((x) => x.key === 'ana@x.org')!.hours).toEqual({ accepted: 0, tentative: 0, pending: 0, declined: 1, total: 0 });
    expect(r.summary.principalsWithNone).toBe(1);
  });

  it('counts a session read twice once, and never a cancelled one', () => {
    const s = session({ answers: { 'ana@x.org': 'accepted' } });
    const r = buildReport(input([s, s, session({ id: 'e2', cancelled: true, answers: { 'ana@x.org': 'accepted' } })]));
    expect(r.rows.find((x) => x.key === 'ana@x.org')!.hours.total).toBe(1);
  });

  it('rounds hours to two places and marks the target', () => {
    const r = buildReport(input([session({ endMs: at('2026-11-03T15:20:00Z'), answers: { 'ana@x.org': 'accepted' } })]));
    const row = r.rows.find((x) => x.key === 'ana@x.org')!;
    expect(row.hours.total).toBe(0.33);
    expect(row.targetHours).toBe(2);
    expect(row.onTrack).toBe(false);
    expect(row.heldHours).toBe(0.33);
  });

  it('records learning walks hosted and the schools visited', () => {
    const walk = session({ kind: 'learningWalk', answers: { 'ana@x.org': 'accepted', 'ben.mail@x.org': 'accepted' }, walk: { host: 'ana@x.org', visitors: ['ben.mail@x.org'] } });
    const r = buildReport(input([walk]));
    expect(r.rows.find((x) => x.key === 'ana@x.org')).toMatchObject({ walksHosted: 1, walksVisited: 0 });
    expect(r.rows.find((x) => x.key === 'ben@x.org')).toMatchObject({ walksHosted: 0, walksVisited: 1, schoolsVisited: ['Maple'] });
    expect(r.network).toEqual({ visits: [{ visitor: 'ben@x.org', school: 'Maple', walks: 1 }], notVisited: ['Oak'] });
  });
});

describe('CSV', () => {
  it('escapes cells that would start a formula, and quotes what needs quoting', () => {
    expect(escapeCsvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeCsvCell('+1')).toBe("'+1");
    expect(escapeCsvCell('-2')).toBe("'-2");
    expect(escapeCsvCell('@cmd')).toBe("'@cmd");
    expect(escapeCsvCell('a,"b"')).toBe('"a,""b"""');
    expect(escapeCsvCell(1.5)).toBe('1.5');
  });

  it('starts with a byte order mark and one header row', () => {
    const window = reportWindow('2026-11-01', '2026-11-14', ZONE);
    const csv = reportToCsv(buildReport({ window, groupBy: 'principal', principals: [ana], sessions: [], failures: [], nowMs: 0, targetHoursPerWeek: 0 }));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toHaveLength(3);
  });
});
