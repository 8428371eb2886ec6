/**
 * Choosing people, over real HTTP against the demo tenant (today fixed months before the spring 2027 dates
 * searched, so the seeded calendars never reach them): optional people never block a suggestion, are said how
 * they stand, and are invited as Graph's optional attendees; the coach's own calendar is read for every
 * suggestion (a group they belong to, one they do not, hand-picked people), the last look before booking, the
 * next best time and the other suggestions still open.
 */
import { describe, expect, it } from '@jest/globals';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import { createGraphReads } from '../../../src/graph/index.js';
import { createBookingService, seriesSessionPlan, singleSessionPlan } from '../../../src/services/booking/index.js';
import { createFindTimeService, type Suggestion } from '../../../src/services/findTime/index.js';
import { eastern, HOUR, useBookingWorld, type BookingWorld, type Person } from '../booking/support/bookingWorld.js';

const world = useBookingWorld();
const NY = 'America/New_York';
const DAY = 24 * HOUR;
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
const directoryPerson = (p: Person): DirectoryPerson => ({ id: p.address, mail: p.address, displayName: p.name });
const organizerOf = (p: Person) => ({ upn: p.address, displayName: p.name });
const overlaps = (s: { start: number; end: number }, start: number, end: number) => s.start < end && start < s.end;
const agenda = { fields: { goal: 'Sharper feedback after walkthroughs' } };

/** The attendees of the events in a mailbox that start at `start`, read through Graph as its owner. */
async function attendeesAt(w: BookingWorld, owner: string, start: number): Promise<{ subject: string; attendees: [string, string][] }[]> {
  const from = encodeURIComponent(new Date(start).toISOString());
  const to = encodeURIComponent(new Date(start + HOUR).toISOString());
  const response = await fetch(`${w.sim.graphUrl}/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,start,attendees`, {
    headers: { authorization: `Bearer ${await w.sim.tokenFor(owner)}`, prefer: 'outlook.timezone="UTC"' },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { value: { subject: string; start: { dateTime: string }; attendees: { type: string; emailAddress: { address: string } }[] }[] };
  return body.value
    .filter((e) => Date.parse(`${e.start.dateTime.slice(0, 19)}Z`) === start)
    .map((e) => ({ subject: e.subject, attendees: e.attendees.map((a): [string, string] => [a.emailAddress.address.toLowerCase(), a.type]) }));
}

describe('optional people never block, are named, and are invited as optional', () => {
  it('a time the required are free and the optional person is busy is suggested, said so, and booked with that person as optional', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const [ana, ben, dee] = w.principals.slice(12, 15) as [Person, Person, Person];
    const findTime = createFindTimeService(createGraphReads(w.gateway(coach.address)));
    const day = eastern(22, 2, '00:00');
    const busyAt = eastern(22, 2, '10:00');
    await w.gateway(dee.address).createEvent('me', { subject: 'IEP meeting', start: utc(busyAt), end: utc(busyAt + HOUR), showAs: 'busy' });
    // Ana is free only from 10:00 to 11:00 that day: the one hour the required people share is Dee's meeting.
    await w.gateway(ana.address).createEvent('me', { subject: 'Site visits', start: utc(day), end: utc(busyAt), showAs: 'busy' });
    await w.gateway(ana.address).createEvent('me', { subject: 'Board prep', start: utc(busyAt + HOUR), end: utc(day + DAY), showAs: 'busy' });
    const request = {
      cohort: [ana, ben, dee].map(directoryPerson),
      organizer: directoryPerson(coach),
      window: { start: day, end: day + DAY },
      durationMinutes: 60,
      timeZone: NY,
      tentativeCountsAsFree: false,
    };

    // Everyone required: no time suits all; 10:00 is only a closest option, Dee missing.
    const allRequired = await findTime.findTimes(request);
    expect(allRequired.result.slots).toEqual([]);
    expect(allRequired.result.partial.find((s) => s.start === busyAt)).toMatchObject({ unavailable: [{ person: expect.objectContaining({ mail: dee.address }), reason: 'busy' }] });

    // Dee optional: 10:00 is back, with how Dee stands, and nobody required missing anywhere.
    const found = await findTime.findTimes({ ...request, optional: [dee.address.toUpperCase()] });
    expect(found.result.optionalLabels).toEqual([dee.name]);
    const ten = found.result.slots.find((s) => s.start === busyAt);
    expect(ten).toBeDefined();
    expect(ten!.reasons[0]).toBe(`all 3 required free; the optional person is busy (${dee.name})`);
    expect(ten!.available.map((p) => p.mail)).toEqual([coach.address, ana.address, ben.address]);
    expect(ten!.optionalUnavailable).toEqual([{ person: expect.objectContaining({ mail: dee.address }), reason: 'busy' }]);
    expect(found.result.slots.map((s) => s.start)).toEqual([busyAt]);

    // Booked as the screen books it: the last look ignores Dee's meeting, and Graph holds Dee as optional.
    const plan = singleSessionPlan(ten as Suggestion, { cohort: found.cohort, organizer: organizerOf(coach), kind: 'peerCoaching', timeZone: NY, optional: [dee.address] });
    expect(plan.attendees.map((a) => [a.upn, a.optional === true])).toEqual([
      [ana.address, false],
      [ben.address, false],
      [dee.address, true],
    ]);
    const outcome = await createBookingService(w.gateway(coach.address)).book({ ...plan, agenda });
    expect(outcome.status).toBe('booked');
    const expected: [string, string][] = [
      [ana.address.toLowerCase(), 'required'],
      [ben.address.toLowerCase(), 'required'],
      [dee.address.toLowerCase(), 'optional'],
    ];
    expect(await attendeesAt(w, coach.address, busyAt)).toEqual([{ subject: plan.subject, attendees: expected }]);
    // Dee's own copy says the same, beside the meeting that did not block it.
    const deeCopies = await attendeesAt(w, dee.address, busyAt);
    expect(deeCopies.map((e) => e.subject).sort()).toEqual(['IEP meeting', plan.subject].sort());
    expect(deeCopies.find((e) => e.subject === plan.subject)!.attendees).toEqual(expected);
  }, 60_000);

  it('a series: the optional person away on every date never blocks it, and is named on each date', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const [ana, ben, dee] = w.principals.slice(15, 18) as [Person, Person, Person];
    const findTime = createFindTimeService(createGraphReads(w.gateway(coach.address)));
    const firstDay = eastern(23, 0, '00:00');
    await w.gateway(dee.address).createEvent('me', { subject: 'Sabbatical', start: utc(firstDay), end: utc(firstDay + 28 * DAY), showAs: 'oof' });
    const firstDate = new Date(eastern(23, 0, '12:00')).toISOString().slice(0, 10);
    const request = {
      cohort: [ana, ben, dee].map(directoryPerson),
      organizer: directoryPerson(coach),
      firstDate,
      sessions: 3,
      repeat: 'weekly' as const,
      durationMinutes: 60,
      timeZone: NY,
      tentativeCountsAsFree: false,
    };
    const allRequired = await findTime.findSeries(request);
    expect(allRequired.result.series.every((s) => !s.meetsRequirements)).toBe(true);

    const found = await findTime.findSeries({ ...request, optional: [dee.address] });
    const best = found.result.series[0]!;
    expect(best.meetsRequirements).toBe(true);
    expect(best.dates.every((d) => d.unavailable.length === 0)).toBe(true);
    expect(best.dates.map((d) => d.optionalUnavailable!.map((u) => [u.person.mail, u.reason]))).toEqual([[[dee.address, 'oof']], [[dee.address, 'oof']], [[dee.address, 'oof']]]);
    expect(best.reasons).toContain(`${dee.name} (optional) misses 3 of 3 dates: out of office`);

    const plan = seriesSessionPlan(best, { cohort: found.cohort, organizer: organizerOf(coach), kind: 'peerCoaching', timeZone: NY, optional: [dee.address] });
    const outcome = await createBookingService(w.gateway(coach.address)).book({ ...plan, agenda });
    expect(outcome.status).toBe('booked');
    const [series] = w.allEvents(coach.address).filter((e) => e.subject === plan.subject && e.type === 'seriesMaster');
    expect(series!.attendees.map((a) => [a.emailAddress?.address, a.type])).toEqual([
      [ana.address, 'required'],
      [ben.address, 'required'],
      [dee.address, 'optional'],
    ]);
  }, 60_000);

  it('keeps at least one person required', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const people = w.principals.slice(18, 20);
    const findTime = createFindTimeService(createGraphReads(w.gateway(coach.address)));
    const day = eastern(22, 3, '00:00');
    await expect(
      findTime.findTimes({
        cohort: people.map(directoryPerson),
        window: { start: day, end: day + DAY },
        durationMinutes: 60,
        timeZone: NY,
        tentativeCountsAsFree: false,
        optional: people.map((p) => p.address),
      }),
    ).rejects.toThrow('keep at least one person required');
  }, 60_000);
});

describe('the coach’s own calendar is read on every path', () => {
  it('for a group the coach belongs to and one they do not: read once, and no suggestion lands on their meeting', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const reads = createGraphReads(w.gateway(coach.address));
    const findTime = createFindTimeService(reads);
    const groups = await reads.listGroups();
    const own = groups.find((g) => g.displayName === 'Elementary Principals Cohort')!;
    const other = groups.find((g) => g.displayName === 'Secondary Principals Cohort')!;
    const day = eastern(24, 1, '00:00');
    const meeting = { start: eastern(24, 1, '09:00'), end: eastern(24, 1, '15:00') };
    await w.gateway(coach.address).createEvent('me', { subject: 'Board retreat', start: utc(meeting.start), end: utc(meeting.end), showAs: 'busy' });
    for (const group of [own, other]) {
      const members = await reads.listGroupMembers(group.id);
      const found = await findTime.findTimes({
        cohort: members,
        organizer: directoryPerson(coach),
        window: { start: day, end: day + DAY },
        durationMinutes: 30,
        timeZone: NY,
        tentativeCountsAsFree: false,
      });
      expect(found.cohort.filter((p) => p.mail.toLowerCase() === coach.address.toLowerCase())).toHaveLength(1);
      expect(found.result.availability.map((p) => p.id)).toContain(coach.name);
      const shown = [...found.result.slots, ...found.result.partial, ...found.result.nearMisses];
      expect(shown.length).toBeGreaterThan(0);
      for (const s of shown) {
        if (overlaps(s, meeting.start, meeting.end)) expect(s.unavailable.map((u) => u.person.mail)).toContain(coach.address);
      }
      expect(found.result.slots.some((s) => overlaps(s, meeting.start, meeting.end))).toBe(false);
    }
  }, 90_000);

  it('hand-picked people, booked as the screen books it: the last look, the next best time and the suggestions still open all count the coach', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const people = w.principals.slice(20, 22);
    const findTime = createFindTimeService(createGraphReads(w.gateway(coach.address)));
    const day = eastern(22, 4, '00:00');
    const found = await findTime.findTimes({
      cohort: people.map(directoryPerson),
      organizer: directoryPerson(coach),
      window: { start: day, end: day + DAY },
      durationMinutes: 60,
      timeZone: NY,
      tentativeCountsAsFree: false,
    });
    expect(found.cohort[0]!.mail).toBe(coach.address);
    const chosen = [...found.result.slots].sort((a, b) => a.start - b.start)[0]!;
    // The screen's plan: who was free, without the coach (expectedFree), and the other suggestions.
    const plan = singleSessionPlan(chosen, { cohort: found.cohort, organizer: organizerOf(coach), kind: 'peerCoaching', timeZone: NY });
    expect(plan.expectedFree).toEqual(people.map((p) => p.address));
    const alternatives = found.result.slots.filter((s) => s !== chosen).map((s) => ({ start: s.start, end: s.end }));
    // Meanwhile the coach's own meeting takes the chosen time and the two hours after it.
    const taken = { start: chosen.start, end: chosen.start + 3 * HOUR };
    await w.gateway(coach.address).createEvent('me', { subject: 'Budget call', start: utc(taken.start), end: utc(taken.end), showAs: 'busy' });
    const outcome = await createBookingService(w.gateway(coach.address)).book({ ...plan, agenda, alternatives });
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.message).toMatch(/^You are now busy for /);
    expect(outcome.nextBest).toBeDefined();
    expect(overlaps(outcome.nextBest!, taken.start, taken.end)).toBe(false);
    expect(outcome.stillOpen!.length).toBeGreaterThan(0);
    for (const open of outcome.stillOpen!) expect(overlaps(open, taken.start, taken.end)).toBe(false);
    expect(alternatives.some((a) => overlaps(a, taken.start, taken.end))).toBe(true);
    expect(w.eventsAt(people[0]!.address, taken.start, taken.end)).toHaveLength(0);
  }, 90_000);
});
