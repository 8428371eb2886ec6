import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { parseSimArgs } from '../../src/cli/sim.js';

describe('common-time sim options', () => {
  it('reads --port and --data in both spellings', () => {
    expect(parseSimArgs(['--port', '4100', '--data', 'tenant'])).toEqual({ port: 4100, dataDir: expect.stringMatching(/\/tenant$/) });
    expect(parseSimArgs(['--port=0'])).toEqual({ port: 0 });
    expect(parseSimArgs(['--help'])).toBe('help');
    expect(parseSimArgs(['--principals', '2000'])).toEqual({ port: 0, principals: 2000 });
  });

  it('reads --allow-origin (repeatable) as origins, and names a value that is not one', () => {
    expect(parseSimArgs(['--allow-origin', 'http://localhost:5173/app', '--allow-origin=https://tab.example'])).toEqual({
      port: 0,
      corsOrigins: ['http://localhost:5173', 'https://tab.example'],
    });
    expect(parseSimArgs(['--allow-origin', 'localhost:5173'])).toEqual({ error: expect.stringMatching(/--allow-origin needs a web origin/) });
    expect(parseSimArgs(['--allow-origin'])).toEqual({ error: expect.stringMatching(/got nothing/) });
  });

  it('names the bad option and the fix', () => {
    expect(parseSimArgs(['--port', 'eighty'])).toEqual({ error: expect.stringMatching(/--port needs a whole number/) });
    expect(parseSimArgs(['--port'])).toEqual({ error: expect.stringMatching(/got nothing/) });
    expect(parseSimArgs(['--data'])).toEqual({ error: expect.stringMatching(/--data needs a folder/) });
    expect(parseSimArgs(['--verbose'])).toEqual({ error: 'unknown option "--verbose".' });
    expect(parseSimArgs(['--principals', '0'])).toEqual({ error: expect.stringMatching(/--principals needs a whole number from 1/) });
  });
});

describe('common-time sim as a process', () => {
  it('prints the Graph URL, serves the demo people, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['sim', '--port', '0']); })"],
      {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const graphUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; output so far: ${out}`)), 25_000);
      child.stdout.on('data', () => {
        const m = /Graph at (http:\/\/127\.0\.0\.1:\d+\/v1\.0)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const base = graphUrl.replace(/\/v1\.0$/, '');
    const people = (await (await fetch(`${base}/demo/people`)).json()) as { value: unknown[] };
    // The director, four coaches and supervisors, 24 principals (the shared peer-coaching mailbox is not a person to sign in as).
    expect(people.value.length).toBe(29);
    expect((await fetch(`${graphUrl}/me`)).status).toBe(401);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toMatch(/Stopping the demo tenant \(SIGTERM\)/);
  }, 40_000);
});
