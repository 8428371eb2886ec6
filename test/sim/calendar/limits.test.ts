/**
 * One request cannot hold the demo tenant's event loop or memory: calendarView's window is capped as
 * Graph caps it (1825 days, 400 ErrorInvalidRequest), and a series is expanded to at most
 * MAX_SERIES_OCCURRENCES from its start; past that the request gets a clear 400, and the tenant serves on.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_SERIES_OCCURRENCES } from '../../../src/sim/calendar/recurrence.js';
import { MAX_VIEW_DAYS } from '../../../src/sim/calendar/windowLimit.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

describe('calendarView window', () => {
  it(`answers a window of ${MAX_VIEW_DAYS} days, and refuses one a day longer as Graph does`, async () => {
    const coach = h.coaches[0]!;
    const start = Date.parse('2026-03-02T00:00:00Z');
    const ok = await h.call(coach, 'GET', `/me/calendarView?startDateTime=${iso(start)}&endDateTime=${iso(start + MAX_VIEW_DAYS * DAY)}&$top=5`);
    expect(ok.status).toBe(200);
    const tooLong = await h.call(coach, 'GET', `/me/calendarView?startDateTime=${iso(start)}&endDateTime=${iso(start + (MAX_VIEW_DAYS + 1) * DAY)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toEqual(
      expect.objectContaining({
        code: 'ErrorInvalidRequest',
        message: "Your request can't be completed. The range between the start and end dates is greater than the allowed range. Maximum number of days: 1825",
      }),
    );
  });

  it('refuses a window of a thousand years at once, without walking it', async () => {
    const coach = h.coaches[0]!;
    const reply = await h.call(coach, 'GET', '/me/calendarView?startDateTime=1601-01-01T00:00:00Z&endDateTime=2601-01-01T00:00:00Z');
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('ErrorInvalidRequest');
  });
});

describe('occurrences a series expands to', () => {
  it(`expands a daily series without end up to ${MAX_SERIES_OCCURRENCES} occurrences, then refuses with a 400 that says what to do; the tenant keeps serving`, async () => {
    const principal = h.principals[0]!;
    const created = await h.call(principal, 'POST', '/me/events', {
      subject: 'Daily since 1970',
      start: { dateTime: '1970-01-05T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '1970-01-05T08:15:00', timeZone: 'UTC' },
      recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '1970-01-05' } },
    });
    expect(created.status).toBe(201);
    // Near its start: fine.
    const early = await h.call(principal, 'GET', '/me/calendarView?startDateTime=1970-01-05T00:00:00Z&endDateTime=1970-01-12T00:00:00Z');
    expect(early.status).toBe(200);
    expect(early.body.value.filter((e: { subject: string }) => e.subject === 'Daily since 1970')).toHaveLength(7);
    // Within the cap (about 54 years of days), still answered.
    const inside = await h.call(principal, 'GET', '/me/calendarView?startDateTime=2020-03-02T00:00:00Z&endDateTime=2020-03-03T00:00:00Z');
    expect(inside.status).toBe(200);
    expect(inside.body.value.filter((e: { subject: string }) => e.subject === 'Daily since 1970')).toHaveLength(1);
    // Back near its start after that (another stretch of the same series): the same seven.
    const again = await h.call(principal, 'GET', '/me/calendarView?startDateTime=1970-01-05T00:00:00Z&endDateTime=1970-01-12T00:00:00Z');
    expect(again.body.value.filter((e: { subject: string }) => e.subject === 'Daily since 1970')).toHaveLength(7);
    // Past it: a clear refusal rather than a walk through the centuries.
    const far = await h.call(principal, 'GET', '/me/calendarView?startDateTime=2300-03-02T00:00:00Z&endDateTime=2300-03-09T00:00:00Z');
    expect(far.status).toBe(400);
    expect(far.body.error.code).toBe('ErrorInvalidRequest');
    expect(far.body.error.message).toMatch(new RegExp(`more than ${MAX_SERIES_OCCURRENCES} occurrences.*give the series an end date`));
    // And the tenant still answers everyone else.
    const other = await h.call(h.coaches[0]!, 'GET', '/me');
    expect(other.status).toBe(200);
  });
});
