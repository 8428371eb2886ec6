import { describe, expect, it } from '@jest/globals';
import type { BookingPlan } from '../../../src/core/booking/index.js';
import { bookPlan, inviteAnswers, inviteVisitors, respondToInvite, walkStatus } from '../../../src/services/booking/index.js';
import { twoWalksPlan, useBookingWorld, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

const FIELDS = { classrooms: ['Room 12, Grade 4 math'], focusQuestion: 'How do students explain their thinking?', lookFors: ['Student talk', 'Work on the walls'] };
const walkPlan = (w: BookingWorld, cohort: readonly Person[], weeks: number): BookingPlan => twoWalksPlan(w, cohort, weeks, w.coaches[2]!, FIELDS);

describe('learning walks: two yeses', () => {
  it('host first: the host alone is asked; visitors are invited only after the host accepts, and the coach sees every answer in one place', async () => {
    const w = world();
    const coach = w.coaches[2]!;
    const cohort = w.principals.slice(0, 4);
    const plan = walkPlan(w, cohort, 6);
    const gateway = w.gateway(coach.address);
    const report = await bookPlan(gateway, plan, { hostFirst: true });
    expect(report.outcomes.map((o) => o.status === 'created' && o.invited)).toEqual(['hostOnly', 'hostOnly']);
    const [first, second] = plan.drafts;
    const host = cohort[0]!;
    const visitors = cohort.slice(1);
    // Only the host has the invitation; the event is at the host school, with its street address.
    expect(w.eventsAt(host.address, first!.slot.start, first!.slot.end)).toHaveLength(1);
    for (const v of visitors) expect(w.eventsAt(v.address, first!.slot.start, first!.slot.end)).toHaveLength(0);
    const organizerCopy = w.eventsAt(coach.address, first!.slot.start, first!.slot.end)[0]!;
    const school = w.schoolOf(host.address);
    expect(organizerCopy.location).toMatchObject({ displayName: school.name });
    expect(organizerCopy.locations).toMatchObject([
      { displayName: school.name, address: { street: school.address!.street, city: school.address!.city, postalCode: school.address!.postalCode } },
    ]);
    expect(organizerCopy.isOnlineMeeting).toBe(false);
    expect(organizerCopy.body.content).toContain(school.address!.street);

    expect((await inviteVisitors(gateway, plan)).map((o) => o.status)).toEqual(['waitingForHost', 'waitingForHost']);
    expect((await walkStatus(gateway, plan)).map((s) => s.stage)).toEqual(['waitingForHost', 'waitingForHost']);

    const hostCopy = w.eventsAt(host.address, first!.slot.start, first!.slot.end)[0]!;
    await respondToInvite(w.gateway(host.address), hostCopy.id, 'accept', { comment: 'Happy to host' });
    const secondHost = cohort[1]!;
    await respondToInvite(w.gateway(secondHost.address), w.eventsAt(secondHost.address, second!.slot.start, second!.slot.end)[0]!.id, 'decline', {
      comment: 'State testing that week',
    });

    // Meanwhile one visitor got booked: they are still invited (they may decline), and the coach is told.
    const late = visitors[2]!;
    await w.gateway(late.address).createEvent('me', {
      subject: 'Parent meeting',
      start: { dateTime: new Date(first!.slot.start).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(first!.slot.start + 1_800_000).toISOString().slice(0, 19), timeZone: 'UTC' },
      showAs: 'busy',
    });
    const invited = await inviteVisitors(gateway, plan);
    expect(invited.map((o) => o.status)).toEqual(['invited', 'hostDeclined']);
    expect(invited[0]).toMatchObject({ added: visitors.map((v) => v.address), nowBusy: [late.address] });
    for (const v of visitors) expect(w.eventsAt(v.address, first!.slot.start, first!.slot.end).filter((e) => e.subject !== 'Parent meeting')).toHaveLength(1);
    for (const v of cohort.filter((p) => p !== secondHost)) expect(w.eventsAt(v.address, second!.slot.start, second!.slot.end)).toHaveLength(0);
    // Running it again invites nobody twice.
    expect((await inviteVisitors(gateway, plan)).map((o) => o.status)).toEqual(['alreadyInvited', 'hostDeclined']);

    await respondToInvite(w.gateway(visitors[0]!.address), w.eventsAt(visitors[0]!.address, first!.slot.start, first!.slot.end)[0]!.id, 'accept');
    const status = await walkStatus(gateway, plan);
    expect(status[0]).toMatchObject({
      stage: 'visitorsInvited',
      twoYeses: true,
      school: school.name,
      host: { address: host.address, response: 'accepted' },
      notInvited: [],
    });
    expect(status[0]!.visitors.map((v) => [v.address, v.response])).toEqual([
      [visitors[0]!.address, 'accepted'],
      [visitors[1]!.address, 'none'],
      [visitors[2]!.address, 'none'],
    ]);
    expect(status[1]).toMatchObject({ stage: 'hostDeclined', twoYeses: false, host: { address: secondHost.address, response: 'declined' } });
    // With only the plan id the coach still gets the same answers (the host is the first attendee).
    expect((await walkStatus(gateway, plan.planId)).map((s) => [s.host.address, s.host.response])).toEqual(status.map((s) => [s.host.address, s.host.response]));
    expect((await inviteAnswers(gateway, status[0]!.eventId))[0]).toMatchObject({ address: host.address, response: 'accepted' });
  });

  it('all at once when the coach chooses: everyone is invited by the create', async () => {
    const w = world();
    const cohort = w.principals.slice(8, 11);
    const plan = walkPlan(w, cohort, 7);
    const report = await bookPlan(w.gateway(w.coaches[2]!.address), plan);
    expect(report.outcomes.map((o) => o.status === 'created' && o.invited)).toEqual(['all', 'all']);
    for (const d of plan.drafts) for (const p of cohort) expect(w.eventsAt(p.address, d.slot.start, d.slot.end)).toHaveLength(1);
    expect((await walkStatus(w.gateway(w.coaches[2]!.address), plan)).map((s) => [s.stage, s.twoYeses])).toEqual([
      ['visitorsInvited', false],
      ['visitorsInvited', false],
    ]);
  });
});
