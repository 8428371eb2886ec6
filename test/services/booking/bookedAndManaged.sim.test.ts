import { describe, expect, it } from '@jest/globals';
import { planSession, sessionPlanId } from '../../../src/core/booking/index.js';
import { bookedSessions, bookPlan, cancelSession, moveSession } from '../../../src/services/booking/index.js';
import { createSessionCalendar } from '../../../src/graph/index.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const sessions = (w: ReturnType<typeof world>, as: string) => createSessionCalendar(w.gateway(as));
const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const NY = 'America/New_York';

describe('booked means booked, read from Graph', () => {
  it('a booked plan shows as booked, with its link, to a fresh sign-in; another plan does not; a cancelled one no longer does', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(0, 2);
    const start = eastern(30, 1, '10:00');
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: NY, slot: { start, end: start + HOUR }, agenda });
    const other = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: NY, slot: { start: start + 2 * HOUR, end: start + 3 * HOUR }, agenda });
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    expect(created.status).toBe('created');
    // A new gateway: another tab or browser, nothing remembered locally.
    const seen = await bookedSessions(sessions(w, coach.address), [plan.planId, other.planId]);
    expect([...seen.keys()]).toEqual([plan.planId]);
    expect(seen.get(plan.planId)).toEqual([
      expect.objectContaining({
        eventId: created.status === 'created' ? created.eventId : '',
        start,
        end: start + HOUR,
        kind: 'peerCoaching',
        recurring: false,
        webLink: expect.stringMatching(/^https:\/\/outlook\.office365\.com\//),
      }),
    ]);
    expect((await bookedSessions(sessions(w, coach.address), [plan.planId])).get(plan.planId)).toHaveLength(1);
    // A screen finds it from the suggestion alone, before planning anything.
    expect(sessionPlanId('peerCoaching', coach, [...people].reverse(), { start, end: start + HOUR })).toBe(plan.planId);
    // The second click of the same plan reports the event as already there, not as newly booked.
    expect((await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!.status).toBe('alreadyExisted');
    const cancelled = await cancelSession(sessions(w, coach.address), created.status === 'created' ? created.eventId : '', 'We will meet next month instead.');
    expect(cancelled).toEqual({ status: 'cancelled', message: 'The meeting was cancelled and your message sent: "Peer-coaching session".' });
    expect((await bookedSessions(sessions(w, coach.address), [plan.planId])).size).toBe(0);
    for (const p of people) expect(w.eventsAt(p.address, start, start + HOUR)).toHaveLength(0);
  });
});

describe('moving and cancelling a booked session', () => {
  it('a move is checked like a new booking: a busy person refuses it with the next best time; a free time moves it for everyone, even when it overlaps the old time', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const people = w.principals.slice(2, 4);
    const start = eastern(31, 2, '10:00');
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: NY, slot: { start, end: start + HOUR }, agenda });
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    if (created.status !== 'created') throw new Error(JSON.stringify(created));
    const busyAt = start + 3 * HOUR;
    await w.gateway(people[1]!.address).createEvent('me', { subject: 'Parent conference', start: utc(busyAt), end: utc(busyAt + HOUR), showAs: 'busy' });

    const refused = await moveSession(sessions(w, coach.address), { eventId: created.eventId, to: { start: busyAt, end: busyAt + HOUR }, timeZone: NY });
    expect(refused.status).toBe('conflict');
    if (refused.status !== 'conflict') return;
    expect(refused.who.map((p) => p.address)).toEqual([people[1]!.address]);
    expect(refused.message).toMatch(/is now busy for .*was not moved\. Next best time for the same people/);
    expect(w.eventsAt(people[0]!.address, start, start + HOUR)).toHaveLength(1);

    // Half an hour later overlaps the session itself: that is not a conflict.
    const later = { start: start + HOUR / 2, end: start + HOUR + HOUR / 2 };
    const moved = await moveSession(sessions(w, coach.address), { eventId: created.eventId, to: later, timeZone: NY });
    expect(moved).toMatchObject({ status: 'moved', start: later.start, end: later.end });
    for (const p of people) {
      const [copy] = w.eventsAt(p.address, later.start, later.end);
      expect(copy?.subject).toBe('Peer-coaching session');
      expect(copy?.responseStatus.response).toBe('notResponded');
    }
    expect((await bookedSessions(sessions(w, coach.address), [plan.planId])).get(plan.planId)![0]).toMatchObject({ start: later.start });
  });

  it('one meeting of a series is moved or cancelled by its occurrence id; the rest of the series stays for everyone', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(4, 6);
    const recurrence = {
      pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['thursday' as const] },
      startTime: '14:00',
      durationMinutes: 60,
      timeZone: NY,
      firstDate: '2027-10-07',
      count: 4,
    };
    const plan = planSession({
      kind: 'cohortMeeting',
      organizer: coach,
      attendees: people,
      timeZone: NY,
      recurrence,
      agenda: { fields: { norms: ['Start on time'], problemOfPractice: 'Chronic absence', presenter: 'A principal' } },
    });
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    if (created.status !== 'created') throw new Error(JSON.stringify(created));
    const dates = plan.drafts[0]!.occurrences;
    const gateway = sessions(w, coach.address);
    const view = async (who: string) =>
      (
        await w
          .gateway(who)
          .calendarView('me', new Date(dates[0]!.start).toISOString(), new Date(dates[3]!.end + 7 * 24 * HOUR).toISOString(), {
            select: ['subject', 'start', 'end', 'type', 'seriesMasterId'],
          })
          .collect()
      ).filter((e) => e.subject === plan.drafts[0]!.subject);
    const occurrences = await view(coach.address);
    expect(occurrences).toHaveLength(4);

    const second = occurrences[1]!;
    const friday = { start: dates[1]!.start + 24 * HOUR, end: dates[1]!.end + 24 * HOUR };
    expect(await moveSession(gateway, { eventId: second.id!, to: friday, timeZone: NY })).toMatchObject({ status: 'moved' });
    const third = occurrences[2]!;
    expect(await cancelSession(gateway, third.id!, 'Testing week')).toEqual({
      status: 'cancelled',
      message: 'This meeting of the series was cancelled and your message sent: "Principal cohort meeting".',
    });
    for (const who of [coach.address, ...people.map((p) => p.address)]) {
      const after = await view(who);
      expect(after.map((e) => e.type)).toEqual(['occurrence', 'exception', 'occurrence']);
      expect(after[1]!.start!.dateTime!.slice(0, 10)).toBe('2027-10-15');
    }
    expect((await bookedSessions(gateway, [plan.planId])).get(plan.planId)![0]).toMatchObject({ recurring: true });
    // An attendee cannot cancel the organizer's meeting.
    const theirs = (await view(people[0]!.address))[0]!;
    expect(await cancelSession(sessions(w, people[0]!.address), theirs.id!)).toMatchObject({ status: 'failed' });
  });
});
