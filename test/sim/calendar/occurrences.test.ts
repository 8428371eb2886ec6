/**
 * Single occurrences of a series, as Graph treats them by the occurrence's id: read; answered on its own
 * (an exception, as Exchange does); moved (PATCH start and end: an exception that keeps its id and
 * originalStart); cancelled by the organizer (event-cancel.md: "The organizer can also cancel an occurrence
 * of a recurring meeting by providing the occurrence event ID"), each change reaching the attendees' copies.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness, type Harness } from './harness.js';
import type { SimUser } from '../../../src/sim/state.js';

let h: Harness;
let coach: SimUser;
let principal: SimUser;
let masterId: string;
let organizerOccurrence: any;
let attendeeOccurrence: any;

const WINDOW = '?startDateTime=2026-05-11T00:00:00Z&endDateTime=2026-05-16T00:00:00Z&$top=1000';

beforeAll(async () => {
  h = await startHarness();
  [coach] = h.coaches as [SimUser];
  [principal] = h.principals as [SimUser];
  const made = await h.call(coach, 'POST', '/me/events', {
    subject: 'Peer coaching pair',
    start: { dateTime: '2026-05-05T15:00:00', timeZone: 'Eastern Standard Time' },
    end: { dateTime: '2026-05-05T16:00:00', timeZone: 'Eastern Standard Time' },
    attendees: [{ emailAddress: { address: principal.mail, name: principal.displayName }, type: 'required' }],
    recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, range: { type: 'numbered', startDate: '2026-05-05', numberOfOccurrences: 4 } },
  });
  expect(made.status).toBe(201);
  masterId = made.body.id;
  organizerOccurrence = (await h.call(coach, 'GET', `/me/calendarView${WINDOW}`)).body.value.find((e: any) => e.seriesMasterId === masterId);
  attendeeOccurrence = (await h.call(principal, 'GET', `/me/calendarView${WINDOW}`)).body.value.find((e: any) => e.type === 'occurrence' && e.subject === 'Peer coaching pair');
});
afterAll(async () => h.close());

describe('single occurrences of a series', () => {
  it('can be read by id', async () => {
    const res = await h.call(coach, 'GET', `/me/events/${organizerOccurrence.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'occurrence', seriesMasterId: masterId, start: { dateTime: '2026-05-12T19:00:00.0000000', timeZone: 'UTC' } });
  });

  it('anything but start and end of one occurrence gets a 400 naming the series master', async () => {
    const tries = [await h.call(coach, 'PATCH', `/me/events/${organizerOccurrence.id}`, { subject: 'Moved' })];
    for (const res of tries) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ErrorInvalidRequest');
      expect(res.body.error.message).toMatch(/series master/);
    }
    expect(tries[0]!.body.error.message).toContain(masterId);
    const series = await h.call(coach, 'GET', `/me/events/${masterId}`);
    expect(series.body.subject).toBe('Peer coaching pair');
    expect(series.body.isCancelled).toBe(false);
  });

  it('an attendee cannot cancel an occurrence: only the organizer can', async () => {
    const res = await h.call(principal, 'POST', `/me/events/${attendeeOccurrence.id}/cancel`, { Comment: 'Not mine' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/organizer to cancel a meeting/);
  });

  it('the organizer moves one occurrence: it becomes an exception at the new time for everyone, the rest of the series stays', async () => {
    // The last meeting (Tuesday 26 May), so the other tests' occurrences stay as they are.
    const LAST_WEEK = '?startDateTime=2026-05-25T00:00:00Z&endDateTime=2026-05-30T00:00:00Z&$top=1000';
    const last = (await h.call(coach, 'GET', `/me/calendarView${LAST_WEEK}`)).body.value.find((e: any) => e.seriesMasterId === masterId);
    const res = await h.call(coach, 'PATCH', `/me/events/${last.id}`, {
      start: { dateTime: '2026-05-27T15:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-05-27T16:00:00', timeZone: 'Eastern Standard Time' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: last.id,
      type: 'exception',
      seriesMasterId: masterId,
      originalStart: '2026-05-26T19:00:00Z',
      start: { dateTime: '2026-05-27T19:00:00.0000000', timeZone: 'UTC' },
    });
    for (const who of [coach, principal]) {
      const view = (await h.call(who, 'GET', `/me/calendarView${LAST_WEEK}`)).body.value.filter((e: any) => e.subject === 'Peer coaching pair');
      expect(view.map((e: any) => [e.type, e.start.dateTime])).toEqual([['exception', '2026-05-27T19:00:00.0000000']]);
    }
    const principalCopy = (await h.call(principal, 'GET', `/me/calendarView${LAST_WEEK}`)).body.value.find((e: any) => e.subject === 'Peer coaching pair');
    expect(principalCopy.responseStatus.response).toBe('notResponded');
    // Free/busy follows: Wednesday is busy, Tuesday free.
    const schedule = await h.call(coach, 'POST', '/me/calendar/getSchedule', {
      schedules: [principal.mail],
      startTime: { dateTime: '2026-05-26T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-05-29T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 60,
    });
    const items = schedule.body.value[0].scheduleItems;
    expect(items.some((i: any) => i.start.dateTime.startsWith('2026-05-27T19:00'))).toBe(true);
    expect(items.some((i: any) => i.start.dateTime.startsWith('2026-05-26T19:00'))).toBe(false);
    // The same id reads the moved occurrence.
    expect((await h.call(coach, 'GET', `/me/events/${last.id}`)).body).toMatchObject({ type: 'exception', start: { dateTime: '2026-05-27T19:00:00.0000000' } });
  });

  it('the organizer cancels one occurrence with a message: it is gone from every calendar, the other dates stay', async () => {
    const all = '?startDateTime=2026-05-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z&$top=1000';
    const before = (await h.call(coach, 'GET', `/me/calendarView${all}`)).body.value.filter((e: any) => e.seriesMasterId === masterId);
    const third = before.find((e: any) => e.start.dateTime.startsWith('2026-05-19'));
    const res = await h.call(coach, 'POST', `/me/events/${third.id}/cancel`, { Comment: 'Testing week: we skip this one' });
    expect(res.status).toBe(202);
    for (const who of [coach, principal]) {
      const dates = (await h.call(who, 'GET', `/me/calendarView${all}`)).body.value
        .filter((e: any) => e.subject === 'Peer coaching pair')
        .map((e: any) => e.start.dateTime.slice(0, 10));
      expect(dates).toEqual(['2026-05-05', '2026-05-12', '2026-05-27']);
    }
    expect((await h.call(coach, 'GET', `/me/events/${third.id}`)).status).toBe(404);
    expect((await h.call(coach, 'POST', `/me/events/${third.id}/cancel`, {})).status).toBe(404);
    expect((await h.call(coach, 'GET', `/me/events/${masterId}`)).body.isCancelled).toBe(false);
  });

  it("can be declined alone: it leaves the attendee's calendar and the organizer's occurrence records the answer", async () => {
    const res = await h.call(principal, 'POST', `/me/events/${attendeeOccurrence.id}/decline`, { comment: 'Testing week', sendResponse: true });
    expect(res.status).toBe(202);
    const mine = (await h.call(principal, 'GET', `/me/calendarView${WINDOW}`)).body.value.filter((e: any) => e.subject === 'Peer coaching pair');
    expect(mine).toHaveLength(0);
    const theirs = (await h.call(coach, 'GET', `/me/calendarView?startDateTime=2026-05-04T00:00:00Z&endDateTime=2026-06-01T00:00:00Z&$top=1000`)).body.value.filter(
      (e: any) => e.seriesMasterId === masterId,
    );
    // The 19 May meeting was cancelled by an earlier test of this file.
    expect(theirs).toHaveLength(3);
    const declined = theirs.filter((e: any) => e.attendees[0].status.response === 'declined');
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({ id: organizerOccurrence.id, type: 'exception' });
    // One declined (this test), one moved (an earlier test): the rest are plain occurrences.
    expect(theirs.filter((e: any) => e.type === 'occurrence')).toHaveLength(1);
  });
});
