/**
 * Find time as a service, over real HTTP against the demo tenant on a fixed day: each use case answers with
 * its tagged result, tells its progress, and stops on its signal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import { createGraphGateway, createGraphReads, type GraphGateway } from '../../../src/graph/index.js';
import { createFindTimeService, type FindTimeService } from '../../../src/services/findTime/index.js';
import type { WorkProgress } from '../../../src/services/longWork.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';

const TODAY = Date.parse('2026-12-01T14:00:00Z');
const DAY = 86_400_000;
const zone = 'America/New_York';

let sim: SimHandle;
let service: FindTimeService;
let gateway: GraphGateway;
let cohort: DirectoryPerson[];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => TODAY });
  const coach = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  gateway = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach) });
  const reads = createGraphReads(gateway);
  service = createFindTimeService(reads);
  const group = sim.state.groups[0]!;
  cohort = await reads.listGroupMembers(group.id);
});

afterAll(async () => {
  await sim?.close();
});

describe('findTimes', () => {
  it('answers with ranked times, tagged, after telling each step', async () => {
    const progress: WorkProgress[] = [];
    const window = { start: TODAY + DAY, end: TODAY + 15 * DAY };
    const found = await service.findTimes({ cohort, window, durationMinutes: 60, timeZone: zone, tentativeCountsAsFree: false }, { onProgress: (p) => progress.push(p) });
    expect(found.kind).toBe('times');
    expect(found.cohort).toBe(cohort);
    expect(found.result.slots.length + found.result.partial.length).toBeGreaterThan(0);
    expect(progress[0]!.message).toBe(`Reading free/busy for ${cohort.length} people...`);
    expect(progress.some((p) => /parts done/.test(p.message) && p.total !== undefined && p.done === p.total)).toBe(true);
    expect(progress.at(-1)!.message).toBe('Finding the best times...');
  }, 30_000);

  it('ranks as many times as asked (ten unless told), for screens that spread them over days', async () => {
    const pair = cohort.slice(0, 2);
    const window = { start: TODAY + DAY, end: TODAY + 22 * DAY };
    const request = { cohort: pair, window, durationMinutes: 60, timeZone: zone, tentativeCountsAsFree: false };
    expect((await service.findTimes(request)).result.slots).toHaveLength(10);
    expect((await service.findTimes({ ...request, maxResults: 30 })).result.slots).toHaveLength(30);
  }, 30_000);

  it('stops on its signal: rejects with an AbortError while free/busy is still being read', async () => {
    sim.faults.set({ latencyMs: 3_000 });
    try {
      const stop = new AbortController();
      const window = { start: TODAY + DAY, end: TODAY + 8 * DAY };
      const running = service.findTimes({ cohort, window, durationMinutes: 60, timeZone: zone, tentativeCountsAsFree: false }, { signal: stop.signal });
      setTimeout(() => stop.abort(), 100);
      await expect(running).rejects.toMatchObject({ name: 'AbortError' });
      // The read itself is dropped, not cut: let it finish so nothing outlives the test.
      while (gateway.inFlight() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      sim.faults.set({});
    }
  }, 30_000);
});

describe('findSeries, findRotation, findPairs', () => {
  it('each answers with its own kind of result for the same cohort', async () => {
    const firstDate = '2026-12-07';
    const series = await service.findSeries({ cohort, firstDate, sessions: 3, repeat: 'weekly', durationMinutes: 45, timeZone: zone, tentativeCountsAsFree: true });
    expect(series.kind).toBe('series');
    for (const s of series.result.series) expect(s.dates).toHaveLength(3);

    const rotation = await service.findRotation({
      cohort,
      window: { start: TODAY + DAY, end: TODAY + 22 * DAY },
      visitMinutes: 90,
      travelMinutes: 20,
      timeZone: zone,
      tentativeCountsAsFree: true,
      minAttendees: 3,
    });
    expect(rotation.kind).toBe('rotation');
    expect(rotation.result.visits.length + rotation.result.unplaced.length).toBeGreaterThan(0);

    const pairs = await service.findPairs({ cohort, firstDate, sessions: 3, repeat: 'weekly', durationMinutes: 45, timeZone: zone, tentativeCountsAsFree: true });
    expect(pairs.kind).toBe('pairs');
    const paired = pairs.result.pairs.flatMap((p) => p.members.map((m) => m.mail));
    expect(new Set(paired).size).toBe(paired.length);
  }, 60_000);
});
