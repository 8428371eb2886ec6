/**
 * Single occurrences of a series. One can be read; answering one makes an exception, as Exchange does
 * (declined: it leaves the attendee's calendar, and the organizer's occurrence records the answer);
 * changing, deleting or cancelling one gets a clear 400 naming the series master (not modelled).
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

  it('cannot be changed, deleted or cancelled: 400 naming the series master', async () => {
    const tries = [
      await h.call(coach, 'PATCH', `/me/events/${organizerOccurrence.id}`, { subject: 'Moved' }),
      await h.call(coach, 'DELETE', `/me/events/${organizerOccurrence.id}`),
      await h.call(coach, 'POST', `/me/events/${organizerOccurrence.id}/cancel`, { comment: 'Testing week' }),
    ];
    for (const res of tries) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('ErrorInvalidRequest');
      expect(res.body.error.message).toMatch(/series master/);
    }
    expect(tries[0]!.body.error.message).toContain(masterId);
    const series = await h.call(coach, 'GET', `/me/events/${masterId}`);
    expect(series.body.subject).toBe('Peer coaching pair');
    expect(series.body.isCancelled).toBe(false);
    const view = await h.call(coach, 'GET', `/me/calendarView${WINDOW}`);
    expect(view.body.value.filter((e: any) => e.seriesMasterId === masterId)).toHaveLength(1);
  });

  it('can be declined alone: it leaves the attendee\'s calendar and the organizer\'s occurrence records the answer', async () => {
    const res = await h.call(principal, 'POST', `/me/events/${attendeeOccurrence.id}/decline`, { comment: 'Testing week', sendResponse: true });
    expect(res.status).toBe(202);
    const mine = (await h.call(principal, 'GET', `/me/calendarView${WINDOW}`)).body.value.filter((e: any) => e.subject === 'Peer coaching pair');
    expect(mine).toHaveLength(0);
    const theirs = (await h.call(coach, 'GET', `/me/calendarView?startDateTime=2026-05-04T00:00:00Z&endDateTime=2026-06-01T00:00:00Z&$top=1000`)).body.value.filter((e: any) => e.seriesMasterId === masterId);
    expect(theirs).toHaveLength(4);
    const declined = theirs.filter((e: any) => e.attendees[0].status.response === 'declined');
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatchObject({ id: organizerOccurrence.id, type: 'exception' });
    expect(theirs.filter((e: any) => e.type === 'occurrence')).toHaveLength(3);
  });
});
