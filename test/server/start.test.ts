/**
 * `npm start` as a person runs it: one process starts the demo tenant and the app server, prints the
 * URL to open, serves it, stops cleanly on Ctrl+C (SIGINT), and says which port is busy when one is.
 * Runs the built entry point (dist/server/start.js), as `npm start` does.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
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
  child.stdout!.on('data', (c: Buffer) => { text += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { text += c.toString(); });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
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
