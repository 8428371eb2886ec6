/**
 * One clock for "today" across the demo: COMMON_TIME_TODAY / --today is read and checked, the demo
 * tenant seeds and signs tokens on it, the app server checks tokens and answers /api/config on it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { decodeJwt } from 'jose';
import { clockFromToday, parseToday, todayOf } from '../../src/sim/clock.js';
import { parseSimArgs } from '../../src/cli/sim.js';
import { ConfigError, readToday } from '../../src/server/config.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';

const ZONE = 'America/New_York';

describe('the today setting', () => {
  it('reads a date, or a date and district time, and names the setting and the fix otherwise', () => {
    expect(parseToday('2027-03-08', 'COMMON_TIME_TODAY')).toEqual({ date: '2027-03-08' });
    expect(parseToday(' 2027-03-14T01:30 ', '--today')).toEqual({ date: '2027-03-14', minuteOfDay: 90 });
    expect(parseToday('2027-02-30', 'COMMON_TIME_TODAY')).toEqual({
      error: expect.stringMatching(/^COMMON_TIME_TODAY="2027-02-30" is not a real calendar date: use a date as YYYY-MM-DD/),
    });
    expect(parseToday('next monday', '--today')).toEqual({ error: expect.stringMatching(/^--today="next monday" is not a date/) });
    expect(parseToday('2027-03-08T25:00', '--today')).toEqual({ error: expect.stringMatching(/no such time of day/) });
  });

  it('is refused against Microsoft 365, where tokens carry real times', () => {
    expect(readToday({}, false)).toBeUndefined();
    expect(readToday({ COMMON_TIME_TODAY: '2027-03-08' }, false)).toEqual({ date: '2027-03-08' });
    expect(() => readToday({ COMMON_TIME_TODAY: '2027-03-08' }, true)).toThrow(expect.objectContaining({ variable: 'COMMON_TIME_TODAY' }));
    expect(() => readToday({ COMMON_TIME_TODAY: '8 March' }, false)).toThrow(ConfigError);
  });

  it('is taken by `common-time sim --today`, over COMMON_TIME_TODAY', () => {
    expect(parseSimArgs(['--today', '2027-03-08'])).toEqual({ port: 0, today: { date: '2027-03-08' } });
    expect(parseSimArgs(['--today=2027-03-08T09:00'], { COMMON_TIME_TODAY: '2026-01-01' })).toEqual({ port: 0, today: { date: '2027-03-08', minuteOfDay: 540 } });
    expect(parseSimArgs([], { COMMON_TIME_TODAY: '2026-01-01' })).toEqual({ port: 0, today: { date: '2026-01-01' } });
    expect(parseSimArgs(['--today'])).toEqual({ error: expect.stringMatching(/--today needs a date/) });
    expect(parseSimArgs(['--today', '2026-13-01'])).toEqual({ error: expect.stringMatching(/--today="2026-13-01"/) });
  });
});

describe('the clock', () => {
  it('starts on the given date at the real time of day there, then runs at the real pace', () => {
    let real = DateTime.fromISO('2026-11-30T14:25:10', { zone: ZONE }).toMillis();
    const clock = clockFromToday({ date: '2027-03-15' }, () => real);
    expect(DateTime.fromMillis(clock(), { zone: ZONE }).toISO()).toBe('2027-03-15T14:25:10.000-04:00');
    real += 90 * 60_000;
    expect(DateTime.fromMillis(clock(), { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm')).toBe('2027-03-15 15:55');
    expect(todayOf(clock)).toBe('2027-03-15');
  });

  it('can start at a given time of day, across a DST change', () => {
    const clock = clockFromToday({ date: '2027-03-14', minuteOfDay: 9 * 60 }, () => 0);
    expect(DateTime.fromMillis(clock(), { zone: ZONE }).toISO()).toBe('2027-03-14T09:00:00.000-04:00');
  });
});

describe('the demo tenant and the app server on one clock', () => {
  let sim: SimHandle;
  let app: RunningAppServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = await mkdtemp(path.join(tmpdir(), 'ct-clock-'));
    await mkdir(path.join(staticDir, 'app'));
    await writeFile(path.join(staticDir, 'app', 'index.html'), '<!doctype html><title>Common Time</title>');
    sim = await startSim({ port: 0, seed: 'demo', today: { date: '2027-03-08' } });
    app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir, now: sim.now }), 0);
  });

  afterAll(async () => {
    await app?.close();
    await sim?.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('seeds the calendars around the given date', () => {
    expect(todayOf(sim.now)).toBe('2027-03-08');
    expect(sim.state.seededThrough! > '2027-03-08').toBe(true);
    expect(sim.state.seededThrough! < '2027-06-01').toBe(true);
  });

  it('issues tokens on that date and the app server accepts them', async () => {
    const token = await sim.tokenFor(sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName, {
      audience: `api://localhost/${sim.clientId}`,
      scopes: ['access_as_user'],
    });
    const iat = decodeJwt(token).iat! * 1000;
    expect(DateTime.fromMillis(iat, { zone: ZONE }).toISODate()).toBe('2027-03-08');
    const me = await fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
  });

  it('tells the tab the date and time in its public config', async () => {
    const config = (await (await fetch(`${app.url}/api/config`)).json()) as { today: string; now: number };
    expect(config.today).toBe('2027-03-08');
    expect(Math.abs(config.now - sim.now())).toBeLessThan(60_000);
  });

  it('checks tokens on the clock it is given: on a clock a year behind, the same token is not valid yet', async () => {
    const yearBehind = () => sim.now() - 365 * 86_400_000;
    const realApp = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir, now: yearBehind }), 0);
    try {
      const token = await sim.tokenFor(sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName, {
        audience: `api://localhost/${sim.clientId}`,
        scopes: ['access_as_user'],
      });
      const me = await fetch(`${realApp.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(401);
    } finally {
      await realApp.close();
    }
  });
});
