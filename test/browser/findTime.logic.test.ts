/**
 * The browser app's own logic, without a browser: the theme rule, the Find time form check, and the
 * path from the demo tenant's real getSchedule answers (through the gateway, over HTTP) to suggestions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chooseTheme } from '../../src/ui/theme/hostTheme.js';
import { checkForm, defaultForm } from '../../src/ui/findTime/findTimeForm.js';
import { uniqueLabels } from '../../src/services/findTime/cohortAvailability.js';
import { suggestTimes } from '../../src/services/findTime/suggestTimes.js';
import { recurringWindow, suggestSeries } from '../../src/services/findTime/suggestSeries.js';
import { leadsASchool, suggestRotation } from '../../src/services/findTime/suggestRotation.js';
import { suggestPairs } from '../../src/services/findTime/suggestPairs.js';
import { walkKey, walkPlanInput } from '../../src/services/booking/walkPlanInput.js';
import { planWalks as planWalkBookings } from '../../src/core/booking/index.js';
import type { DirectoryPerson } from '../../src/core/directory/model.js';
import { createGraphGateway, createGraphReads } from '../../src/graph/index.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { testClock } from '../support/testClock.js';
import { DateTime } from 'luxon';

describe('chooseTheme', () => {
  it('follows Teams when inside Teams, whatever the operating system says', () => {
    expect(chooseTheme({ teamsTheme: 'dark', prefersDark: false, forcedColors: true })).toBe('dark');
    expect(chooseTheme({ teamsTheme: 'contrast', prefersDark: false, forcedColors: false })).toBe('contrast');
    expect(chooseTheme({ teamsTheme: 'default', prefersDark: true, forcedColors: false })).toBe('light');
  });

  it('outside Teams, forced colors win over a dark preference', () => {
    expect(chooseTheme({ prefersDark: true, forcedColors: true })).toBe('contrast');
    expect(chooseTheme({ prefersDark: true, forcedColors: false })).toBe('dark');
    expect(chooseTheme({ prefersDark: false, forcedColors: false })).toBe('light');
  });
});

describe('checkForm', () => {
  const base = { ...defaultForm('2026-12-06'), groupId: 'g1' };

  it("returns the local-day window in the coach's zone, last day included", () => {
    const { errors, checked } = checkForm({ ...base, firstDate: '2026-12-07', lastDate: '2026-12-11' }, 12, 'America/New_York');
    expect(errors).toEqual({});
    expect(new Date(checked!.window.start).toISOString()).toBe('2026-12-07T05:00:00.000Z');
    expect(new Date(checked!.window.end).toISOString()).toBe('2026-12-12T05:00:00.000Z');
  });

  it('names each field that needs fixing, all at once', () => {
    const { errors, checked } = checkForm({ ...base, groupId: '', firstDate: '2026-12-11', lastDate: '2026-12-07', minAvailable: 'lots' }, 0, 'America/New_York');
    expect(checked).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['cohort', 'lastDate', 'minAvailable']);
    expect(errors.lastDate).toMatch(/before the first day/);
  });

  it('refuses a minimum larger than the cohort, saying how many there are', () => {
    const { errors } = checkForm({ ...base, minAvailable: '13' }, 12, 'America/New_York');
    expect(errors.minAvailable).toBe('The cohort has 12 people; enter 12 or fewer.');
  });
});

describe('uniqueLabels', () => {
  it('adds the address only where two people share a name', () => {
    const people: DirectoryPerson[] = [
      { id: '1', displayName: 'Ana Ruiz', mail: 'ana1@x.example' },
      { id: '2', displayName: 'Ana Ruiz', mail: 'ana2@x.example' },
      { id: '3', displayName: 'Ben Ode', mail: 'ben@x.example' },
    ];
    expect(uniqueLabels(people)).toEqual(['Ana Ruiz <ana1@x.example>', 'Ana Ruiz <ana2@x.example>', 'Ben Ode']);
  });
});

describe("Find time's suggestions on the demo tenant's free/busy", () => {
  let sim: SimHandle;
  let cohort: DirectoryPerson[];
  let coachUpn: string;
  let clock: () => number;

  beforeAll(async () => {
    // Today by the demo's one clock: COMMON_TIME_TODAY when set (npm run test:dates), else the real date.
    clock = testClock();
    sim = await startSim({ port: 0, seed: 'demo', now: clock });
    const group = sim.state.groups[0]!;
    coachUpn = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
    cohort = group.memberIds
      .map((id) => sim.state.users.find((u) => u.id === id)!)
      .map((u) => ({ id: u.id, displayName: u.displayName, mail: u.userPrincipalName, jobTitle: u.jobTitle, officeLocation: u.officeLocation }));
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('ranks times where everyone is free, or explains the closest misses by name', async () => {
    const gateway = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coachUpn) }));
    const start = clock() + 86_400_000;
    const window = { start, end: start + 14 * 86_400_000 };
    const schedules = await gateway.readSchedules(
      cohort.map((p) => p.mail),
      window,
    );
    const result = suggestTimes(schedules, cohort, { window, durationMinutes: 60, timeZone: 'America/New_York', tentativeCountsAsFree: false });

    const shown = [...result.slots, ...result.partial, ...result.nearMisses];
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) {
      expect(s.available.length + s.unavailable.length).toBe(cohort.length);
      expect(s.end - s.start).toBe(60 * 60_000);
      expect(s.start).toBeGreaterThanOrEqual(window.start);
      expect(s.reasons[0]).toMatch(/^(all \d+ free|\d+ of \d+ free: )/);
      // People are named by name, never by address.
      expect(s.reasons.join(' ')).not.toMatch(/@/);
    }
    for (const s of result.slots) expect(s.unavailable).toEqual([]);
    for (const s of result.nearMisses) expect(s.unavailable).toHaveLength(1);
    const scores = result.slots.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  }, 30_000);

  it('checks each recurring time on every one of its dates, naming who misses which', async () => {
    const gateway = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coachUpn) }));
    const firstDate = DateTime.fromMillis(clock(), { zone: 'America/New_York' }).plus({ days: 2 }).toISODate()!;
    const window = recurringWindow(firstDate, 4, 'biweekly', 'America/New_York');
    expect(window.end - window.start).toBeGreaterThanOrEqual(8 * 7 * 86_400_000);
    const schedules = await gateway.readSchedules(
      cohort.map((p) => p.mail),
      window,
    );
    const { series } = suggestSeries(schedules, cohort, {
      firstDate,
      sessions: 4,
      repeat: 'biweekly',
      durationMinutes: 45,
      timeZone: 'America/New_York',
      tentativeCountsAsFree: true,
    });
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      expect(s.dates).toHaveLength(4);
      expect(s.title).toMatch(/every 2 weeks/);
      expect(s.summary).toMatch(/dates?/);
      expect(`${s.summary} ${s.reasons.join(' ')}`).not.toMatch(/@/);
      expect(s.spec.pattern).toMatchObject({ type: 'weekly', interval: 2 });
      for (const d of s.dates) {
        expect(d.start).toBeGreaterThanOrEqual(window.start);
        expect(d.end).toBeLessThanOrEqual(window.end);
      }
      // Two weeks apart, on the wall clock (the same local time even across a clock change).
      expect(new Set(s.dates.map((d) => new Date(d.start).toLocaleTimeString('en-US', { timeZone: 'America/New_York' }))).size).toBe(1);
    }
  }, 30_000);

  it("places learning walks at principals' schools without booking anyone twice", async () => {
    const gateway = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coachUpn) }));
    const start = clock() + 86_400_000;
    const window = { start, end: start + 21 * 86_400_000 };
    const schedules = await gateway.readSchedules(
      cohort.map((p) => p.mail),
      window,
    );
    const plan = suggestRotation(schedules, cohort, { window, visitMinutes: 90, travelMinutes: 20, timeZone: 'America/New_York', minAttendees: 5, tentativeCountsAsFree: true });
    const schools = new Set(cohort.filter(leadsASchool).map((p) => p.officeLocation));
    expect(plan.visits.length + plan.unplaced.length).toBe(schools.size);
    expect(plan.notHosts.every((p) => !leadsASchool(p))).toBe(true);
    for (const v of plan.visits) {
      expect(v.host.officeLocation).toBe(v.schoolName);
      expect(v.attendees.length).toBeGreaterThanOrEqual(5);
    }
    const travel = 20 * 60_000;
    for (const a of plan.visits) {
      for (const b of plan.visits) {
        if (a === b || a.end + travel <= b.start || b.end + travel <= a.start) continue;
        const shared = a.attendees.filter((p) => b.attendees.includes(p));
        expect(shared).toEqual([]);
      }
    }

    // The same rotation as booking drafts: one walk per visit, at the school, its host first, the school day kept.
    const organizer = { upn: coachUpn, displayName: 'The coach' };
    const input = walkPlanInput({
      walks: plan,
      organizer,
      timeZone: 'America/New_York',
      tentativeCountsAsFree: true,
      agenda: { fields: { classrooms: ['Room 4'], focusQuestion: 'How?', lookFors: ['Talk'] } },
    });
    expect(input.tentative).toBe('free');
    const booking = planWalkBookings(input);
    expect(booking.drafts.map((d) => d.key)).toEqual(plan.visits.map((v) => walkKey(v.schoolName)));
    plan.visits.forEach((v, i) => {
      const d = booking.drafts[i]!;
      expect(d.location?.displayName).toBe(v.schoolName);
      expect(d.host?.address).toBe(v.host.mail);
      expect(d.attendees.map((a) => a.address)).toEqual([v.host.mail, ...v.attendees.filter((p) => p !== v.host).map((p) => p.mail)]);
      expect(d.attendees.map((a) => a.address)).not.toContain(coachUpn);
      expect(d.slot).toEqual({ start: v.start, end: v.end });
      expect(d.constraints?.dailyWindow?.label).toBe('school day');
    });
    // Same rotation, same plan id: booking it again finds the walks already made.
    expect(
      planWalkBookings(
        walkPlanInput({
          walks: plan,
          organizer,
          timeZone: 'America/New_York',
          tentativeCountsAsFree: true,
          agenda: { fields: { classrooms: ['Room 4'], focusQuestion: 'How?', lookFors: ['Talk'] } },
        }),
      ).planId,
    ).toBe(booking.planId);
    expect(() => walkPlanInput({ walks: { ...plan, visits: [], rotation: undefined }, organizer, timeZone: 'America/New_York', tentativeCountsAsFree: false })).toThrow(
      /^rotation: no visit was placed/,
    );
  }, 30_000);

  it("pairs principals without repeating last term's pairs, each pair free on every date of its series", async () => {
    const gateway = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coachUpn) }));
    const firstDate = DateTime.fromMillis(clock(), { zone: 'America/New_York' }).plus({ days: 2 }).toISODate()!;
    const request = { firstDate, sessions: 3, repeat: 'weekly' as const, durationMinutes: 45, timeZone: 'America/New_York', tentativeCountsAsFree: true };
    const window = recurringWindow(firstDate, 3, 'weekly', 'America/New_York');
    const schedules = await gateway.readSchedules(
      cohort.map((p) => p.mail),
      window,
    );
    const principals = cohort.filter(leadsASchool);
    const previous = [
      [principals[0]!.mail, principals[1]!.mail],
      [principals[2]!.mail, principals[3]!.mail],
    ];
    const plan = suggestPairs(schedules, cohort, request, previous);
    const paired = plan.pairs.flatMap((p) => p.members);
    expect(new Set(paired.map((p) => p.mail)).size).toBe(paired.length);
    expect(paired.length + plan.unpaired.length).toBe(principals.length);
    for (const pair of plan.pairs) {
      const mails = pair.members.map((m) => m.mail);
      for (const old of previous) expect(old.every((a) => mails.includes(a))).toBe(false);
      if (pair.time) for (const d of pair.time.dates) expect(d.unavailable).toEqual([]);
      else expect(pair.explanation).toMatch(/no series|widen/);
    }
  }, 30_000);
});
