/**
 * The app server sends text assets compressed, over real HTTP: brotli or gzip as the request's
 * Accept-Encoding allows, with Vary so caches keep each form apart, and the bytes decompress to the file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';
import { chooseEncoding } from '../../src/server/http/contentEncoding.js';

let sim: SimHandle;
let app: RunningAppServer;
let staticDir: string;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `principal ${i} is free on Tuesday`))};\n`;
const png = Buffer.alloc(4096, 7);

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'ct-gzip-'));
  await mkdir(path.join(staticDir, 'app'));
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'app', 'index.html'), '<!doctype html><title>Common Time</title>');
  await writeFile(path.join(staticDir, 'assets', 'main-abc123.js'), script);
  await writeFile(path.join(staticDir, 'assets', 'icon.png'), png);
  sim = await startSim({ port: 0, seed: 'demo' });
  app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir }), 0);
});

afterAll(async () => {
  await app?.close();
  await sim?.close();
  await rm(staticDir, { recursive: true, force: true });
});

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** node:http, not fetch: fetch would ask for and undo the compression itself. */
function get(pathname: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed static files over HTTP', () => {
  it('sends brotli when the browser accepts it, and the bytes are the file', async () => {
    const res = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends gzip when only gzip is accepted, or brotli is refused with q=0', async () => {
    for (const accept of ['gzip', 'gzip;q=1, br;q=0', 'br;q=0.5, gzip']) {
      const res = await get('/assets/main-abc123.js', { 'accept-encoding': accept });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(script);
    }
  });

  it('sends the file as it is when nothing is accepted, still with Vary', async () => {
    for (const headers of [{} as Record<string, string>, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br;q=0' }]) {
      const res = await get('/assets/main-abc123.js', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(res.body.toString()).toBe(script);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(script));
    }
  });

  it('leaves images alone and tiny files uncompressed', async () => {
    const image = await get('/assets/icon.png', { 'accept-encoding': 'gzip, br' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['vary']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    const html = await get('/', { 'accept-encoding': 'gzip, br' });
    expect(html.headers['content-encoding']).toBeUndefined();
    expect(html.body.toString()).toContain('<title>Common Time</title>');
  });

  it('answers HEAD with the compressed length and no body', async () => {
    const get1 = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip' });
    const head = await get('/assets/main-abc123.js', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe(get1.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('compresses a file again after it changes (a rebuild in place)', async () => {
    const file = path.join(staticDir, 'assets', 'main-abc123.js');
    const changed = script.replace(/Tuesday/g, 'Thursday');
    await writeFile(file, changed);
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    const res = await get('/assets/main-abc123.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(res.body).toString()).toBe(changed);
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['deflate', undefined],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['gzip;q=0.9, br;q=0.1', 'gzip'],
    ['GZIP', 'gzip'],
    ['identity;q=1, *;q=0', undefined],
  ])('Accept-Encoding %p gives %p', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
