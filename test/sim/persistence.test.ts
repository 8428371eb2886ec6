import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type SimHandle } from '../../src/sim/server.js';
import { call } from './support.js';

const dirs: string[] = [];
const sims: SimHandle[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'ct-sim-'));
  dirs.push(d);
  return d;
}

async function start(dir: string, port = 0, now?: () => number): Promise<SimHandle> {
  const sim = await startSim({ dataDir: dir, port, ...(now ? { now } : {}) });
  sims.push(sim);
  return sim;
}

describe('state across a restart', () => {
  it('keeps the tenant, its signing key and a created event', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const upn = first.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
    const token = await first.tokenFor(upn);
    const created = await call(first, token, 'POST', '/me/events', {
      subject: 'Survives restart',
      start: { dateTime: '2031-03-04T09:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2031-03-04T10:00:00', timeZone: 'Eastern Standard Time' },
    });
    expect(created.status).toBe(201);
    await first.close();
    sims.splice(0);

    // Same port, so the issuer URL is the same and the first run's token can be checked again.
    const second = await start(dir, Number(new URL(first.url).port));
    expect(second.tenantId).toBe(first.tenantId);
    expect(second.state.users.map((u) => u.id)).toEqual(first.state.users.map((u) => u.id));
    // The key survived too: a token from the first run still verifies (same issuer, same JWKS).
    const again = await call(second, token, 'GET', `/me/events/${created.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body.subject).toBe('Survives restart');
  });

  it('writes atomically: only tenant.json and the key remain, never a temp file', async () => {
    const dir = await dataDir();
    const sim = await start(dir);
    const token = await sim.tokenFor(sim.state.users[0]!.id);
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        call(sim, token, 'POST', '/me/events', {
          subject: `Burst ${i}`,
          start: { dateTime: `2031-05-0${i + 1}T09:00:00`, timeZone: 'UTC' },
          end: { dateTime: `2031-05-0${i + 1}T10:00:00`, timeZone: 'UTC' },
        }),
      ),
    );
    await sim.flush();
    expect((await readdir(dir)).sort()).toEqual(['signing-key.json', 'tenant.json']);
    const saved = JSON.parse(await readFile(join(dir, 'tenant.json'), 'utf8')) as { version: number; users: unknown[] };
    expect(saved.version).toBe(1);
    expect(saved.users.length).toBe(sim.state.users.length);
  });

  it('tops up the demo calendars when started again weeks later, keeping what was there', async () => {
    const dir = await dataDir();
    const t0 = Date.parse('2026-02-04T15:00:00Z');
    const first = await start(dir, 0, () => t0);
    const principal = first.state.users.find((u) => u.role === 'principal')!;
    const count = (sim: SimHandle) => Object.keys((sim.state.calendars[principal.id] as { events: object }).events).length;
    const before = count(first);
    await first.close();
    sims.splice(0);

    const later = t0 + 8 * 7 * 86_400_000;
    const second = await start(dir, 0, () => later);
    expect(count(second)).toBeGreaterThan(before);
    const token = await second.tokenFor(principal.id);
    const from = new Date(later + 14 * 86_400_000).toISOString();
    const to = new Date(later + 21 * 86_400_000).toISOString();
    const view = await call(second, token, 'GET', `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`);
    expect(view.body.value.length).toBeGreaterThan(3);
    const grown = count(second);
    await second.close();
    sims.splice(0);

    const third = await start(dir, 0, () => later);
    expect(count(third)).toBe(grown);
  });

  it('refuses a data folder whose tenant.json is not a demo tenant, naming the file', async () => {
    const dir = await dataDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'tenant.json'), JSON.stringify({ hello: 'world' }));
    await expect(startSim({ dataDir: dir })).rejects.toThrow(/tenant\.json/);
  });
});
