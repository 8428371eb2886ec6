import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { allowedIntervals, checkSlot, disallowedIntervals, validateBuffers, withBuffers, type SlotConstraints } from '../../../src/core/slots/constraints.js';
import { InvalidOptionError } from '../../../src/core/slots/errors.js';

const NY = 'America/New_York';
const at = (iso: string, zone = NY): number => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number, zone = NY): string => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
const show = (intervals: readonly { start: number; end: number }[], zone = NY): string[] => intervals.map((i) => `${local(i.start, zone)}/${local(i.end, zone)}`);

const schoolDay: SlotConstraints = {
  timeZone: NY,
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  dailyWindow: { start: '08:30', end: '15:00', label: 'the school day' },
  dailyExclusions: [
    { start: '08:30', end: '09:00', label: 'arrival' },
    { start: '11:30', end: '12:15', label: 'lunch' },
    { start: '14:30', end: '15:00', label: 'dismissal' },
  ],
};

describe('allowedIntervals', () => {
  it('returns the school day minus the bell schedule on each weekday', () => {
    const monday = { start: at('2026-12-07T00:00'), end: at('2026-12-08T00:00') };
    expect(show(allowedIntervals(monday, schoolDay))).toEqual(['2026-12-07T09:00/2026-12-07T11:30', '2026-12-07T12:15/2026-12-07T14:30']);
  });

  it('returns nothing on a weekend', () => {
    const weekend = { start: at('2026-12-12T00:00'), end: at('2026-12-14T00:00') };
    expect(allowedIntervals(weekend, schoolDay)).toEqual([]);
  });

  it('keeps 08:30–15:00 local on the day clocks spring forward and the day they fall back', () => {
    const c: SlotConstraints = { timeZone: NY, dailyWindow: { start: '08:30', end: '15:00' } };
    const spring = allowedIntervals({ start: at('2026-03-08T00:00'), end: at('2026-03-09T00:00') }, c);
    const fall = allowedIntervals({ start: at('2026-11-01T00:00'), end: at('2026-11-02T00:00') }, c);
    expect(show(spring)).toEqual(['2026-03-08T08:30/2026-03-08T15:00']);
    expect(show(fall)).toEqual(['2026-11-01T08:30/2026-11-01T15:00']);
    // The UTC instants differ by the change of offset, which bare Date arithmetic would miss.
    expect(new Date(spring[0]!.start).toISOString()).toBe('2026-03-08T12:30:00.000Z');
    expect(new Date(fall[0]!.start).toISOString()).toBe('2026-11-01T13:30:00.000Z');
  });

  it('computes the daily window in the constraints zone, not the window zone', () => {
    const c: SlotConstraints = { timeZone: 'America/Los_Angeles', dailyWindow: { start: '08:00', end: '09:00' } };
    const day = { start: at('2026-12-07T00:00', 'UTC'), end: at('2026-12-08T00:00', 'UTC') };
    expect(show(allowedIntervals(day, c), 'UTC')).toEqual(['2026-12-07T16:00/2026-12-07T17:00']);
  });

  it('accepts a Windows zone name', () => {
    const c: SlotConstraints = { timeZone: 'Eastern Standard Time', dailyWindow: { start: '08:00', end: '09:00' } };
    const day = { start: at('2026-12-07T00:00'), end: at('2026-12-08T00:00') };
    expect(show(allowedIntervals(day, c))).toEqual(['2026-12-07T08:00/2026-12-07T09:00']);
  });
});

describe('disallowedIntervals', () => {
  const week = { start: at('2026-12-07T00:00'), end: at('2026-12-12T00:00') };

  it('returns sorted, non-overlapping intervals clipped to the window', () => {
    const out = disallowedIntervals(week, { ...schoolDay, blackouts: [{ date: '2026-12-09', label: 'testing day' }] });
    for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    expect(out[0]!.start).toBe(week.start);
    expect(out[out.length - 1]!.end).toBe(week.end);
  });

  it('blocks a whole blackout day with its label, stronger than the school-day rules', () => {
    const out = disallowedIntervals(week, { ...schoolDay, blackouts: [{ date: '2026-12-09', label: 'testing day' }] });
    const wednesday = out.filter((d) => d.kind === 'blackout');
    expect(wednesday).toHaveLength(1);
    expect(wednesday[0]!.label).toBe('testing day');
    expect(show(wednesday)).toEqual(['2026-12-09T00:00/2026-12-10T00:00']);
  });

  it('blocks a date range through its last day inclusive', () => {
    const out = disallowedIntervals(week, { timeZone: NY, blackouts: [{ date: '2026-12-08', through: '2026-12-10', label: 'winter testing' }] });
    expect(show(out)).toEqual(['2026-12-08T00:00/2026-12-11T00:00']);
  });

  it('blocks only the afternoon of an early-release day', () => {
    const out = disallowedIntervals(week, { ...schoolDay, blackouts: [{ date: '2026-12-10', from: '12:00', label: 'early release' }] });
    const early = out.filter((d) => d.kind === 'blackout');
    expect(show(early)).toEqual(['2026-12-10T12:00/2026-12-11T00:00']);
    expect(
      allowedIntervals(
        { start: at('2026-12-10T00:00'), end: at('2026-12-11T00:00') },
        {
          ...schoolDay,
          blackouts: [{ date: '2026-12-10', from: '12:00' }],
        },
      ).map((i) => local(i.end)),
    ).toEqual(['2026-12-10T11:30']);
  });

  it('names the bell-schedule exclusion that blocks a time', () => {
    const out = disallowedIntervals(week, schoolDay);
    const lunch = out.find((d) => d.start === at('2026-12-08T11:30'));
    expect(lunch).toMatchObject({ kind: 'dailyExclusion', label: 'lunch', end: at('2026-12-08T12:15') });
  });
});

describe('checkSlot', () => {
  it('returns null for a slot inside the school day', () => {
    expect(checkSlot({ start: at('2026-12-08T09:00'), end: at('2026-12-08T10:00') }, schoolDay)).toBeNull();
  });
  it('returns null for a slot that only touches lunch (half-open)', () => {
    expect(checkSlot({ start: at('2026-12-08T10:30'), end: at('2026-12-08T11:30') }, schoolDay)).toBeNull();
    expect(checkSlot({ start: at('2026-12-08T12:15'), end: at('2026-12-08T13:15') }, schoolDay)).toBeNull();
  });
  it('returns the strongest rule a slot breaks', () => {
    const c = { ...schoolDay, blackouts: [{ date: '2026-12-08', from: '11:00', to: '13:00', label: 'board visit' }] };
    expect(checkSlot({ start: at('2026-12-08T11:00'), end: at('2026-12-08T12:00') }, c)?.label).toBe('board visit');
    expect(checkSlot({ start: at('2026-12-08T14:00'), end: at('2026-12-08T14:45') }, c)?.label).toBe('dismissal');
    expect(checkSlot({ start: at('2026-12-08T14:00'), end: at('2026-12-08T15:30') }, c)?.kind).toBe('outsideDailyWindow');
    expect(checkSlot({ start: at('2026-12-12T10:00'), end: at('2026-12-12T11:00') }, c)?.kind).toBe('dayOfWeek');
  });
});

describe('constraint input errors', () => {
  const field = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return (error as InvalidOptionError).field;
    }
    throw new Error('expected an error');
  };
  const day = { start: at('2026-12-07T00:00'), end: at('2026-12-08T00:00') };

  it('names the zone field for an unknown zone', () => {
    expect(field(() => disallowedIntervals(day, { timeZone: 'Mars/Olympus' }))).toBe('constraints.timeZone');
  });
  it('names the day that is not a weekday', () => {
    expect(field(() => disallowedIntervals(day, { timeZone: NY, daysOfWeek: ['monday', 'funday' as 'monday'] }))).toBe('constraints.daysOfWeek[1]');
  });
  it('names a malformed time and a range that ends before it starts', () => {
    expect(field(() => disallowedIntervals(day, { timeZone: NY, dailyWindow: { start: '8:30', end: '15:00' } }))).toBe('constraints.dailyWindow.start');
    expect(field(() => disallowedIntervals(day, { timeZone: NY, dailyExclusions: [{ start: '12:00', end: '11:00' }] }))).toBe('constraints.dailyExclusions[0].end');
  });
  it('names a bad blackout date and a range that runs backwards', () => {
    expect(field(() => disallowedIntervals(day, { timeZone: NY, blackouts: [{ date: '2026-02-30' }] }))).toBe('constraints.blackouts[0].date');
    expect(field(() => disallowedIntervals(day, { timeZone: NY, blackouts: [{ date: '2026-12-10', through: '2026-12-01' }] }))).toBe('constraints.blackouts[0].through');
  });
  it('names a negative buffer', () => {
    expect(field(() => validateBuffers({ beforeMinutes: -5 }))).toBe('buffers.beforeMinutes');
  });
});

describe('withBuffers', () => {
  it('returns the slot widened by travel time on each side', () => {
    expect(withBuffers({ start: 600_000, end: 900_000 }, { beforeMinutes: 5, afterMinutes: 1 })).toEqual({ start: 300_000, end: 960_000 });
  });
});
