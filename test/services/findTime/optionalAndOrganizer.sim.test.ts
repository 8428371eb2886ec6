/**
 * Choosing people, over real HTTP against the demo tenant (today fixed months before the spring 2027 dates
 * searched, so the seeded calendars never reach them): optional people never block a suggestion, are said how
 * they stand, and are invited as Graph's optional attendees; the coach's own calendar is read for every
 * suggestion (a group they belong to, one they do not, hand-picked people), the last look before booking, the
 * next best time and the other suggestions still open.
 */
import { describe, expect, it } from '@jest/globals';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import { planSession } from '../../../src/core/booking/index.js';
import { createGraphReads, createSessionCalendar, type GraphGateway } from '../../../src/graph/index.js';
import { bookPlan, createBookingService, moveSession, seriesSessionPlan, singleSessionPlan } from '../../../src/services/booking/index.js';
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

  it('the race check after the create never counts an optional person’s new meeting; a required person’s it does', async () => {
    const w = world();
    const coach = w.coaches[2]!;
    const [ana, dee] = w.principals.slice(22, 24) as [Person, Person];
    /** The coach's gateway: just before the race check (the second free/busy read), Dee books the time. */
    const deeBooksDuringTheCreate = (start: number): GraphGateway => {
      const g = w.gateway(coach.address);
      let looks = 0;
      return Object.assign(Object.create(g) as GraphGateway, {
        getSchedules: async (...args: Parameters<GraphGateway['getSchedules']>) => {
          if (++looks === 2) await w.gateway(dee.address).createEvent('me', { subject: 'Parent call', start: utc(start), end: utc(start + HOUR), showAs: 'busy' });
          return g.getSchedules(...args);
        },
      });
    };
    const book = (start: number, optional: boolean) =>
      bookPlan(
        deeBooksDuringTheCreate(start),
        planSession({
          kind: 'peerCoaching',
          organizer: coach,
          attendees: [ana, { ...dee, ...(optional && { optional: true }) }],
          timeZone: NY,
          slot: { start, end: start + HOUR },
          agenda,
        }),
      );
    const optionalStart = eastern(25, 1, '10:00');
    expect((await book(optionalStart, true)).outcomes[0]!.status).toBe('created');
    expect(w.eventsAt(ana.address, optionalStart, optionalStart + HOUR)).toHaveLength(1);
    // The same with Dee required: the check sees Dee's new meeting and withdraws the booking.
    const requiredStart = eastern(25, 2, '10:00');
    const lost = (await book(requiredStart, false)).outcomes[0]!;
    expect(lost.status === 'conflict' && lost.who.map((p) => p.address)).toEqual([dee.address]);
    expect(w.eventsAt(ana.address, requiredStart, requiredStart + HOUR)).toHaveLength(0);
  }, 60_000);

  it('after a conflict, the next best time and the suggestions still open may land on an optional person’s meeting', async () => {
    const w = world();
    const coach = w.coaches[2]!;
    const [ana, ben, dee] = w.principals.slice(0, 3) as [Person, Person, Person];
    const start = eastern(26, 1, '10:00');
    await w.gateway(ben.address).createEvent('me', { subject: 'Budget review', start: utc(start), end: utc(start + HOUR), showAs: 'busy' });
    await w.gateway(dee.address).createEvent('me', { subject: 'Testing window', start: utc(start + HOUR), end: utc(start + 5 * HOUR), showAs: 'busy' });
    const later = { start: start + 3 * HOUR, end: start + 4 * HOUR };
    const plan = planSession({
      kind: 'peerCoaching',
      organizer: coach,
      attendees: [ana, ben, { ...dee, optional: true }],
      timeZone: NY,
      slot: { start, end: start + HOUR },
      agenda,
    });
    const outcome = (await bookPlan(w.gateway(coach.address), plan, { alternatives: [later] })).outcomes[0]!;
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.who.map((p) => p.address)).toEqual([ben.address]);
    expect(outcome.nextBest).toEqual({ start: start + HOUR, end: start + 2 * HOUR });
    expect(outcome.stillOpen).toEqual([later]);
  }, 60_000);

  it('a booked session moves onto an optional person’s meeting; a required person’s meeting refuses the move', async () => {
    const w = world();
    const coach = w.coaches[0]!;
    const [ana, dee] = w.principals.slice(3, 5) as [Person, Person];
    const start = eastern(27, 3, '10:00');
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana, { ...dee, optional: true }], timeZone: NY, slot: { start, end: start + HOUR }, agenda });
    const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
    if (created.status !== 'created') throw new Error(JSON.stringify(created));
    const deeBusy = start + 2 * HOUR;
    const anaBusy = start + 4 * HOUR;
    await w.gateway(dee.address).createEvent('me', { subject: 'Testing window', start: utc(deeBusy), end: utc(deeBusy + HOUR), showAs: 'busy' });
    await w.gateway(ana.address).createEvent('me', { subject: 'Parent conference', start: utc(anaBusy), end: utc(anaBusy + HOUR), showAs: 'busy' });
    const calendar = createSessionCalendar(w.gateway(coach.address));
    const refused = await moveSession(calendar, { eventId: created.eventId, to: { start: anaBusy, end: anaBusy + HOUR }, timeZone: NY });
    expect(refused.status === 'conflict' && refused.who.map((p) => p.address)).toEqual([ana.address]);
    expect(await moveSession(calendar, { eventId: created.eventId, to: { start: deeBusy, end: deeBusy + HOUR }, timeZone: NY })).toMatchObject({ status: 'moved', start: deeBusy });
    // Every copy keeps Dee as optional after the move, as Graph does.
    for (const owner of [coach, ana, dee]) {
      const copy = w.eventsAt(owner.address, deeBusy, deeBusy + HOUR).find((e) => e.subject === plan.drafts[0]!.subject);
      expect(copy!.attendees.map((a) => [a.emailAddress?.address, a.type])).toEqual([
        [ana.address, 'required'],
        [dee.address, 'optional'],
      ]);
    }
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

  it('a series for hand-picked people: the coach’s week away is named on the first date of every series', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const people = w.principals.slice(5, 7);
    const findTime = createFindTimeService(createGraphReads(w.gateway(coach.address)));
    const away = { start: eastern(28, 0, '06:00'), end: eastern(28, 4, '20:00') };
    await w.gateway(coach.address).createEvent('me', { subject: 'State conference', start: utc(away.start), end: utc(away.end), showAs: 'oof' });
    const found = await findTime.findSeries({
      cohort: people.map(directoryPerson),
      organizer: directoryPerson(coach),
      firstDate: new Date(away.start).toISOString().slice(0, 10),
      sessions: 3,
      repeat: 'weekly',
      durationMinutes: 60,
      timeZone: NY,
      tentativeCountsAsFree: false,
    });
    expect(found.cohort.map((p) => p.mail)).toEqual([coach.address, ...people.map((p) => p.address)]);
    expect(found.result.series.length).toBeGreaterThan(0);
    for (const series of found.result.series) {
      expect(overlaps(series.dates[0]!, away.start, away.end)).toBe(true);
      expect(series.dates[0]!.unavailable).toEqual([{ person: expect.objectContaining({ mail: coach.address }), reason: 'oof' }]);
      expect(series.summary).toMatch(/on 2 of 3 dates/);
    }
  }, 60_000);

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
