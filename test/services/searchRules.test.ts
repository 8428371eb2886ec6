import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { demoDistrictCalendar } from '../../src/core/district/index.js';
import { findCommonSlots } from '../../src/core/slots/findSlots.js';
import { ruledSearch } from '../../src/services/searchRules.js';

const NY = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
const calendar = demoDistrictCalendar('2026-08-01', '2027-07-31');

describe('the rules every search keeps', () => {
  it('starts a search no earlier than tomorrow afternoon by the injected clock, and says so', () => {
    const now = () => at('2026-11-30T08:00');
    const ruled = ruledSearch({ window: { start: at('2026-11-30T00:00'), end: at('2026-12-05T00:00') }, timeZone: NY, kind: 'cohortMeeting' }, { now, districtCalendar: calendar });
    expect(ruled.window).toEqual({ start: at('2026-12-01T12:00'), end: at('2026-12-05T00:00') });
    expect(ruled.notes).toEqual(['Suggestions start Tuesday, December 1, 12:00 PM Eastern, so people can prepare (not before tomorrow afternoon).']);
    // A walk waits two school days; the same clock on another day gives the same answer relative to it.
    const walk = ruledSearch({ window: { start: at('2026-11-30T00:00'), end: at('2026-12-05T00:00') }, timeZone: NY, kind: 'learningWalk' }, { now, districtCalendar: calendar });
    expect(walk.window!.start).toBe(at('2026-12-03T00:00'));
  });

  it('adds the district’s closures and school week, so no suggestion lands in the winter break or on a weekend', () => {
    const ruled = ruledSearch(
      { window: { start: at('2026-12-17T00:00'), end: at('2027-01-06T00:00') }, timeZone: NY },
      { now: () => at('2026-12-01T09:00'), districtCalendar: calendar },
    );
    const person = { id: 'Ana', window: { start: at('2026-12-01T00:00'), end: at('2027-02-01T00:00') }, blocks: [] };
    const found = findCommonSlots([person], {
      window: ruled.window!,
      durationMinutes: 60,
      constraints: { ...ruled.constraints!, dailyWindow: { start: '08:00', end: '16:00' } },
      sort: 'start',
    });
    const days = [...new Set(found.slots.map((s) => DateTime.fromMillis(s.start, { zone: NY }).toISODate()))];
    expect(days).toEqual(['2026-12-17', '2026-12-18', '2026-12-21', '2027-01-04', '2027-01-05']);
    expect(ruled.notes).toEqual([]);
  });

  it('without a district calendar the search keeps its own rules', () => {
    const ruled = ruledSearch({ window: { start: at('2026-12-17T00:00'), end: at('2026-12-18T00:00') }, timeZone: NY }, { now: () => at('2026-12-01T09:00') });
    expect(ruled.constraints).toBeUndefined();
  });
});
