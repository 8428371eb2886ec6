import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { findTakers, nextBestSlot, nextFreeSlots, planSession, raceVerdict } from '../../../src/core/booking/index.js';
import type { ScheduleInput } from '../../../src/core/availability/scheduleInput.js';

const NY = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
const HOUR = 3_600_000;
const ana = { address: 'ana@d.example', name: 'Ana' };
const ben = { address: 'ben@d.example', name: 'Ben' };
const coach = { address: 'coach@d.example', name: 'Coach' };
const workday = { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const, startMinute: 8 * 60, endMinute: 16 * 60, timeZone: NY };

function draftAt(start: number, constraints?: Parameters<typeof planSession>[0]['constraints']) {
  return planSession({
    kind: 'dataDig',
    organizer: coach,
    attendees: [ana, ben],
    timeZone: NY,
    slot: { start, end: start + HOUR },
    agenda: { fields: { dataSet: 'Attendance' } },
    ...(constraints ? { constraints } : {}),
  }).drafts[0]!;
}

describe('the last look before a create', () => {
  const start = at('2027-03-02T10:00');
  const draft = draftAt(start);
  const schedule = (id: string, items: ScheduleInput['items']): ScheduleInput => ({
    id: id.toUpperCase(),
    items,
    workingHours: { ...workday, daysOfWeek: [...workday.daysOfWeek] },
  });
  const coachFree = (): ScheduleInput => schedule(coach.address, []);

  it('finds who was booked meanwhile, matching addresses without letter case', () => {
    const schedules = [coachFree(), schedule(ana.address, []), schedule(ben.address, [{ start: start + HOUR / 2, end: start + 2 * HOUR, status: 'oof' }])];
    expect(findTakers(draft, schedules, 'busy')).toEqual([{ address: ben.address, reason: 'oof', at: draft.slot }]);
    expect(findTakers(draft, [coachFree(), schedule(ana.address, [{ start: start + HOUR, end: start + 2 * HOUR, status: 'busy' }]), schedule(ben.address, [])], 'busy')).toEqual(
      [],
    );
  });

  it('follows the coach’s tentative rule, and counts an unreadable or missing calendar as taken', () => {
    const tentative = [coachFree(), schedule(ana.address, [{ start, end: start + HOUR, status: 'tentative' }]), schedule(ben.address, [])];
    expect(findTakers(draft, tentative, 'busy').map((t) => t.reason)).toEqual(['tentative']);
    expect(findTakers(draft, tentative, 'free')).toEqual([]);
    expect(findTakers(draft, [coachFree(), schedule(ana.address, [])], 'busy')).toEqual([{ address: ben.address, reason: 'unknown', at: draft.slot }]);
  });

  it('reads the coach’s own calendar like anyone’s: the coach’s meeting takes the time, and the next best time avoids it', () => {
    const coachBusy = schedule(coach.address, [
      { start, end: start + HOUR, status: 'busy' },
      { start: start + HOUR, end: at('2027-03-02T13:00'), status: 'busy' },
    ]);
    const others = [schedule(ana.address, []), schedule(ben.address, [])];
    expect(findTakers(draft, [coachBusy, ...others], 'busy')).toEqual([{ address: coach.address, reason: 'busy', at: draft.slot }]);
    expect(nextBestSlot(draft, [coachBusy, ...others], 'busy')).toEqual({ start: at('2027-03-02T13:00'), end: at('2027-03-02T14:00') });
    // Without the coach's schedule the last look cannot promise the coach is free.
    expect(findTakers(draft, others, 'busy')).toEqual([{ address: coach.address, reason: 'unknown', at: draft.slot }]);
  });

  it('offers the earliest later time all are free inside working hours, keeping the draft’s school-day rules', () => {
    const schedules = [
      coachFree(),
      schedule(ana.address, [{ start, end: start + 2 * HOUR, status: 'busy' }]),
      schedule(ben.address, [{ start: at('2027-03-02T12:30'), end: at('2027-03-02T13:00'), status: 'busy' }]),
    ];
    expect(nextBestSlot(draft, schedules, 'busy')).toEqual({ start: at('2027-03-02T13:00'), end: at('2027-03-02T14:00') });
    const schoolDay = draftAt(start, { timeZone: NY, dailyWindow: { start: '08:00', end: '13:30' } });
    expect(nextBestSlot(schoolDay, schedules, 'busy')).toEqual({ start: at('2027-03-03T08:00'), end: at('2027-03-03T09:00') });
  });
});

describe('the next free times a move offers', () => {
  const start = at('2027-03-02T10:00');
  const draft = draftAt(start);
  const schedule = (id: string, items: ScheduleInput['items']): ScheduleInput => ({ id, items, workingHours: { ...workday, daysOfWeek: [...workday.daysOfWeek] } });

  it('returns times that do not overlap one another, earliest first, never the session’s own time, inside working hours', () => {
    const schedules = [
      schedule(coach.address, []),
      schedule(ana.address, [{ start: at('2027-03-02T11:00'), end: at('2027-03-02T15:00'), status: 'busy' }]),
      schedule(ben.address, []),
    ];
    const window = { start: at('2027-03-02T08:00'), end: at('2027-03-04T00:00') };
    expect(nextFreeSlots(draft, schedules, 'busy', 3, window)).toEqual([
      { start: at('2027-03-02T08:00'), end: at('2027-03-02T09:00') },
      { start: at('2027-03-02T09:00'), end: at('2027-03-02T10:00') },
      { start: at('2027-03-02T15:00'), end: at('2027-03-02T16:00') },
    ]);
    // The first of them is the next best time, as before.
    expect(nextBestSlot(draft, schedules, 'busy')).toEqual({ start: at('2027-03-02T15:00'), end: at('2027-03-02T16:00') });
  });

  it('returns none when nobody’s calendar leaves a time, or none is asked for', () => {
    const allBusy = [
      schedule(coach.address, [{ start: at('2027-03-01T00:00'), end: at('2027-03-10T00:00'), status: 'busy' }]),
      schedule(ana.address, []),
      schedule(ben.address, []),
    ];
    expect(nextFreeSlots(draft, allBusy, 'busy', 3, { start: at('2027-03-02T08:00'), end: at('2027-03-05T00:00') })).toEqual([]);
    expect(nextFreeSlots(draft, [], 'busy', 0)).toEqual([]);
  });
});

describe('settling a race on free/busy', () => {
  const slot = { start: at('2027-03-02T10:00'), end: at('2027-03-02T11:00') };
  const ours = { occurrences: [slot] };
  type Item = ScheduleInput['items'][number];
  const item = (over: Partial<Item> = {}): Item => ({ start: slot.start, end: slot.end, status: 'tentative', ...over });
  const fb = (address: string, items: Item[]): ScheduleInput => ({ id: address, items });
  const invitees = [ana.address, ben.address];

  it('our invitation explains one item on each occurrence; another new item over our time is a rival, and names who', () => {
    const before = [fb(ana.address, []), fb(ben.address, [])];
    const after = [fb(ana.address, [item(), item()]), fb(ben.address, [item()])];
    expect(raceVerdict(ours, invitees, before, after, 'busy')).toEqual({ lost: true, who: [ana.address], unchecked: [] });
    expect(raceVerdict(ours, invitees, before, [fb(ana.address, [item()]), fb(ben.address, [item({ status: 'busy' })])], 'busy').lost).toBe(false);
    // A rival need not sit exactly on our time: any overlap counts.
    expect(
      raceVerdict(
        ours,
        invitees,
        before,
        [fb(ana.address, [item(), item({ start: slot.start + HOUR / 2, end: slot.end + HOUR / 2, status: 'busy' })]), fb(ben.address, [item()])],
        'free',
      ).who,
    ).toEqual([ana.address]);
  });

  it('an item there before that the coach’s tentative rule let through is not a rival, unless it now takes the time', () => {
    const hold = item({ start: slot.start - HOUR / 2, end: slot.end });
    const before = [fb(ana.address, [hold]), fb(ben.address, [])];
    expect(raceVerdict(ours, invitees, before, [fb(ana.address, [hold, item()]), fb(ben.address, [item()])], 'free').lost).toBe(false);
    expect(raceVerdict(ours, invitees, before, [fb(ana.address, [{ ...hold, status: 'busy' }, item()]), fb(ben.address, [item()])], 'free').who).toEqual([ana.address]);
    // A fresh invitation shows as tentative: new since the first look, it counts even when tentative counts as free.
    expect(raceVerdict(ours, invitees, before, [fb(ana.address, [hold, item(), item()]), fb(ben.address, [item()])], 'free').who).toEqual([ana.address]);
  });

  it('ignores what takes no time or does not overlap: free, touching end to end; matches addresses without letter case', () => {
    const after = [
      fb(ana.address.toUpperCase(), [
        item(),
        item({ status: 'free' }),
        item({ start: slot.end, end: slot.end + HOUR, status: 'busy' }),
        item({ start: slot.start - HOUR, end: slot.start, status: 'oof' }),
      ]),
      fb(ben.address, [item()]),
    ];
    expect(raceVerdict(ours, invitees, [], after, 'busy')).toEqual({ lost: false, who: [], unchecked: [] });
  });

  it('an invitee whose free/busy cannot be read after the create is unchecked: neither free nor a rival', () => {
    const after = [fb(ana.address, [item()]), { id: ben.address, items: [], error: { code: '5009', message: 'Unable to resolve' } }];
    expect(raceVerdict(ours, invitees, [], after, 'busy')).toEqual({ lost: false, who: [], unchecked: [ben.address] });
    expect(raceVerdict(ours, invitees, [], [fb(ana.address, [item()])], 'busy').unchecked).toEqual([ben.address]);
  });

  it('a series: each occurrence explains one item', () => {
    const second = { start: slot.start + 7 * 24 * HOUR, end: slot.end + 7 * 24 * HOUR };
    const series = { occurrences: [slot, second] };
    const mine = [item(), item(second)];
    expect(raceVerdict(series, [ana.address], [], [fb(ana.address, mine)], 'busy').lost).toBe(false);
    expect(raceVerdict(series, [ana.address], [], [fb(ana.address, [...mine, item(second)])], 'busy').lost).toBe(true);
  });
});

describe('settling a race, for any two bookings and any interleaving of their steps', () => {
  // Each booking: look (free/busy before), create (if the look found the time free), look again and withdraw
  // if it lost. The steps of two bookings interleave in every order the network allows.
  const slot = { start: at('2027-03-02T10:00'), end: at('2027-03-02T11:00') };
  type Step = 'look' | 'create' | 'check';
  const interleavings = (): fc.Arbitrary<('A' | 'B')[]> => fc.shuffledSubarray(['A', 'A', 'A', 'B', 'B', 'B'] as ('A' | 'B')[], { minLength: 6, maxLength: 6 });

  it('never leaves both when they overlap (unless the coach books over tentative time on purpose), never withdraws without cause, and keeps the first when its check ran before the other’s create', () => {
    fc.assert(
      fc.property(interleavings(), fc.integer({ min: -90, max: 90 }), fc.constantFrom<'busy' | 'free'>('busy', 'free'), (order, offset, tentative) => {
        const occurrence = { A: slot, B: { start: slot.start + offset * 60_000, end: slot.end + offset * 60_000 } };
        const live = new Set<'A' | 'B'>();
        const fresh = () => ({ step: 0, before: [] as ScheduleInput[], stopped: false, created: false, sawOther: false });
        const state = { A: fresh(), B: fresh() };
        const freeBusy = (): ScheduleInput[] => [{ id: ana.address, items: [...live].map((k) => ({ ...occurrence[k], status: 'tentative' as const })) }];
        const log: string[] = [];
        for (const who of order) {
          const me = state[who];
          const step: Step = (['look', 'create', 'check'] as const)[me.step++]!;
          if (me.stopped) continue;
          const draft = { mustBeFree: [ana.address], occurrences: [occurrence[who]] };
          if (step === 'look') {
            me.before = freeBusy();
            me.sawOther = live.size > 0;
            me.stopped = findTakers(draft, me.before, tentative).length > 0;
          } else if (step === 'create') {
            live.add(who);
            me.created = true;
          } else if (raceVerdict(draft, [ana.address], me.before, freeBusy(), tentative).lost) {
            live.delete(who);
          }
          log.push(`${who}.${step}`);
        }
        const overlap = occurrence.A.start < occurrence.B.end && occurrence.B.start < occurrence.A.end;
        // With tentative counted free, an unanswered invitation already there is tentative time the coach chose
        // to book over (free/busy cannot tell it from any other tentative hold): not a race.
        const bookedOverOnPurpose = tentative === 'free' && (state.A.sawOther || state.B.sawOther);
        if (overlap && !bookedOverOnPurpose) expect(live.size).toBeLessThanOrEqual(1);
        if (!overlap) expect([...live].sort()).toEqual(['A', 'B']);
        for (const [first, second] of [
          ['A', 'B'],
          ['B', 'A'],
        ] as const) {
          const checked = log.indexOf(`${first}.check`);
          const otherCreated = log.indexOf(`${second}.create`);
          if (state[first].created && checked >= 0 && (otherCreated < 0 || checked < otherCreated)) expect(live.has(first)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
