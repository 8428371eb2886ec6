/**
 * The demo tenant answers the app's own origin (configured; the app server's) the way Graph answers the
 * Teams tab: preflights, Access-Control-Allow-Origin on every answer (errors included), and the headers
 * a client must read exposed. Any other origin gets no CORS headers, and `/demo/*` (which hands out
 * tokens) never does. Checked with plain HTTP and with real Chromium pages on an allowed and on another
 * origin, where a missing header makes fetch fail.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { SimHandle } from '../../src/sim/server.js';
import { demoSim } from './support.js';

let sim: SimHandle;
let token: string;
let principalUpn: string;
let page: Server;
let origin: string;
let browser: Browser;

let stranger: Server;
let strangerOrigin: string;

beforeAll(async () => {
  // A blank page on another port: another origin than the simulator's. The first is the app's.
  page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>tab</title>'));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  stranger = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'));
  await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
  strangerOrigin = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
  sim = await demoSim({ corsOrigins: [origin] });
  const principal = sim.state.users.find((u) => u.role === 'principal')!;
  principalUpn = principal.userPrincipalName;
  token = await sim.tokenFor(principalUpn);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => page?.close(resolve));
  await new Promise((resolve) => stranger?.close(resolve));
  await sim?.close();
});

describe('CORS over HTTP', () => {
  it('answers a preflight for PATCH with If-Match and Prefer, and for $batch', async () => {
    const headers = 'authorization,content-type,if-match,prefer,client-request-id';
    const pre = await fetch(`${sim.graphUrl}/me/events/AAMkAnything`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': headers },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/\bPATCH\b/);
    expect(pre.headers.get('access-control-allow-headers')).toBe(headers);
    expect(Number(pre.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    const batch = await fetch(`${sim.graphUrl}/$batch`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(batch.status).toBe(204);
    expect(batch.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('lets the page read errors too: 401 and 429 carry the origin and expose WWW-Authenticate and Retry-After', async () => {
    const unauthorized = await fetch(`${sim.graphUrl}/me`, { headers: { origin } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe(origin);
    expect(unauthorized.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate/);
    sim.faults.throttleNext(1, 2);
    const throttled = await fetch(`${sim.graphUrl}/me/events`, { headers: { origin, authorization: `Bearer ${token}` } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('access-control-allow-origin')).toBe(origin);
    expect(throttled.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });
});

describe('CORS for anyone else', () => {
  it('gives another origin no CORS headers, on preflights and answers alike', async () => {
    const pre = await fetch(`${sim.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: { origin: strangerOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    const res = await fetch(`${sim.graphUrl}/me`, { headers: { origin: strangerOrigin, authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
  });

  it("never puts CORS headers on /demo/*, not even for the app's own origin", async () => {
    for (const path of [`/demo/token?user=${encodeURIComponent(principalUpn)}`, '/demo/people']) {
      const res = await fetch(`${sim.url}${path}`, { headers: { origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await fetch(`${sim.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('a page on another origin cannot read a token from /demo/token nor Graph with a token it holds', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(strangerOrigin);
      const outcome = await tab.evaluate(
        async ({ base, graph, upn, bearer }) => {
          const attempt = async (run: () => Promise<Response>) => {
            try {
              return `read ${(await run()).status}`;
            } catch {
              return 'blocked';
            }
          };
          return {
            token: await attempt(() => fetch(`${base}/demo/token?user=${encodeURIComponent(upn)}`)),
            graph: await attempt(() => fetch(`${graph}/me`, { headers: { Authorization: `Bearer ${bearer}` } })),
          };
        },
        { base: sim.url, graph: sim.graphUrl, upn: principalUpn, bearer: token },
      );
      expect(outcome).toEqual({ token: 'blocked', graph: 'blocked' });
    } finally {
      await tab.close();
    }
  });
});

describe('the origin in paging links', () => {
  it("is the demo tenant's own address, whatever Host header the request carries", async () => {
    const text = await new Promise<string>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: new URL(sim.url).port, path: '/v1.0/users?$top=2', headers: { host: 'evil.example', authorization: `Bearer ${token}` } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    const next = (JSON.parse(text) as Record<string, string>)['@odata.nextLink']!;
    expect(next.startsWith(`${sim.graphUrl}/users?`)).toBe(true);
  });
});

describe("CORS from a real browser page on the app's origin", () => {
  it('creates, reads and updates an event with Authorization, Prefer and If-Match, and reads Preference-Applied, request-id and Retry-After', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(origin);
      const seen = await tab.evaluate(
        async ({ graph, bearer }) => {
          const auth = { Authorization: `Bearer ${bearer}` };
          const created = await fetch(`${graph}/me/events`, {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json', Prefer: 'outlook.timezone="Eastern Standard Time"' },
            body: JSON.stringify({
              subject: 'CORS check',
              start: { dateTime: '2026-05-04T09:00:00', timeZone: 'Eastern Standard Time' },
              end: { dateTime: '2026-05-04T09:30:00', timeZone: 'Eastern Standard Time' },
            }),
          });
          const event = (await created.json()) as { id: string; '@odata.etag': string };
          const read = await fetch(`${graph}/me/events/${event.id}`, { headers: auth });
          const etag = read.headers.get('ETag') ?? event['@odata.etag'];
          const patched = await fetch(`${graph}/me/events/${event.id}`, {
            method: 'PATCH',
            headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': etag },
            body: JSON.stringify({ subject: 'CORS check, renamed' }),
          });
          const batch = await fetch(`${graph}/$batch`, {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me' }] }),
          });
          return {
            created: created.status,
            preferenceApplied: created.headers.get('Preference-Applied'),
            requestId: created.headers.get('request-id'),
            patched: patched.status,
            subject: ((await patched.json()) as { subject: string }).subject,
            batch: batch.status,
          };
        },
        { graph: sim.graphUrl, bearer: token },
      );
      expect(seen).toEqual({
        created: 201,
        preferenceApplied: 'outlook.timezone="Eastern Standard Time"',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        patched: 200,
        subject: 'CORS check, renamed',
        batch: 200,
      });
      sim.faults.throttleNext(1, 3);
      const retryAfter = await tab.evaluate(
        async ({ graph, bearer }) => {
          const res = await fetch(`${graph}/me/events?$top=1`, { headers: { Authorization: `Bearer ${bearer}` } });
          return [res.status, res.headers.get('Retry-After')];
        },
        { graph: sim.graphUrl, bearer: token },
      );
      expect(retryAfter).toEqual([429, '3']);
    } finally {
      await tab.close();
    }
  });
});
