import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { WEEKDAYS } from '../../../src/core/planning/input.js';
import { recurrenceOccurrences, type RecurrenceSpec } from '../../../src/core/planning/recurrence.js';
import { recurrenceSpec } from '../../support/recurrenceSpec.js';

const NY = 'America/New_York';
const iso = (ms: number) => new Date(ms).toISOString();
const local = (ms: number, zone = NY) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm ccc');

const spec = recurrenceSpec;

describe('recurrenceOccurrences across daylight-saving changes', () => {
  it('keeps a weekly 15:00 meeting at 15:00 New York time across the March 2026 change', () => {
    const occurrences = recurrenceOccurrences(spec({}));
    // Clocks go forward on Sunday 8 March 2026: 15:00 EST is 20:00Z, 15:00 EDT is 19:00Z.
    expect(occurrences.map((o) => iso(o.start))).toEqual(['2026-02-24T20:00:00.000Z', '2026-03-03T20:00:00.000Z', '2026-03-10T19:00:00.000Z', '2026-03-17T19:00:00.000Z']);
    expect(occurrences.map((o) => o.end - o.start)).toEqual([3_600_000, 3_600_000, 3_600_000, 3_600_000]);
    expect(occurrences.map((o) => o.date)).toEqual(['2026-02-24', '2026-03-03', '2026-03-10', '2026-03-17']);
  });

  it('keeps a weekly 15:00 meeting at 15:00 New York time across the November 2026 change', () => {
    const occurrences = recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] }, firstDate: '2026-10-22', count: 3 }));
    // Clocks go back on Sunday 1 November 2026.
    expect(occurrences.map((o) => iso(o.start))).toEqual(['2026-10-22T19:00:00.000Z', '2026-10-29T19:00:00.000Z', '2026-11-05T20:00:00.000Z']);
    expect(occurrences.map((o) => local(o.start))).toEqual(['2026-10-22 15:00 Thu', '2026-10-29 15:00 Thu', '2026-11-05 15:00 Thu']);
  });

  it('moves a start time the clocks skip forward by the gap, and keeps the duration in real minutes', () => {
    const [skipped] = recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['sunday'] }, startTime: '02:30', firstDate: '2026-03-08', count: 1 }));
    expect(local(skipped!.start)).toBe('2026-03-08 03:30 Sun');
    expect(skipped!.end - skipped!.start).toBe(3_600_000);
  });
});

describe('recurrenceOccurrences for monthly patterns', () => {
  it('returns the second Tuesday of each month', () => {
    const occurrences = recurrenceOccurrences(
      spec({ pattern: { type: 'relativeMonthly', interval: 1, dayOfWeek: 'tuesday', index: 'second' }, firstDate: '2026-01-01', count: 4 }),
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
    expect(occurrences.map((o) => local(o.start).slice(11))).toEqual(['15:00 Tue', '15:00 Tue', '15:00 Tue', '15:00 Tue']);
  });

  it('returns the last Thursday of each month, including five-Thursday months', () => {
    const occurrences = recurrenceOccurrences(
      spec({ pattern: { type: 'relativeMonthly', interval: 1, dayOfWeek: 'thursday', index: 'last' }, firstDate: '2026-01-01', count: undefined, endDate: '2026-04-30' }),
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
  });

  it("starts with the next month when the first date is past this month's meeting", () => {
    const occurrences = recurrenceOccurrences(
      spec({ pattern: { type: 'relativeMonthly', interval: 1, dayOfWeek: 'tuesday', index: 'second' }, firstDate: '2026-01-14', count: 1 }),
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-02-10']);
  });

  it('returns a day of the month every other month', () => {
    const occurrences = recurrenceOccurrences(spec({ pattern: { type: 'absoluteMonthly', interval: 2, dayOfMonth: 15 }, firstDate: '2026-01-01', count: 3 }));
    expect(occurrences.map((o) => o.date)).toEqual(['2026-01-15', '2026-03-15', '2026-05-15']);
  });
});

describe('recurrenceOccurrences every N weeks', () => {
  it('returns every other Monday up to and including the end date', () => {
    const occurrences = recurrenceOccurrences(
      spec({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday'] }, firstDate: '2026-03-02', endDate: '2026-04-13', count: undefined }),
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13']);
  });

  it('counts weeks from the week holding the first date, as Outlook does', () => {
    // 6 March 2026 is a Friday; that week's Monday is past, so the first meeting is two weeks on.
    const occurrences = recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday'] }, firstDate: '2026-03-06', count: 2 }));
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-16', '2026-03-30']);
  });

  it('puts several days of one week in order and counts each as a meeting', () => {
    const occurrences = recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday', 'monday'] }, firstDate: '2026-03-02', count: 4 }));
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-02', '2026-03-05', '2026-03-16', '2026-03-19']);
  });

  it('keeps local time, weekday and spacing for any weekly series in several zones (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Phoenix', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 5 * 60, max: 20 * 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...WEEKDAYS),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 12 }),
        (zone, minutes, interval, day, dayOffset, count) => {
          const firstDate = DateTime.fromISO('2026-01-01', { zone: 'UTC' }).plus({ days: dayOffset }).toISODate()!;
          const startTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const occurrences = recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval, daysOfWeek: [day] }, timeZone: zone, startTime, firstDate, count }));
          expect(occurrences).toHaveLength(count);
          occurrences.forEach((o, i) => {
            const wall = DateTime.fromMillis(o.start, { zone });
            expect(wall.toFormat('HH:mm')).toBe(startTime);
            expect(wall.toISODate()).toBe(o.date);
            expect(WEEKDAYS[wall.weekday - 1]).toBe(day);
            expect(o.date >= firstDate).toBe(true);
            if (i > 0) {
              const gap = DateTime.fromISO(o.date).diff(DateTime.fromISO(occurrences[i - 1]!.date), 'days').days;
              expect(gap).toBe(7 * interval);
            }
          });
          // The first meeting is in the first on-pattern week: within interval weeks of the first date.
          expect(DateTime.fromISO(occurrences[0]!.date).diff(DateTime.fromISO(firstDate), 'days').days).toBeLessThan(7 * interval);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('recurrence input checks', () => {
  const cases: [string, Partial<RecurrenceSpec> & Record<string, unknown>, string][] = [
    ['an unknown zone', { timeZone: 'Eastern Standard Tme' }, 'recurrence.timeZone'],
    ['a time past 23:59', { startTime: '25:00' }, 'recurrence.startTime'],
    ['a day of the month not in every month', { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 } }, 'recurrence.pattern.dayOfMonth'],
    ['a week index that is not one', { pattern: { type: 'relativeMonthly', interval: 1, dayOfWeek: 'tuesday', index: 'fifth' as never } }, 'recurrence.pattern.index'],
    ['an empty weekday list', { pattern: { type: 'weekly', interval: 1, daysOfWeek: [] } }, 'recurrence.pattern.daysOfWeek'],
    ['a zero interval', { pattern: { type: 'weekly', interval: 0, daysOfWeek: ['monday'] } }, 'recurrence.pattern.interval'],
    ['a duration of zero', { durationMinutes: 0 }, 'recurrence.durationMinutes'],
    ['a meeting running past midnight', { startTime: '23:30', durationMinutes: 60 }, 'recurrence.durationMinutes'],
    ['an end date before the first date', { count: undefined, endDate: '2026-01-01' }, 'recurrence.endDate'],
    ['both an end date and a count', { endDate: '2026-06-01' }, 'recurrence.endDate'],
    ['an impossible date', { firstDate: '2026-02-30' }, 'recurrence.firstDate'],
    ['an end date with no meeting before it', { count: undefined, firstDate: '2026-02-25', endDate: '2026-02-27' }, 'recurrence.endDate'],
  ];
  it.each(cases)('rejects %s, naming the field', (_name, overrides, field) => {
    expect(() => recurrenceOccurrences(spec(overrides))).toThrow(expect.objectContaining({ field }));
    expect(() => recurrenceOccurrences(spec(overrides))).toThrow(RangeError);
  });
  it('accepts Graph-style capitalised day names', () => {
    expect(recurrenceOccurrences(spec({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Tuesday' as never] }, count: 1 }))).toHaveLength(1);
  });
});
