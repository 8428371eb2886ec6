import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { compareRanked, rankSlots, SlotRanker, type SlotAttendance } from '../../../src/core/ranking/rankSlots.js';
import { describeAttendance, describeRequired } from '../../../src/core/ranking/wording.js';

const NY = 'America/New_York';
const at = (iso: string): number => DateTime.fromISO(iso, { zone: NY }).toMillis();
const window = { start: at('2026-12-07T00:00'), end: at('2026-12-19T00:00') };
const twelve = Array.from({ length: 12 }, (_, i) => `p${String(i + 1).padStart(2, '0')}@district.org`);

function slot(startIso: string, minutes: number, unavailable: SlotAttendance['unavailable'] = []): SlotAttendance {
  const start = at(startIso);
  const missing = new Set(unavailable.map((u) => u.id));
  return { start, end: start + minutes * 60_000, available: twelve.filter((id) => !missing.has(id)), unavailable };
}

describe('describeAttendance', () => {
  it('returns "all 12 free" when no one is missing', () => {
    expect(describeAttendance(12, [])).toBe('all 12 free');
  });
  it('names who is missing and why, strongest reason first', () => {
    expect(describeAttendance(11, [{ id: 'meganb@contoso.com', reason: 'oof' }])).toBe('11 of 12 free: one is out of office (meganb@contoso.com)');
    expect(
      describeAttendance(9, [
        { id: 'b@x', reason: 'busy' },
        { id: 'a@x', reason: 'oof' },
        { id: 'c@x', reason: 'busy' },
      ]),
    ).toBe('9 of 12 free: one is out of office (a@x), two are busy (b@x and c@x)');
  });
  it('shortens long lists of names', () => {
    const busy = twelve.slice(0, 5).map((id) => ({ id, reason: 'busy' as const }));
    expect(describeAttendance(7, busy)).toBe('7 of 12 free: five are busy (p01@district.org, p02@district.org, p03@district.org and 2 more)');
  });
});

describe('describeRequired', () => {
  it('returns null without required people', () => {
    expect(describeRequired([], [])).toBeNull();
  });
  it('says whether the required people are free', () => {
    expect(describeRequired(['a', 'b'], [])).toBe('both required people free');
    expect(describeRequired(['a', 'b'], [{ id: 'b', reason: 'outsideWorkingHours' }])).toBe('required person missing: b (outside working hours)');
  });
});

describe('SlotRanker', () => {
  it('ranks attendance above any time-of-day preference', () => {
    const ranked = rankSlots([slot('2026-12-08T10:00', 60, [{ id: 'p01@district.org', reason: 'busy' }]), slot('2026-12-08T07:30', 60)], { timeZone: NY, window });
    expect(ranked.map((s) => s.reasons[0])).toEqual(['all 12 free', '11 of 12 free: one is busy (p01@district.org)']);
  });

  it('notes and slightly lowers early and late slots', () => {
    const ranker = new SlotRanker({ timeZone: NY, window });
    const early = ranker.rank(slot('2026-12-08T08:00', 60));
    const middle = ranker.rank(slot('2026-12-08T10:00', 60));
    const late = ranker.rank(slot('2026-12-08T15:30', 60));
    expect(early.reasons).toEqual(['all 12 free', 'early in the day (starts 8:00 AM)']);
    expect(late.reasons).toEqual(['all 12 free', 'late in the day (ends 4:30 PM)']);
    expect(middle.reasons).toEqual(['all 12 free']);
    expect(middle.score).toBeGreaterThan(early.score);
    expect(middle.score).toBeGreaterThan(late.score);
  });

  it('prefers the weekday and time of earlier sessions', () => {
    const earlier = [at('2026-11-03T13:00'), at('2026-11-10T13:00'), at('2026-11-19T10:00')];
    const ranked = rankSlots([slot('2026-12-08T10:00', 60), slot('2026-12-10T13:00', 60), slot('2026-12-08T13:00', 60)], { timeZone: NY, window, earlierSessionStarts: earlier });
    expect(ranked.map((s) => s.reasons.slice(1))).toEqual([
      ['same weekday and time as earlier sessions (Tuesdays at 1:00 PM)'],
      ['same weekday as earlier sessions (Tuesdays)'],
      ['same start time as earlier sessions (1:00 PM)'],
    ]);
  });

  it('reads local time correctly on a day the clocks change', () => {
    const march = { start: at('2026-03-07T00:00'), end: at('2026-03-10T00:00') };
    const ranker = new SlotRanker({ timeZone: NY, window: march });
    const start = at('2026-03-08T08:00');
    expect(ranker.rank({ start, end: start + 3_600_000, available: ['a'], unavailable: [] }).reasons).toEqual(['the one person is free', 'early in the day (starts 8:00 AM)']);
  });

  it('breaks ties by start, then by the free people', () => {
    const ranker = new SlotRanker({ timeZone: NY, window });
    const a = ranker.rank(slot('2026-12-08T10:00', 60));
    const b = ranker.rank(slot('2026-12-09T10:00', 60));
    const c = ranker.rank({ ...a, available: ['z@x'], unavailable: [] });
    const d = ranker.rank({ ...a, available: ['y@x'], unavailable: [] });
    expect([b, a].sort(compareRanked)).toEqual([a, b]);
    expect([c, d].sort(compareRanked)).toEqual([d, c]);
  });

  it('returns the same ranking for any input order', () => {
    const slots = ['2026-12-08T10:00', '2026-12-08T11:00', '2026-12-09T10:00', '2026-12-09T08:00'].map((s) => slot(s, 60));
    const forward = rankSlots(slots, { timeZone: NY, window });
    const backward = rankSlots([...slots].reverse(), { timeZone: NY, window });
    expect(backward).toEqual(forward);
  });
});

describe('LocalClock', () => {
  it('agrees with luxon on every quarter hour around both clock changes, in several zones', async () => {
    const { LocalClock } = await import('../../../src/core/ranking/localClock.js');
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      for (const day of ['2026-03-08', '2026-03-29', '2026-10-04', '2026-11-01']) {
        const start = DateTime.fromISO(day, { zone }).minus({ days: 1 }).toMillis() + 17_123; // not minute-aligned on purpose
        const window = { start, end: start + 3 * 86_400_000 };
        const clock = new LocalClock(zone, window);
        for (let t = start; t < window.end; t += 15 * 60_000) {
          const dt = DateTime.fromMillis(t, { zone });
          expect(clock.at(t)).toEqual({ weekday: dt.weekday, minuteOfDay: dt.hour * 60 + dt.minute });
        }
      }
    }
  });
});
