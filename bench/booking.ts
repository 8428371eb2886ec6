/**
 * Booking a plan through the booking service against bare creates, in one process: `npx tsx bench/booking.ts`.
 *
 * The demo tenant runs on 127.0.0.1 with 50 ms of latency injected into every Graph request. A plan of 24
 * one-hour sessions (12 pairs of principals, two times) is booked by a coach:
 * - service: bookPlan, with its last look at free/busy, the create with a transactionId and the race check
 *   (a second look at the invitees' free/busy), 4 drafts at a time (the gateway keeps Outlook's 4 per mailbox);
 * - service, one at a time: the same, concurrency 1;
 * - baseline: one createEvent per session, one at a time, no checks (what a naive client does).
 * Every run books fresh weeks, so no run finds the previous one's events. Printed: time per plan, requests
 * per session, and the ratios.
 */
import { DateTime } from 'luxon';
import { planSession, type BookingPlan } from '../src/core/booking/index.js';
import { createGraphGateway, toGraphEvent } from '../src/graph/index.js';
import { bookPlan } from '../src/services/booking/index.js';
import { startSim } from '../src/sim/server.js';

const LATENCY_MS = 50;
const PAIRS = 12;
const TIMES = ['10:00', '13:00'];

const sim = await startSim({ port: 0 });
try {
  const people = ((await (await fetch(`${sim.url}/demo/people`)).json()) as { value: Array<{ upn: string; name: string; role: string }> }).value;
  const coach = people.find((p) => p.role === 'coach')!;
  const principals = people.filter((p) => p.role === 'principal').map((p) => ({ address: p.upn, name: p.name }));
  const token = await sim.tokenFor(coach.upn);
  const gateway = createGraphGateway({ baseUrl: sim.graphUrl, getToken: async () => token });
  let week = 30;
  const freshPlan = (): BookingPlan => {
    const monday = DateTime.fromObject({ year: 2027, month: 1, day: 4, hour: 0 }, { zone: 'America/New_York' }).plus({ weeks: week++ });
    const drafts = TIMES.flatMap((time, t) =>
      Array.from({ length: PAIRS }, (_, k) => {
        const [h, m] = time.split(':').map(Number);
        const start = monday.plus({ days: 1 }).set({ hour: h, minute: m }).toMillis();
        return planSession({
          kind: 'peerCoaching',
          organizer: { address: coach.upn, name: coach.name },
          attendees: [principals[2 * k]!, principals[2 * k + 1]!],
          timeZone: 'America/New_York',
          slot: { start, end: start + 3_600_000 },
          agenda: { fields: { goal: 'Feedback' } },
        }).drafts[0]!;
      }).map((d, k) => ({ ...d, key: `s${t}-${k}` })),
    );
    return {
      planId: `bench-${week}`,
      kind: 'peerCoaching',
      organizer: { address: coach.upn },
      timeZone: 'America/New_York',
      tentative: 'busy',
      drafts: drafts.map((d) => ({ ...d, tag: { ...d.tag, planId: `bench-${week}` } })),
    };
  };
  const timed = async (label: string, run: (plan: BookingPlan) => Promise<void>) => {
    const plan = freshPlan();
    sim.stats.reset();
    const t0 = performance.now();
    await run(plan);
    const ms = performance.now() - t0;
    const requests = sim.stats.httpRequests;
    console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms for ${plan.drafts.length} sessions, ${(requests / plan.drafts.length).toFixed(1)} requests per session`);
    return ms;
  };
  const book = (concurrency: number) => async (plan: BookingPlan) => {
    const report = await bookPlan(gateway, plan, { concurrency });
    if (!report.complete) throw new Error(`bench: not everything was booked: ${JSON.stringify(report.counts)}`);
  };
  const bare = async (plan: BookingPlan) => {
    for (const draft of plan.drafts) await gateway.createEvent('me', toGraphEvent(draft), { tag: draft.tag });
  };

  await timed('warm-up (no latency)', book(4));
  sim.faults.set({ latencyMs: LATENCY_MS });
  console.log(`Latency ${LATENCY_MS} ms per Graph request.`);
  const service = await timed('service, 4 at a time', book(4));
  const serial = await timed('service, one at a time', book(1));
  const baseline = await timed('baseline: bare creates', bare);
  console.log(`service (4 at a time) vs baseline: ${(service / baseline).toFixed(2)}x the time, with the last look and race check`);
  console.log(`service 4 at a time vs one at a time: ${(serial / service).toFixed(2)}x faster`);
} finally {
  await sim.close();
}
