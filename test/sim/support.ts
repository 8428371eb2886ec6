/** Shared helpers for the simulator's tests: a running demo tenant and a fetch that speaks to it. */
import { graphExample } from '../support/graphExample.js';
import { startSim, type SimHandle, type StartSimOptions } from '../../src/sim/server.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

export async function call(sim: SimHandle, token: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(path.startsWith('http') ? path : `${sim.graphUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

export async function demoSim(options: StartSimOptions = {}): Promise<SimHandle> {
  return startSim({ seed: 'demo', ...options });
}

/** The JSON body of one of Microsoft's documented examples (test/fixtures/graph-examples). */
export function example(name: string): any {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  return graphExample(name).body;
}

/** The shape of a JSON value: key sets and value types, recursively (arrays by their first item). */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  }
  return typeof value;
}
