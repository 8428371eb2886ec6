import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { findTakers, nextBestSlot, planSession, raceVerdict, RACE_WINDOW_MS, type SeenMeeting } from '../../../src/core/booking/index.js';
import type { ScheduleInput } from '../../../src/core/availability/scheduleInput.js';

const NY = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
const HOUR = 3_600_000;
const ana = { address: 'ana@d.example', name: 'Ana' };
const ben = { address: 'ben@d.example', name: 'Ben' };
const workday = { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const, startMinute: 8 * 60, endMinute: 16 * 60, timeZone: NY };

function draftAt(start: number, constraints?: Parameters<typeof planSession>[0]['constraints']) {
  return planSession({ kind: 'dataDig', organizer: { address: 'coach@d.example' }, attendees: [ana, ben], timeZone: NY, slot: { start, end: start + HOUR }, agenda: { fields: { dataSet: 'Attendance' } }, ...(constraints ? { constraints } : {}) }).drafts[0]!;
}

describe('the last look before a create', () => {
  const start = at('2027-03-02T10:00');
  const draft = draftAt(start);
  const schedule = (id: string, items: ScheduleInput['items']): ScheduleInput => ({ id: id.toUpperCase(), items, workingHours: { ...workday, daysOfWeek: [...workday.daysOfWeek] } });

  it('finds who was booked meanwhile, matching addresses without letter case', () => {
    const schedules = [schedule(ana.address, []), schedule(ben.address, [{ start: start + HOUR / 2, end: start + 2 * HOUR, status: 'oof' }])];
    expect(findTakers(draft, schedules, 'busy')).toEqual([{ address: ben.address, reason: 'oof', at: draft.slot }]);
    expect(findTakers(draft, [schedule(ana.address, [{ start: start + HOUR, end: start + 2 * HOUR, status: 'busy' }]), schedule(ben.address, [])], 'busy')).toEqual([]);
  });

  it('follows the coach’s tentative rule, and counts an unreadable or missing calendar as taken', () => {
    const tentative = [schedule(ana.address, [{ start, end: start + HOUR, status: 'tentative' }]), schedule(ben.address, [])];
    expect(findTakers(draft, tentative, 'busy').map((t) => t.reason)).toEqual(['tentative']);
    expect(findTakers(draft, tentative, 'free')).toEqual([]);
    expect(findTakers(draft, [schedule(ana.address, [])], 'busy')).toEqual([{ address: ben.address, reason: 'unknown', at: draft.slot }]);
  });

  it('offers the earliest later time all are free inside working hours, keeping the draft’s school-day rules', () => {
    const schedules = [schedule(ana.address, [{ start, end: start + 2 * HOUR, status: 'busy' }]), schedule(ben.address, [{ start: at('2027-03-02T12:30'), end: at('2027-03-02T13:00'), status: 'busy' }])];
    expect(nextBestSlot(draft, schedules, 'busy')).toEqual({ start: at('2027-03-02T13:00'), end: at('2027-03-02T14:00') });
    const schoolDay = draftAt(start, { timeZone: NY, dailyWindow: { start: '08:00', end: '13:30' } });
    expect(nextBestSlot(schoolDay, schedules, 'busy')).toEqual({ start: at('2027-03-03T08:00'), end: at('2027-03-03T09:00') });
  });
});

describe('settling a race', () => {
  const slot = { start: at('2027-03-02T10:00'), end: at('2027-03-02T11:00') };
  const ours = { meetingId: 'OURS', createdMs: 1_000_000, occurrences: [slot] };
  const meeting = (over: Partial<SeenMeeting>): SeenMeeting => ({ meetingId: 'THEIRS', createdMs: 999_000, start: slot.start, end: slot.end, showAs: 'busy', isCancelled: false, unanswered: false, ...over });
  const own = meeting({ meetingId: 'OURS', createdMs: 1_000_000, showAs: 'tentative', unanswered: true });

  it('the later booking loses to an earlier one in any invitee’s calendar, naming who and the winner', () => {
    const seen = new Map([[ana.address, [own, meeting({ organizer: 'other.coach@d.example' })]], [ben.address, [own]]]);
    expect(raceVerdict(ours, seen, 'busy')).toEqual({ lost: true, who: [ana.address], winnerOrganizer: 'other.coach@d.example' });
  });

  it('the earlier booking stays; both coaches order the pair the same way, ties broken by meeting id', () => {
    const theirsLater = meeting({ createdMs: 1_000_500 });
    expect(raceVerdict(ours, new Map([[ana.address, [own, theirsLater]]]), 'busy').lost).toBe(false);
    // The same pair seen by the other coach: exactly one of the two loses.
    const mirrored = raceVerdict({ meetingId: 'THEIRS', createdMs: 1_000_500, occurrences: [slot] }, new Map([[ana.address, [theirsLater, own]]]), 'busy');
    expect(mirrored.lost).toBe(true);
    const tieA = raceVerdict({ meetingId: 'A', createdMs: 5, occurrences: [slot] }, new Map([[ana.address, [meeting({ meetingId: 'B', createdMs: 5 })]]]), 'busy');
    const tieB = raceVerdict({ meetingId: 'B', createdMs: 5, occurrences: [slot] }, new Map([[ana.address, [meeting({ meetingId: 'A', createdMs: 5 })]]]), 'busy');
    expect([tieA.lost, tieB.lost]).toEqual([false, true]);
  });

  it('ignores what takes no time or does not overlap: cancelled, free, touching end to end', () => {
    const seen = new Map([[ana.address, [meeting({ isCancelled: true }), meeting({ showAs: 'free' }), meeting({ start: slot.end, end: slot.end + HOUR }), meeting({ start: slot.start - HOUR, end: slot.start })]]]);
    expect(raceVerdict(ours, seen, 'busy').lost).toBe(false);
  });

  it('with tentative counted free, an old tentative hold does not count but a fresh unanswered rival invitation does', () => {
    const old = meeting({ showAs: 'tentative', createdMs: ours.createdMs - RACE_WINDOW_MS - 1 });
    const fresh = meeting({ showAs: 'tentative', unanswered: true, createdMs: ours.createdMs - 10 });
    expect(raceVerdict(ours, new Map([[ana.address, [old]]]), 'free').lost).toBe(false);
    expect(raceVerdict(ours, new Map([[ana.address, [fresh]]]), 'free').lost).toBe(true);
    expect(raceVerdict(ours, new Map([[ana.address, [old]]]), 'busy').lost).toBe(true);
  });
});

describe('settling a race, for any pair of bookings', () => {
  it('when both coaches see both bookings, exactly one of them withdraws; the one created first never does', () => {
    const slot = { start: at('2027-03-02T10:00'), end: at('2027-03-02T11:00') };
    const booking = fc.record({ meetingId: fc.stringMatching(/^[A-F0-9]{1,6}$/), createdMs: fc.integer({ min: 0, max: 20 }), offset: fc.integer({ min: -90, max: 90 }) });
    fc.assert(
      fc.property(booking, booking, fc.constantFrom<'busy' | 'free'>('busy', 'free'), fc.boolean(), (a, b, tentative, answered) => {
        fc.pre(a.meetingId !== b.meetingId);
        const occurrence = (x: typeof a) => ({ start: slot.start + x.offset * 60_000, end: slot.end + x.offset * 60_000 });
        const seen = (x: typeof a): SeenMeeting => ({ meetingId: x.meetingId, createdMs: x.createdMs, ...occurrence(x), showAs: answered ? 'busy' : 'tentative', isCancelled: false, unanswered: !answered });
        const calendars = new Map([[ana.address, [seen(a), seen(b)]]]);
        const lostA = raceVerdict({ meetingId: a.meetingId, createdMs: a.createdMs, occurrences: [occurrence(a)] }, calendars, tentative).lost;
        const lostB = raceVerdict({ meetingId: b.meetingId, createdMs: b.createdMs, occurrences: [occurrence(b)] }, calendars, tentative).lost;
        const overlap = occurrence(a).start < occurrence(b).end && occurrence(b).start < occurrence(a).end;
        expect([lostA, lostB].filter(Boolean)).toHaveLength(overlap ? 1 : 0);
        if (a.createdMs < b.createdMs) expect(lostA).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
