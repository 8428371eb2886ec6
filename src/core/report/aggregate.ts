/**
 * Adds up the time each principal set aside, from Common Time sessions as their organizers' calendars
 * hold them. An occurrence counts when it starts inside the window, with its whole length; cancelled
 * sessions never count; a principal's own session counts as accepted; declined hours are shown but not
 * in `total`. Every principal has a row, zero included. Pure: "now" and the target come in the input.
 */
import type { HoursByAnswer, Report, ReportFailure, ReportGroupBy, ReportPrincipal, ReportRow, ReportSession, SchoolVisit, SessionAnswer, TaggedSession } from './model.js';
import { isoInZone, weekCount, weekOf, weeksOf, type ReportWindow } from './window.js';

export interface ReportInput {
  readonly window: ReportWindow;
  readonly groupBy: ReportGroupBy;
  readonly principals: readonly ReportPrincipal[];
  readonly sessions: readonly TaggedSession[];
  readonly failures: readonly ReportFailure[];
  readonly nowMs: number;
  /** The district's target of protected hours per principal per week (0: none set). */
  readonly targetHoursPerWeek: number;
  readonly includeSessions?: boolean;
  /**
   * The meetings (iCalUIds) still on each principal's calendar, by principal key: a session whose copy
   * the principal removed without answering is not counted. Principals missing here are not checked.
   */
  readonly presence?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Readable names of session kinds for labels; the kind itself otherwise. */
  readonly kindLabels?: Readonly<Record<string, string>>;
}

const HOUR_MS = 3_600_000;
const round2 = (hours: number): number => Math.round(hours * 100) / 100;
const toHours = (ms: number): number => round2(ms / HOUR_MS);

/** One principal's part in one session. */
interface Share {
  readonly principal: ReportPrincipal;
  readonly session: TaggedSession;
  readonly answer: SessionAnswer;
  readonly ms: number;
}

class Tally {
  accepted = 0;
  tentative = 0;
  pending = 0;
  declined = 0;
  held = 0;
  sessions = new Set<string>();
  add(share: Share, nowMs: number): void {
    this[share.answer] += share.ms;
    if (share.answer === 'declined') return;
    this.sessions.add(`${share.session.organizer}|${share.session.id}`);
    if (share.session.startMs <= nowMs) this.held += share.ms;
  }
  get counted(): number {
    return this.accepted + this.tentative + this.pending;
  }
  hours(): HoursByAnswer {
    return { accepted: toHours(this.accepted), tentative: toHours(this.tentative), pending: toHours(this.pending), declined: toHours(this.declined), total: toHours(this.counted) };
  }
}

function answerOf(session: TaggedSession, p: ReportPrincipal): SessionAnswer | undefined {
  if (session.organizer === p.mail || session.organizer === p.key) return 'accepted';
  return session.answers[p.mail] ?? session.answers[p.key];
}

/** True when the principal's own calendar, read, no longer holds their copy of the session. */
function removedBy(p: ReportPrincipal, session: TaggedSession, presence: ReportInput['presence']): boolean {
  if (session.organizer === p.mail || session.organizer === p.key || session.iCalUId === undefined) return false;
  const mine = presence?.get(p.key);
  return mine !== undefined && !mine.has(session.iCalUId);
}

/** Sessions that count in the window, once each (an organizer read twice does not double them). */
function sessionsInWindow(sessions: readonly TaggedSession[], window: ReportWindow): TaggedSession[] {
  const seen = new Set<string>();
  return sessions.filter((s) => {
    const id = `${s.organizer}|${s.id}`;
    if (s.cancelled || s.startMs < window.startMs || s.startMs >= window.endMs || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function buildReport(input: ReportInput): Report {
  const { window, principals, nowMs } = input;
  const sessions = sessionsInWindow(input.sessions, window);
  // Principals by every address a session may name them by, so each session is matched in one pass.
  const byAddress = new Map<string, ReportPrincipal>();
  for (const p of principals) {
    byAddress.set(p.key, p);
    byAddress.set(p.mail, p);
  }
  const shares: Share[] = [];
  for (const session of sessions) {
    const involved = new Set<ReportPrincipal>();
    for (const address of [session.organizer, ...Object.keys(session.answers)]) {
      const p = byAddress.get(address);
      if (p) involved.add(p);
    }
    for (const principal of involved) {
      const answer = answerOf(session, principal)!;
      if (answer !== 'declined' && removedBy(principal, session, input.presence)) continue;
      shares.push({ principal, session, answer, ms: session.endMs - session.startMs });
    }
  }
  const weeks = weekCount(window);
  const targetPerPrincipal = round2(input.targetHoursPerWeek * weeks);
  const byPrincipal = new Map<string, Share[]>(principals.map((p) => [p.key, []]));
  for (const share of shares) byPrincipal.get(share.principal.key)!.push(share);
  const failed = new Set(input.failures.map((f) => f.key));
  const schoolOf = new Map<string, string>();
  for (const p of principals) {
    schoolOf.set(p.mail, p.school);
    schoolOf.set(p.key, p.school);
  }

  // Learning walks: who hosted, who visited which school (only answers that count).
  const hosted = new Map<string, number>();
  const visited = new Map<string, Map<string, number>>();
  for (const share of shares) {
    const walk = share.session.walk;
    if (share.answer === 'declined' || share.session.kind !== 'learningWalk' || !walk) continue;
    const me = share.principal;
    if (walk.host === me.mail || walk.host === me.key) hosted.set(me.key, (hosted.get(me.key) ?? 0) + 1);
    else if (walk.visitors.includes(me.mail) || walk.visitors.includes(me.key)) {
      const school = schoolOf.get(walk.host);
      if (school === undefined) continue;
      const mine = visited.get(me.key) ?? new Map<string, number>();
      mine.set(school, (mine.get(school) ?? 0) + 1);
      visited.set(me.key, mine);
    }
  }
  const visitsOf = (key: string): number => [...(visited.get(key)?.values() ?? [])].reduce((a, b) => a + b, 0);

  const principalTally = new Map<string, Tally>();
  for (const p of principals) {
    const t = new Tally();
    for (const share of byPrincipal.get(p.key)!) t.add(share, nowMs);
    principalTally.set(p.key, t);
  }
  const hasNone = (key: string): boolean => principalTally.get(key)!.counted === 0;

  const row = (key: string, label: string, tally: Tally, members: readonly ReportPrincipal[], target: number, extra: Partial<ReportRow> = {}): ReportRow => {
    const hours = tally.hours();
    return {
      key,
      label,
      hours,
      sessions: tally.sessions.size,
      heldHours: toHours(tally.held),
      plannedHours: round2(toHours(tally.counted) - toHours(tally.held)),
      principals: members.length,
      principalsWithNone: members.filter((m) => hasNone(m.key)).length,
      targetHours: target,
      onTrack: hours.total >= target,
      walksHosted: members.reduce((n, m) => n + (hosted.get(m.key) ?? 0), 0),
      walksVisited: members.reduce((n, m) => n + visitsOf(m.key), 0),
      schoolsVisited: [...new Set(members.flatMap((m) => [...(visited.get(m.key)?.keys() ?? [])]))].sort(),
      ...extra,
    };
  };

  const rows = groupRows(input, shares, principalTally, row, failed, targetPerPrincipal);
  const total = new Tally();
  for (const share of shares) total.add(share, nowMs);
  const visits: SchoolVisit[] = [];
  for (const [visitor, schools] of visited) for (const [school, walks] of schools) visits.push({ visitor, school, walks });
  const seenSchools = new Set(visits.map((v) => v.school));
  const report: Report = {
    from: window.from,
    to: window.to,
    groupBy: input.groupBy,
    timeZone: window.timeZone,
    rows,
    failures: [...input.failures],
    summary: {
      principals: principals.length,
      principalsWithNone: principals.filter((p) => hasNone(p.key)).length,
      hours: {
        ...total.hours(),
      },
      sessions: total.sessions.size,
      targetHoursPerPrincipal: targetPerPrincipal,
      principalsOnTrack: principals.filter((p) => toHours(principalTally.get(p.key)!.counted) >= targetPerPrincipal).length,
    },
    network: {
      visits: visits.sort((a, b) => a.visitor.localeCompare(b.visitor) || a.school.localeCompare(b.school)),
      notVisited: [...new Set(principals.map((p) => p.school))].filter((s) => !seenSchools.has(s)).sort(),
    },
  };
  return input.includeSessions ? { ...report, sessions: sessionList(shares, window, (a) => byAddress.get(a)?.key ?? a) } : report;
}

type RowMaker = (key: string, label: string, tally: Tally, members: readonly ReportPrincipal[], target: number, extra?: Partial<ReportRow>) => ReportRow;

function groupRows(input: ReportInput, shares: readonly Share[], byPrincipal: Map<string, Tally>, row: RowMaker, failed: Set<string>, target: number): ReportRow[] {
  const { principals, window, nowMs } = input;
  // A principal's count is incomplete when their own calendar (they may organize) could not be read.
  const incomplete = (p: ReportPrincipal): boolean => failed.has(p.key) || failed.has(p.mail);
  switch (input.groupBy) {
    case 'principal':
      return principals
        .map((p) => row(p.key, p.name, byPrincipal.get(p.key)!, [p], target, { school: p.school, ...(incomplete(p) ? { incomplete: true } : {}) }))
        .sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
    case 'school': {
      const schools = new Map<string, ReportPrincipal[]>();
      for (const p of principals) schools.set(p.school, [...(schools.get(p.school) ?? []), p]);
      return [...schools]
        .map(([school, members]) => {
          const tally = new Tally();
          const inSchool = new Set(members);
          for (const share of shares) if (inSchool.has(share.principal)) tally.add(share, nowMs);
          return row(school, school, tally, members, round2(target * members.length), members.some(incomplete) ? { incomplete: true } : {});
        })
        .sort((a, b) => a.label.localeCompare(b.label));
    }
    case 'week': {
      const perWeekTarget = round2(input.targetHoursPerWeek * principals.length);
      return weeksOf(window).map((week) => {
        const tally = new Tally();
        const active = new Set<string>();
        for (const share of shares) {
          if (weekOf(share.session.startMs, window.timeZone) !== week) continue;
          tally.add(share, nowMs);
          if (share.answer !== 'declined') active.add(share.principal.key);
        }
        const made = row(week, `Week of ${week}`, tally, principals, perWeekTarget);
        return { ...made, principalsWithNone: principals.length - active.size, walksHosted: 0, walksVisited: 0, schoolsVisited: [] };
      });
    }
    case 'kind': {
      const kinds = [...new Set(shares.map((s) => s.session.kind))].sort();
      return kinds
        .map((kind) => {
          const tally = new Tally();
          const active = new Set<string>();
          for (const share of shares) {
            if (share.session.kind !== kind) continue;
            tally.add(share, nowMs);
            if (share.answer !== 'declined') active.add(share.principal.key);
          }
          const made = row(kind, input.kindLabels?.[kind] ?? kind, tally, principals, 0);
          return { ...made, principalsWithNone: principals.length - active.size, walksHosted: 0, walksVisited: 0, schoolsVisited: [] };
        })
        .sort((a, b) => b.hours.total - a.hours.total || a.key.localeCompare(b.key));
    }
  }
}

function sessionList(shares: readonly Share[], window: ReportWindow, keyOf: (address: string) => string): ReportSession[] {
  const bySession = new Map<TaggedSession, Record<string, SessionAnswer>>();
  for (const share of shares) {
    const answers = bySession.get(share.session) ?? {};
    answers[share.principal.key] = share.answer;
    bySession.set(share.session, answers);
  }
  return [...bySession]
    .map(([s, answers]) => ({
      id: s.id,
      kind: s.kind,
      subject: s.subject,
      organizer: s.organizer,
      start: isoInZone(s.startMs, window.timeZone),
      end: isoInZone(s.endMs, window.timeZone),
      hours: toHours(s.endMs - s.startMs),
      answers,
      ...(s.walk ? { walk: { host: keyOf(s.walk.host), visitors: s.walk.visitors.map(keyOf) } } : {}),
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}
