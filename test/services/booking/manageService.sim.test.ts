/**
 * Move as the screens call it (createManageService), over HTTP against the demo tenant: the next free times
 * offered keep the notice and the district's closures; a move onto a closure or too soon is refused in words
 * and nothing changes.
 */
import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { planSession } from '../../../src/core/booking/index.js';
import { closuresOn, demoDistrictCalendar } from '../../../src/core/district/index.js';
import { createSessionCalendar } from '../../../src/graph/index.js';
import { bookPlan, createManageService } from '../../../src/services/booking/index.js';
import { testClock } from '../../support/testClock.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const NY = 'America/New_York';
const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };
const districtCalendar = demoDistrictCalendar('2026-09-01', '2027-08-31');

describe('moving a booked session through the manage service', () => {
  it('offers the next free times after the notice and off closures; refuses a closure day or a time too soon, changing nothing', async () => {
    const w = world();
    const coach = w.coaches[2]!;
    const people = w.principals.slice(8, 10);
    const start = eastern(3, 1, '13:00');
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: NY, slot: { start, end: start + HOUR }, agenda });
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    if (created.status !== 'created') throw new Error(JSON.stringify(created));
    const calendar = createSessionCalendar(w.gateway(coach.address));
    // "Now" a few days before the winter break: the next two weeks run into it.
    const now = testClock('2026-12-17T09:00')();
    const manage = createManageService(calendar, { now: () => now, districtCalendar });

    const choices = await manage.moveChoices(created.eventId, NY);
    expect(choices.times.length).toBeGreaterThan(0);
    // Not before tomorrow afternoon, never on a closure, never overlapping one another.
    expect(choices.notBefore).toBe(DateTime.fromISO('2026-12-18T12:00', { zone: NY }).toMillis());
    for (const t of choices.times) {
      expect(t.start).toBeGreaterThanOrEqual(choices.notBefore);
      expect(t.end - t.start).toBe(HOUR);
      expect(closuresOn(districtCalendar, DateTime.fromMillis(t.start, { zone: NY }).toISODate()!)).toEqual([]);
    }
    const sorted = [...choices.times].sort((a, b) => a.start - b.start);
    expect(choices.times).toEqual(sorted);
    sorted.slice(1).forEach((t, i) => expect(t.start).toBeGreaterThanOrEqual(sorted[i]!.end));

    const onBreak = DateTime.fromISO('2026-12-29T10:00', { zone: NY }).toMillis();
    expect(await manage.move(created.eventId, { start: onBreak, end: onBreak + HOUR }, NY)).toEqual({
      status: 'failed',
      message: 'Schools are closed then (Winter break, 2026-12-29); choose another day.',
    });
    const tooSoon = DateTime.fromISO('2026-12-17T15:00', { zone: NY }).toMillis();
    expect(await manage.move(created.eventId, { start: tooSoon, end: tooSoon + HOUR }, NY)).toEqual({
      status: 'failed',
      message: 'That time is too soon: people need notice to prepare. Choose a time from Friday, December 18, 12:00 PM Eastern on.',
    });
    const unchanged = await manage.read(created.eventId);
    expect([unchanged.start, unchanged.end]).toEqual([start, start + HOUR]);
  });
});
