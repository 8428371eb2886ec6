/**
 * The demo district looks real in every week: a week with fewer school days has fewer meetings (not a
 * full week's packed into the days left), the summer has no classes, duties or visits, and the draw is
 * the same for a seed and a date. Dates are fixed here, so the outcome never depends on the wall clock.
 */
import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { MailboxCalendar } from '../../src/sim/calendar/model.js';
import { buildDemoDistrict } from '../../src/sim/seed/index.js';
import type { TenantState } from '../../src/sim/state.js';

const ZONE = 'America/New_York';
const at = (date: string): number => DateTime.fromISO(`${date}T10:00`, { zone: ZONE }).toMillis();
const cache = new Map<string, TenantState>();
const district = (date: string): TenantState => {
  let s = cache.get(date);
  if (!s) cache.set(date, (s = buildDemoDistrict(at(date))));
  return s;
};

interface Timed {
  owner: string;
  subject: string;
  date: string;
  weekday: number;
}
/** Timed one-off meetings as their organizers hold them (each meeting once). */
function meetings(state: TenantState): Timed[] {
  return Object.entries(state.calendars as Record<string, MailboxCalendar>).flatMap(([owner, c]) =>
    Object.values(c.events)
      .filter((e) => e.type === 'singleInstance' && !e.isAllDay && e.isOrganizer && !e.isCancelled)
      .map((e) => {
        const start = DateTime.fromMillis(e.sim.startMs, { zone: ZONE });
        return { owner, subject: e.subject ?? '', date: start.toISODate()!, weekday: start.weekday };
      }),
  );
}
const inWeek =
  (monday: string) =>
  (m: Timed): boolean =>
    m.date >= monday && m.date <= DateTime.fromISO(monday).plus({ days: 4 }).toISODate()!;

describe('meetings per week follow the school calendar', () => {
  // 2026-11-16 is a full week; Thanksgiving week 2026-11-23 has two school days (Mon, Tue).
  it('a holiday week has fewer meetings, no denser on its open days than a full week', () => {
    const all = meetings(district('2026-11-18'));
    const full = all.filter(inWeek('2026-11-16')).length;
    const thanksgiving = all.filter(inWeek('2026-11-23'));
    expect(full).toBeGreaterThan(80);
    expect(thanksgiving.length).toBeLessThan(full * 0.6);
    expect(thanksgiving.every((m) => m.date <= '2026-11-24')).toBe(true);
    // Per open day: at most a little over a full week's (random draw), never the 2.5x of a packed week.
    expect(thanksgiving.length / 2).toBeLessThan((full / 5) * 1.4);
  });

  it("the winter break has no meetings, and its first week keeps a normal day's load on its one school day", () => {
    const all = meetings(district('2026-12-16'));
    expect(all.filter((m) => m.date >= '2026-12-22' && m.date <= '2027-01-02')).toEqual([]);
    const full = all.filter(inWeek('2026-12-14')).length;
    const monday = all.filter((m) => m.date === '2026-12-21').length;
    expect(monday).toBeGreaterThan(0);
    expect(monday).toBeLessThan((full / 5) * 1.6);
  });

  it('the summer has no classes: no duties, observations or coaching visits, and a lighter load', () => {
    const s = district('2027-07-14');
    const summer = meetings(s).filter(inWeek('2027-07-12'));
    expect(summer.length).toBeGreaterThan(0);
    expect(summer.length).toBeLessThan(60);
    expect(summer.filter((m) => /observation|Coaching visit|IEP/.test(m.subject))).toEqual([]);
    const duties = Object.values(s.calendars as Record<string, MailboxCalendar>)
      .flatMap((c) => Object.values(c.events))
      .filter((e) => e.type === 'seriesMaster' && /arrival duty|Lunch/.test(e.subject ?? ''));
    for (const d of duties) expect(d.recurrence!.range!.endDate! < '2027-07-12' || d.recurrence!.range!.startDate! > '2027-07-16').toBe(true);
    // The principals' meeting pauses; a weekly summer check-in reaches every principal.
    for (const p of s.users.filter((u) => u.role === 'principal')) {
      const checkIns = Object.values((s.calendars as Record<string, MailboxCalendar>)[p.id]!.events).filter(
        (e) => e.type === 'seriesMaster' && e.subject === 'Summer leadership check-in',
      );
      expect(checkIns.some((e) => e.recurrence!.range!.startDate! <= '2027-07-13' && e.recurrence!.range!.endDate! >= '2027-07-13')).toBe(true);
    }
    // Independence Day (observed Monday 2027-07-05) closes the district: all-day out of office.
    const principal = s.users.find((u) => u.role === 'principal')!;
    const july4 = Object.values((s.calendars as Record<string, MailboxCalendar>)[principal.id]!.events).filter(
      (e) => e.isAllDay && e.subject === 'Schools closed: Independence Day',
    );
    expect(july4).toHaveLength(1);
  });

  it('a term week keeps its full load whichever week "now" is in', () => {
    for (const date of ['2026-10-07', '2027-02-03', '2027-04-21']) {
      const all = meetings(district(date));
      const monday = DateTime.fromISO(date).startOf('week').toISODate()!;
      expect(all.filter(inWeek(monday)).length).toBeGreaterThan(100);
    }
  });

  it('is the same for a seed and a date, and differs between weeks', () => {
    const again = buildDemoDistrict(at('2026-11-18') + 3_600_000);
    expect(JSON.stringify(again.calendars)).toBe(JSON.stringify(district('2026-11-18').calendars));
    const other = meetings(district('2026-10-07')).map((m) => `${m.owner}|${m.subject}|${m.date}`);
    expect(other).not.toEqual(meetings(district('2026-11-18')).map((m) => `${m.owner}|${m.subject}|${m.date}`));
  });
});
