/** getSchedules against the demo tenant over HTTP: chunking, batching, window splitting, order, errors. */
import { describe, expect, it } from '@jest/globals';
import { dayFromToday, useWorld } from './support/simGateway.js';
import { DateTime } from 'luxon';

const GET_SCHEDULE = 'POST /users/{userId}/calendar/getSchedule';
const getWorld = useWorld();

const unknown = (n: number) => Array.from({ length: n }, (_, i) => `nobody${i}@elsewhere.example`);

describe('getSchedules', () => {
  it('asks for 45 people in 3 getSchedule parts inside 1 batch, answers in input order', async () => {
    const real = getWorld().principals.map((p) => p.upn);
    const addresses = [...unknown(45 - real.length), ...real].reverse();
    const result = await getWorld()
      .gateway()
      .getSchedules(addresses, { start: dayFromToday(0), end: dayFromToday(7) }, { intervalMinutes: 30 });
    expect(getWorld().sim.stats.byRoute['POST /$batch']).toBe(1);
    expect(getWorld().sim.stats.innerByRoute[GET_SCHEDULE]).toBe(3);
    expect(getWorld().sim.stats.byRoute[GET_SCHEDULE]).toBeUndefined();
    expect(result.map((s) => s.scheduleId)).toEqual(addresses);
    for (const s of result) {
      if (s.scheduleId!.startsWith('nobody')) expect(s.error?.responseCode).toBe('5009');
      else expect(s.availabilityView).toHaveLength(7 * 48);
    }
    expect(result.some((s) => /[1-4]/.test(s.availabilityView ?? ''))).toBe(true);
  });

  it('splits a 70-day window into pieces under 62 days and joins each view exactly', async () => {
    const gateway = getWorld().gateway();
    const someone = getWorld()
      .principals.slice(0, 3)
      .map((p) => p.upn);
    const whole = await gateway.getSchedules(someone, { start: dayFromToday(-7), end: dayFromToday(63) }, { intervalMinutes: 60 });
    expect(getWorld().sim.stats.innerByRoute[GET_SCHEDULE]).toBe(2);
    // The same 70 days asked as two windows cut elsewhere must give the same hours.
    const first = await gateway.getSchedules(someone, { start: dayFromToday(-7), end: dayFromToday(20) }, { intervalMinutes: 60 });
    const second = await gateway.getSchedules(someone, { start: dayFromToday(20), end: dayFromToday(63) }, { intervalMinutes: 60 });
    whole.forEach((s, i) => {
      expect(s.availabilityView).toHaveLength(70 * 24);
      expect(s.availabilityView).toBe(first[i]!.availabilityView! + second[i]!.availabilityView!);
      expect(s.availabilityView).toMatch(/[23]/);
    });
    // Items crossing the cut are listed once; items from both halves are all there.
    const ids = (list: typeof whole) => list.flatMap((s) => s.scheduleItems ?? []).map((it) => JSON.stringify([it.start, it.end, it.status]));
    expect(new Set(ids(whole))).toEqual(new Set([...ids(first), ...ids(second)]));
  });

  it('handles 300 principals over 10 weeks: 15 x 2 parts in 2 batches, with progress', async () => {
    const real = getWorld().principals.map((p) => p.upn);
    const addresses = [...real, ...unknown(300 - real.length)];
    const progress: Array<{ done: number; total: number }> = [];
    const result = await getWorld()
      .gateway()
      .getSchedules(addresses, { start: dayFromToday(0), end: dayFromToday(70) }, { intervalMinutes: 30, onProgress: (p) => progress.push(p) });
    expect(result).toHaveLength(300);
    expect(getWorld().sim.stats.byRoute['POST /$batch']).toBe(2);
    expect(getWorld().sim.stats.innerByRoute[GET_SCHEDULE]).toBe(30);
    expect(result.slice(0, real.length).every((s) => s.availabilityView?.length === 70 * 48)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 30, total: 30 });
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(getWorld().sim.stats.maxConcurrency()).toBeLessThanOrEqual(4);
  });

  it('returns item times in the requested zone and accepts dateTimeTimeZone windows', async () => {
    const [s] = await getWorld()
      .gateway()
      .getSchedules(
        [getWorld().principals[0]!.upn],
        {
          start: { dateTime: dayFromToday(1).slice(0, 19), timeZone: 'Eastern Standard Time' },
          end: { dateTime: dayFromToday(8).slice(0, 19), timeZone: 'Eastern Standard Time' },
        },
        { intervalMinutes: 15, timeZone: 'Eastern Standard Time' },
      );
    // Seven local days are 7 x 96 quarter hours, or 4 fewer or more in a week with a DST change.
    const local = (iso: string) => DateTime.fromISO(iso.slice(0, 19), { zone: 'America/New_York' });
    expect(s!.availabilityView).toHaveLength(local(dayFromToday(8)).diff(local(dayFromToday(1)), 'minutes').minutes / 15);
    expect(s!.scheduleItems!.length).toBeGreaterThan(0);
    expect(new Set(s!.scheduleItems!.map((i) => i.start?.timeZone))).toEqual(new Set(['Eastern Standard Time']));
  });

  it('lists a repeated address once in the request and answers it at every position', async () => {
    const upn = getWorld().principals[0]!.upn;
    const result = await getWorld()
      .gateway()
      .getSchedules([upn, upn.toUpperCase()], { start: dayFromToday(0), end: dayFromToday(1) });
    expect(result.map((s) => s.scheduleId)).toEqual([upn, upn.toUpperCase()]);
    expect(result[0]!.availabilityView).toBe(result[1]!.availabilityView);
  });

  it('rejects bad input before sending anything, naming the field', async () => {
    const g = getWorld().gateway();
    await expect(g.getSchedules(['a@x.org'], { start: '2026-12-07T08:00:00', end: dayFromToday(1) })).rejects.toThrow(/window\.start: .*no UTC offset/);
    await expect(g.getSchedules(['a@x.org'], { start: dayFromToday(1), end: dayFromToday(0) })).rejects.toThrow(/window: the end/);
    await expect(g.getSchedules(['a@x.org'], { start: dayFromToday(0), end: dayFromToday(1) }, { intervalMinutes: 2 })).rejects.toThrow(/intervalMinutes/);
    await expect(g.getSchedules(['not an address'], { start: dayFromToday(0), end: dayFromToday(1) })).rejects.toThrow(/addresses\[0\]/);
    await expect(g.getSchedules(['a@x.org'], { start: dayFromToday(0), end: dayFromToday(1) }, { timeZone: 'Mars/Olympus' })).rejects.toThrow(/timeZone: unknown time zone/);
    expect(getWorld().sim.stats.httpRequests).toBe(0);
  });
});
