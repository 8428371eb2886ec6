/**
 * Pairs grounded in who supervises whom, over HTTP against the demo tenant: managers and the district's
 * evaluators from Graph, experience from employeeHireDate, every coach's pairs from the shared peer-coaching
 * calendar. "Today" is fixed, so the test passes on any date.
 */
import { describe, expect, it } from '@jest/globals';
import { buildAvailability } from '../../../src/core/availability/build.js';
import { planPairs } from '../../../src/core/booking/index.js';
import { findGroupTimes } from '../../../src/core/planning/index.js';
import { createGraphGateway, type GraphGateway } from '../../../src/graph/index.js';
import { bookPlan } from '../../../src/services/booking/bookPlan.js';
import { checkDistrictSettings, type DistrictSettings } from '../../../src/services/relations/districtSettings.js';
import { suggestPairs } from '../../../src/services/relations/pairCohort.js';
import { calendarOf } from '../../../src/sim/calendar/model.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import { findUser } from '../../../src/sim/state.js';
import { useSimWorld } from '../../support/useSimWorld.js';

const NOW = Date.parse('2026-10-13T14:00:00Z');
const NY = 'America/New_York';

interface World {
  sim: SimHandle;
  district: DistrictSettings;
  gateway(upn: string): GraphGateway;
  coaches: { upn: string; name: string }[];
}

const world = useSimWorld(async (): Promise<World> => {
  let last = 0;
  const sim = await startSim({ port: 0, seed: 'demo', now: () => (last = Math.max(NOW, last + 1)) });
  const district = checkDistrictSettings(await (await fetch(`${sim.url}/demo/district`)).json());
  const people = ((await (await fetch(`${sim.url}/demo/people`)).json()) as { value: { upn: string; name: string; role: string }[] }).value;
  return {
    sim,
    district,
    gateway: (upn) => createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(upn) }),
    coaches: people.filter((p) => p.role === 'coach'),
  };
});

async function groupMembers(gateway: GraphGateway, nickname: string): Promise<{ address: string; name: string }[]> {
  return (await cohortGroup(gateway, nickname)).cohort;
}

/** A cohort group as the app reads it: its members, and its owners (who run it). */
async function cohortGroup(gateway: GraphGateway, nickname: string): Promise<{ cohort: { address: string; name: string }[]; runBy: string[] }> {
  const group = (await gateway.listGroups({ select: ['id', 'displayName', 'mailNickname'] })).find((g) => g.mailNickname === nickname)!;
  const cohort = (await gateway.listGroupMembers(group.id!)).map((u) => ({ address: u.mail!, name: u.displayName! }));
  return { cohort, runBy: (await gateway.listGroupOwners(group.id!)).map((o) => o.address) };
}

const managerOf = (address: string): string | undefined => {
  const user = findUser(world().sim.state, address)!;
  return world().sim.state.users.find((u) => u.id === user.managerId)?.mail;
};

describe('pairs from the supervision relation', () => {
  it('never pairs a principal with their supervisor, who is in the cohort, and says why the supervisor is not paired', async () => {
    const { district, coaches } = world();
    const arranger = coaches[0]!;
    const gateway = world().gateway(arranger.upn);
    const cohort = await groupMembers(gateway, 'secondary-cohort');
    const supervisor = cohort.find((m) => cohort.some((p) => managerOf(p.address) === m.address))!;
    expect(supervisor).toBeDefined();
    const result = await suggestPairs(gateway, { cohort, arrangedBy: arranger.upn, district, asOfMs: NOW });
    expect(result.notPeers).toEqual([
      {
        address: supervisor.address,
        reason: expect.stringMatching(new RegExp(`^${supervisor.name} supervises or evaluates .+ in this cohort, so is nobody's peer partner here\\.$`)),
      },
    ]);
    expect(result.input.relationsRead).toBe(true);
    const plan = result.plan!;
    expect(plan.groups.length).toBeGreaterThanOrEqual(5);
    for (const group of plan.groups) {
      expect(group.members).not.toContain(supervisor.address.toLowerCase());
      for (const a of group.members) for (const b of group.members) expect(managerOf(a)).not.toBe(b);
      expect(group.explanation).toContain('neither supervises or evaluates the other');
    }
    // Newer principals (first or second year, from employeeHireDate) each go with an experienced one.
    const newer = [...result.experience.values()].filter((e) => e.stage !== 'experienced').map((e) => e.address);
    expect(newer.length).toBeGreaterThan(0);
    for (const group of plan.groups.filter((g) => g.members.some((m) => newer.includes(m)))) {
      expect(group.members.some((m) => result.experience.get(m)?.stage === 'experienced')).toBe(true);
      expect(group.explanation).toMatch(/\((first|second) year\)/);
    }
  });

  it('keeps an evaluator named by the district out of the pairs of the principals they evaluate', async () => {
    const { district, coaches } = world();
    const gateway = world().gateway(coaches[0]!.upn);
    const evaluator = district.evaluators[0]!;
    const evaluatorName = findUser(world().sim.state, evaluator.evaluator)!.displayName;
    const cohort = [evaluator.evaluator, ...evaluator.principals].map((a) => ({ address: a, name: findUser(world().sim.state, a)!.displayName }));
    const result = await suggestPairs(gateway, { cohort, arrangedBy: coaches[0]!.upn, district, asOfMs: NOW });
    expect(result.notPeers.map((n) => n.reason)).toEqual([expect.stringContaining(`${evaluatorName} supervises or evaluates`)]);
    expect(result.plan!.groups.flatMap((g) => g.members)).not.toContain(evaluator.evaluator.toLowerCase());
  });

  it('says that the New Principals Network is paired newer with newer, and why', async () => {
    const { district, coaches } = world();
    const arranger = coaches.find((c) => c.upn.startsWith('tanya'))!;
    const gateway = world().gateway(arranger.upn);
    const cohort = await groupMembers(gateway, 'new-principals');
    const result = await suggestPairs(gateway, { cohort, arrangedBy: arranger.upn, district, asOfMs: NOW });
    expect(result.plan!.groups).toHaveLength(3);
    expect(result.plan!.notices).toEqual([
      expect.stringMatching(/^Everyone in this cohort is newer \(first or second year as principal\), so 3 groups put newer principals together/),
    ]);
  });
});

describe("every coach's pairs, from the shared peer-coaching calendar", () => {
  it("books pairs in the shared calendar titled with the partners' names, keeps them for any coach's re-run, and never repeats an ended pair", async () => {
    const { district, coaches, sim } = world();
    const [first, , second] = [coaches[0]!, coaches[1]!, coaches[2]!];
    const gatewayA = world().gateway(first.upn);
    const cohort = await groupMembers(gatewayA, 'elementary-cohort');
    const before = await suggestPairs(gatewayA, { cohort, arrangedBy: first.upn, district, asOfMs: NOW });
    const toBook = before.plan!.groups.slice(0, 2);

    // Book two pairs' series in the shared calendar, after school so nothing seeded is in the way.
    const window = { start: Date.parse('2026-10-19T04:00:00Z'), end: Date.parse('2026-12-31T05:00:00Z') };
    const ids = toBook.flatMap((g) => g.members);
    const times = findGroupTimes(
      toBook.map((g) => ({ members: g.members })),
      buildAvailability(
        ids.map((id) => ({ id, items: [] })),
        window,
      ),
      {
        cadence: { type: 'weekly', interval: 2 },
        timeZone: NY,
        firstDate: '2026-10-20',
        count: 4,
        durationMinutes: 45,
        earliestStart: '16:30',
        latestEnd: '17:15',
        max: 1,
      },
    );
    const people = Object.fromEntries(cohort.map((m) => [m.address.toLowerCase(), { address: m.address, name: m.name }]));
    const calendar = district.coachingCalendar!;
    const plan = planPairs({
      organizer: { address: calendar, name: 'Peer Coaching Calendar' },
      organizerMailbox: calendar,
      timeZone: NY,
      groups: times,
      people,
      agenda: { fields: { goal: 'Feedback to teachers' } },
    });
    const report = await bookPlan(gatewayA, plan);
    expect(report.complete).toBe(true);
    const names = toBook.map((g) => g.members.map((m) => people[m]!.name));
    const stored = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, calendar)!.id).events).filter((e) => e.subject.startsWith('Peer coaching'));
    expect(stored.map((e) => e.subject).sort()).toEqual(names.map((n) => `Peer coaching: ${n[0]} and ${n[1]}`).sort());
    // The arranging coach is not an attendee, so their calendar is not filled with every pair's meetings.
    const coachEvents = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, first.upn)!.id).events);
    expect(coachEvents.filter((e) => e.subject.startsWith('Peer coaching:'))).toEqual([]);

    // An ended pair from last term, organized by the shared calendar.
    const [x, y] = before.plan!.groups[2]!.members;
    await gatewayA.createEvent(
      calendar,
      {
        subject: 'Peer coaching (spring)',
        start: { dateTime: '2026-03-03T16:30:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2026-03-03T17:15:00', timeZone: 'Eastern Standard Time' },
        recurrence: {
          pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
          range: { type: 'endDate', startDate: '2026-03-03', endDate: '2026-05-26' },
        },
        attendees: [x!, y!].map((a) => ({ type: 'required', emailAddress: { address: a } })),
      },
      { tag: { kind: 'peerCoaching', planId: 'spring-2026' } },
    );

    // Another coach, later: the booked pairs are shown as booked and kept; the ended pair is not repeated;
    // the coach who runs the group (its owner) is not paired as if a principal.
    const gatewayB = world().gateway(second.upn);
    const { runBy } = await cohortGroup(gatewayB, 'elementary-cohort');
    expect(runBy).toEqual([first.upn]);
    for (let run = 0; run < 2; run++) {
      const again = await suggestPairs(gatewayB, { cohort, runBy, arrangedBy: second.upn, district, asOfMs: NOW + run * 86_400_000 });
      expect(again.notPeers).toEqual([{ address: first.upn, reason: `${first.name} runs this cohort (an owner of its group), so arranges its pairs rather than joining one.` }]);
      expect(again.booked.map((b) => b.members.map((m) => m.address.toLowerCase()).sort()).sort()).toEqual(toBook.map((g) => [...g.members].sort()).sort());
      const stillToPair = again.input.cohort.map((p) => p.id);
      for (const m of toBook.flatMap((g) => g.members)) expect(stillToPair).not.toContain(m);
      expect(again.input.previousGroups).toEqual([[x, y]]);
      for (const g of again.plan!.groups) expect([...g.members].sort()).not.toEqual([x, y].sort());
      expect(again.warnings).toEqual([]);
    }
  });
});
