import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import {
  applyNotice,
  checkDistrictCalendar,
  closureClashWords,
  demoDistrictCalendar,
  earliestStart,
  isSchoolDay,
  noticeFor,
  resolveClashes,
  schoolDaysBetween,
  seriesOnClosures,
  withDistrictCalendar,
} from '../../../src/core/district/index.js';
import { findCommonSlots } from '../../../src/core/slots/findSlots.js';
import { findRecurringTimes } from '../../../src/core/planning/index.js';
import { recurrenceOccurrences } from '../../../src/core/planning/index.js';

const NY = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
const demo = demoDistrictCalendar('2026-08-01', '2027-07-31');

describe('the district calendar', () => {
  it('closes the whole winter break, not only the days someone happens to be out of office', () => {
    for (const d of ['2026-12-22', '2026-12-29', '2026-12-31', '2027-01-01']) expect(isSchoolDay(demo, d)).toBe(false);
    expect(isSchoolDay(demo, '2026-12-21')).toBe(true);
    expect(isSchoolDay(demo, '2027-01-04')).toBe(true);
    expect(isSchoolDay(demo, '2026-12-05')).toBe(false); // a Saturday
    expect(schoolDaysBetween(demo, '2026-11-23', '2026-11-29')).toEqual(['2026-11-23', '2026-11-24']); // Thanksgiving break
  });

  it('every search honours it: no slot inside the break, and the series search marks the date with the closure’s name', () => {
    const people = [{ id: 'Ana', window: { start: at('2026-12-01T00:00'), end: at('2027-01-31T00:00') }, blocks: [] }];
    const constraints = withDistrictCalendar({ timeZone: NY, dailyWindow: { start: '08:00', end: '16:00' } }, demo)!;
    const inBreak = findCommonSlots(people, { window: { start: at('2026-12-28T00:00'), end: at('2027-01-02T00:00') }, durationMinutes: 60, constraints });
    expect(inBreak.slots).toEqual([]);
    expect(inBreak.candidatesChecked).toBe(0);
    const times = findRecurringTimes(people, {
      cadence: { type: 'weekly', interval: 2 },
      timeZone: NY,
      firstDate: '2026-12-01',
      count: 4,
      durationMinutes: 60,
      weekdays: ['tuesday'],
      earliestStart: '10:00',
      latestEnd: '11:00',
      constraints,
    });
    expect(times).toHaveLength(1);
    const dec29 = times[0]!.occurrences.find((o) => DateTime.fromMillis(o.start, { zone: NY }).toISODate() === '2026-12-29');
    expect(dec29).toMatchObject({ disallowed: ['Winter break'], meetsRequirements: false });
    expect(times[0]!.reasons.join(' ')).toMatch(/Winter break/);
  });

  it('a weekly series on a closure says so and offers to skip or move the date to a school day that week', () => {
    const spec = {
      pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['wednesday' as const] },
      startTime: '15:00',
      durationMinutes: 60,
      timeZone: NY,
      firstDate: '2026-11-18',
      count: 3,
    };
    const occurrences = recurrenceOccurrences(spec).map((o) => ({ start: o.start, end: o.end }));
    const clashes = seriesOnClosures(occurrences, NY, demo);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ index: 1, date: '2026-11-25', closure: { name: 'Thanksgiving break' } });
    // Thursday and Friday are closed too: the nearest school day that week is Tuesday, at the same time.
    expect(clashes[0]!.moveTo).toEqual({ start: at('2026-11-24T15:00'), end: at('2026-11-24T16:00') });
    expect(closureClashWords(clashes, 3, NY)).toBe(
      '1 of the 3 dates falls on a district closure: Wednesday, November 25 (Thanksgiving break). Skip or move each to another school day that week.',
    );
    expect(resolveClashes(occurrences, clashes, 'skip')).toEqual([occurrences[0], occurrences[2]]);
    expect(resolveClashes(occurrences, clashes, 'move')).toEqual([occurrences[0], clashes[0]!.moveTo, occurrences[2]]);

    const biweekly = { ...spec, pattern: { type: 'weekly' as const, interval: 2, daysOfWeek: ['tuesday' as const] }, firstDate: '2026-12-01', count: 4 };
    const winter = seriesOnClosures(recurrenceOccurrences(biweekly), NY, demo);
    expect(winter.map((c) => [c.date, c.closure.name, c.moveTo])).toEqual([['2026-12-29', 'Winter break', undefined]]);
    expect(closureClashWords(winter, 4, NY)).toMatch(/Tuesday, December 29 \(Winter break\)\. Skip them, or choose another standing time\.$/);
  });

  it('a district’s own file is checked, naming the field and the fix', () => {
    expect(
      checkDistrictCalendar({
        timeZone: 'Eastern Standard Time',
        closures: [
          { name: 'PD day', first: '2027-02-12' },
          { name: 'Early release', date: '2027-02-05', from: '12:00' },
        ],
      }),
    ).toEqual({
      timeZone: NY,
      closures: [
        { name: 'Early release', first: '2027-02-05', last: '2027-02-05', from: '12:00' },
        { name: 'PD day', first: '2027-02-12', last: '2027-02-12' },
      ],
    });
    expect(() => checkDistrictCalendar({ timeZone: NY })).toThrow(/^districtCalendar\.closures: expected a list/);
    expect(() => checkDistrictCalendar({ timeZone: 'Mars', closures: [] })).toThrow(/^districtCalendar\.timeZone: /);
    expect(() => checkDistrictCalendar({ timeZone: NY, closures: [{ name: 'x', first: '2027-13-01' }] })).toThrow(/^districtCalendar\.closures\[0\]\.first: expected a date like/);
    expect(() => checkDistrictCalendar({ timeZone: NY, closures: [{ name: 'x', first: '2027-02-02', last: '2027-02-01' }] })).toThrow(
      /^districtCalendar\.closures\[0\]\.last: 2027-02-01 is before 2027-02-02; swap them/,
    );
    expect(() => checkDistrictCalendar({ timeZone: NY, closures: [{ first: '2027-02-02' }] })).toThrow(/closures\[0\]\.name: give the closure a name/);
  });
});

describe('minimum notice', () => {
  it('by default, not before tomorrow afternoon, from the clock it is given', () => {
    const e = earliestStart(at('2026-11-30T09:00'), NY);
    expect(e.at).toBe(at('2026-12-01T12:00'));
    expect(e.words).toBe('not before tomorrow afternoon');
    expect(e.when).toBe('Tuesday, December 1, 12:00 PM Eastern');
    // Late in the evening Eastern is already the next day in UTC: "tomorrow" is the coach's tomorrow.
    expect(earliestStart(at('2026-11-30T23:30'), NY).at).toBe(at('2026-12-01T12:00'));
  });

  it('a learning walk not within the next two school days, skipping weekends and closures', () => {
    expect(earliestStart(at('2026-11-30T09:00'), NY, noticeFor('learningWalk'), demo).at).toBe(at('2026-12-03T00:00'));
    // Tuesday before Thanksgiving: Wed to Fri are closed, so the two school days are Mon and Tue.
    const before = earliestStart(at('2026-11-24T09:00'), NY, noticeFor('learningWalk'), demo);
    expect(before.at).toBe(at('2026-12-02T00:00'));
    expect(before.words).toBe('not within the next 2 school days');
    // From the start of a day, the day alone: no "12:00 AM".
    expect(before.when).toBe('Wednesday, December 2');
    expect(noticeFor('cohortMeeting').schoolDays).toBe(0);
  });

  it('moves a search window’s start, or says the dates are too soon', () => {
    const e = earliestStart(at('2026-11-30T09:00'), NY);
    const window = { start: at('2026-11-30T00:00'), end: at('2026-12-05T00:00') };
    expect(applyNotice(window, e)).toEqual({
      window: { start: e.at, end: window.end },
      note: 'Suggestions start Tuesday, December 1, 12:00 PM Eastern, so people can prepare (not before tomorrow afternoon).',
    });
    expect(applyNotice({ start: window.start, end: at('2026-12-01T10:00') }, e).window).toBeUndefined();
    expect(applyNotice({ start: window.start, end: at('2026-12-01T10:00') }, e).note).toMatch(/^These dates are too soon/);
    expect(applyNotice({ start: at('2026-12-02T00:00'), end: window.end }, e)).toEqual({ window: { start: at('2026-12-02T00:00'), end: window.end } });
  });
});
