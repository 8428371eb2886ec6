/**
 * Nothing a client sends stops either server: a request line the URL parser refuses, a malformed
 * header, a handler that throws, a body over the limit. Each gets its status in Graph's error shape,
 * over a raw socket (fetch cannot send such requests), and the next ordinary call still succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';

let sim: SimHandle;
let app: RunningAppServer;
let staticDir: string;
let token: string;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'ct-robust-'));
  await mkdir(path.join(staticDir, 'app'));
  await writeFile(path.join(staticDir, 'app', 'index.html'), '<!doctype html><title>Common Time</title>');
  sim = await startSim({ port: 0, seed: 'demo' });
  // A handler with a bug: its answer cannot be written as JSON (the throw happens past the dispatcher).
  sim.router.add('GET', '/users/{userId}/unserializable', () => ({ status: 200, body: { count: 1n } }));
  app = await listen(
    createAppServer({
      identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId },
      staticDir,
      routes: [
        {
          method: 'GET',
          path: '/api/throws',
          handle: () => {
            throw new Error('a bug in a route');
          },
        },
        { method: 'GET', path: '/api/rejects', handle: async () => Promise.reject(new Error('a later bug')) },
        { method: 'GET', path: '/api/unserializable', handle: async () => ({ status: 200, body: { count: 1n } }) },
        { method: 'POST', path: '/api/echo', handle: async ({ body }) => ({ status: 200, body }) },
      ],
    }),
    0,
  );
  const upn = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
  token = await sim.tokenFor(upn);
});

afterAll(async () => {
  await app?.close();
  await sim?.close();
  await rm(staticDir, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as is and reads what comes back until the server closes or the answer is complete. */
function raw(baseUrl: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    const chunks: Buffer[] = [];
    const done = (): void => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`No HTTP answer: ${JSON.stringify(text)}`));
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: text.slice(split + 4) });
    };
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, split));
      if (split >= 0 && length && Buffer.byteLength(text.slice(split + 4)) >= Number(length[1])) {
        socket.destroy();
        done();
      }
    });
    socket.on('end', done);
    socket.on('error', (error) => (chunks.length > 0 ? done() : reject(error)));
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer in 20 s')));
    socket.write(request);
  });
}

function expectGraphError(answer: RawAnswer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body) as { error: { code: unknown; message: unknown; innerError: Record<string, unknown> } };
  expect(body.error).toEqual({
    code: expect.any(String),
    message: expect.any(String),
    innerError: expect.objectContaining({ date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), 'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/) }),
  });
  expect(answer.body).not.toMatch(/\n\s+at /); // never a stack trace
}

describe.each([
  ['the demo tenant', () => sim.url, '/v1.0/me'],
  ['the app server', () => app.url, '/api/config'],
])('%s keeps serving', (_name, base, okPath) => {
  async function stillServes(): Promise<void> {
    const response = await fetch(`${base()}${okPath}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  }

  it('answers a request line the URL parser refuses (GET //[) with a Graph-shaped 400', async () => {
    expectGraphError(await raw(base(), 'GET //[ HTTP/1.1\r\nHost: localhost\r\n\r\n'), 400);
    await stillServes();
  });

  it('answers a header Node cannot parse with a Graph-shaped 400, and closes that connection', async () => {
    const answer = await raw(base(), 'GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Name: x\r\n\r\n');
    expectGraphError(answer, 400);
    expect(answer.headers['connection']).toBe('close');
    expectGraphError(await raw(base(), 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Ctl: a\u0001b\r\n\r\n'), 400);
    await stillServes();
  });

  it('answers a request line that is not HTTP at all with a Graph-shaped 400', async () => {
    expectGraphError(await raw(base(), 'HELLO\r\n\r\n'), 400);
    await stillServes();
  });

  it('answers oversized headers with 431', async () => {
    expectGraphError(await raw(base(), `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431);
    await stillServes();
  });
});

describe('a handler that throws', () => {
  it('in the demo tenant: a Graph-shaped 500, then the next call succeeds', async () => {
    const answer = await raw(sim.url, `GET /v1.0/me/unserializable HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
    expectGraphError(answer, 500);
    expect((await fetch(`${sim.graphUrl}/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it.each(['/api/throws', '/api/rejects', '/api/unserializable'])('in the app server (%s): a Graph-shaped 500, then the next call succeeds', async (route) => {
    const apiToken = await sim.tokenFor(sim.state.users[0]!.id, { audience: `api://localhost/${sim.clientId}`, scopes: ['access_as_user'] });
    const answer = await raw(app.url, `GET ${route} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${apiToken}\r\nConnection: close\r\n\r\n`);
    expectGraphError(answer, 500);
    expect(JSON.parse(answer.body).error.message).not.toMatch(/bug/);
    expect((await fetch(`${app.url}/api/config`)).status).toBe(200);
  });
});

describe('a body over the limit', () => {
  it("gets the demo tenant's 413 in Graph's shape, readable by the client that sent it", async () => {
    const body = JSON.stringify({ subject: 'x'.repeat(5 * 1024 * 1024) });
    const response = await fetch(`${sim.graphUrl}/me/events`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('RequestEntityTooLarge');
    expect(json.error.message).toBe('The maximum request length supported is 4MB.');
    expect((await fetch(`${sim.graphUrl}/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("gets the demo tenant's 413 over a raw socket too, before the connection closes", async () => {
    const size = 5 * 1024 * 1024;
    const head = `POST /v1.0/me/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
    expectGraphError(await raw(sim.url, Buffer.concat([Buffer.from(head), Buffer.alloc(size, 0x20)])), 413);
  });

  it("gets the app server's 413 in Graph's shape", async () => {
    const apiToken = await sim.tokenFor(sim.state.users[0]!.id, { audience: `api://localhost/${sim.clientId}`, scopes: ['access_as_user'] });
    const response = await fetch(`${app.url}/api/echo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(1_200_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('requestEntityTooLarge');
    const small = await fetch(`${app.url}/api/echo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(await small.json()).toEqual({ text: 'hi' });
  });
});
