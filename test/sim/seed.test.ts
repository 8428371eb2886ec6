import { beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { MailboxCalendar } from '../../src/sim/calendar/model.js';
import { buildDemoDistrict, seedTenant } from '../../src/sim/seed/index.js';
import { createRng } from '../../src/sim/seed/prng.js';
import type { TenantState } from '../../src/sim/state.js';

const NOW = DateTime.fromISO('2026-02-25T15:00:00Z').toMillis(); // a Wednesday in term time
const events = (state: TenantState) =>
  Object.entries(state.calendars as Record<string, MailboxCalendar>).flatMap(([owner, c]) => Object.values(c.events).map((e) => ({ owner, e })));

let district: TenantState;
beforeAll(() => {
  district = buildDemoDistrict(NOW);
});

describe('the seeded demo district', () => {
  it('is built the same on every run, for any moment of the same week', async () => {
    // seedTenant builds its own (cached) district: compare the two builds, ids aside.
    const other = await seedTenant('demo', NOW + 2 * 3_600_000);
    expect(JSON.stringify({ ...other, tenantId: '', clientId: '' })).toBe(JSON.stringify(district));
  });

  it('gives each tenant its own locally generated tenant and client ids, and its own copy', async () => {
    const [a, b] = await Promise.all([seedTenant('demo', NOW), seedTenant('demo', NOW)]);
    expect(a.tenantId).not.toBe(b.tenantId);
    expect(a.clientId).toMatch(/^[0-9a-f-]{36}$/);
    a.users[0]!.displayName = 'Changed';
    expect(b.users[0]!.displayName).not.toBe('Changed');
  });

  it('has a district admin, three coaches and 24 principals in elementary, middle and high schools', async () => {
    const s = district;
    const count = (role: string) => s.users.filter((u) => u.role === role).length;
    // Coaches: three coaches (one a principal supervisor) and the elementary schools' supervisor; and two shared
    // mailboxes, the peer-coaching calendar and the district calendar.
    expect([count('districtAdmin'), count('coach'), count('principal'), count('sharedMailbox')]).toEqual([1, 4, 24, 2]);
    expect(s.users.filter((u) => u.sharedMailbox).map((u) => u.displayName)).toEqual(['Peer Coaching Calendar', 'District Calendar']);
    expect(new Set(s.schools.map((x) => x.level))).toEqual(new Set(['elementary', 'middle', 'high']));
    for (const school of s.schools) {
      expect(school.address.street).not.toBe('');
      expect(school.dayStart < school.dayEnd).toBe(true);
      expect(s.users.find((u) => u.id === school.principalId)?.schoolId).toBe(school.id);
    }
    expect(new Set(s.users.map((u) => u.userPrincipalName)).size).toBe(s.users.length);
  });

  it('puts working hours in two US time zones, most in Eastern', async () => {
    const s = district;
    const zones = s.users.map((u) => u.mailboxSettings.workingHours.timeZone.name);
    const eastern = zones.filter((z) => z === 'Eastern Standard Time').length;
    const central = zones.filter((z) => z === 'Central Standard Time').length;
    expect(eastern + central).toBe(zones.length);
    expect(eastern).toBeGreaterThan(central);
    expect(central).toBeGreaterThan(0);
  });

  it('has three cohort groups whose members are real users', async () => {
    const s = district;
    expect(s.groups).toHaveLength(3);
    for (const g of s.groups) {
      expect(g.memberIds.length).toBeGreaterThan(3);
      for (const id of g.memberIds) expect(s.users.some((u) => u.id === id)).toBe(true);
    }
  });

  it('fills a few weeks around now with recurring, tentative, private, out-of-office and shared meetings', async () => {
    const s = district;
    const all = events(s);
    // One-off meetings fill the week before to three weeks after; standing meetings and closures run on.
    const starts = all.filter(({ e }) => e.type === 'singleInstance' && !e.isAllDay).map(({ e }) => e.sim.startMs);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(NOW - 14 * 86_400_000);
    expect(Math.max(...starts)).toBeLessThanOrEqual(NOW + 28 * 86_400_000);
    const seriesEnds = all.filter(({ e }) => e.type === 'seriesMaster').map(({ e }) => e.recurrence!.range!.endDate!);
    expect(seriesEnds.some((d) => d >= DateTime.fromMillis(NOW).plus({ weeks: 8 }).toISODate()!)).toBe(true);
    expect(all.filter(({ e }) => e.type === 'seriesMaster').length).toBeGreaterThan(24);
    expect(all.some(({ e }) => e.showAs === 'tentative')).toBe(true);
    expect(all.some(({ e }) => e.showAs === 'oof' && e.isAllDay)).toBe(true);
    expect(all.some(({ e }) => e.sensitivity === 'private')).toBe(true);
    // Every principal has a calendar, and the district meeting reached them as attendees.
    for (const p of s.users.filter((u) => u.role === 'principal')) {
      const mine = all.filter(({ owner }) => owner === p.id);
      expect(mine.length).toBeGreaterThan(8);
      expect(mine.some(({ e }) => !e.isOrganizer && e.subject === 'District principals meeting')).toBe(true);
    }
    const answers = new Set(all.filter(({ e }) => !e.isOrganizer).map(({ e }) => e.responseStatus.response));
    expect(answers).toEqual(new Set(['accepted', 'tentativelyAccepted', 'notResponded']));
  });

  it('starts empty when asked', async () => {
    const s = await seedTenant('empty', NOW);
    expect([s.users.length, s.groups.length, Object.keys(s.calendars).length]).toEqual([0, 0, 0]);
  });
});

describe('the seeded generator', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('school closures in the seeded calendars', () => {
  it('mark Thanksgiving break out of office for everyone and book nothing else on those days', async () => {
    const thanksgivingWeek = DateTime.fromISO('2026-11-24T15:00:00Z').toMillis();
    const s = buildDemoDistrict(thanksgivingWeek);
    const closedFrom = DateTime.fromISO('2026-11-25T00:00:00', { zone: 'America/New_York' }).toMillis();
    const closedTo = DateTime.fromISO('2026-11-28T00:00:00', { zone: 'America/New_York' }).toMillis();
    const all = events(s);
    // The district calendar holds the closure itself, under its own name; everyone else is out of office.
    const districtCalendar = s.users.find((u) => u.displayName === 'District Calendar')!;
    expect(all.some(({ owner, e }) => owner === districtCalendar.id && e.isAllDay && e.subject === 'Thanksgiving break')).toBe(true);
    for (const u of s.users.filter((x) => x !== districtCalendar)) {
      expect(all.some(({ owner, e }) => owner === u.id && e.isAllDay && e.showAs === 'oof' && e.subject === 'Schools closed: Thanksgiving break')).toBe(true);
    }
    const during = all.filter(({ e }) => !e.isAllDay && e.type === 'singleInstance' && e.sim.startMs >= closedFrom && e.sim.startMs < closedTo);
    expect(during).toEqual([]);
    // Daily duties stop before the break and start again after it (a series ends at the closure).
    const principal = s.users.find((u) => u.role === 'principal')!;
    const duty = all.filter(({ owner, e }) => owner === principal.id && e.subject === 'Morning arrival duty');
    expect(duty.length).toBeGreaterThanOrEqual(2);
    for (const { e } of duty) {
      const range = e.recurrence!.range!;
      expect(range.endDate! < '2026-11-25' || range.startDate! > '2026-11-27').toBe(true);
    }
  });
});
