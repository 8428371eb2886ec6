/**
 * Two coaches booking the same principals at the same time, over real HTTP. The race check reads only
 * what a coach may read in a real tenant: the principals' free/busy (no principal in the demo district
 * shares their calendar with these coaches). See src/core/booking/race.ts for what it promises.
 * The interleavings are forced with gates on the coaches' own gateways, not with timers.
 */
import { describe, expect, it } from '@jest/globals';
import { planSession, type BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, type BookingReport } from '../../../src/services/booking/index.js';
import type { GraphGateway } from '../../../src/graph/index.js';
import { roleOf } from '../../../src/sim/calendar/sharing.js';
import { findUser } from '../../../src/sim/state.js';
import { eastern, HOUR, useBookingWorld, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

function planFor(coach: Person, people: readonly Person[], start: number): BookingPlan {
  return planSession({
    kind: 'dataDig',
    organizer: coach,
    attendees: people,
    timeZone: 'America/New_York',
    slot: { start, end: start + HOUR },
    agenda: { fields: { dataSet: 'Spring benchmark reading scores' } },
  });
}

/** A promise and the function that settles it: a gate one booking waits at until the other passes a point. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * The coach's gateway with hooks around its own calls: `beforeCreate` runs before the create goes out,
 * `beforeLook(n)` before the n-th getSchedule (1: the look before the create, 2: the race check) and
 * `afterLook(n)` once it returned.
 */
function gated(g: GraphGateway, hooks: { beforeCreate?: () => Promise<void>; beforeLook?: (n: number) => Promise<void>; afterLook?: (n: number) => void }): GraphGateway {
  let looks = 0;
  return Object.assign(Object.create(g) as GraphGateway, {
    createEvent: async (...args: Parameters<GraphGateway['createEvent']>) => {
      await hooks.beforeCreate?.();
      return g.createEvent(...args);
    },
    getSchedules: async (...args: Parameters<GraphGateway['getSchedules']>) => {
      const n = ++looks;
      await hooks.beforeLook?.(n);
      const result = await g.getSchedules(...args);
      hooks.afterLook?.(n);
      return result;
    },
  });
}

/** What each mailbox holds agrees with the reports: a 'created' booking is there, a withdrawn one is not. */
function expectReportsMatchMailboxes(w: BookingWorld, people: readonly Person[], coaches: readonly Person[], start: number, reports: readonly BookingReport[]): void {
  coaches.forEach((coach, i) => {
    const status = reports[i]!.outcomes[0]!.status;
    expect(w.eventsAt(coach.address, start, start + HOUR)).toHaveLength(status === 'created' ? 1 : 0);
  });
  const kept = reports.filter((r) => r.outcomes[0]!.status === 'created').length;
  for (const p of people) expect(w.eventsAt(p.address, start, start + HOUR)).toHaveLength(kept);
}

describe('two coaches racing for the same people and time', () => {
  it('the coaches cannot read the principals’ calendars: the check works on free/busy alone', async () => {
    const w = world();
    const [a, b] = w.coaches;
    for (const coach of [a!, b!]) {
      for (const p of w.principals.slice(0, 9)) {
        expect(roleOf(w.sim.state, findUser(w.sim.state, p.address)!.id, findUser(w.sim.state, coach.address)!.id)).toBe('freeBusyRead');
      }
    }
    const denied = await w
      .gateway(a!.address)
      .calendarView(w.principals[0]!.address, new Date(eastern(8, 1, '08:00')).toISOString(), new Date(eastern(8, 1, '17:00')).toISOString())
      .collect()
      .catch((e: unknown) => e);
    expect(denied).toMatchObject({ kind: 'forbidden', code: 'ErrorAccessDenied' });
  });

  it('when the first booking’s check runs before the second’s create, the first stays and the second is withdrawn, told who took the time', async () => {
    const w = world();
    const [a, b] = w.coaches;
    const people = w.principals.slice(0, 3);
    const start = eastern(8, 1, '10:00');
    // Both look before either creates; A creates and checks; only then does B create and check.
    const bLooked = gate();
    const aDone = gate();
    const ga = gated(w.gateway(a!.address), { beforeCreate: () => bLooked.opened });
    const gb = gated(w.gateway(b!.address), { afterLook: (n) => n === 1 && bLooked.open(), beforeCreate: () => aDone.opened });
    const first = bookPlan(ga, planFor(a!, people, start)).finally(() => aDone.open());
    const reports = await Promise.all([first, bookPlan(gb, planFor(b!, people, start))]);
    expect(reports.map((r) => r.outcomes[0]!.status)).toEqual(['created', 'conflict']);
    expectReportsMatchMailboxes(w, people, [a!, b!], start, reports);
    const lost = reports[1]!.outcomes[0]!;
    if (lost.status !== 'conflict') throw new Error('no conflict');
    expect(lost.who.map((p) => [p.address, p.reason])).toEqual(people.map((p) => [p.address, 'booked']));
    expect(lost.message).toMatch(/booked at the same moment by another booking .* was withdrawn and nothing of it stays booked/);
    expect(lost.nextBest).toBeDefined();
    expect(lost.nextBest!.start).toBeGreaterThanOrEqual(start + HOUR);
    // The withdrawn booking left only cancelled copies behind, which take no time.
    for (const p of people) expect(w.cancelledAt(p.address, start, start + HOUR).map((e) => e.showAs)).toEqual(['free']);
  });

  it('when both creates land before either check, both withdraw: nobody is double-booked, and both coaches are told', async () => {
    const w = world();
    const [a, b] = w.coaches;
    const people = w.principals.slice(3, 6);
    const start = eastern(8, 3, '10:00');
    const created = { a: gate(), b: gate() };
    const both = Promise.all([created.a.opened, created.b.opened]).then(() => undefined);
    // The second look (the race check) of each waits until both creates are in.
    const ga = gated(w.gateway(a!.address), { beforeLook: (n) => (n === 2 ? both : Promise.resolve()) });
    const gb = gated(w.gateway(b!.address), { beforeLook: (n) => (n === 2 ? both : Promise.resolve()) });
    const wrapCreate = (g: GraphGateway, done: () => void): GraphGateway =>
      Object.assign(Object.create(g) as GraphGateway, {
        createEvent: async (...args: Parameters<GraphGateway['createEvent']>) => {
          try {
            return await g.createEvent(...args);
          } finally {
            done();
          }
        },
      });
    const reports = await Promise.all([bookPlan(wrapCreate(ga, created.a.open), planFor(a!, people, start)), bookPlan(wrapCreate(gb, created.b.open), planFor(b!, people, start))]);
    expect(reports.map((r) => r.outcomes[0]!.status)).toEqual(['conflict', 'conflict']);
    expectReportsMatchMailboxes(w, people, [a!, b!], start, reports);
    for (const r of reports) expect(r.outcomes[0]!.status === 'conflict' && r.outcomes[0]!.message).toMatch(/was withdrawn and nothing of it stays booked/);
  });

  it('when one booking lands first, the other coach’s last look finds it and nothing is created', async () => {
    const w = world();
    const [a, b] = w.coaches;
    const people = w.principals.slice(6, 9);
    const start = eastern(8, 2, '10:00');
    const first = await bookPlan(w.gateway(a!.address), planFor(a!, people, start));
    const second = await bookPlan(w.gateway(b!.address), planFor(b!, people, start));
    expect([first, second].map((r) => r.outcomes[0]!.status)).toEqual(['created', 'conflict']);
    expectReportsMatchMailboxes(w, people, [a!, b!], start, [first, second]);
    const lost = second.outcomes[0]!;
    // Unanswered invitations show as tentative, which takes the time by default.
    expect(lost.status === 'conflict' && lost.who.map((p) => p.reason)).toEqual(['tentative', 'tentative', 'tentative']);
    expect(lost.status === 'conflict' && lost.message).toMatch(/now tentatively booked .* was not booked/);
  });

  it('when the race check cannot look, the booking stays and its outcome says who could not be checked', async () => {
    const w = world();
    const [a] = w.coaches;
    const people = w.principals.slice(21, 23);
    const start = eastern(10, 1, '10:00');
    const g = gated(w.gateway(a!.address), { beforeLook: (n) => (n === 2 ? Promise.reject(new Error('network down')) : Promise.resolve()) });
    const report = await bookPlan(g, planFor(a!, people, start));
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('created');
    expectReportsMatchMailboxes(w, people, [a!], start, [report]);
    expect(outcome.status === 'created' && outcome.notice).toBe(
      `"${outcome.subject}" is booked. Free/busy of ${people.map((p) => p.name).join(' and ')} could not be read right after booking, so Common Time could not check that no other booking took the same time for any of them; their answers will show it.`,
    );
  });

  it('however the requests interleave, nobody is booked twice and every report says what the mailboxes hold', async () => {
    const w = world();
    const [a, b] = w.coaches;
    for (let round = 0; round < 4; round++) {
      const people = w.principals.slice(9 + 3 * round, 12 + 3 * round);
      const start = eastern(9, round, '11:00');
      const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const reports = await Promise.all([
        bookPlan(w.gateway(a!.address), planFor(a!, people, start)),
        delay(round * 3).then(() => bookPlan(w.gateway(b!.address), planFor(b!, people, start))),
      ]);
      const statuses = reports.map((r) => r.outcomes[0]!.status);
      expect(statuses.every((s) => s === 'created' || s === 'conflict')).toBe(true);
      expect(statuses.filter((s) => s === 'created').length).toBeLessThanOrEqual(1);
      expectReportsMatchMailboxes(w, people, [a!, b!], start, reports);
    }
  });
});
