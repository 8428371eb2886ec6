/** calendarView and getSchedule over real HTTP against the demo tenant. */
import { graphExample } from '../../support/graphExample.js';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness, type Harness } from './harness.js';
import type { SimUser } from '../../../src/sim/state.js';

let h: Harness;
let coach: SimUser;
let p: SimUser;
let q: SimUser;

beforeAll(async () => {
  h = await startHarness();
  [coach] = h.coaches as [SimUser];
  p = h.principals[5]!;
  q = h.principals[6]!;
});
afterAll(async () => h.close());

const eastern = (local: string): { dateTime: string; timeZone: string } => ({ dateTime: local, timeZone: 'Eastern Standard Time' });

async function create(as: SimUser, body: Record<string, unknown>): Promise<any> {
  const res = await h.call(as, 'POST', '/me/events', body);
  expect(res.status).toBe(201);
  return res.body;
}

describe('calendarView', () => {
  it("requires both startDateTime and endDateTime, with Graph's error", async () => {
    const res = await h.call(p, 'GET', '/me/calendarView?startDateTime=2026-04-01T00:00:00Z');
    expect([res.status, res.body.error.code]).toEqual([400, 'ErrorInvalidParameter']);
    expect(res.body.error.message).toContain('StartDateTime and EndDateTime');
    const bad = await h.call(p, 'GET', '/me/calendar/calendarView?startDateTime=yesterday&endDateTime=2026-04-01T00:00:00Z');
    expect(bad.status).toBe(400);
  });

  it('expands a weekly series across the DST change with the local time stable under Prefer', async () => {
    const series = await create(p, {
      subject: 'Leadership team',
      start: eastern('2026-02-23T15:00:00'),
      end: eastern('2026-02-23T16:00:00'),
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'numbered', startDate: '2026-02-23', numberOfOccurrences: 5 } },
    });
    const url = `/users/${p.id}/calendar/calendarView?startDateTime=2026-02-20T00:00:00-05:00&endDateTime=2026-03-31T00:00:00-04:00&$top=1000&$filter=${encodeURIComponent("subject eq 'Leadership team'")}`;
    const local = await h.call(p, 'GET', url, undefined, { Prefer: 'outlook.timezone="America/New_York"' });
    expect(local.headers.get('preference-applied')).toBe('outlook.timezone="America/New_York"');
    expect(local.body.value.map((e: any) => e.start.dateTime)).toEqual([
      '2026-02-23T15:00:00.0000000',
      '2026-03-02T15:00:00.0000000',
      '2026-03-09T15:00:00.0000000',
      '2026-03-16T15:00:00.0000000',
      '2026-03-23T15:00:00.0000000',
    ]);
    expect(local.body.value.every((e: any) => e.type === 'occurrence' && e.seriesMasterId === series.id)).toBe(true);
    const documented = (graphExample('calendarView.response').body as any).value[0];
    for (const key of Object.keys(documented)) expect([key, typeof local.body.value[0][key]]).toEqual([key, typeof documented[key]]);
    expect(new Set(local.body.value.map((e: any) => e.id)).size).toBe(5);
    const utc = await h.call(p, 'GET', url);
    expect(utc.body.value.slice(1, 3).map((e: any) => e.start)).toEqual([
      { dateTime: '2026-03-02T20:00:00.0000000', timeZone: 'UTC' },
      { dateTime: '2026-03-09T19:00:00.0000000', timeZone: 'UTC' },
    ]);
    const one = await h.call(p, 'GET', `/me/events/${local.body.value[2].id}`);
    expect([one.status, one.body.type, one.body.start.dateTime]).toEqual([200, 'occurrence', '2026-03-09T19:00:00.0000000']);
    const edit = await h.call(p, 'PATCH', `/me/events/${one.body.id}`, { subject: 'Just this one' });
    expect([edit.status, edit.body.error.message]).toEqual([400, expect.stringContaining(series.id)]);
  });

  it('lists single events overlapping the window, sorted by start, and not the ones merely touching it', async () => {
    await create(q, { subject: 'Touches start', start: eastern('2026-04-06T08:00:00'), end: eastern('2026-04-06T09:00:00') });
    await create(q, { subject: 'Late', start: eastern('2026-04-06T15:00:00'), end: eastern('2026-04-06T16:00:00') });
    await create(q, { subject: 'Straddles', start: eastern('2026-04-06T08:30:00'), end: eastern('2026-04-06T09:30:00') });
    const res = await h.call(q, 'GET', '/me/calendarView?startDateTime=2026-04-06T09:00:00-04:00&endDateTime=2026-04-06T17:00:00-04:00');
    expect(res.body.value.map((e: any) => e.subject)).toEqual(['Straddles', 'Late']);
  });

  it('pages with $top and @odata.nextLink until every item has come back once', async () => {
    for (let i = 0; i < 7; i++) {
      const day = String(13 + i).padStart(2, '0');
      await create(q, { subject: `Walk ${i}`, start: eastern(`2026-04-${day}T10:00:00`), end: eastern(`2026-04-${day}T11:00:00`) });
    }
    const seen: string[] = [];
    let pages = 0;
    let next: string | undefined = `${h.sim.graphUrl}/me/calendarView?startDateTime=2026-04-13T00:00:00Z&endDateTime=2026-04-20T00:00:00Z&$top=3`;
    while (next) {
      const res = await h.follow(q, next);
      expect(res.status).toBe(200);
      expect(res.body.value.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.value.map((e: any) => e.subject));
      next = res.body['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Walk 0', 'Walk 1', 'Walk 2', 'Walk 3', 'Walk 4', 'Walk 5', 'Walk 6']);
  });

  it('honours Prefer: odata.maxpagesize and refuses $top outside 1..1000', async () => {
    const url = '/me/calendarView?startDateTime=2026-04-13T00:00:00Z&endDateTime=2026-04-20T00:00:00Z';
    const res = await h.call(q, 'GET', url, undefined, { Prefer: 'odata.maxpagesize=2' });
    expect(res.body.value).toHaveLength(2);
    expect(res.body['@odata.nextLink']).toContain('$skiptoken=');
    expect(res.headers.get('preference-applied')).toBe('odata.maxpagesize=2');
    expect((await h.call(q, 'GET', `${url}&$top=1001`)).status).toBe(400);
    expect((await h.call(q, 'GET', `${url}&$top=0`)).status).toBe(400);
  });
});

describe('getSchedule', () => {
  const day = (hhmm: string): { dateTime: string; timeZone: string } => eastern(`2026-04-27T${hhmm}:00`);

  beforeAll(async () => {
    await create(p, { subject: 'Budget review', start: day('09:00'), end: day('10:00'), location: { displayName: 'Room 4' } });
    await create(p, { subject: 'Hold', showAs: 'tentative', start: day('09:30'), end: day('11:00') });
    await create(p, { subject: 'IEP meeting', sensitivity: 'private', start: day('13:00'), end: day('13:30') });
    await create(p, { subject: 'Lunch (free)', showAs: 'free', start: day('12:00'), end: day('13:00') });
    await create(p, { subject: 'Conference', showAs: 'oof', start: day('15:00'), end: day('17:00') });
    const gone = await create(p, { subject: 'Cancelled', start: day('11:00'), end: day('12:00'), attendees: [{ emailAddress: { address: q.mail } }] });
    await h.call(p, 'DELETE', `/me/events/${gone.id}`);
  });

  it('computes availabilityView at the interval from stored events, the strongest status per slot', async () => {
    const res = await h.call(coach, 'POST', '/me/calendar/getSchedule', {
      schedules: [p.mail, q.mail, 'nobody@nowhere.example'],
      startTime: day('08:00'),
      endTime: day('17:00'),
      availabilityViewInterval: 60,
    });
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toMatch(/\$metadata#Collection\(microsoft\.graph\.scheduleInformation\)$/);
    const [mine, other, unknown] = res.body.value;
    // 08 09 10 11 12 13 14 15 16: busy 9–10 beats the 9:30 hold, which alone fills 10–11; the cancelled
    // 11–12 and the free lunch count as free; the private IEP is busy; out of office 15–17.
    expect(mine.availabilityView).toBe('021002033');
    expect(mine.scheduleItems.map((i: any) => i.status)).toEqual(['busy', 'tentative', 'busy', 'oof']);
    // The coach sees free/busy only: p has not shared their calendar with them.
    const when = { start: { dateTime: '2026-04-27T13:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-04-27T14:00:00.0000000', timeZone: 'UTC' } };
    expect(mine.scheduleItems[0]).toEqual({ status: 'busy', ...when });
    for (const item of mine.scheduleItems) expect(Object.keys(item).sort()).toEqual(['end', 'start', 'status']);
    // p sees the details of their own normal items, never of the private one.
    const own = await h.call(p, 'POST', '/me/calendar/getSchedule', { schedules: [p.mail], startTime: day('08:00'), endTime: day('17:00'), availabilityViewInterval: 60 });
    expect(own.body.value[0].scheduleItems[0]).toEqual({ isPrivate: false, subject: 'Budget review', location: 'Room 4', status: 'busy', ...when });
    expect(Object.keys(own.body.value[0].scheduleItems[2]).sort()).toEqual(['end', 'start', 'status']);
    expect(mine.workingHours).toEqual(p.mailboxSettings.workingHours);
    expect(other.availabilityView).toBe('000000000');
    expect(unknown).toEqual({ scheduleId: 'nobody@nowhere.example', error: { message: expect.stringContaining('nobody@nowhere.example'), responseCode: '5009' } });
  });

  it('returns items in the Prefer zone and works at 15 minutes', async () => {
    const res = await h.call(
      coach,
      'POST',
      `/users/${coach.id}/calendar/getschedule`,
      { schedules: [p.mail], startTime: day('09:00'), endTime: day('10:00'), availabilityViewInterval: 15 },
      {
        Prefer: 'outlook.timezone="Central Standard Time"',
      },
    );
    expect(res.body.value[0].availabilityView).toBe('2222');
    expect(res.body.value[0].scheduleItems[0].start).toEqual({ dateTime: '2026-04-27T08:00:00.0000000', timeZone: 'Central Standard Time' });
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="Central Standard Time"');
  });

  // 2026-03-01 to 2026-05-02 local is an hour short of 62 days (the clocks go forward): the limit is on elapsed time.
  it("answers Graph's 400s for too many schedules and too long a window", async () => {
    const many = Array.from({ length: 21 }, (_, i) => h.principals[i % h.principals.length]!.mail);
    const tooMany = await h.call(coach, 'POST', '/me/calendar/getSchedule', { schedules: many, startTime: day('08:00'), endTime: day('17:00') });
    expect([tooMany.status, tooMany.body.error.code]).toEqual([400, 'ErrorMailboxDataArrayTooBig']);
    const tooLong = await h.call(coach, 'POST', '/me/calendar/getSchedule', {
      schedules: [p.mail],
      startTime: eastern('2026-03-01T00:00:00'),
      endTime: eastern('2026-05-03T00:00:00'),
    });
    expect([tooLong.status, tooLong.body.error.code]).toEqual([400, 'ErrorTimeIntervalTooBig']);
  });
});
