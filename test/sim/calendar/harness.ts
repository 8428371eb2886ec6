/** Starts the demo tenant on port 0 and calls it over real HTTP as a chosen person. */
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import type { SimUser } from '../../../src/sim/state.js';

/** Seeded calendars sit around this "now" (early January 2026); tests use March 2026 and later. */
export const SIM_NOW = Date.parse('2026-01-05T15:00:00Z');

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

export interface Harness {
  sim: SimHandle;
  principals: SimUser[];
  coaches: SimUser[];
  call(as: SimUser, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** GET an absolute URL (an @odata.nextLink) as `as`. */
  follow(as: SimUser, url: string, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  let clock = SIM_NOW;
  const sim = await startSim({ now: () => (clock += 1000) });
  const tokens = new Map<string, string>();
  const tokenOf = async (u: SimUser): Promise<string> => {
    const cached = tokens.get(u.id);
    if (cached) return cached;
    const t = await sim.tokenFor(u.userPrincipalName);
    tokens.set(u.id, t);
    return t;
  };
  const send = async (as: SimUser, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const res = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${await tokenOf(as)}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    sim,
    principals: sim.state.users.filter((u) => u.role === 'principal'),
    coaches: sim.state.users.filter((u) => u.role === 'coach'),
    call: (as, method, path, body, headers) => send(as, method, `${sim.graphUrl}${path}`, body, headers),
    follow: (as, url, headers) => send(as, 'GET', url, undefined, headers),
    close: () => sim.close(),
  };
}
