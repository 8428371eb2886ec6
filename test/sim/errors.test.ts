import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { call, demoSim, example } from './support.js';

let sim: SimHandle;
let token: string;

beforeAll(async () => {
  sim = await demoSim({ corsOrigins: ['http://localhost:5173'] });
  token = await sim.tokenFor(sim.state.users[1]!.userPrincipalName);
});
afterAll(() => sim.close());

describe('Graph error responses', () => {
  it('use the documented envelope: error.code, error.message, innerError with date and request ids', async () => {
    const res = await call(sim, token, 'GET', '/users/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    const doc = example('error.example');
    expect(Object.keys(res.body)).toEqual(Object.keys(doc));
    expect(Object.keys(res.body.error).sort()).toEqual(Object.keys(doc.error).sort());
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
    expect(res.body.error.innerError).toEqual({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      'request-id': res.headers.get('request-id'),
      'client-request-id': res.headers.get('client-request-id'),
    });
  });

  it("echo the caller's client-request-id and always send a request-id", async () => {
    const ok = await call(sim, token, 'GET', '/me', undefined, { 'client-request-id': 'abc-123' });
    expect(ok.headers.get('client-request-id')).toBe('abc-123');
    expect(ok.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#users/$entity`);
  });

  it('answer an unknown segment with 400 BadRequest naming it, and a wrong method with 405', async () => {
    const unknown = await call(sim, token, 'GET', '/me/calendarz');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("'calendarz'");
    const wrong = await call(sim, token, 'DELETE', '/users');
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe('Request_BadRequest');
  });

  it('answer a body that is not JSON with 400 BadRequest', async () => {
    const res = await call(sim, token, 'POST', '/$batch', '{"requests": [');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('tell an unknown mailbox apart from an unknown directory object', async () => {
    const res = await call(sim, token, 'GET', '/users/nobody@cumberlandvalley.example/mailboxSettings');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ErrorInvalidUser');
  });

  it('match paths case-insensitively, as Graph does', async () => {
    const res = await call(sim, token, 'GET', '/ME/MailboxSettings/TIMEZONE');
    expect(res.status).toBe(200);
    expect(res.body.value).toMatch(/Standard Time$/);
  });

  it('throttle with the documented 429 body and a Retry-After header', async () => {
    sim.faults.throttleNext(1, 2.128);
    const res = await call(sim, token, 'GET', '/me');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2.128');
    const doc = example('throttling-429.response');
    expect(res.body.error.code).toBe(doc.error.code);
    expect(Object.keys(res.body.error.innerError)).toEqual(expect.arrayContaining(Object.keys(doc.error.innerError)));
    expect((await call(sim, token, 'GET', '/me')).status).toBe(200);
  });

  it("answer the app's own origin: CORS preflight, that origin allowed, and exposed Retry-After and request ids", async () => {
    const pre = await fetch(`${sim.graphUrl}/me/events`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    const res = await fetch(`${sim.graphUrl}/me`, { headers: { origin: 'http://localhost:5173', authorization: `Bearer ${token}` } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/request-id/);
  });
});
