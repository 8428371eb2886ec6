import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import type { SimHandle } from '../../src/sim/server.js';
import { call, demoSim, example } from './support.js';

let sim: SimHandle;
let principalUpn: string;

beforeAll(async () => {
  sim = await demoSim();
  principalUpn = sim.state.users.find((u) => u.role === 'principal')!.userPrincipalName;
});
afterAll(() => sim.close());

describe('bearer tokens on /v1.0', () => {
  it("answers 401 InvalidAuthenticationToken in Graph's error shape without a token", async () => {
    const res = await call(sim, undefined, 'GET', '/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
    expect(typeof res.body.error.message).toBe('string');
    // Same keys as the documented error (plus client-request-id, which the batch examples show).
    for (const k of Object.keys(example('error.example').error.innerError)) expect(typeof res.body.error.innerError[k]).toBe('string');
    expect(res.body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    expect(res.body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('refuses a garbled token, a token for another audience and an expired token', async () => {
    expect((await call(sim, 'not-a-jwt', 'GET', '/me')).status).toBe(401);
    const otherAudience = await sim.tokenFor(principalUpn, { audience: `api://${sim.clientId}` });
    const wrongAud = await call(sim, otherAudience, 'GET', '/me');
    expect(wrongAud.status).toBe(401);
    expect(wrongAud.body.error.message).toMatch(/audience/i);
    const expired = await sim.tokenFor(principalUpn, { lifetimeSeconds: -600 });
    const exp = await call(sim, expired, 'GET', '/me');
    expect(exp.status).toBe(401);
    expect(exp.body.error.message).toMatch(/expired/i);
  });

  it('refuses a token signed by another demo tenant', async () => {
    const other = await demoSim({ seed: 'empty' });
    try {
      const foreign = await other.appToken();
      expect((await call(sim, foreign, 'GET', '/users')).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('resolves /me to the signed-in person and rejects /me for app-only tokens', async () => {
    const me = await call(sim, await sim.tokenFor(principalUpn), 'GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body.userPrincipalName).toBe(principalUpn);
    const app = await sim.appToken();
    expect((await call(sim, app, 'GET', '/me')).status).toBe(400);
    expect((await call(sim, app, 'GET', `/users/${principalUpn}`)).body.userPrincipalName).toBe(principalUpn);
  });
});

describe('permissions', () => {
  it('answers 403 when the token lacks the permission, with the code Graph uses for the resource', async () => {
    const narrow = await sim.tokenFor(principalUpn, { scopes: ['User.Read'] });
    expect((await call(sim, narrow, 'GET', '/me')).status).toBe(200);
    const others = await call(sim, narrow, 'GET', '/users');
    expect(others.status).toBe(403);
    expect(others.body.error.code).toBe('Authorization_RequestDenied');
    const calendar = await call(sim, narrow, 'GET', '/me/calendarView?startDateTime=2030-01-01T00:00:00Z&endDateTime=2030-01-02T00:00:00Z');
    expect(calendar.status).toBe(403);
    expect(calendar.body.error.code).toBe('ErrorAccessDenied');
    expect(calendar.body.error.message).toBe('Access is denied. Check credentials and try again.');
    const readOnly = await sim.tokenFor(principalUpn, { scopes: ['Calendars.Read'] });
    expect((await call(sim, readOnly, 'POST', '/me/events', {})).status).toBe(403);
  });

  it('checks app roles for app-only tokens', async () => {
    const noCalendars = await sim.appToken({ roles: ['User.Read.All'] });
    expect((await call(sim, noCalendars, 'GET', '/users')).status).toBe(200);
    expect((await call(sim, noCalendars, 'GET', `/users/${principalUpn}/mailboxSettings`)).status).toBe(403);
  });
});

describe('Entra-style discovery', () => {
  it('publishes an OpenID configuration whose JWKS verifies demo tokens with their Entra claims', async () => {
    const config = (await (await fetch(sim.openIdConfigurationUrl)).json()) as { issuer: string; jwks_uri: string; token_endpoint: string };
    expect(config.issuer).toBe(sim.issuer);
    expect(config.issuer).toBe(`${sim.url}/${sim.tenantId}/v2.0`);
    const token = await sim.tokenFor(principalUpn);
    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(config.jwks_uri)), {
      issuer: config.issuer,
      audience: 'https://graph.microsoft.com',
    });
    expect(protectedHeader.alg).toBe('RS256');
    const user = sim.state.users.find((u) => u.userPrincipalName === principalUpn)!;
    expect(payload).toMatchObject({ tid: sim.tenantId, oid: user.id, upn: principalUpn, preferred_username: principalUpn, name: user.displayName, ver: '2.0' });
    expect(String(payload['scp'])).toContain('Calendars.ReadWrite');
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.nbf).toBeLessThanOrEqual(payload.iat!);
  });

  it('issues app-only tokens with roles from /demo/token?app=1 and from the client-credentials endpoint', async () => {
    const demo = (await (await fetch(`${sim.url}/demo/token?app=1`)).json()) as { access_token: string };
    expect(decodeJwt(demo.access_token)['roles']).toEqual(expect.arrayContaining(['Calendars.ReadWrite']));
    expect(decodeJwt(demo.access_token)['scp']).toBeUndefined();
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sim.clientId, client_secret: 'demo', scope: 'https://graph.microsoft.com/.default' });
    const res = await fetch(`${sim.url}/${sim.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form });
    const body = (await res.json()) as { access_token: string; token_type: string };
    expect(res.status).toBe(200);
    expect(body.token_type).toBe('Bearer');
    expect((await call(sim, body.access_token, 'GET', '/groups')).status).toBe(200);
  });

  it("gives a client-credentials token for another API (Common Time's own) no Graph roles: none are assigned for it", async () => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: '0b9c7d1e-5f2a-4c3b-8d6e-1a2b3c4d5e6f',
      client_secret: 'demo',
      scope: `api://localhost/${sim.clientId}/.default`,
    });
    const body = (await (await fetch(`${sim.url}/${sim.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form })).json()) as { access_token: string };
    expect(decodeJwt(body.access_token)).toMatchObject({ aud: `api://localhost/${sim.clientId}`, roles: [], azp: '0b9c7d1e-5f2a-4c3b-8d6e-1a2b3c4d5e6f' });
  });

  it('lists the seeded people and hands out their tokens in demo mode', async () => {
    const people = (await (await fetch(`${sim.url}/demo/people`)).json()) as { value: Array<{ upn: string; name: string; role: string; school: string | null }> };
    // Everyone but the shared peer-coaching mailbox, whom nobody signs in as.
    expect(people.value.length).toBe(sim.state.users.filter((u) => !u.sharedMailbox).length);
    const principal = people.value.find((p) => p.role === 'principal')!;
    expect(principal.school).toMatch(/Elementary|Middle|High/);
    const token = (await (await fetch(`${sim.url}/demo/token?user=${encodeURIComponent(principal.upn)}`)).json()) as { access_token: string };
    expect((await call(sim, token.access_token, 'GET', '/me')).body.displayName).toBe(principal.name);
    const forApi = (await (
      await fetch(`${sim.url}/demo/token?user=${encodeURIComponent(principal.upn)}&scope=${encodeURIComponent('api://common-time/access_as_user')}`)
    ).json()) as { access_token: string };
    expect(decodeJwt(forApi.access_token)).toMatchObject({ aud: 'api://common-time', scp: 'access_as_user' });
    expect((await call(sim, forApi.access_token, 'GET', '/me')).status).toBe(401);
    const unknown = await fetch(`${sim.url}/demo/token?user=nobody@example.com`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error_description: string }).error_description).toMatch(/demo\/people/);
  });
});
