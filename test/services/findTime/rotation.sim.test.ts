/**
 * A learning-walk rotation as a coach leaves the form (12 elementary principals, two weeks from tomorrow,
 * 2 hours, 20 minutes between schools, "At least" empty), over real HTTP against the demo tenant on a fixed
 * day with the district's calendar and the app's notice rules: visits are placed, the relaxing is said in
 * words, every visit keeps the notice, the closures and the school day, and schools that cannot be placed
 * for one cause are told once.
 */
import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { demoDistrictCalendar, type DistrictCalendar } from '../../../src/core/district/index.js';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import { createGraphGateway, createGraphReads } from '../../../src/graph/index.js';
import { createFindTimeService, type FindRotationRequest, type FindTimeService } from '../../../src/services/findTime/index.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import type { SimUser } from '../../../src/sim/state.js';
import { testClock } from '../../support/testClock.js';
import { useSimWorld } from '../../support/useSimWorld.js';

const ZONE = 'America/New_York';
// A Monday in term: the two weeks after it hold school days only (no holiday), as most fortnights do.
const TODAY = '2026-11-30T10:00';

interface World {
  readonly sim: SimHandle;
  readonly service: FindTimeService;
  readonly cohort: DirectoryPerson[];
  readonly calendar: DistrictCalendar;
  readonly now: () => number;
}

const world = useSimWorld(async (): Promise<World> => {
  const now = testClock(TODAY);
  const sim = await startSim({ port: 0, seed: 'demo', now });
  const coach = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  const reads = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach) }));
  const calendar = demoDistrictCalendar('2026-08-01', '2027-07-31');
  const service = createFindTimeService(reads, undefined, { now, districtCalendar: calendar });
  const elementary = sim.state.groups.find((g) => g.displayName === 'Elementary Principals Cohort')!;
  return { sim, service, cohort: await reads.listGroupMembers(elementary.id), calendar, now };
});

/** The form's defaults for a learning walk: tomorrow through two weeks on, 2 hours, 20 minutes' drive. */
function defaults(): FindRotationRequest {
  const tomorrow = DateTime.fromMillis(world().now(), { zone: ZONE }).startOf('day').plus({ days: 1 });
  return {
    cohort: world().cohort,
    window: { start: tomorrow.toMillis(), end: tomorrow.plus({ days: 14 }).toMillis() },
    visitMinutes: 120,
    travelMinutes: 20,
    timeZone: ZONE,
    tentativeCountsAsFree: false,
  };
}

const principals = (): SimUser[] => world().sim.state.users.filter((u) => u.role === 'principal' && world().cohort.some((p) => p.mail === u.mail));

describe('findRotation with the defaults', () => {
  it('places every visit by asking for fewer at each walk, and says so in words', async () => {
    const found = await world().service.findRotation(defaults());
    const { result } = found;
    expect(found.cohort).toHaveLength(13);
    expect(result.notHosts.map((p) => p.displayName)).toHaveLength(1);
    // With all 12 required, no walk fits (the 0 of 12); with the defaults every school hosts one.
    expect(result.visits).toHaveLength(12);
    expect(result.unplaced).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.minAttendees).toBeLessThan(12);
    expect(result.relaxed).toMatch(/^All 12 are never free together for a walk in these dates, so each walk asks for at least \d+ of the 12 \(the host and \d+ visitors\)/);
    expect(result.relaxed).toContain('set "At least this many free"');
    for (const v of result.visits) expect(v.attendees.length).toBeGreaterThanOrEqual(result.minAttendees!);
  }, 60_000);

  it('keeps two school days of notice, the district calendar and the hours classes are in session', async () => {
    const { result } = await world().service.findRotation(defaults());
    // Monday the 30th: Tuesday and Wednesday are the host's to prepare, so walks start Thursday.
    expect(result.notes).toEqual(['Suggestions start Thursday, December 3, so people can prepare (not within the next 2 school days).']);
    const earliest = DateTime.fromISO('2026-12-03T00:00', { zone: ZONE }).toMillis();
    for (const v of result.visits) {
      expect(v.start).toBeGreaterThanOrEqual(earliest);
      const local = DateTime.fromMillis(v.start, { zone: v.timeZone });
      const end = DateTime.fromMillis(v.end, { zone: v.timeZone });
      // Elementary classes run 08:00 to 14:45 in the demo district (working hours 07:30 to 16:00).
      expect(local.toFormat('HH:mm') >= '08:00').toBe(true);
      expect(end.toFormat('HH:mm') <= '14:45').toBe(true);
      expect(local.weekday).toBeLessThanOrEqual(5);
      expect(world().calendar.closures.some((c) => c.first <= local.toISODate()! && local.toISODate()! <= c.last)).toBe(false);
      expect(v.travel).toBe('Visitors travel 20 minutes each way');
    }
  }, 60_000);

  it('keeps what the coach set: with all 12 required nothing is relaxed, and the 12 schools are told once', async () => {
    const { result } = await world().service.findRotation({ ...defaults(), minAttendees: 12 });
    expect(result.relaxed).toBeUndefined();
    expect(result.visits).toHaveLength(0);
    expect(result.unplaced).toHaveLength(12);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^12 schools \(.+\): no school-day time in these dates when all 12 are free for 2 hours, travel included\.$/);
  }, 60_000);

  it('groups the schools whose host is away all fortnight into one warning, and places the rest', async () => {
    const away = principals().slice(0, 4);
    const made: { user: SimUser; id: string }[] = [];
    const { window } = defaults();
    try {
      for (const user of away) {
        const response = await fetch(`${world().sim.graphUrl}/me/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await world().sim.tokenFor(user.userPrincipalName)}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            subject: 'Out of office: leadership academy',
            start: { dateTime: new Date(window.start).toISOString().slice(0, 19), timeZone: 'UTC' },
            end: { dateTime: new Date(window.end).toISOString().slice(0, 19), timeZone: 'UTC' },
            showAs: 'oof',
          }),
        });
        expect(response.status).toBe(201);
        made.push({ user, id: ((await response.json()) as { id: string }).id });
      }
      const { result } = await world().service.findRotation(defaults());
      const schools = away.map((u) => u.officeLocation!).sort();
      expect(result.unplaced.map((u) => u.schoolName).sort()).toEqual(schools);
      expect(result.unplaced.every((u) => u.cause === 'hostNeverFree')).toBe(true);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/^4 schools \(.+\): no school-day time in these dates when the host is free for 2 hours\.$/);
      for (const school of schools) expect(result.warnings[0]).toContain(school);
      expect(result.visits).toHaveLength(8);
      expect(result.relaxed).toMatch(/8 of 12 visits fit/);
    } finally {
      for (const { user, id } of made) {
        await fetch(`${world().sim.graphUrl}/me/events/${encodeURIComponent(id)}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${await world().sim.tokenFor(user.userPrincipalName)}` },
        });
      }
    }
  }, 60_000);

  it('keeps a closure only the district calendar knows (no one has it on their calendar)', async () => {
    const reads = createGraphReads(
      createGraphGateway({ baseUrl: world().sim.graphUrl, getToken: () => world().sim.tokenFor(world().sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName) }),
    );
    const closed = { ...world().calendar, closures: [...world().calendar.closures, { name: 'Professional development days', first: '2026-12-07', last: '2026-12-11' }] };
    const service = createFindTimeService(reads, undefined, { now: world().now, districtCalendar: closed });
    const { result } = await service.findRotation(defaults());
    expect(result.visits.length).toBeGreaterThan(0);
    const days = result.visits.map((v) => DateTime.fromMillis(v.start, { zone: v.timeZone }).toISODate()!);
    expect(days.filter((d) => d >= '2026-12-07' && d <= '2026-12-11')).toEqual([]);
    // The closure travels with each school's day, so a next best time after a conflict keeps it too.
    for (const school of Object.values(result.rotation!.schools))
      expect(school.constraints.blackouts).toContainEqual(expect.objectContaining({ date: '2026-12-07', through: '2026-12-11' }));
  }, 60_000);

  it('reads nothing when the dates are all inside the notice, and says which dates to choose', async () => {
    const tomorrow = DateTime.fromMillis(world().now(), { zone: ZONE }).startOf('day').plus({ days: 1 });
    const { result } = await world().service.findRotation({ ...defaults(), window: { start: tomorrow.toMillis(), end: tomorrow.plus({ days: 1 }).toMillis() } });
    expect(result.visits).toEqual([]);
    expect(world().sim.stats.httpRequests).toBe(0);
    expect(result.notes).toEqual(['These dates are too soon: people need notice to prepare (not within the next 2 school days). Choose dates from Thursday, December 3 on.']);
  }, 60_000);
});
