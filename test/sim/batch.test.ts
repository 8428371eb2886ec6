import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { call, demoSim, example } from './support.js';

let sim: SimHandle;
let token: string;
let me: string;
const batch = (requests: unknown[]) => call(sim, token, 'POST', '/$batch', { requests });
const get = (id: string, url: string, extra: Record<string, unknown> = {}) => ({ id, method: 'GET', url, ...extra });

beforeAll(async () => {
  sim = await demoSim();
  me = sim.state.users.find((u) => u.role === 'coach')!.id;
  token = await sim.tokenFor(me);
});
beforeEach(() => {
  sim.faults.clear();
  sim.stats.reset();
});
afterAll(() => sim.close());

describe('$batch', () => {
  it('answers 200 with one inner response per request, shaped like the documented example', async () => {
    const res = await batch([get('1', '/me'), get('2', 'users?$select=id,displayName&$top=2'), get('3', '/groups/not-a-guid')]);
    expect(res.status).toBe(200);
    const doc = example('batch.response');
    expect(Object.keys(res.body)).toEqual(Object.keys(doc));
    const byId = Object.fromEntries(res.body.responses.map((r: { id: string }) => [r.id, r]));
    for (const r of res.body.responses) expect(Object.keys(r).sort()).toEqual(Object.keys(doc.responses[0]).sort());
    expect(byId['1'].status).toBe(200);
    expect(byId['2'].body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#users(id,displayName)`);
    expect(Object.keys(byId['2'].body.value[0]).sort()).toEqual(['displayName', 'id']);
    expect(byId['3'].status).toBe(400);
    expect(byId['3'].body.error.code).toBe('Request_BadRequest');
    expect(sim.stats.byRoute['POST /$batch']).toBe(1);
    expect(sim.stats.innerByRoute['GET /users/{userId}']).toBe(1);
  });

  it('refuses more than 20 requests as a whole with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => get(String(i + 1), '/me'));
    const res = await batch(requests);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/20/);
    expect((await batch(requests.slice(0, 20))).status).toBe(200);
  });

  it('refuses duplicate ids, compared case-insensitively, as a whole with 400', async () => {
    const res = await batch([get('a', '/me'), get('A', '/me')]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/unique/);
    expect(sim.stats.innerByRoute['GET /users/{userId}']).toBeUndefined();
  });

  it('requires a Content-Type header when an inner request has a body', async () => {
    const res = await batch([{ id: '1', method: 'POST', url: '/me/calendar/getSchedule', body: {} }]);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Content-Type/);
  });

  it('runs dependsOn chains in order (1, 2, 4, 3 as in the documented example)', async () => {
    sim.faults.latencyMs = 20;
    const doc = example('batch-dependsOn.request').requests as Array<{ id: string; dependsOn?: string[] }>;
    const res = await batch(doc.map((r) => ({ ...r, method: 'GET', url: '/me/mailboxSettings' })));
    expect(res.status).toBe(200);
    expect(res.body.responses.map((r: { id: string }) => r.id)).toEqual(['1', '2', '4', '3']);
  });

  it('answers 424 for requests that depend on a failed one, and runs the others', async () => {
    const res = await batch([
      get('1', '/users/nobody@nowhere.example/mailboxSettings'),
      get('2', '/me', { dependsOn: ['1'] }),
      get('3', '/me', { dependsOn: ['2'] }),
      get('4', '/me'),
    ]);
    const status = Object.fromEntries(res.body.responses.map((r: { id: string; status: number }) => [r.id, r.status]));
    expect(status).toEqual({ '1': 404, '2': 424, '3': 424, '4': 200 });
  });

  it('refuses dependsOn that names a missing request', async () => {
    expect((await batch([get('1', '/me', { dependsOn: ['9'] })])).status).toBe(400);
  });

  it('runs at most 4 inner requests at once, so one mailbox never goes over its limit', async () => {
    sim.faults.latencyMs = 40;
    const res = await batch(Array.from({ length: 12 }, (_, i) => get(String(i), '/me/mailboxSettings')));
    expect(res.body.responses.every((r: { status: number }) => r.status === 200)).toBe(true);
    expect(sim.stats.maxConcurrencyByMailbox[me]).toBe(4);
  });

  it('throttles inner requests one by one: an inner 429 carries its own Retry-After', async () => {
    sim.faults.throttleNext(2, 3, (t) => t.inBatch);
    const res = await batch([get('1', '/me'), get('2', '/me', { dependsOn: ['1'] }), get('3', '/me', { dependsOn: ['2'] })]);
    expect(res.status).toBe(200);
    const [first, second, third] = ['1', '2', '3'].map((id) => res.body.responses.find((r: { id: string }) => r.id === id));
    expect(first.status).toBe(429);
    expect(first.headers['Retry-After']).toBe('3');
    expect(second.status).toBe(424);
    expect(third.status).toBe(424);
  });
});
