import { describe, expect, it } from '@jest/globals';
import { planSession } from '../../../src/core/booking/index.js';
import { formatWhen } from '../../../src/core/time/readableTime.js';
import { bookPlan } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const NY = 'America/New_York';
const DAY = 24 * HOUR;
const whenWords = (ms: number, zone: string) => formatWhen(ms, { locale: 'en-US', timeZone: zone });

describe('a conflict offers real ways forward, against the demo tenant', () => {
  it('after a "closest option" is taken: the best time all but one can make, and the other suggestions still open, each re-checked', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const [ana, ben, cy, dee] = w.principals.slice(6, 10);
    const start = eastern(40, 1, '10:00');
    // Dee could not come when the coach chose (a closest option: 3 of 4 free); Cy is away from the next hour on for over a week.
    await w.gateway(dee!.address).createEvent('me', { subject: 'State testing', start: utc(start), end: utc(start + HOUR), showAs: 'busy' });
    await w.gateway(cy!.address).createEvent('me', { subject: 'Conference', start: utc(start + HOUR), end: utc(start + 9 * DAY), showAs: 'oof' });
    const plan = planSession({
      kind: 'peerCoaching',
      organizer: coach,
      attendees: [ana!, ben!, cy!, dee!],
      expectedFree: [ana!, ben!, cy!].map((p) => p.address),
      timeZone: NY,
      slot: { start, end: start + HOUR },
      agenda,
    });
    // Then Ben takes the time.
    await w.gateway(ben!.address).createEvent('me', { subject: 'Budget review', start: utc(start), end: utc(start + HOUR), showAs: 'busy' });
    const dayBefore = { start: start - DAY, end: start - DAY + HOUR };
    const twoDaysLater = { start: start + 2 * DAY, end: start + 2 * DAY + HOUR };
    const report = await bookPlan(w.gateway(coach.address), plan, { alternatives: [dayBefore, twoDaysLater, plan.drafts[0]!.slot] });
    const outcome = report.outcomes[0]!;
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.who.map((p) => p.address)).toEqual([ben!.address]);
    // Nobody-missing times do not exist in the week after (Cy is away), so there is no next best time, but a partial one:
    expect(outcome.nextBest).toBeUndefined();
    expect(outcome.bestPartial).toMatchObject({ start, end: start + HOUR, missing: [{ address: ben!.address, reason: 'busy' }] });
    expect(outcome.bestPartial!.free).toEqual([coach.address, ana!.address, cy!.address]);
    // The day before is still open for everyone expected free; two days later Cy is away.
    expect(outcome.stillOpen).toEqual([dayBefore]);
    expect(outcome.message).toBe(
      `${ben!.name} is now busy for ${whenWords(start, NY)}, so "Peer-coaching session" was not booked. Best time without ${ben!.name}: ${whenWords(start, NY)}. One of your other suggestions is still open.`,
    );
    expect(w.eventsAt(coach.address, start, start + HOUR)).toHaveLength(0);
  });
});
