import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { call, demoSim } from './support.js';

let sim: SimHandle;
let token: string;
let me: string;

beforeAll(async () => {
  sim = await demoSim();
  me = sim.state.users.find((u) => u.role === 'principal')!.id;
  token = await sim.tokenFor(me);
});
beforeEach(() => {
  sim.faults.clear();
  sim.stats.reset();
});
afterAll(() => sim.close());

describe('per app+mailbox concurrency', () => {
  it('answers 429 ApplicationThrottled with Retry-After past 4 requests in flight, and records the peak', async () => {
    sim.faults.latencyMs = 150;
    sim.faults.concurrencyRetryAfterSeconds = 0.5;
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(sim, token, 'GET', '/me/mailboxSettings')));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const throttled = answers.find((a) => a.status === 429)!;
    expect(throttled.body.error.code).toBe('ApplicationThrottled');
    expect(throttled.headers.get('retry-after')).toBe('0.5');
    // The refused ones leave at once, so the peak is 5 or 6 depending on arrival order; it is over 4.
    expect(sim.stats.maxConcurrencyByMailbox[me]).toBeGreaterThan(4);
    expect(sim.stats.byStatus[429]).toBe(2);
  });

  it('counts mailboxes apart: 4 at a time on each of two mailboxes is fine', async () => {
    sim.faults.latencyMs = 100;
    const other = sim.state.users.find((u) => u.role === 'coach')!.id;
    const app = await sim.appToken();
    const answers = await Promise.all([me, other].flatMap((id) => Array.from({ length: 4 }, () => call(sim, app, 'GET', `/users/${id}/mailboxSettings/workingHours`))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(sim.stats.maxConcurrency()).toBe(4);
  });
});

describe('the stricter, per-app reading of the limit', () => {
  it('counts all mailboxes of an app together when concurrencyScope is app', async () => {
    sim.faults.set({ latencyMs: 150, concurrencyScope: 'app', concurrencyRetryAfterSeconds: 0.2 });
    const other = sim.state.users.find((u) => u.role === 'coach')!.id;
    const app = await sim.appToken();
    const answers = await Promise.all([me, other].flatMap((id) => Array.from({ length: 3 }, () => call(sim, app, 'GET', `/users/${id}/mailboxSettings`))));
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThan(0);
    expect(sim.stats.maxConcurrencyPerApp).toBeGreaterThan(4);
    expect(Math.max(...Object.values(sim.stats.maxConcurrencyByMailbox))).toBeLessThanOrEqual(3);
  });
});

describe('the request-rate limit', () => {
  it('answers 429 past the limit in a window, with Retry-After until the window ends', async () => {
    sim.faults.set({ mailboxRequestRate: { limit: 3, windowSeconds: 60 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call(sim, token, 'GET', '/me/mailboxSettings/timeZone'));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 429]);
    const wait = Number(statuses[3]!.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    // Directory reads are not Exchange's: they do not count.
    expect((await call(sim, token, 'GET', '/me')).status).toBe(200);
  });
});

describe('faults on demand', () => {
  it('throttles the next N requests, then serves again', async () => {
    sim.faults.throttleNext(2, 1);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(sim, token, 'GET', '/me')).status);
    expect(statuses).toEqual([429, 429, 200]);
    expect(sim.faults.fired.throttled).toBe(2);
  });

  it('throttles a seeded fraction of requests at a rate', async () => {
    sim.faults.set({ throttle: { rate: 0.5, retryAfterSeconds: 1 }, seed: 7 });
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await call(sim, token, 'GET', '/me')).status);
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(8);
    expect(throttled).toBeLessThan(32);
  });

  it('answers 503 serviceNotAvailable, with Retry-After when asked', async () => {
    sim.faults.unavailableNext(1, 2);
    const res = await call(sim, token, 'GET', '/users');
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('serviceNotAvailable');
    expect(res.headers.get('retry-after')).toBe('2');
    sim.faults.unavailableNext(1);
    expect((await call(sim, token, 'GET', '/users')).headers.get('retry-after')).toBeNull();
  });

  it('limits faults to the requests a filter picks', async () => {
    sim.faults.throttleNext(5, 1, (t) => t.route === '/groups');
    expect((await call(sim, token, 'GET', '/me')).status).toBe(200);
    expect((await call(sim, token, 'GET', '/groups')).status).toBe(429);
  });

  it('adds latency to each request', async () => {
    sim.faults.latencyMs = 120;
    const t0 = performance.now();
    await call(sim, token, 'GET', '/me');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);
  });

  it('commits a create and then drops the connection', async () => {
    sim.faults.dropAfterCommitNext(1);
    const transactionId = 'drop-test-0001';
    const event = {
      subject: 'Drop test',
      start: { dateTime: '2030-01-07T10:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2030-01-07T11:00:00', timeZone: 'Eastern Standard Time' },
      transactionId,
    };
    await expect(call(sim, token, 'POST', '/me/events', event)).rejects.toThrow();
    expect(sim.faults.fired.dropped).toBe(1);
    const retry = await call(sim, token, 'POST', '/me/events', event);
    expect(retry.status).toBe(201);
    const list = await call(sim, token, 'GET', `/me/calendarView?startDateTime=2030-01-07T00:00:00Z&endDateTime=2030-01-08T00:00:00Z`);
    expect(list.body.value.filter((e: { subject: string }) => e.subject === 'Drop test')).toHaveLength(1);
  });
});
