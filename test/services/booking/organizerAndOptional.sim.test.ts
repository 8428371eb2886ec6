import { describe, expect, it } from '@jest/globals';
import { planSession } from '../../../src/core/booking/index.js';
import { bookPlan } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });

describe('the organizer’s own calendar and optional people, against the demo tenant', () => {
  it('the coach’s own meeting takes the time: nothing is booked, the coach is told "You", and the next best time avoids the coach’s meeting', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(0, 2);
    const start = eastern(20, 1, '10:00');
    // The coach's own calendar: busy at the chosen hour and the hour after.
    await w.gateway(coach.address).createEvent('me', { subject: 'Budget call', start: utc(start), end: utc(start + 2 * HOUR), showAs: 'busy' });
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: people, timeZone: 'America/New_York', slot: { start, end: start + HOUR }, agenda });
    const outcome = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.who).toEqual([{ address: coach.address, name: coach.name, reason: 'busy' }]);
    expect(outcome.message).toMatch(/^You are now busy for /);
    expect(outcome.nextBest!.start).toBeGreaterThanOrEqual(start + 2 * HOUR);
    expect(w.eventsAt(people[0]!.address, start, start + HOUR).filter((e) => e.subject !== 'Budget call')).toHaveLength(0);
  });

  it('an optional person is invited as optional and never blocks; a busy required person still does', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const [ana, ben, dee] = w.principals.slice(3, 6);
    const start = eastern(21, 2, '13:00');
    await w.gateway(dee!.address).createEvent('me', { subject: 'IEP meeting', start: utc(start), end: utc(start + HOUR), showAs: 'busy' });
    const attendees = [ana!, ben!, { ...dee!, optional: true }];
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees, timeZone: 'America/New_York', slot: { start, end: start + HOUR }, agenda });
    expect((await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!.status).toBe('created');
    const [copy] = w.eventsAt(coach.address, start, start + HOUR);
    expect(copy!.attendees.map((a) => [a.emailAddress?.address, a.type])).toEqual([
      [ana!.address, 'required'],
      [ben!.address, 'required'],
      [dee!.address, 'optional'],
    ]);
    expect(
      w
        .eventsAt(dee!.address, start, start + HOUR)
        .map((e) => e.subject)
        .sort(),
    ).toEqual(['IEP meeting', copy!.subject].sort());

    const later = start + 2 * HOUR;
    await w.gateway(ben!.address).createEvent('me', { subject: 'Parent meeting', start: utc(later), end: utc(later + HOUR), showAs: 'busy' });
    const blocked = planSession({ kind: 'peerCoaching', organizer: coach, attendees, timeZone: 'America/New_York', slot: { start: later, end: later + HOUR }, agenda });
    const refused = (await bookPlan(w.gateway(coach.address), blocked)).outcomes[0]!;
    expect(refused.status === 'conflict' && refused.who.map((p) => p.address)).toEqual([ben!.address]);
  });
});
