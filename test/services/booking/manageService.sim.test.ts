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
const cohortAgenda = { fields: { norms: ['Start on time'], problemOfPractice: 'Chronic absence', presenter: 'A principal' } };
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

  describe('every meeting of a series to a new time of day', () => {
    const recurrence = (startTime: string) => ({
      pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['tuesday' as const] },
      startTime,
      durationMinutes: 60,
      timeZone: NY,
      firstDate: '2027-04-06',
      count: 3,
    });
    /** The series' meetings as Graph's /instances has them: local dates and start times in New York. */
    const instances = async (w: ReturnType<typeof world>, coach: string, seriesId: string): Promise<string[]> => {
      const url = `${w.sim.graphUrl}/users/${encodeURIComponent(coach)}/events/${encodeURIComponent(seriesId)}/instances?startDateTime=2027-03-01T00:00:00Z&endDateTime=2027-05-01T00:00:00Z`;
      const res = await fetch(url, { headers: { Authorization: `Bearer ${await w.sim.tokenFor(coach)}`, Prefer: `outlook.timezone="${NY}"` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { value: { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } }[] };
      return body.value
        .map((e) => {
          const zone = e.start.timeZone === 'UTC' ? 'UTC' : NY;
          const start = DateTime.fromISO(e.start.dateTime, { zone }).setZone(NY);
          const end = DateTime.fromISO(e.end.dateTime, { zone }).setZone(NY);
          return `${start.toFormat('yyyy-MM-dd HH:mm')}-${end.toFormat('HH:mm')}`;
        })
        .sort();
    };
    const book = async (w: ReturnType<typeof world>, coach: (typeof w.coaches)[number], people: typeof w.principals, startTime: string) => {
      const plan = planSession({ kind: 'cohortMeeting', organizer: coach, attendees: people, timeZone: NY, recurrence: recurrence(startTime), agenda: cohortAgenda });
      const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
      if (created.status !== 'created') throw new Error(JSON.stringify(created));
      return created.eventId;
    };
    const now = testClock('2027-03-29T09:00');

    it('moves every meeting when everyone required is free at the new time, read back from /instances', async () => {
      const w = world();
      const coach = w.coaches[0]!;
      const people = w.principals.slice(20, 22);
      const seriesId = await book(w, coach, people, '13:00');
      const manage = createManageService(createSessionCalendar(w.gateway(coach.address)), { now, districtCalendar });
      const result = await manage.moveSeries(seriesId, '15:30', NY);
      expect(result).toEqual({
        status: 'moved',
        seriesId,
        meetings: 3,
        message: expect.stringContaining('moved to 15:30; everyone invited was told and asked again'),
      });
      expect(await instances(w, coach.address, seriesId)).toEqual(['2027-04-06 15:30-16:30', '2027-04-13 15:30-16:30', '2027-04-20 15:30-16:30']);
      // The attendees' copies moved too.
      const seen = await w
        .gateway(people[0]!.address)
        .calendarView('me', '2027-04-01T00:00:00Z', '2027-05-01T00:00:00Z', { select: ['start', 'seriesMasterId'], timeZone: NY })
        .collect();
      expect(seen.map((e) => DateTime.fromISO(e.start!.dateTime!, { zone: NY }).toFormat('yyyy-MM-dd HH:mm')).sort()).toEqual([
        '2027-04-06 15:30',
        '2027-04-13 15:30',
        '2027-04-20 15:30',
      ]);
    });

    it('names the date and the person taken at the new time, and moves nothing', async () => {
      const w = world();
      const coach = w.coaches[1]!;
      const people = w.principals.slice(22, 24);
      const optional = w.principals[19]!;
      const seriesId = await book(w, coach, [...people, { ...optional, optional: true }], '10:00');
      const busy = people[1]!;
      // An optional person busy at the new time on another date never blocks and is not named.
      await w.gateway(optional.address).createEvent(optional.address, {
        subject: 'Board workshop',
        start: { dateTime: '2027-04-20T14:00:00', timeZone: NY },
        end: { dateTime: '2027-04-20T15:00:00', timeZone: NY },
        showAs: 'busy',
      });
      await w.gateway(busy.address).createEvent(busy.address, {
        subject: 'District budget review',
        start: { dateTime: '2027-04-13T14:00:00', timeZone: NY },
        end: { dateTime: '2027-04-13T15:00:00', timeZone: NY },
        showAs: 'busy',
      });
      const manage = createManageService(createSessionCalendar(w.gateway(coach.address)), { now, districtCalendar });
      const result = await manage.moveSeries(seriesId, '14:00', NY);
      expect(result.status).toBe('conflict');
      if (result.status !== 'conflict') return;
      expect(result.dates.map((d) => [DateTime.fromMillis(d.at.start, { zone: NY }).toISODate(), d.who.map((p) => p.name)])).toEqual([['2027-04-13', [busy.name]]]);
      expect(result.message).toContain(`Tuesday, April 13: ${busy.name} (busy)`);
      expect(result.message).toContain('Nothing was changed');
      expect(result.message).not.toContain(optional.name);
      expect(await instances(w, coach.address, seriesId)).toEqual(['2027-04-06 10:00-11:00', '2027-04-13 10:00-11:00', '2027-04-20 10:00-11:00']);
    });
  });
});
