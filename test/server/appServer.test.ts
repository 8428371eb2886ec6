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
import { createAppServer, listen, PortBusyError } from '../../src/server/appServer.js';
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
  sim = await startSim({ port: 0, seed: 'demo' });
  upn = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId }, staticDir }), 0);
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
    expect(body).toEqual({ mode: 'demo', apiScope: expect.stringMatching(/^api:\/\/.+\/access_as_user$/), graphBaseUrl: '/v1.0', demo: { peopleUrl: '/demo/people', tokenUrl: '/demo/token' }, now: expect.any(Number), today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

describe('token validation on /api', () => {
  it('accepts a token the demo tenant signed and returns who it is for', async () => {
    const token = await sim.tokenFor(upn);
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body['upn']).toBe(upn);
    expect(body['tid']).toBe(sim.tenantId);
  });

  it('rejects a request without a token with 401 and a sentence saying what to do', async () => {
    const { status, headers, body } = await getJson('/api/me');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(body).toEqual({ error: { code: 'missing_token', message: expect.stringMatching(/Sign in first/) } });
  });

  it('rejects a forged token (same claims, signed with another key) with 401', async () => {
    const real = await sim.tokenFor(upn);
    const claims = JSON.parse(Buffer.from(real.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(real.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string };
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(privateKey);
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body['error']).toEqual({ code: 'invalid_token', message: expect.stringMatching(/signature or format is not valid/) });
  });

  it('rejects an expired token with 401 expired_token', async () => {
    const expired = await sim.tokenFor(upn, { lifetimeSeconds: -3600 });
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${expired}` });
    expect(status).toBe(401);
    expect(body['error']).toEqual({ code: 'expired_token', message: 'Your sign-in has expired; sign in again.' });
  });

  it('rejects a token issued for another audience', async () => {
    const other = await sim.tokenFor(upn, { audience: 'api://someone-else' });
    const { status, body } = await getJson('/api/me', { authorization: `Bearer ${other}` });
    expect(status).toBe(401);
    expect((body['error'] as { message: string }).message).toMatch(/claim "aud"/);
  });

  it('rejects something that is not a JWT at all', async () => {
    const { status, body } = await getJson('/api/me', { authorization: 'Bearer not-a-token' });
    expect(status).toBe(401);
    expect((body['error'] as { code: string }).code).toBe('invalid_token');
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

describe('listen', () => {
  it('says which port is busy instead of crashing', async () => {
    const port = Number(new URL(app.url).port);
    const second = createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId }, staticDir });
    await expect(listen(second, port)).rejects.toBeInstanceOf(PortBusyError);
  });
});
