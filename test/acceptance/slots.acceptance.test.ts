/**
 * Issue 3, `common-time slots`, accepted as a user meets it: the installed command as a process, on the demo
 * file the repo ships, on Microsoft's documented getSchedule response and on calendars across the clock
 * changes, each answer checked against an independent minute-by-minute oracle (support/bruteForce.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { buildCommand, runCommand, ROOT } from './support/commonTime.js';
import { everyCandidate, expectedSlots, type OracleOptions, type OracleSlot } from './support/bruteForce.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON printed by the command under test */
const demoBody = JSON.parse(readFileSync(`${ROOT}/examples/demo-schedules.json`, 'utf8'));
// Microsoft's documented response (calendar-getschedule.md); the file wraps the response in {source, …, body}.
const microsoftBody = JSON.parse(readFileSync(`${ROOT}/test/cli/fixtures/getSchedule.response.json`, 'utf8')).body;

beforeAll(() => buildCommand(), 60_000);

interface Query {
  readonly start: string;
  readonly end: string;
  readonly zone: string;
  readonly duration: number;
  readonly extra?: readonly string[];
}

function args(q: Query): string[] {
  return ['slots', '--schedules', '-', '--start', q.start, '--end', q.end, '--time-zone', q.zone, '--duration', String(q.duration), '--sort', 'start', ...(q.extra ?? [])];
}

function oracleOptions(q: Query, iana: string, o: Partial<OracleOptions> = {}): OracleOptions {
  return {
    start: DateTime.fromISO(q.start, { zone: iana }).toMillis(),
    end: DateTime.fromISO(q.end, { zone: iana }).toMillis(),
    durationMinutes: q.duration,
    ...o,
  };
}

/** A printed slot as the oracle writes it, after checking its times carry the offset of --time-zone. */
function normalise(slot: any, iana: string, durationMinutes: number): OracleSlot {
  expect(Object.keys(slot).sort()).toEqual(['available', 'end', 'reasons', 'start', 'unavailable']);
  const start = DateTime.fromISO(slot.start, { setZone: true });
  expect(slot.start).toBe(DateTime.fromMillis(start.toMillis(), { zone: iana }).toISO({ suppressMilliseconds: true }));
  expect(DateTime.fromISO(slot.end).toMillis() - start.toMillis()).toBe(durationMinutes * 60_000);
  expect(slot.reasons.length).toBeGreaterThan(0);
  return {
    start: start.toMillis(),
    available: [...slot.available].sort(),
    unavailable: slot.unavailable.map((u: any) => ({ id: u.id, reason: u.reason })).sort((a: any, b: any) => a.id.localeCompare(b.id)),
  };
}

const sorted = (slots: OracleSlot[]) =>
  slots.map((s) => ({ start: s.start, available: [...s.available].sort(), unavailable: [...s.unavailable].sort((a, b) => a.id.localeCompare(b.id)) }));

async function expectOracleAgreement(body: unknown, q: Query, iana: string, o: Partial<OracleOptions>) {
  const { code, stdout, stderr } = await runCommand(args(q), JSON.stringify(body));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const printed = JSON.parse(stdout);
  const expected = sorted(expectedSlots(body, oracleOptions(q, iana, o)));
  expect(printed.slots.map((s: any) => normalise(s, iana, q.duration))).toEqual(expected);
  return { printed, expected };
}

describe('common-time slots on the demo file the repo ships', () => {
  const week = { start: '2026-12-07T00:00', end: '2026-12-12T00:00', zone: 'America/New_York' };
  const cases: [string, Query, Partial<OracleOptions>][] = [
    ['everyone, 60 minutes', { ...week, duration: 60 }, {}],
    ['5 of 6, 60 minutes', { ...week, duration: 60, extra: ['--min-available', '5'] }, { minAvailable: 5 }],
    ['4 of 6, 30 minutes, tentative counted free', { ...week, duration: 30, extra: ['--min-available', '4', '--tentative', 'free'] }, { minAvailable: 4, tentativeFree: true }],
    [
      '5 of 6 with Aisha required, 45 minutes on a 15-minute grid',
      { ...week, duration: 45, extra: ['--min-available', '5', '--step', '15', '--required', 'aisha.brown@northfield.k12.example'] },
      { minAvailable: 5, stepMinutes: 15, required: ['aisha.brown@northfield.k12.example'] },
    ],
    ['everyone, ignoring working hours', { ...week, duration: 60, extra: ['--ignore-working-hours'] }, { ignoreWorkingHours: true }],
    [
      'the same week asked in Central time with a Windows zone name',
      { ...week, zone: 'Central Standard Time', duration: 60, extra: ['--min-available', '5'] },
      { minAvailable: 5 },
    ],
  ];

  it.each(cases)('lists exactly the slots a minute-by-minute check finds: %s', async (_label, q, o) => {
    const iana = q.zone === 'Central Standard Time' ? 'America/Chicago' : q.zone;
    const { expected } = await expectOracleAgreement(demoBody, q, iana, o);
    expect(expected.length).toBeGreaterThan(0); // a case that finds nothing would prove little
  });

  it('ranks by default: no later slot has more people free than an earlier one, and --max keeps the best', async () => {
    const q = [
      'slots',
      '--schedules',
      'examples/demo-schedules.json',
      '--start',
      week.start,
      '--end',
      week.end,
      '--time-zone',
      week.zone,
      '--duration',
      '60',
      '--min-available',
      '4',
    ];
    const all = JSON.parse((await runCommand(q)).stdout).slots as any[];
    const counts = all.map((s) => s.available.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(6);
    const top3 = JSON.parse((await runCommand([...q, '--max', '3'])).stdout).slots;
    expect(top3).toEqual(all.slice(0, 3));
  });

  it('prints a table a person can read, in the asked zone, with who is missing and why', async () => {
    const { code, stdout } = await runCommand([
      'slots',
      '--schedules',
      'examples/demo-schedules.json',
      '--start',
      week.start,
      '--end',
      week.end,
      '--time-zone',
      week.zone,
      '--duration',
      '60',
      '--min-available',
      '5',
      '--format',
      'table',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ slots of 60 minutes for 6 people/);
    expect(stdout).toContain('When (America/New_York)');
    expect(stdout).toContain('Wed Dec 9, 2026  12:00 PM – 1:00 PM');
    expect(stdout).toMatch(/5 of 6 free: one is (busy|out of office|has a tentative booking) \(\S+@\S+\)/);
  });

  it('exits 0 with an empty list, and offers the closest times, when nothing suits everyone', async () => {
    const q = { ...week, duration: 120 };
    const { code, stdout } = await runCommand(args(q), JSON.stringify(demoBody));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.slots).toEqual([]);
    // The best partial slot has as many people free as any candidate has, and names the others with their reasons.
    const candidates = everyCandidate(demoBody, oracleOptions(q, 'America/New_York'));
    const most = Math.max(...candidates.map((c) => c.available.length));
    expect(printed.partial[0].available).toHaveLength(most);
    for (const p of printed.partial) {
      const slot = normalise(p, 'America/New_York', 120);
      expect(slot).toEqual(sorted(candidates.filter((c) => c.start === slot.start))[0]);
    }
  });
});

describe("common-time slots on Microsoft's documented getSchedule response", () => {
  const day = { start: '2019-03-15T08:00', end: '2019-03-15T18:00', zone: 'Pacific Standard Time' };

  it("gives the free hours a person reads off the example (lunch 12–2 and Megan's 8:30 and 4:00 items taken out)", async () => {
    const { printed } = await expectOracleAgreement(microsoftBody, { ...day, duration: 60 }, 'America/Los_Angeles', {});
    expect(printed.slots.map((s: any) => s.start.slice(11, 16))).toEqual(['09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00']);
    expect(printed.slots[0].start).toBe('2019-03-15T09:30:00-07:00'); // daylight time began on March 10
  });

  it("reads Megan's customTimeZone working hours as Pacific time and her Tentative item as free when asked", async () => {
    const { printed } = await expectOracleAgreement(microsoftBody, { ...day, duration: 30, extra: ['--tentative', 'free'] }, 'America/Los_Angeles', { tentativeFree: true });
    const starts = printed.slots.map((s: any) => s.start.slice(11, 16));
    expect(starts).toContain('16:30'); // tentative 16:00–17:00 counts as free
    expect(starts).not.toContain('17:00'); // both working days end at 17:00 Pacific
    expect(starts).toContain('08:00');
  });
});

describe('common-time slots across the clock changes, in four zones written four ways', () => {
  /** Seeded calendars: whole-minute items in mixed zones and letter cases, with fractional seconds. */
  function calendars(seed: number, from: string, days: number) {
    let a = seed;
    const random = () => (a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const statuses = ['busy', 'Busy', 'tentative', 'Tentative', 'oof', 'workingElsewhere', 'free', 'unknown'];
    const itemZones = ['UTC', 'Eastern Standard Time', 'America/Chicago', 'Pacific Standard Time'];
    const hours = (timeZone: unknown, startTime: string, endTime: string) => ({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'sunday'],
      startTime,
      endTime,
      timeZone,
    });
    const people = [
      { scheduleId: 'east@district.example', workingHours: hours({ name: 'Eastern Standard Time' }, '07:30:00.0000000', '15:30:00.0000000') },
      { scheduleId: 'central@district.example', workingHours: hours({ name: 'America/Chicago' }, '08:00:00', '16:00:00') },
      { scheduleId: 'west@district.example', workingHours: hours(microsoftBody.value[1].workingHours.timeZone, '06:00:00.0000000', '14:00:00.0000000') },
      { scheduleId: 'arizona@district.example', workingHours: hours({ name: 'US Mountain Standard Time' }, '07:00:00.0000000', '15:00:00.0000000') },
      // A night shift across the 2 AM change itself: 00:30 to 07:00 on the wall clock, 5.5 or 7.5 hours that day.
      { scheduleId: 'night@district.example', workingHours: hours({ name: 'Central Standard Time' }, '00:30:00.0000000', '07:00:00.0000000') },
      { scheduleId: 'night.east@district.example', workingHours: hours({ name: 'America/New_York' }, '00:30:00.0000000', '07:00:00.0000000') },
    ];
    const origin = DateTime.fromISO(from, { zone: 'UTC' });
    return {
      value: [
        ...people.map((p) => ({
          ...p,
          availabilityView: '',
          scheduleItems: Array.from({ length: days * 4 }, () => {
            const zone = itemZones[Math.floor(random() * itemZones.length)]!;
            const iana = { 'Eastern Standard Time': 'America/New_York', 'Pacific Standard Time': 'America/Los_Angeles' }[zone] ?? zone;
            const start = origin.plus({ minutes: Math.floor(random() * days * 96) * 15 + 5 * Math.floor(random() * 3) }).setZone(iana);
            const end = start.plus({ minutes: 15 + Math.floor(random() * 12) * 15 });
            const local = (t: DateTime) => `${t.toFormat("yyyy-MM-dd'T'HH:mm:ss")}.0000000`;
            return { status: statuses[Math.floor(random() * statuses.length)], start: { dateTime: local(start), timeZone: zone }, end: { dateTime: local(end), timeZone: zone } };
          }).sort((x, y) => x.start.dateTime.localeCompare(y.start.dateTime)),
        })),
        { scheduleId: 'missing@district.example', error: { message: 'The user was not found.', responseCode: 'ErrorMailboxNotFound' } },
      ],
    };
  }

  it.each([
    ['autumn (Nov 1, 2026)', 7, '2026-10-29T00:00', '2026-11-04T00:00'],
    ['spring (Mar 8, 2026)', 11, '2026-03-05T00:00', '2026-03-11T00:00'],
  ])('agrees with the oracle minute for minute in the %s change week, never counting an unreadable calendar free', async (_label, seed, start, end) => {
    const body = calendars(seed, start, 6);
    const q = { start, end, zone: 'America/New_York', duration: 45, extra: ['--min-available', '2', '--step', '15'] };
    const { printed, expected } = await expectOracleAgreement(body, q, 'America/New_York', { minAvailable: 2, stepMinutes: 15 });
    expect(expected.length).toBeGreaterThan(20);
    // The night shifts meet across the 2 AM change itself (Sunday), so the change is inside the compared slots.
    const sunday = DateTime.fromISO(start, { zone: 'America/New_York' }).plus({ days: 3 });
    expect(expected.some((s) => s.start >= sunday.plus({ hours: 1 }).toMillis() && s.start < sunday.plus({ hours: 4 }).toMillis())).toBe(true);
    for (const slot of printed.slots) {
      expect(slot.available).not.toContain('missing@district.example');
      expect(slot.unavailable).toContainEqual({ id: 'missing@district.example', reason: 'unknown', detail: expect.stringContaining('ErrorMailboxNotFound') });
    }
  });
});

describe('common-time slots reads one instant the same however Graph names its zone', () => {
  it('treats UTC, utc, Etc/UTC, tzone://Microsoft/Utc and the Eastern wall-clock time of the same instants alike', async () => {
    const instants = [
      ['2026-12-07T14:00:00', '2026-12-07T15:30:00'],
      ['2026-12-07T18:15:00', '2026-12-07T19:00:00'],
    ];
    const person = (id: string, zone: string, toLocal: (utc: string) => string) => ({
      scheduleId: id,
      scheduleItems: instants.map(([s, e]) => ({
        status: 'busy',
        start: { dateTime: `${toLocal(s!)}.0000000`, timeZone: zone },
        end: { dateTime: `${toLocal(e!)}.0000000`, timeZone: zone },
      })),
    });
    const eastern = (utc: string) => DateTime.fromISO(utc, { zone: 'UTC' }).setZone('America/New_York').toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const body = {
      value: [
        person('a@x.example', 'UTC', (t) => t),
        person('b@x.example', 'utc', (t) => t),
        person('c@x.example', 'Etc/UTC', (t) => t),
        person('d@x.example', 'tzone://Microsoft/Utc', (t) => t),
        person('e@x.example', 'Eastern Standard Time', eastern),
      ],
    };
    const q = { start: '2026-12-07T08:00', end: '2026-12-07T16:00', zone: 'America/New_York', duration: 30, extra: ['--min-available', '1', '--ignore-working-hours'] };
    const { printed } = await expectOracleAgreement(body, q, 'America/New_York', { minAvailable: 1, ignoreWorkingHours: true });
    // Everyone or no one: any difference would leave someone free while the others are busy.
    expect(printed.slots.every((s: any) => s.available.length === 5)).toBe(true);
    expect(printed.slots).toHaveLength(16 - 3 - 2);
  });
});
