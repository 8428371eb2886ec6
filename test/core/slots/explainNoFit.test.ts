import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { buildAvailability } from '../../../src/core/availability/build.js';
import type { ScheduleInput } from '../../../src/core/availability/scheduleInput.js';
import { demoDistrictCalendar, withDistrictCalendar } from '../../../src/core/district/index.js';
import { explainNoFit } from '../../../src/core/slots/explainNoFit.js';
import { findCommonSlots } from '../../../src/core/slots/findSlots.js';

const NY = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone: NY }).toMillis();
const workday = { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const, startMinute: 8 * 60, endMinute: 16 * 60, timeZone: NY };
const person = (id: string, items: ScheduleInput['items']): ScheduleInput => ({ id, items, workingHours: { ...workday, daysOfWeek: [...workday.daysOfWeek] } });
const constraints = withDistrictCalendar({ timeZone: NY, dailyWindow: { start: '08:00', end: '16:00' } }, demoDistrictCalendar('2026-08-01', '2027-07-31'));

describe('explaining an empty search', () => {
  it('names who blocks most and on which days, and offers the times that work with that person optional', () => {
    const window = { start: at('2026-12-01T00:00'), end: at('2026-12-03T00:00') };
    const people = buildAvailability(
      [
        person('Maria Lopez', [{ start: at('2026-12-01T00:00'), end: at('2026-12-03T00:00'), status: 'oof' }]),
        person('Ben Okafor', [{ start: at('2026-12-02T08:00'), end: at('2026-12-02T12:00'), status: 'busy' }]),
        person('Cy Chen', []),
      ],
      window,
    );
    const search = { people, window, durationMinutes: 60, constraints, timeZone: NY };
    expect(findCommonSlots(people, { ...search }).slots).toEqual([]);
    const why = explainNoFit(search);
    expect(why.cause).toBe('peopleBusy');
    expect(why.blockers.map((b) => [b.id, b.reason, b.wholeDays])).toEqual([
      ['Maria Lopez', 'oof', ['2026-12-01', '2026-12-02']],
      ['Ben Okafor', 'busy', []],
    ]);
    expect(why.sentence).toBe(
      'No time from Tuesday, December 1 to Wednesday, December 2 suits everyone required: Maria Lopez is out of office all of Tuesday, December 1 and Wednesday, December 2; Ben Okafor is busy at 8 of the 30 open times.',
    );
    const fewer = why.offers.find((o) => o.kind === 'fewerRequired');
    expect(fewer).toMatchObject({ without: ['Maria Lopez'], words: expect.stringMatching(/^With Maria Lopez optional, \d+ times work for everyone else$/) });
    // The count is real: the same search with Maria optional finds that many.
    const relaxed = findCommonSlots(people, { window, durationMinutes: 60, constraints, required: ['Ben Okafor', 'Cy Chen'], minAvailable: 2 });
    expect(fewer?.kind === 'fewerRequired' && fewer.times).toBe(relaxed.qualifying);
    expect(why.offers[0]).toMatchObject({ kind: 'nextWindow', window: { start: at('2026-12-03T00:00') } });
  });

  it('never offers the coach as optional (their own calendar always decides), and counts one time as "works"', () => {
    const window = { start: at('2026-12-01T00:00'), end: at('2026-12-02T00:00') };
    const people = buildAvailability(
      [
        person('Coach Kim', [{ start: at('2026-12-01T08:00'), end: at('2026-12-01T15:00'), status: 'busy' }]),
        person('Dee Lee', [{ start: at('2026-12-01T15:00'), end: at('2026-12-01T16:00'), status: 'busy' }]),
        person('Cy Chen', []),
      ],
      window,
    );
    const search = { people, window, durationMinutes: 60, constraints, timeZone: NY };
    expect(explainNoFit(search).blockers[0]!.id).toBe('Coach Kim');
    const fewer = explainNoFit({ ...search, alwaysRequired: ['Coach Kim'] }).offers.find((o) => o.kind === 'fewerRequired');
    expect(fewer).toMatchObject({ without: ['Dee Lee'], times: 1, words: 'With Dee Lee optional, 1 time works for everyone else' });
  });

  it('a window in the winter break holds no school day: it says which closure, and offers the next window that has one', () => {
    const window = { start: at('2026-12-28T00:00'), end: at('2027-01-02T00:00') };
    const people = buildAvailability([person('Ana Rivera', [])], { start: window.start, end: at('2027-02-01T00:00') });
    const why = explainNoFit({ people, window, durationMinutes: 60, constraints, timeZone: NY });
    expect(why.cause).toBe('noOpenTime');
    expect(why.closedBy).toEqual(['Winter break']);
    expect(why.sentence).toBe('No time from Monday, December 28 to Friday, January 1 can be offered: the district calendar closes them (Winter break).');
    // Saturday Jan 2 is still the break and Sunday no school day: the next window starts Monday Jan 4, as long as this one.
    expect(why.offers).toEqual([
      {
        kind: 'nextWindow',
        window: { start: at('2027-01-04T00:00'), end: at('2027-01-04T00:00') + (window.end - window.start) },
        words: 'Try Monday, January 4 to Friday, January 8',
      },
    ]);
  });
});
