import { describe, expect, it } from '@jest/globals';
import { planSession, type BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, type BookingReport } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const BOOKINGS = 200;

async function inPool<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i]!);
      }
    }),
  );
  return out;
}

describe('booking under injected faults', () => {
  it(`${BOOKINGS} bookings through 429s, 503s and creates that commit and then lose their answer make exactly one event per slot in every mailbox`, async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const principals = w.principals;
    const pairsPerSlot = Math.floor(principals.length / 2);
    const plans: BookingPlan[] = Array.from({ length: BOOKINGS }, (_, k) => {
      const group = Math.floor(k / pairsPerSlot);
      const pair = k % pairsPerSlot;
      const start = eastern(10 + Math.floor(group / 5), group % 5, '10:00');
      return planSession({
        kind: 'peerCoaching',
        organizer: coach,
        // The coach books ten pairs at the same hour for them to meet without her: her calendar is not checked.
        organizerAttends: false,
        attendees: [principals[2 * pair]!, principals[2 * pair + 1]!],
        timeZone: 'America/New_York',
        slot: { start, end: start + HOUR },
        agenda: { fields: { goal: `Goal for booking ${k}` } },
      });
    });
    let creates = 0;
    w.sim.faults.set({
      throttle: { rate: 0.1, retryAfterSeconds: 0.01 },
      unavailable: { rate: 0.05, retryAfterSeconds: 0.01 },
      // Every fifth create commits and then drops the connection: 20% of creates.
      commitThenDrop: { next: 10_000, match: (t) => t.method === 'POST' && /events$/.test(t.route) && creates++ % 5 === 0 },
      concurrencyRetryAfterSeconds: 0.01,
      seed: 7,
    });
    const gateway = w.gateway(coach.address, { retry: { baseDelayMs: 10, maxRetries: 8 } });
    const reports: BookingReport[] = await inPool(plans, 4, (plan) => bookPlan(gateway, plan));
    const fired = { ...w.sim.faults.fired };
    w.sim.faults.clear();

    expect(reports.map((r) => r.outcomes[0]!.status).filter((s) => s !== 'created')).toEqual([]);
    expect(fired.dropped).toBeGreaterThanOrEqual(BOOKINGS / 5);
    expect(fired.throttled).toBeGreaterThan(20);
    expect(fired.unavailable).toBeGreaterThan(10);

    const byTransaction = new Map<string, number>();
    for (const e of w.allEvents(coach.address)) if (e.transactionId) byTransaction.set(e.transactionId, (byTransaction.get(e.transactionId) ?? 0) + 1);
    for (const plan of plans) {
      const draft = plan.drafts[0]!;
      expect(byTransaction.get(draft.transactionId)).toBe(1);
      for (const p of draft.attendees) expect(w.eventsAt(p.address, draft.slot.start, draft.slot.end).map((e) => e.subject)).toEqual(['Peer-coaching session']);
    }
    const slots = new Set(plans.map((p) => p.drafts[0]!.slot.start));
    for (const start of slots) expect(w.eventsAt(coach.address, start, start + HOUR)).toHaveLength(plans.filter((p) => p.drafts[0]!.slot.start === start).length);

    // Running every plan again, with the faults back on, changes nothing.
    w.sim.faults.set({ throttle: { rate: 0.1, retryAfterSeconds: 0.01 }, concurrencyRetryAfterSeconds: 0.01 });
    const again = await inPool(plans, 4, (plan) => bookPlan(gateway, plan));
    expect(new Set(again.map((r) => r.outcomes[0]!.status))).toEqual(new Set(['alreadyExisted']));
    expect(w.allEvents(coach.address).filter((e) => e.transactionId && byTransaction.has(e.transactionId))).toHaveLength(BOOKINGS);
  }, 60_000);
});
