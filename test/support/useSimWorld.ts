import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import type { Clock } from '../../src/sim/clock.js';
import { testClock } from './testClock.js';

/**
 * One demo tenant per test file: started before the tests, closed after, with its stats and faults
 * cleared before each test, so no test inherits another's injected 429s. Read the world through the
 * returned getter inside tests (it exists only once beforeAll has run). `start` gets the clock to run the
 * tenant on: COMMON_TIME_TODAY when set, else the real date.
 */
export function useSimWorld<World extends { readonly sim: SimHandle }>(start: (now: Clock) => Promise<World>): () => World {
  let world: World | undefined;
  beforeAll(async () => {
    world = await start(testClock());
  });
  afterAll(async () => {
    await world?.sim.close();
  });
  beforeEach(() => {
    world!.sim.stats.reset();
    world!.sim.faults.clear();
  });
  return () => world!;
}
