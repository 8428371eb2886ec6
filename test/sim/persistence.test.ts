import { afterEach, describe, expect, it } from '@jest/globals';
import * as nodeFs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type SimHandle } from '../../src/sim/server.js';
import { call } from './support.js';
import { createPersistence, type PersistenceFs } from '../../src/sim/persistence.js';
import type { TenantState } from '../../src/sim/state.js';

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
    await writeFile(join(dir, 'tenant.json'), JSON.stringify({ hello: 'world' }));
    await expect(startSim({ dataDir: dir })).rejects.toThrow(/tenant\.json/);
  });
});

describe('a data file the tenant cannot start from', () => {
  async function refusal(dir: string): Promise<string> {
    const error = await startSim({ dataDir: dir }).then(
      async (sim) => {
        sims.push(sim);
        throw new Error('started');
      },
      (e: unknown) => e as Error,
    );
    return error.message;
  }

  it.each([
    ['not JSON', '{"version": 1, "users": [', /tenant\.json is not valid JSON/],
    [
      'the wrong shape',
      JSON.stringify({ version: 1, tenantId: 't', clientId: 'c', domain: 'd', users: 'everyone', schools: [], groups: [], calendars: {} }),
      /tenant\.json is not a Common Time demo tenant \(version 1\): "users" must be array/,
    ],
    ['another version', JSON.stringify({ version: 2, tenantId: 't' }), /tenant\.json is not a Common Time demo tenant/],
    [
      'calendar sharing of the wrong shape',
      JSON.stringify({
        version: 1,
        tenantId: 't',
        clientId: 'c',
        domain: 'd',
        users: [],
        schools: [],
        groups: [],
        calendars: {},
        calendarSharing: { someone: [{ granteeId: 'x', role: 'owner' }] },
      }),
      /tenant\.json is not a Common Time demo tenant \(version 1\): "calendarSharing.*role" must be equal to one of the allowed values/,
    ],
  ])('stops the start when tenant.json is %s: one line naming the file, the problem and DATA_DIR; the file is untouched', async (_what, content, problem) => {
    const dir = await dataDir();
    await writeFile(join(dir, 'tenant.json'), content);
    const message = await refusal(dir);
    expect(message).toMatch(problem);
    expect(message).toContain(join(dir, 'tenant.json'));
    expect(message).toMatch(/DATA_DIR/);
    expect(message).not.toContain('\n');
    expect(await readFile(join(dir, 'tenant.json'), 'utf8')).toBe(content);
  });

  it('stops the start when tenant.json cannot be read (here: it is a folder), and leaves it', async () => {
    const dir = await dataDir();
    await mkdir(join(dir, 'tenant.json'));
    const message = await refusal(dir);
    expect(message).toMatch(/tenant\.json cannot be read \(EISDIR\).*DATA_DIR/);
    expect((await stat(join(dir, 'tenant.json'))).isDirectory()).toBe(true);
  });

  it('stops the start when the signing key is damaged, naming it', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    await first.close();
    sims.splice(0);
    await writeFile(join(dir, 'signing-key.json'), 'not a key');
    const message = await refusal(dir);
    expect(message).toMatch(/signing-key\.json is not a readable signing key.*DATA_DIR/);
    expect(await readFile(join(dir, 'signing-key.json'), 'utf8')).toBe('not a key');
  });
});

describe('a save that fails', () => {
  it('is logged and retried with backoff when the folder cannot be written, and never ends the process', async () => {
    const dir = await dataDir();
    const sim = await start(dir);
    const token = await sim.tokenFor(sim.state.users[0]!.id);
    await sim.flush();
    // The data folder turns into a file: no save can make it a folder again (tests run as root, so
    // permissions would not stop a write).
    await rm(dir, { recursive: true, force: true });
    await writeFile(dir, 'in the way');
    const lines: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      const created = await call(sim, token, 'POST', '/me/events', {
        subject: 'Made while the disk was away',
        start: { dateTime: '2031-06-02T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2031-06-02T10:00:00', timeZone: 'UTC' },
      });
      expect(created.status).toBe(201);
      await waitFor(() => lines.some((l) => /could not save .*tenant\.json \((ENOTDIR|EEXIST)\).*tries again in 1 s/.test(l)));
      // Still serving.
      expect((await call(sim, token, 'GET', '/me')).status).toBe(200);
      // The folder comes back: the retry saves everything, the event included.
      await rm(dir, { force: true });
      await mkdir(dir);
      await waitFor(() => lines.some((l) => /saved .*tenant\.json again/.test(l)), 30_000);
    } finally {
      process.stderr.write = original;
    }
    const saved = await readFile(join(dir, 'tenant.json'), 'utf8');
    expect(saved).toContain('Made while the disk was away');
  }, 60_000);

  it('backs off (doubling up to a ceiling) and fsyncs each write before the rename, with an injected disk that is full', async () => {
    const dir = await dataDir();
    const events: string[] = [];
    const lines: string[] = [];
    let full = true;
    const fs: PersistenceFs = {
      mkdir: nodeFs.mkdir,
      rm: nodeFs.rm,
      rename: (async (from: string, to: string) => {
        events.push('rename');
        return nodeFs.rename(from, to);
      }) as PersistenceFs['rename'],
      open: (async (path: string, flags: string) => {
        const handle = await nodeFs.open(path, flags);
        return Object.assign(Object.create(handle) as FileHandle, {
          writeFile: async (data: string) => {
            if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            events.push('write');
            return handle.writeFile(data);
          },
          sync: async () => {
            events.push('sync');
            return handle.sync();
          },
          close: () => handle.close(),
        });
      }) as PersistenceFs['open'],
    };
    const state = { version: 1, tenantId: 't', clientId: 'c', domain: 'd', districtName: 'x', users: [], schools: [], groups: [], calendars: {} } as TenantState;
    const persistence = createPersistence(dir, () => state, { fs, debounceMs: 1, retryMs: 20, maxRetryMs: 80, log: (l) => lines.push(l) });
    persistence.persist();
    await waitFor(() => lines.length >= 4);
    expect(lines.slice(0, 4).map((l) => /tries again in (\d+ m?s)/.exec(l)?.[1])).toEqual(['20 ms', '40 ms', '80 ms', '80 ms']);
    expect(lines[0]).toMatch(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]); // no temp file left behind
    full = false;
    await waitFor(() => lines.some((l) => /saved .* again/.test(l)));
    expect(events).toEqual(['write', 'sync', 'rename']);
    expect(JSON.parse(await readFile(join(dir, 'tenant.json'), 'utf8'))).toEqual(state);
    await persistence.flush();
  });

  it('on close, tries once more and reports what could not be saved, without throwing', async () => {
    const lines: string[] = [];
    const state = { version: 1 } as TenantState;
    const blocked = join(await dataDir(), 'file');
    await writeFile(blocked, 'x');
    const persistence = createPersistence(join(blocked, 'data'), () => state, { debounceMs: 10_000, log: (l) => lines.push(l) });
    persistence.persist();
    await expect(persistence.flush()).resolves.toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/could not save .*changes since the last save are not on disk/)]);
  });
});

async function waitFor(predicate: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
