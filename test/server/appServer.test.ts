/**
 * The app server over real HTTP, with the demo tenant as the token issuer: the same validation code
 * runs against Entra ID in production, only the metadata URL differs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT, generateKeyPair } from 'jose';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createAppServer, listen, PortBusyError } from '../../src/server/appServer.js';
import { createBearerValidator } from '../../src/server/auth/bearerValidator.js';
import { openIdMetadataUrl, tokenAudiences } from '../../src/server/config.js';
import type { RunningAppServer } from '../../src/server/appServer.js';

let sim: SimHandle;
let app: RunningAppServer;
let staticDir: string;
let upn: string;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'ct-app-'));
  await mkdir(path.join(staticDir, 'app'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'app', 'index.html'), '<!doctype html><title>Common Time</title>');
  await writeFile(path.join(staticDir, 'assets', 'main-abc123.js'), 'console.log(1)');
  await writeFile(path.join(staticDir, 'assets', 'main-abc123.js.map'), '{"version":3,"sources":["main.ts"],"mappings":""}');
  sim = await startSim({ port: 0, seed: 'demo' });
  upn = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir }), 0);
});

afterAll(async () => {
  await app?.close();
  await sim?.close();
  await rm(staticDir, { recursive: true, force: true });
});

async function getJson(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${pathname}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/config', () => {
  it('tells the browser where Graph and the demo sign-in are, without a token', async () => {
    const { status, body } = await getJson('/api/config');
    expect(status).toBe(200);
    expect(body).toEqual({
      mode: 'demo',
      apiScope: `api://localhost/${sim.clientId}/access_as_user`,
      graphBaseUrl: '/v1.0',
      demo: {
        peopleUrl: '/demo/people',
        tokenUrl: '/demo/token',
        scopes: ['User.Read', 'User.Read.All', 'People.Read', 'GroupMember.Read.All', 'Calendars.ReadWrite', 'Calendars.ReadWrite.Shared', 'Mail.Read', 'MailboxSettings.Read'],
      },
      now: expect.any(Number),
      today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});

describe('token validation on /api', () => {
  /** A token for our API, as Entra ID issues it to our own app for a signed-in person. */
  const apiToken = (options: Parameters<SimHandle['tokenFor']>[1] = {}) =>
    sim.tokenFor(upn, { audience: `api://localhost/${sim.clientId}`, scopes: ['access_as_user'], ...options });

  it('accepts a token for our API with access_as_user and returns who it is for', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await apiToken()}` });
    expect(status).toBe(200);
    expect(body).toEqual(expect.objectContaining({ kind: 'user', upn, tid: sim.tenantId, scopes: ['access_as_user'], roles: [] }));
  });

  it("rejects a request without a token with 401 in Graph's error shape and a sentence saying what to do", async () => {
    const { status, headers, body } = await getJson('/api/me');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(body).toEqual({
      error: {
        code: 'missing_token',
        message: expect.stringMatching(/Sign in first/),
        innerError: expect.objectContaining({ 'request-id': expect.any(String), date: expect.any(String) }),
      },
    });
  });

  it('rejects a forged token (same claims, signed with another key) with 401', async () => {
    const real = await apiToken();
    const claims = JSON.parse(Buffer.from(real.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(real.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string };
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(privateKey);
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body['error']).toEqual(expect.objectContaining({ code: 'invalid_token', message: expect.stringMatching(/signature or format is not valid/) }));
  });

  it('rejects an expired token with 401 expired_token', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await apiToken({ lifetimeSeconds: -3600 })}` });
    expect(status).toBe(401);
    expect(body['error']).toEqual(expect.objectContaining({ code: 'expired_token', message: 'Your sign-in has expired; sign in again.' }));
  });

  it('rejects a token issued for another audience', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await apiToken({ audience: 'api://someone-else' })}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/claim "aud"/);
  });

  it('rejects a Graph token (what the default /demo/token gives): it is not for our API', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await sim.tokenFor(upn)}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/claim "aud"/);
  });

  it('rejects a token for our API without the access_as_user scope', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await apiToken({ scopes: ['User.Read'] })}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/does not grant the "access_as_user" scope/);
  });

  it('rejects an ID token, though its audience is our client id', async () => {
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${await sim.idTokenFor(upn)}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/not an access token for Common Time's API/);
  });

  it("rejects another client's token with the right audience and scope", async () => {
    const other = await apiToken({ clientId: '0b9c7d1e-5f2a-4c3b-8d6e-1a2b3c4d5e6f' });
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${other}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/issued to another application/);
  });

  it('rejects an app-only token for our API from a client not on the allow-list, role or not', async () => {
    const appOnly = await sim.appToken({ audience: `api://localhost/${sim.clientId}`, roles: ['Reports.Read.All'] });
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${appOnly}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/API_APP_CLIENT_IDS/);
  });

  it('rejects something that is not a JWT at all', async () => {
    const { status, body } = await getJson('/api/me', { authorization: 'Bearer not-a-token' });
    expect(status).toBe(401);
    expect((body['error'] as { code: string }).code).toBe('invalid_token');
  });
});

describe('the demo sign-in for our API', () => {
  it('gives, for scope=<apiScope from /api/config>, a token /api accepts, as Entra ID would', async () => {
    const config = await getJson('/api/config');
    const scope = config.body['apiScope'] as string;
    const issued = await getJson(`/demo/token?user=${encodeURIComponent(upn)}&scope=${encodeURIComponent(scope)}`);
    expect(issued.status).toBe(200);
    const token = issued.body['access_token'] as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toEqual(expect.objectContaining({ aud: `api://localhost/${sim.clientId}`, scp: 'access_as_user', azp: sim.clientId }));
    const me = await getJson('/api/me', { authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
    expect(me.body['upn']).toBe(upn);
  });

  it('keeps giving Graph tokens by default, which Graph accepts and /api refuses', async () => {
    const issued = await getJson(`/demo/token?user=${encodeURIComponent(upn)}`);
    const token = issued.body['access_token'] as string;
    expect((await getJson('/v1.0/me', { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await getJson('/api/me', { authorization: `Bearer ${token}` })).status).toBe(401);
  });
});

describe('app-only callers, with an allow-list', () => {
  const allowed = '3c2b1a09-8f7e-4d6c-9b5a-0e1f2a3b4c5d';
  let guarded: RunningAppServer;
  beforeAll(async () => {
    const identity = { mode: 'demo' as const, simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId };
    const validator = createBearerValidator({
      metadataUrl: openIdMetadataUrl(identity),
      audiences: tokenAudiences(identity),
      clientId: sim.clientId,
      scope: 'access_as_user',
      appOnlyClientIds: [allowed],
    });
    guarded = await listen(createAppServer({ identity, staticDir, validator }), 0);
  });
  afterAll(async () => {
    await guarded?.close();
  });

  async function me(token: string) {
    const response = await fetch(`${guarded.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it('accepts an allowed client holding an app role, and returns its roles for routes to check', async () => {
    const { status, body } = await me(await sim.appToken({ audience: `api://localhost/${sim.clientId}`, roles: ['Reports.Read.All'], clientId: allowed }));
    expect(status).toBe(200);
    expect(body).toEqual(expect.objectContaining({ kind: 'app', roles: ['Reports.Read.All'], scopes: [] }));
  });

  it('refuses that same allowed client without a role', async () => {
    const { status, body } = await me(await sim.appToken({ audience: `api://localhost/${sim.clientId}`, roles: [], clientId: allowed }));
    expect(status).toBe(401);
    expect(body['error'].message).toMatch(/no app role/);
  });

  it('refuses a role-holding client that is not on the list', async () => {
    const { status } = await me(await sim.appToken({ audience: `api://localhost/${sim.clientId}`, roles: ['Reports.Read.All'], clientId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' }));
    expect(status).toBe(401);
  });
});

describe('routes that need a role', () => {
  it("answer 403 in Graph's shape, naming the role, to a valid caller without it, and serve one with it", async () => {
    const allowed = '3c2b1a09-8f7e-4d6c-9b5a-0e1f2a3b4c5d';
    const identity = { mode: 'demo' as const, simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId };
    const validator = createBearerValidator({
      metadataUrl: openIdMetadataUrl(identity),
      audiences: tokenAudiences(identity),
      clientId: sim.clientId,
      scope: 'access_as_user',
      appOnlyClientIds: [allowed],
    });
    const server = await listen(
      createAppServer({
        identity,
        staticDir,
        validator,
        routes: [{ method: 'GET', path: '/api/admin-only', roles: ['DistrictAdmin'], handle: async ({ caller }) => ({ status: 200, body: { roles: caller.roles } }) }],
      }),
      0,
    );
    try {
      const person = await sim.tokenFor(upn, { audience: `api://localhost/${sim.clientId}`, scopes: ['access_as_user'] });
      const refused = await fetch(`${server.url}/api/admin-only`, { headers: { authorization: `Bearer ${person}` } });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string; message: string; innerError: object } }).error).toEqual(
        expect.objectContaining({ code: 'forbidden', message: expect.stringContaining('"DistrictAdmin" role') }),
      );
      for (const admin of [
        await sim.tokenFor(upn, { audience: `api://localhost/${sim.clientId}`, scopes: ['access_as_user'], roles: ['DistrictAdmin'] }),
        await sim.appToken({ audience: `api://localhost/${sim.clientId}`, roles: ['DistrictAdmin'], clientId: allowed }),
      ]) {
        const served = await fetch(`${server.url}/api/admin-only`, { headers: { authorization: `Bearer ${admin}` } });
        expect(served.status).toBe(200);
        expect(await served.json()).toEqual({ roles: ['DistrictAdmin'] });
      }
    } finally {
      await server.close();
    }
  });
});

describe("the issuer's metadata", () => {
  it('is fetched with a timeout: a silent issuer gives issuer_unreachable (503), not a hung request', async () => {
    const silent = createNetServer(() => {}); // accepts connections and never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const validator = createBearerValidator({
        metadataUrl: `http://127.0.0.1:${port}/t/v2.0/.well-known/openid-configuration`,
        audiences: ['api://x'],
        clientId: 'x',
        scope: 'access_as_user',
        fetchTimeoutMs: 300,
      });
      await expect(validator(`Bearer ${await sim.tokenFor(upn)}`)).rejects.toEqual(
        expect.objectContaining({ code: 'issuer_unreachable', message: expect.stringMatching(/no answer within 0\.3 s/) }),
      );
      const server = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir, validator }), 0);
      try {
        const response = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${await sim.tokenFor(upn)}` } });
        expect(response.status).toBe(503);
      } finally {
        await server.close();
      }
    } finally {
      silent.close();
    }
  });
});

describe('static files', () => {
  it('serves the tab at / with a Content-Security-Policy that lets Teams frame it', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(await response.text()).toContain('<title>Common Time</title>');
  });

  it('caches hashed assets for a year and HTML not at all', async () => {
    const asset = await fetch(`${app.url}/assets/main-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await fetch(`${app.url}/app/index.html`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves source maps in the demo only; a production server answers 404 for them', async () => {
    expect((await fetch(`${app.url}/assets/main-abc123.js.map`)).status).toBe(200);
    const production = await listen(
      createAppServer({
        identity: {
          mode: 'production',
          tenantId: '11111111-2222-3333-4444-555555555555',
          clientId: '66666666-7777-8888-9999-000000000000',
          apiAudience: 'api://ct.example/66666666-7777-8888-9999-000000000000',
          appOnlyClientIds: [],
        },
        staticDir,
      }),
      0,
    );
    try {
      expect((await fetch(`${production.url}/assets/main-abc123.js.map`)).status).toBe(404);
      expect((await fetch(`${production.url}/assets/main-abc123.js`)).status).toBe(200);
    } finally {
      await production.close();
    }
  });

  it('never serves a file outside the app folder', async () => {
    const response = await fetch(`${app.url}/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
  });
});

describe('the demo tenant through the app origin', () => {
  it('forwards /demo/people and Graph calls, so the browser needs no cross-origin access', async () => {
    const people = await getJson('/demo/people');
    expect(people.status).toBe(200);
    expect((people.body['value'] as unknown[]).length).toBeGreaterThan(20);
    const token = await sim.tokenFor(upn);
    const me = await getJson('/v1.0/me', { authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
    expect(me.body['userPrincipalName']).toBe(upn);
  });

  it('rewrites the demo tenant origin in paging links to the app origin', async () => {
    const token = await sim.tokenFor(upn);
    const page = await getJson('/v1.0/users?$top=2', { authorization: `Bearer ${token}` });
    expect(page.status).toBe(200);
    const next = page.body['@odata.nextLink'] as string;
    expect(next.startsWith(`${app.url}/v1.0/users?`)).toBe(true);
    expect(next).not.toContain(sim.url);
  });
});

describe('the public origin in paging links', () => {
  it('comes from configuration, never from the Host header a client sends', async () => {
    const token = await sim.tokenFor(upn);
    const body = await new Promise<string>((resolve, reject) => {
      const { port } = new URL(app.url);
      httpRequest({ host: '127.0.0.1', port, path: '/v1.0/users?$top=2', headers: { host: 'evil.example', authorization: `Bearer ${token}` } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        res.on('end', () => resolve(text));
      })
        .on('error', reject)
        .end();
    });
    const next = (JSON.parse(body) as Record<string, string>)['@odata.nextLink']!;
    expect(next.startsWith(`${app.url}/v1.0/users?`)).toBe(true);
    expect(next).not.toContain('evil.example');
  });

  it('is the configured public URL when there is one', async () => {
    const configured = await listen(
      createAppServer({
        identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId },
        staticDir,
        publicUrl: 'https://commontime.district.example/',
      }),
      0,
    );
    try {
      const response = await fetch(`${configured.url}/v1.0/users?$top=2`, { headers: { authorization: `Bearer ${await sim.tokenFor(upn)}` } });
      const next = ((await response.json()) as Record<string, string>)['@odata.nextLink']!;
      expect(next.startsWith('https://commontime.district.example/v1.0/users?')).toBe(true);
    } finally {
      await configured.close();
    }
  });
});

describe('listen', () => {
  it('says which port is busy instead of crashing', async () => {
    const port = Number(new URL(app.url).port);
    const second = createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir });
    await expect(listen(second, port)).rejects.toBeInstanceOf(PortBusyError);
  });
});
