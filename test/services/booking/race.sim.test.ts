import { describe, expect, it } from '@jest/globals';
import { planSession, type BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, type BookingReport } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

function planFor(coach: Person, people: readonly Person[], start: number): BookingPlan {
  return planSession({ kind: 'dataDig', organizer: coach, attendees: people, timeZone: 'America/New_York', slot: { start, end: start + HOUR }, agenda: { fields: { dataSet: 'Spring benchmark reading scores' } } });
}

/** Exactly one Common Time booking remains for these people at that time, in every mailbox involved. */
function expectOneBooking(w: BookingWorld, people: readonly Person[], coaches: readonly Person[], start: number, reports: readonly BookingReport[]): void {
  const statuses = reports.map((r) => r.outcomes[0]!.status).sort();
  expect(statuses).toEqual(['conflict', 'created']);
  for (const p of people) expect(w.eventsAt(p.address, start, start + HOUR)).toHaveLength(1);
  expect(coaches.map((c) => w.eventsAt(c.address, start, start + HOUR).length).sort()).toEqual([0, 1]);
}

describe('two coaches racing for the same people and time', () => {
  it('when both creates land, the later one is withdrawn by its own organizer and told who took the time', async () => {
    const w = world();
    const [a, b] = w.coaches;
    const people = w.principals.slice(0, 3);
    const start = eastern(8, 1, '10:00');
    // The first create to arrive is held back with a 429: both coaches have passed their last look by then,
    // so both events get created and the race must be settled afterwards.
    w.sim.faults.throttleNext(1, 0.3, (t) => t.method === 'POST' && /events$/.test(t.route));
    const reports = await Promise.all([bookPlan(w.gateway(a!.address), planFor(a!, people, start)), bookPlan(w.gateway(b!.address), planFor(b!, people, start))]);
    expect(w.sim.faults.fired.throttled).toBe(1);
    expectOneBooking(w, people, [a!, b!], start, reports);
    const lost = reports.map((r) => r.outcomes[0]!).find((o) => o.status === 'conflict')!;
    if (lost.status !== 'conflict') throw new Error('no conflict');
    expect(lost.who.map((p) => [p.address, p.reason])).toEqual(people.map((p) => [p.address, 'booked']));
    expect(lost.message).toMatch(/booked by another coach a moment earlier .* was withdrawn and nothing of it stays booked/);
    expect(lost.nextBest).toBeDefined();
    expect(lost.nextBest!.start).toBeGreaterThanOrEqual(start + HOUR);
    // The withdrawn booking left only cancelled copies behind, which take no time.
    for (const p of people) expect(w.cancelledAt(p.address, start, start + HOUR).map((e) => e.showAs)).toEqual(['free']);
  });

  it('when one booking lands first, the other coach’s last look finds it and nothing is created', async () => {
    const w = world();
    const [a, b] = w.coaches;
    const people = w.principals.slice(3, 6);
    const start = eastern(8, 2, '10:00');
    const first = await bookPlan(w.gateway(a!.address), planFor(a!, people, start));
    const second = await bookPlan(w.gateway(b!.address), planFor(b!, people, start));
    expectOneBooking(w, people, [a!, b!], start, [first, second]);
    const lost = second.outcomes[0]!;
    // Unanswered invitations show as tentative, which takes the time by default.
    expect(lost.status === 'conflict' && lost.who.map((p) => p.reason)).toEqual(['tentative', 'tentative', 'tentative']);
    expect(lost.status === 'conflict' && lost.message).toMatch(/now tentatively booked .* was not booked/);
  });

  it('however the requests interleave, one booking and one conflict remain', async () => {
    const w = world();
    const [a, b] = w.coaches;
    for (let round = 0; round < 4; round++) {
      const people = w.principals.slice(6 + 3 * round, 9 + 3 * round);
      const start = eastern(9, round, '11:00');
      const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const reports = await Promise.all([
        bookPlan(w.gateway(a!.address), planFor(a!, people, start)),
        delay(round * 3).then(() => bookPlan(w.gateway(b!.address), planFor(b!, people, start))),
      ]);
      expectOneBooking(w, people, [a!, b!], start, reports);
    }
  });
});
