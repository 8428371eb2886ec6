/**
 * The grid from what the find-time service returns, over real HTTP against the demo tenant on a fixed day:
 * a row per chosen person, and where the service says everyone is free, the grid says so too.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createGraphGateway, createGraphReads } from '../../../src/graph/index.js';
import { availabilityGrid, dayOf } from '../../../src/services/findTime/availabilityGrid.js';
import { createFindTimeService, uniqueLabels } from '../../../src/services/findTime/index.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';

const TODAY = Date.parse('2026-12-01T14:00:00Z');
const DAY = 86_400_000;
const zone = 'America/New_York';
let sim: SimHandle;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => TODAY });
});

afterAll(async () => {
  await sim?.close();
});

it('has a row per person, in cohort order, and free cells wherever a suggestion has everyone free', async () => {
  const coach = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  const reads = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach) }));
  const cohort = (await reads.listGroupMembers(sim.state.groups[0]!.id)).slice(0, 6);
  const found = await createFindTimeService(reads).findTimes({
    cohort,
    window: { start: TODAY + DAY, end: TODAY + 15 * DAY },
    durationMinutes: 60,
    timeZone: zone,
    tentativeCountsAsFree: false,
  });
  const { availability, slots } = found.result;
  expect(availability.map((p) => p.id)).toEqual(uniqueLabels(cohort));
  expect(slots.length).toBeGreaterThan(0);
  for (const slot of slots.filter((s) => s.unavailable.length === 0)) {
    const grid = availabilityGrid(availability, { day: dayOf(slot.start, zone), timeZone: zone, firstHour: 0, lastHour: 24 });
    const inside = grid.columns.flatMap((c, i) => (c.start >= slot.start && c.end <= slot.end ? [i] : []));
    expect(inside.length).toBe(2); // a 60-minute slot covers two half-hour columns
    for (const i of inside) expect(grid.freeCounts[i]).toBe(cohort.length);
  }
  // And the grid is not all free: the demo district's calendars have meetings in two weeks.
  const busyCells = availability.flatMap((p) => p.blocks).filter((b) => b.reason === 'busy');
  expect(busyCells.length).toBeGreaterThan(0);
}, 60_000);
