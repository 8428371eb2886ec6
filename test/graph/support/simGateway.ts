/** Starts the demo tenant on a free port and builds gateways signed in as its seeded people. */
import { useSimWorld } from '../../support/useSimWorld.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import { createGraphGateway, type GraphGateway, type GraphGatewayOptions } from '../../../src/graph/index.js';

export interface DemoPerson {
  upn: string;
  name: string;
  role: string;
  school: string | null;
}

export interface SimWorld {
  sim: SimHandle;
  people: DemoPerson[];
  principals: DemoPerson[];
  coach: DemoPerson;
  /** A gateway signed in as `upn` (default: the first coach), with names for messages. */
  gateway(options?: Partial<GraphGatewayOptions> & { as?: string }): GraphGateway;
}

/** The running world's clock: dayFromToday counts from it, never from the wall clock's date. */
let worldClock: () => number = Date.now;

export async function startWorld(now: () => number = Date.now): Promise<SimWorld> {
  worldClock = now;
  const sim = await startSim({ port: 0, now });
  const res = await fetch(`${sim.url}/demo/people`);
  const people = ((await res.json()) as { value: DemoPerson[] }).value;
  const coach = people.find((p) => p.role === 'coach');
  if (!coach) throw new Error('the demo tenant has no coach');
  const names = new Map(people.map((p) => [p.upn.toLowerCase(), p.name]));
  return {
    sim,
    people,
    principals: people.filter((p) => p.role === 'principal'),
    coach,
    gateway: ({ as, ...options } = {}) =>
      createGraphGateway({
        baseUrl: sim.graphUrl,
        getToken: () => sim.tokenFor(as ?? coach.upn),
        nameOf: (a) => names.get(a.toLowerCase()),
        ...options,
      }),
  };
}

/** Midnight UTC today (by the world's clock) plus `days`, as ISO with offset. */
export function dayFromToday(days: number): string {
  const now = new Date(worldClock());
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * 86_400_000).toISOString();
}

/** A sleep that records each wait and really waits (the sim's Retry-After values are short in tests). */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((r) => setTimeout(r, ms));
    },
  };
}

/** A clock that moves only when the gateway sleeps: retry and deadline decisions become exact. */
export function virtualTime(startMs = 0): { clock: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let now = startMs;
  const waits: number[] = [];
  return {
    waits,
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
}

/**
 * One demo tenant per test file: started before the tests, closed after, with stats and faults
 * cleared before each test. Read the world through the returned getter inside tests.
 */
export function useWorld(): () => SimWorld {
  return useSimWorld(startWorld);
}
