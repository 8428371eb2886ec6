/**
 * `npm start` as a person runs it: one process starts the demo tenant and the app server, prints the
 * URL to open, serves it, stops cleanly on Ctrl+C (SIGINT), and says which port is busy when one is.
 * Runs the built entry point (dist/server/start.js), as `npm start` does.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENTRY = path.resolve('dist/server/start.js');
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function launch(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string; exit: Promise<number | null> }> {
  if (!existsSync(ENTRY)) throw new Error('dist/server/start.js is missing: run `npm run build` first.');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ct-start-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, [ENTRY], { env: { ...process.env, DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (c: Buffer) => {
    text += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    text += c.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

/** The status of the answer to a raw request (fetch cannot send malformed ones). */
function rawStatus(base: string, request: string): Promise<number> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.on('data', (c: Buffer) => {
      text += c.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed without an answer: ${JSON.stringify(text)}`)));
    socket.write(request);
  });
}

async function waitFor(predicate: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start', () => {
  it('prints the one URL to open, serves the app there, and stops on Ctrl+C', async () => {
    const run = await launch({ PORT: '0', SIM_PORT: '0' });
    await waitFor(() => /Open: http:\/\/localhost:\d+\//.test(run.output()), 20_000);
    const url = /Open: (http:\/\/localhost:\d+)\//.exec(run.output())![1]!;
    const config = await fetch(`${url}/api/config`);
    expect(config.status).toBe(200);
    expect(((await config.json()) as { mode: string }).mode).toBe('demo');
    const people = (await (await fetch(`${url}/demo/people`)).json()) as { value: unknown[] };
    expect(people.value.length).toBeGreaterThan(20);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  }, 40_000);

  it('keeps serving after requests the parser refuses, on both of its servers', async () => {
    const run = await launch({ PORT: '0', SIM_PORT: '0' });
    try {
      await waitFor(() => /Open: http:\/\/localhost:\d+\//.test(run.output()), 20_000);
      const url = /Open: (http:\/\/localhost:\d+)\//.exec(run.output())![1]!;
      const graph = /Demo tenant \(Graph\): (http:\/\/[\d.]+:\d+)\/v1\.0/.exec(run.output())![1]!;
      for (const base of [url, graph]) {
        for (const request of ['GET //[ HTTP/1.1\r\nHost: x\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 'NOT HTTP\r\n\r\n']) {
          expect(await rawStatus(base, request)).toBe(400);
        }
      }
      expect((await fetch(`${url}/api/config`)).status).toBe(200);
      expect((await fetch(`${graph}/demo/people`)).status).toBe(200);
      expect(run.child.exitCode).toBeNull();
    } finally {
      run.child.kill('SIGINT');
      await run.exit;
    }
  }, 40_000);

  it('stops with one line naming a damaged tenant.json and DATA_DIR, and leaves the file', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ct-start-bad-'));
    dirs.push(dataDir);
    await writeFile(path.join(dataDir, 'tenant.json'), '{"version": 1,');
    const run = await launch({ PORT: '0', SIM_PORT: '0', DATA_DIR: dataDir });
    expect(await run.exit).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/tenant\.json is not valid JSON .*DATA_DIR/)]);
    expect(await readFile(path.join(dataDir, 'tenant.json'), 'utf8')).toBe('{"version": 1,');
  }, 40_000);

  it('says which port is busy and how to choose another, and exits with an error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    try {
      const run = await launch({ PORT: String(busy), SIM_PORT: '0' });
      expect(await run.exit).toBe(1);
      expect(run.output()).toContain(`Port ${busy} (PORT) is already in use.`);
      expect(run.output()).toMatch(/PORT=\d+ npm start/);
    } finally {
      blocker.close();
    }
  }, 40_000);
});

describe('the built app (dist/app)', () => {
  it('names no source map in any bundle, so a browser never asks for one', async () => {
    const assets = path.resolve('dist/app/assets');
    if (!existsSync(assets)) throw new Error('dist/app is missing: run `npm run build` first.');
    const bundles = (await readdir(assets)).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
    expect(bundles.length).toBeGreaterThan(0);
    // The comment a bundler appends (libraries inside may mention the word in their own code).
    const naming: string[] = [];
    for (const bundle of bundles) {
      if (/\/[/*][#@] sourceMappingURL=\S+\s*(\*\/)?\s*$/.test(await readFile(path.join(assets, bundle), 'utf8'))) naming.push(bundle);
    }
    expect(naming).toEqual([]);
  });
});
