import { describe, it, expect } from '@jest/globals';
import { DateTime } from 'luxon';
import { firstOccurrence, normalizeRecurrence, occurrencesBetween } from '../../../src/sim/calendar/recurrence.js';
import { GraphError } from '../../../src/sim/errors.js';

const HOUR = 3_600_000;

/** Local wall-clock starts of a series in `zone`, between two UTC dates. */
function localStarts(recurrence: unknown, zoneName: string, iana: string, firstLocal: string, from: string, to: string, hours = 1): string[] {
  const rec = normalizeRecurrence(recurrence, zoneName);
  const startMs = DateTime.fromISO(firstLocal, { zone: iana }).toMillis();
  return occurrencesBetween({ recurrence: rec, startMs, durationMs: hours * HOUR }, Date.parse(from), Date.parse(to)).map((o) =>
    DateTime.fromMillis(o.startMs, { zone: iana }).toFormat("yyyy-MM-dd'T'HH:mm ccc"),
  );
}

describe('normalizeRecurrence', () => {
  it('returns Graph defaults and lower-case names, as createEvent-3-recurring.response.json shows', () => {
    const rec = normalizeRecurrence(
      { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Monday'] }, range: { type: 'endDate', startDate: '2017-09-04', endDate: '2017-12-31' } },
      'Pacific Standard Time',
    );
    expect(rec).toEqual({
      pattern: { type: 'weekly', interval: 1, month: 0, dayOfMonth: 0, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday', index: 'first' },
      range: { type: 'endDate', startDate: '2017-09-04', endDate: '2017-12-31', recurrenceTimeZone: 'Pacific Standard Time', numberOfOccurrences: 0 },
    });
  });

  it('accepts the capitalised range types of the older docs', () => {
    expect(normalizeRecurrence({ pattern: { type: 'daily', interval: 1 }, range: { type: 'NoEnd', startDate: '2026-03-02' } }, 'UTC').range.type).toBe('noEnd');
  });

  it.each([
    [{ pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-02' } }, 'pattern.daysOfWeek'],
    [{ pattern: { type: 'fortnightly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-02' } }, 'pattern.type'],
    [{ pattern: { type: 'daily', interval: 0 }, range: { type: 'noEnd', startDate: '2026-03-02' } }, 'pattern.interval'],
    [{ pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 32 }, range: { type: 'noEnd', startDate: '2026-03-02' } }, 'pattern.dayOfMonth'],
    [{ pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-03-02' } }, 'range.numberOfOccurrences'],
    [{ pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026-03-02', endDate: '2026-03-01' } }, 'range.endDate'],
    [{ pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-02', recurrenceTimeZone: 'Mars Standard Time' } }, 'Mars'],
  ])('refuses %j with a 400 naming %s', (input, field) => {
    let error: unknown;
    try {
      normalizeRecurrence(input, 'Eastern Standard Time');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(400);
    expect((error as GraphError).message).toContain(field);
  });
});

describe('occurrencesBetween', () => {
  it('keeps a weekly 09:00 meeting at 09:00 local across the March DST change', () => {
    const starts = localStarts(
      { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'numbered', startDate: '2026-02-23', numberOfOccurrences: 4 } },
      'Eastern Standard Time',
      'America/New_York',
      '2026-02-23T09:00',
      '2026-02-01T00:00:00Z',
      '2026-05-01T00:00:00Z',
    );
    expect(starts).toEqual(['2026-02-23T09:00 Mon', '2026-03-02T09:00 Mon', '2026-03-09T09:00 Mon', '2026-03-16T09:00 Mon']);
  });

  it('moves the UTC instant by the DST hour (so the local time is what stays)', () => {
    const rec = normalizeRecurrence(
      { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'noEnd', startDate: '2026-03-02' } },
      'Eastern Standard Time',
    );
    const startMs = Date.parse('2026-03-02T14:00:00Z');
    const [before, after] = occurrencesBetween({ recurrence: rec, startMs, durationMs: HOUR }, startMs, Date.parse('2026-03-10T00:00:00Z'));
    expect(new Date(before!.startMs).toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(new Date(after!.startMs).toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('places every other Tuesday and Thursday by weeks counted from the start', () => {
    const starts = localStarts(
      { pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday', 'thursday'] }, range: { type: 'endDate', startDate: '2026-03-03', endDate: '2026-03-31' } },
      'Central Standard Time',
      'America/Chicago',
      '2026-03-03T15:30',
      '2026-03-01T00:00:00Z',
      '2026-04-30T00:00:00Z',
    );
    expect(starts).toEqual(['2026-03-03T15:30 Tue', '2026-03-05T15:30 Thu', '2026-03-17T15:30 Tue', '2026-03-19T15:30 Thu', '2026-03-31T15:30 Tue']);
  });

  it('puts "day 31" on the last day of shorter months, as Outlook does', () => {
    const starts = localStarts(
      { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 }, range: { type: 'numbered', startDate: '2026-01-31', numberOfOccurrences: 4 } },
      'UTC',
      'UTC',
      '2026-01-31T10:00',
      '2026-01-01T00:00:00Z',
      '2026-12-31T00:00:00Z',
    );
    expect(starts).toEqual(['2026-01-31T10:00 Sat', '2026-02-28T10:00 Sat', '2026-03-31T10:00 Tue', '2026-04-30T10:00 Thu']);
  });

  it('finds the second Tuesday and the last Friday of each month', () => {
    const second = localStarts(
      { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' }, range: { type: 'noEnd', startDate: '2026-01-01' } },
      'Pacific Standard Time',
      'America/Los_Angeles',
      '2026-01-01T09:00',
      '2026-01-01T00:00:00Z',
      '2026-04-30T00:00:00Z',
    );
    expect(second).toEqual(['2026-01-13T09:00 Tue', '2026-02-10T09:00 Tue', '2026-03-10T09:00 Tue', '2026-04-14T09:00 Tue']);
    const last = localStarts(
      { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' }, range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 3 } },
      'UTC',
      'UTC',
      '2026-01-01T12:00',
      '2026-01-01T00:00:00Z',
      '2026-12-31T00:00:00Z',
    );
    expect(last).toEqual(['2026-01-30T12:00 Fri', '2026-02-27T12:00 Fri', '2026-03-27T12:00 Fri']);
  });

  it('expands yearly patterns, absolute and relative', () => {
    const absolute = localStarts(
      { pattern: { type: 'absoluteYearly', interval: 1, month: 8, dayOfMonth: 15 }, range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 } },
      'UTC',
      'UTC',
      '2026-01-01T08:00',
      '2026-01-01T00:00:00Z',
      '2029-01-01T00:00:00Z',
    );
    expect(absolute).toEqual(['2026-08-15T08:00 Sat', '2027-08-15T08:00 Sun']);
    const relative = localStarts(
      {
        pattern: { type: 'relativeYearly', interval: 1, month: 11, daysOfWeek: ['thursday'], index: 'fourth' },
        range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 },
      },
      'UTC',
      'UTC',
      '2026-01-01T08:00',
      '2026-01-01T00:00:00Z',
      '2029-01-01T00:00:00Z',
    );
    expect(relative).toEqual(['2026-11-26T08:00 Thu', '2027-11-25T08:00 Thu']);
  });

  it('includes the end date itself and an occurrence already running at the window start', () => {
    const rec = normalizeRecurrence({ pattern: { type: 'daily', interval: 3 }, range: { type: 'endDate', startDate: '2026-03-02', endDate: '2026-03-08' } }, 'UTC');
    const series = { recurrence: rec, startMs: Date.parse('2026-03-02T23:00:00Z'), durationMs: 2 * HOUR };
    const all = occurrencesBetween(series, Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-03-20T00:00:00Z'));
    expect(all.map((o) => new Date(o.startMs).toISOString().slice(0, 10))).toEqual(['2026-03-02', '2026-03-05', '2026-03-08']);
    const running = occurrencesBetween(series, Date.parse('2026-03-06T00:30:00Z'), Date.parse('2026-03-06T01:00:00Z'));
    expect(running.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-03-05T23:00:00.000Z']);
  });

  it('moves the series to the first matching date when the range starts on another day', () => {
    const rec = normalizeRecurrence({ pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] }, range: { type: 'noEnd', startDate: '2026-03-02' } }, 'UTC');
    const first = firstOccurrence({ recurrence: rec, startMs: Date.parse('2026-03-02T10:00:00Z'), durationMs: HOUR });
    expect(new Date(first!.startMs).toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });
});
