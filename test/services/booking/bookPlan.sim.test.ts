import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { planSession, type BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, inviteAnswers, respondToInvite } from '../../../src/services/booking/index.js';
import { COMMON_TIME_TAG_ID } from '../../../src/graph/index.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();

const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };

function session(weeks: number, principals: readonly { address: string; name: string }[], coach: { address: string; name: string }, time = '10:00'): BookingPlan {
  const start = eastern(weeks, 1, time);
  return planSession({ kind: 'peerCoaching', organizer: coach, attendees: principals, timeZone: 'America/New_York', slot: { start, end: start + HOUR }, agenda });
}

describe('bookPlan against the demo tenant', () => {
  it('creates the event with everything a principal needs, in the organizer’s and every attendee’s calendar', async () => {
    const w = world();
    const [coach] = w.coaches;
    const people = w.principals.slice(0, 2);
    const plan = session(0, people, coach!);
    const progress: string[] = [];
    const report = await bookPlan(w.gateway(coach!.address), plan, { onProgress: (p) => progress.push(p.message) });
    expect(report.counts).toMatchObject({ created: 1 });
    expect(report.complete).toBe(true);
    expect(progress.at(-1)).toMatch(/^Booked: Peer-coaching session \(1 of 1\)$/);
    const [organizerCopy] = w.eventsAt(coach!.address, plan.drafts[0]!.slot.start, plan.drafts[0]!.slot.end);
    expect(organizerCopy).toMatchObject({
      subject: 'Peer-coaching session',
      showAs: 'busy',
      categories: ['Protected collaboration', 'Peer coaching'],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: plan.drafts[0]!.transactionId,
      start: { dateTime: expect.stringMatching(/^2027-03-02T10:00:00/), timeZone: 'Eastern Standard Time' },
    });
    expect(organizerCopy!.attendees.map((a) => a.emailAddress?.address)).toEqual(people.map((p) => p.address));
    expect(organizerCopy!.body.content).toContain('Sharper feedback after walkthroughs');
    expect(organizerCopy!.singleValueExtendedProperties).toEqual([{ id: COMMON_TIME_TAG_ID, value: `kind=peerCoaching;plan=${plan.planId}` }]);
    for (const p of people) expect(w.eventsAt(p.address, plan.drafts[0]!.slot.start, plan.drafts[0]!.slot.end)).toHaveLength(1);
  });

  it('a second run (a double click, a retry) books nothing new and reports the event as already there', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(2, 4);
    const plan = session(1, people, coach);
    const gateway = w.gateway(coach.address);
    const [first, second] = await Promise.all([bookPlan(gateway, plan), bookPlan(gateway, plan)]);
    const third = await bookPlan(gateway, plan);
    const statuses = [first, second].flatMap((r) => r.outcomes.map((o) => o.status));
    expect(statuses.filter((s) => s === 'created' || s === 'alreadyExisted')).toHaveLength(2);
    expect(third.outcomes[0]!.status).toBe('alreadyExisted');
    for (const address of [coach.address, ...people.map((p) => p.address)]) {
      expect(w.eventsAt(address, plan.drafts[0]!.slot.start, plan.drafts[0]!.slot.end)).toHaveLength(1);
    }
  });

  it('a second run that reads free/busy only after the first run booked reports the event as already there, not as a taken time', async () => {
    // The interleaving a loaded machine can produce for a double click: one run is a whole step behind the other.
    const w = world();
    const coach = w.coaches[1]!;
    const people = w.principals.slice(19, 21);
    const plan = session(6, people, coach);
    const gateway = w.gateway(coach.address);
    const first = bookPlan(gateway, plan);
    const late: typeof gateway = Object.assign(Object.create(gateway) as typeof gateway, {
      getSchedules: async (...args: Parameters<typeof gateway.getSchedules>) => {
        await first;
        return gateway.getSchedules(...args);
      },
    });
    const second = await bookPlan(late, plan);
    const created = (await first).outcomes[0]!;
    expect(created.status).toBe('created');
    expect(second.outcomes[0]).toMatchObject({ status: 'alreadyExisted', eventId: created.status === 'created' ? created.eventId : '' });
    for (const address of [coach.address, ...people.map((p) => p.address)]) {
      expect(w.eventsAt(address, plan.drafts[0]!.slot.start, plan.drafts[0]!.slot.end)).toHaveLength(1);
    }
  });

  it('books nothing when someone took the time meanwhile, names them and offers the next time they are all free', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(4, 7);
    const plan = session(2, people, coach);
    const slot = plan.drafts[0]!.slot;
    const taker = people[1]!;
    await w.gateway(taker.address).createEvent('me', {
      subject: 'District call',
      start: { dateTime: new Date(slot.start).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(slot.start + HOUR / 2).toISOString().slice(0, 19), timeZone: 'UTC' },
      showAs: 'busy',
    });
    const report = await bookPlan(w.gateway(coach.address), plan);
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.who).toEqual([{ address: taker.address, name: taker.name, reason: 'busy' }]);
    expect(outcome.message).toContain(`${taker.name} is now busy for Tuesday, March 16, 10:00 AM Eastern`);
    expect(outcome.message).toContain('was not booked');
    expect(w.eventsAt(coach.address, slot.start, slot.end)).toHaveLength(0);
    for (const p of people) expect(w.eventsAt(p.address, slot.start, slot.end).filter((e) => e.subject !== 'District call')).toHaveLength(0);
    // The next best time is real: booking there succeeds.
    expect(outcome.nextBest!.start).toBeGreaterThanOrEqual(slot.start + HOUR / 2);
    expect(outcome.message).toContain('Next best time for the same people');
    const moved = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: 'America/New_York', slot: outcome.nextBest!, agenda });
    expect(moved.drafts[0]!.transactionId).not.toBe(plan.drafts[0]!.transactionId);
    expect((await bookPlan(w.gateway(coach.address), moved)).outcomes[0]!.status).toBe('created');
  });

  it('only the people expected free are checked again: a principal invited although busy does not block', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(7, 10);
    const start = eastern(3, 2, '13:00');
    const busy = people[0]!;
    await w.gateway(busy.address).createEvent('me', {
      subject: 'Board meeting',
      start: { dateTime: new Date(start).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(start + HOUR).toISOString().slice(0, 19), timeZone: 'UTC' },
      showAs: 'busy',
    });
    const plan = planSession({
      kind: 'peerCoaching',
      organizer: coach,
      attendees: people,
      expectedFree: people.slice(1).map((p) => p.address.toUpperCase()),
      timeZone: 'America/New_York',
      slot: { start, end: start + HOUR },
      agenda,
    });
    expect((await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!.status).toBe('created');
  });

  it('resumes after a failure: the second run creates only what is missing and never a duplicate', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const pairs = [w.principals.slice(10, 12), w.principals.slice(12, 14), w.principals.slice(14, 16)];
    const drafts = pairs.map((people, i) => session(4, people, coach, `${9 + i}:00`).drafts[0]!);
    const plan: BookingPlan = {
      planId: 'resume-test',
      kind: 'peerCoaching',
      organizer: coach,
      timeZone: 'America/New_York',
      tentative: 'busy',
      drafts: drafts.map((d, i) => ({ ...d, key: `pair-${i}`, tag: { ...d.tag, planId: 'resume-test' }, transactionId: `${d.transactionId.slice(0, -1)}${i}` })),
    };
    // Every create of the second draft fails hard (503 past the gateway's retries).
    let creates = 0;
    w.sim.faults.unavailableNext(1000, 0, (t) => t.method === 'POST' && /events$/.test(t.route) && ++creates >= 2 && creates <= 3);
    const gateway = w.gateway(coach.address, { retry: { maxRetries: 1, baseDelayMs: 5 } });
    const first = await bookPlan(gateway, plan, { concurrency: 1 });
    expect(first.outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'created']);
    expect(first.complete).toBe(false);
    const failed = first.outcomes[1]!;
    expect(failed.status === 'failed' && failed.message).toMatch(/could not be created.*run the booking again/i);
    w.sim.faults.clear();
    const second = await bookPlan(gateway, plan);
    expect(second.outcomes.map((o) => o.status)).toEqual(['alreadyExisted', 'created', 'alreadyExisted']);
    expect(second.complete).toBe(true);
    const mine = w.allEvents(coach.address).filter((e) => e.transactionId !== undefined && plan.drafts.some((d) => d.transactionId === e.transactionId));
    expect(mine).toHaveLength(3);
    for (const [i, people] of pairs.entries()) for (const p of people) expect(w.eventsAt(p.address, plan.drafts[i]!.slot.start, plan.drafts[i]!.slot.end)).toHaveLength(1);
  });

  it('answers update the organizer’s copy, and the organizer reads who answered what', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(16, 19);
    const plan = session(5, people, coach);
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    if (created.status !== 'created') throw new Error(`not created: ${JSON.stringify(created)}`);
    const copyOf = (address: string) => w.eventsAt(address, plan.drafts[0]!.slot.start, plan.drafts[0]!.slot.end)[0]!.id;
    await respondToInvite(w.gateway(people[0]!.address), copyOf(people[0]!.address), 'accept', { comment: 'Looking forward to it' });
    await respondToInvite(w.gateway(people[1]!.address), copyOf(people[1]!.address), 'tentativelyAccept', {
      comment: 'Might be late',
      proposedNewTime: { start: plan.drafts[0]!.slot.start + HOUR, end: plan.drafts[0]!.slot.end + HOUR },
    });
    const answers = await inviteAnswers(w.gateway(coach.address), created.eventId);
    expect(answers.map((a) => [a.address, a.response])).toEqual([
      [people[0]!.address, 'accepted'],
      [people[1]!.address, 'tentativelyAccepted'],
      [people[2]!.address, 'none'],
    ]);
    expect(answers[1]!.proposedNewTime).toEqual({ start: plan.drafts[0]!.slot.start + HOUR, end: plan.drafts[0]!.slot.end + HOUR });
    expect(answers[0]!.answeredAt).toMatch(/^20\d\d-/);
    await expect(respondToInvite(w.gateway(people[2]!.address), copyOf(people[2]!.address), 'accept', { proposedNewTime: { start: 1, end: 2 } })).rejects.toThrow(
      /proposedNewTime: .*only when you tentatively accept or decline/,
    );
  });

  it('stopping (the coach cancels) leaves the rest not started; running again continues where it stopped', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const drafts = [0, 1, 2].map((i) => session(12, w.principals.slice(2 * i, 2 * i + 2), coach, `${9 + i}:00`).drafts[0]!);
    const plan: BookingPlan = {
      planId: 'stop-test',
      kind: 'peerCoaching',
      organizer: coach,
      timeZone: 'America/New_York',
      tentative: 'busy',
      drafts: drafts.map((d, i) => ({ ...d, key: `d${i}`, tag: { ...d.tag, planId: 'stop-test' } })),
    };
    const stop = new AbortController();
    const gateway = w.gateway(coach.address);
    const first = await bookPlan(gateway, plan, {
      concurrency: 1,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.done === 1) stop.abort();
      },
    });
    expect(first.outcomes.map((o) => o.status)).toEqual(['created', 'notStarted', 'notStarted']);
    expect(first.outcomes[1]!.status === 'notStarted' && first.outcomes[1]!.message).toMatch(/stopped before this event; run it again to continue/);
    const second = await bookPlan(gateway, plan);
    expect(second.outcomes.map((o) => o.status)).toEqual(['alreadyExisted', 'created', 'created']);
  });

  it('a recurring series is checked on every meeting: one taken date books nothing; a free series lands at the same local time on every date', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const recurrence = {
      pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['wednesday' as const] },
      startTime: '15:00',
      durationMinutes: 60,
      timeZone: 'America/New_York',
      firstDate: '2027-09-01',
      count: 12,
    };
    const cohortAgenda = { fields: { norms: ['Start on time'], problemOfPractice: 'Chronic absence', presenter: 'A principal' } };
    const blocked = planSession({ kind: 'cohortMeeting', organizer: coach, attendees: w.principals.slice(0, 3), timeZone: 'America/New_York', recurrence, agenda: cohortAgenda });
    const eighth = blocked.drafts[0]!.occurrences[7]!;
    const taker = w.principals[1]!;
    await w.gateway(taker.address).createEvent('me', {
      subject: 'Budget review',
      start: { dateTime: new Date(eighth.start + HOUR / 2).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(eighth.end + HOUR).toISOString().slice(0, 19), timeZone: 'UTC' },
      showAs: 'busy',
    });
    const refused = (await bookPlan(w.gateway(coach.address), blocked)).outcomes[0]!;
    expect(refused.status).toBe('conflict');
    expect(refused.status === 'conflict' && refused.message).toMatch(
      new RegExp(
        `^${taker.name} is now busy for Wednesday, October 20, 3:00 PM Eastern, so "Principal cohort meeting" was not booked\\. Look for another standing time for this series\\.$`,
      ),
    );
    expect(w.allEvents(coach.address).filter((e) => e.transactionId === blocked.drafts[0]!.transactionId)).toHaveLength(0);

    const people = w.principals.slice(3, 6);
    const plan = planSession({ kind: 'cohortMeeting', organizer: coach, attendees: people, timeZone: 'America/New_York', recurrence, agenda: cohortAgenda });
    expect((await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!.status).toBe('created');
    const span = { start: plan.drafts[0]!.occurrences[0]!.start, end: plan.drafts[0]!.occurrences.at(-1)!.end };
    for (const p of people) {
      const seen = await w
        .gateway(p.address)
        .calendarView('me', new Date(span.start).toISOString(), new Date(span.end).toISOString(), { select: ['subject', 'start', 'end', 'type'] })
        .collect();
      const meetings = seen.filter((e) => e.subject === 'Principal cohort meeting');
      expect(meetings).toHaveLength(12);
      // Across the November clock change the meeting stays at 15:00 in New York.
      expect(new Set(meetings.map((e) => DateTime.fromISO(e.start!.dateTime!, { zone: 'UTC' }).setZone('America/New_York').toFormat('ccc HH:mm')))).toEqual(new Set(['Wed 15:00']));
    }
    expect((await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!.status).toBe('alreadyExisted');
  });
});
