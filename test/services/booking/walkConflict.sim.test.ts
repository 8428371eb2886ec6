/**
 * When a walk's time is taken, what the rotation is offered instead, over HTTP against the demo tenant: a
 * next best time that keeps clear of the rotation's other walks (whose visitors are not invited yet, so
 * their calendars do not show them), never a time without the host, and booking the walk there with the
 * rotation's plan id books it alone, the other walk found already booked.
 */
import { describe, expect, it } from '@jest/globals';
import { planWalks, type BookingPlan, type WalkPlanInput } from '../../../src/core/booking/index.js';
import { bookPlan, type DraftOutcome } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld, visitAt, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

/** Two walks on one Tuesday: Ana hosts at 9, Ben at 11; Chen and Dee visit both. */
function rotation(w: BookingWorld, first: number): { input: WalkPlanInput; people: Person[] } {
  const [ana, ben, chen, dee] = w.principals.slice(4, 8) as [Person, Person, Person, Person];
  const visits = [visitAt(ana, [chen, dee], w.schoolOf(ana.address).id, first), visitAt(ben, [chen, dee], w.schoolOf(ben.address).id, first + 2 * HOUR)];
  const input: WalkPlanInput = {
    organizer: w.coaches[1]!,
    timeZone: 'America/New_York',
    rotation: { visits, unplaced: [], complete: true, searchNodes: 1 },
    people: Object.fromEntries([ana, ben, chen, dee].map((p) => [p.address, p])),
    schools: Object.fromEntries(
      [ana, ben].map((p) => {
        const s = w.schoolOf(p.address);
        return [s.id, s];
      }),
    ),
    agenda: { fields: { lookFors: ['Student talk'] } },
  };
  return { input, people: [ana, ben, chen, dee] };
}

async function takeTime(w: BookingWorld, who: Person, start: number, end: number): Promise<void> {
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
  const response = await fetch(`${w.sim.graphUrl}/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await w.sim.tokenFor(who.address)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'Fire marshal inspection', start: at(start), end: at(end), showAs: 'busy' }),
  });
  expect(response.status).toBe(201);
}

describe('a walk whose time was taken', () => {
  it('is offered a next best time clear of the other walk, never a time without its host, and books there alone', async () => {
    const w = world();
    const nine = eastern(10, 1, '09:00');
    const { input, people } = rotation(w, nine);
    const [ana, ben] = people as [Person, Person];
    await takeTime(w, ana, nine, nine + 2 * HOUR);
    const gateway = w.gateway(input.organizer.address);
    const plan: BookingPlan = planWalks(input);
    const report = await bookPlan(gateway, plan, { hostFirst: true });
    const [first, second] = report.outcomes as [DraftOutcome, DraftOutcome];
    expect(second.status).toBe('created');
    expect(first.status).toBe('conflict');
    if (first.status !== 'conflict') return;
    // Chen and Dee are at Ben's walk from 11 to 1 (not yet on their calendars): the next best time starts after it.
    expect(first.nextBest).toBeDefined();
    expect(first.nextBest!.start).toBeGreaterThanOrEqual(nine + 4 * HOUR);
    // The best partial time is never one without the host.
    expect(first.bestPartial?.missing.map((m) => m.address.toLowerCase()) ?? []).not.toContain(ana.address.toLowerCase());
    expect(first.message).not.toContain(`without ${ana.name}`);

    // Booked again with the walk at that time and the rotation's plan id: only it is created.
    const moved = { ...input.rotation.visits[0]!, start: first.nextBest!.start, end: first.nextBest!.end };
    const again = await bookPlan(gateway, planWalks({ ...input, planId: plan.planId, rotation: { ...input.rotation, visits: [moved, input.rotation.visits[1]!] } }), {
      hostFirst: true,
    });
    expect(again.outcomes.map((o) => o.status)).toEqual(['created', 'alreadyExisted']);
    expect(w.eventsAt(input.organizer.address, first.nextBest!.start, first.nextBest!.end).map((e) => e.location?.displayName)).toEqual([w.schoolOf(ana.address).name]);
    expect(w.eventsAt(ben.address, nine + 2 * HOUR, nine + 4 * HOUR)).toHaveLength(1);
  }, 60_000);
});
