import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { UnavailableReason } from '../../../src/core/availability/model.js';
import { checkRecurringTimes, findRecurringTimes, recurringCandidates, type RecurringSearch, type RecurringTime } from '../../../src/core/planning/recurring.js';
import type { RecurrenceSpec } from '../../../src/core/planning/recurrence.js';
import { NY, at, person } from './people.js';

type LocalBlock = readonly [string, string, UnavailableReason];

// Four weeks from Monday 2 March 2026, across the change to daylight time on 8 March.
const MARCH_DATES = { mon: ['02', '09', '16', '23'], tue: ['03', '10', '17', '24'], wed: ['04', '11', '18', '25'], thu: ['05', '12', '19', '26'], fri: ['06', '13', '20', '27'] };
const busyAt = (days: readonly string[], from: string, to: string, reason: UnavailableReason = 'busy'): LocalBlock[] =>
  days.map((d) => [`2026-03-${d}T${from}`, `2026-03-${d}T${to}`, reason] as const);
// Everyone has a standing 14:00 meeting except on Thursdays.
const standing = [...MARCH_DATES.mon, ...MARCH_DATES.tue, ...MARCH_DATES.wed, ...MARCH_DATES.fri].sort();

const ana = person('ana', [...busyAt(standing, '14:00', '15:00'), ['2026-03-10T15:00', '2026-03-10T16:00', 'busy']]);
// Ben is out of office all of Wednesday 18 March (his availability keeps the stronger reason there).
const ben = person('ben', [
  ...busyAt(
    standing.filter((d) => d !== '18'),
    '14:00',
    '15:00',
  ),
  ['2026-03-18T00:00', '2026-03-19T00:00', 'oof'],
]);
const chen = person(
  'chen',
  [...busyAt(standing, '14:00', '15:00'), ...busyAt(MARCH_DATES.mon, '15:00', '16:00')].sort((a, b) => a[0].localeCompare(b[0])),
);
const cohort = [ana, ben, chen];

const search: RecurringSearch = {
  cadence: { type: 'weekly' },
  timeZone: NY,
  firstDate: '2026-03-02',
  count: 4,
  durationMinutes: 60,
  earliestStart: '14:00',
  latestEnd: '16:00',
  stepMinutes: 60,
  max: 100,
};
const label = (t: RecurringTime) => `${t.recurrence.pattern.type === 'weekly' ? t.recurrence.pattern.daysOfWeek.join() : '?'} ${t.recurrence.startTime}`;

describe('findRecurringTimes with a weekly search', () => {
  const times = findRecurringTimes(cohort, search);

  it('checks every weekday x start time and ranks by conflicts on every date', () => {
    expect(times.map(label)).toEqual([
      'thursday 14:00',
      'thursday 15:00',
      'friday 15:00', // nobody misses a date
      'tuesday 15:00',
      'wednesday 15:00', // one person misses one date
      'monday 15:00', // Chen misses all four
      'monday 14:00',
      'tuesday 14:00',
      'wednesday 14:00',
      'friday 14:00', // everyone busy every date
    ]);
    expect(times.map((t) => t.conflicts)).toEqual([0, 0, 0, 1, 1, 4, 12, 12, 12, 12]);
  });

  it('summarises each time the way a coach reads it', () => {
    const byLabel = new Map(times.map((t) => [label(t), t]));
    expect(byLabel.get('thursday 15:00')!.summary).toBe('all 3 free on all 4 dates');
    expect(byLabel.get('tuesday 15:00')!.summary).toBe('all 3 free on 3 of 4 dates, at least 2 on each');
    expect(byLabel.get('monday 15:00')!.summary).toBe('2 of 3 free on all 4 dates');
    expect(byLabel.get('monday 14:00')!.summary).toBe('nobody free on any of the 4 dates');
  });

  it("lists each occurrence's conflicts, who and why, at 15:00 local after the clocks change", () => {
    const tuesday = times.find((t) => label(t) === 'tuesday 15:00')!;
    expect(tuesday.occurrences.map((o) => [o.date, o.start, o.unavailable])).toEqual([
      ['2026-03-03', at('2026-03-03T15:00'), []],
      ['2026-03-10', at('2026-03-10T15:00'), [{ id: 'ana', reason: 'busy' }]],
      ['2026-03-17', at('2026-03-17T15:00'), []],
      ['2026-03-24', at('2026-03-24T15:00'), []],
    ]);
    expect(tuesday.reasons).toEqual(['ana misses 1 of 4 dates: busy on 2026-03-10']);
    expect(tuesday.alwaysAvailable).toEqual(['ben', 'chen']);
    const wednesday = times.find((t) => label(t) === 'wednesday 15:00')!;
    expect(wednesday.occurrences[2]!.unavailable).toEqual([{ id: 'ben', reason: 'oof' }]);
    expect(wednesday.reasons).toEqual(['ben misses 1 of 4 dates: out of office on 2026-03-18']);
  });

  it('counts a time as workable only when the required people and the minimum are free on every date', () => {
    const relaxed = findRecurringTimes(cohort, { ...search, minAvailable: 2 });
    expect(relaxed.filter((t) => t.meetsRequirements).map(label)).toEqual(['thursday 14:00', 'thursday 15:00', 'friday 15:00', 'tuesday 15:00', 'wednesday 15:00', 'monday 15:00']);
    const chenRequired = findRecurringTimes(cohort, { ...search, minAvailable: 2, required: ['chen'] });
    const monday = chenRequired.find((t) => label(t) === 'monday 15:00')!;
    expect(monday.meetsRequirements).toBe(false);
    expect(monday.datesFailing).toBe(4);
  });

  it('marks dates that fall on a disallowed stretch and ranks the time lower', () => {
    const springBreak = { start: at('2026-03-19T00:00'), end: at('2026-03-20T00:00'), label: 'district PD day' };
    const ranked = findRecurringTimes(cohort, { ...search, disallowed: [springBreak] });
    expect(ranked.slice(0, 3).map(label)).toEqual(['friday 15:00', 'tuesday 15:00', 'wednesday 15:00']);
    const thursday = ranked.find((t) => label(t) === 'thursday 14:00')!;
    expect(thursday.occurrences[2]!.disallowed).toEqual(['district PD day']);
    expect(thursday.summary).toBe('all 3 free on 3 of 4 dates; 1 date disallowed');
    expect(thursday.reasons).toEqual(['2026-03-19 is disallowed: district PD day']);
  });

  it('returns at most max times', () => {
    expect(findRecurringTimes(cohort, { ...search, max: 2 }).map(label)).toEqual(['thursday 14:00', 'thursday 15:00']);
  });
});

describe('findRecurringTimes with monthly cadences', () => {
  it('tries each weekday as the last of the month and skips none that exist', () => {
    const times = findRecurringTimes([person('ana', [['2026-03-26T15:00', '2026-03-26T16:00', 'busy']])], {
      ...search,
      cadence: { type: 'relativeMonthly', indexes: ['last'] },
      firstDate: '2026-01-01',
      count: 3,
      earliestStart: '15:00',
      weekdays: ['thursday', 'friday'],
    });
    expect(times.map((t) => [t.recurrence.pattern, t.occurrences.map((o) => o.date), t.conflicts])).toEqual([
      [{ type: 'relativeMonthly', interval: 1, dayOfWeek: 'friday', index: 'last' }, ['2026-01-30', '2026-02-27', '2026-03-27'], 0],
      [{ type: 'relativeMonthly', interval: 1, dayOfWeek: 'thursday', index: 'last' }, ['2026-01-29', '2026-02-26', '2026-03-26'], 1],
    ]);
  });

  it('generates every day-of-month x time candidate', () => {
    const candidates = recurringCandidates({ ...search, cadence: { type: 'absoluteMonthly', daysOfMonth: [1, 15] }, stepMinutes: 30 });
    expect(candidates.map((c) => `${c.pattern.type === 'absoluteMonthly' ? c.pattern.dayOfMonth : ''} ${c.startTime}`)).toEqual([
      '1 14:00',
      '1 14:30',
      '1 15:00',
      '15 14:00',
      '15 14:30',
      '15 15:00',
    ]);
  });
});

describe('checkRecurringTimes with given candidates', () => {
  const weekly = (day: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday', startTime: string): RecurrenceSpec => ({
    pattern: { type: 'weekly', interval: 1, daysOfWeek: [day] },
    startTime,
    durationMinutes: 60,
    timeZone: NY,
    firstDate: '2026-03-02',
    count: 4,
  });
  const candidates = [weekly('monday', '15:00'), weekly('tuesday', '15:00'), weekly('thursday', '14:00'), weekly('friday', '14:00'), weekly('wednesday', '15:00')];

  it('ranks the same way whatever order the candidates come in (property)', () => {
    const expected = checkRecurringTimes(cohort, candidates).map(label);
    expect(expected).toEqual(['thursday 14:00', 'tuesday 15:00', 'wednesday 15:00', 'monday 15:00', 'friday 14:00']);
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: candidates.length }), (shuffled) => {
        expect(checkRecurringTimes(cohort, shuffled).map(label)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('is accepted through findRecurringTimes as { candidates }', () => {
    expect(findRecurringTimes(cohort, { candidates, max: 1 }).map(label)).toEqual(['thursday 14:00']);
  });
});

describe('recurring input checks', () => {
  const cases: [string, () => unknown, string][] = [
    ['a required person without availability', () => findRecurringTimes(cohort, { ...search, required: ['dana'] }), 'required[0]'],
    ['a minimum above the number of people', () => findRecurringTimes(cohort, { ...search, minAvailable: 4 }), 'minAvailable'],
    ['a daily window too short for the meeting', () => findRecurringTimes(cohort, { ...search, latestEnd: '14:30' }), 'latestEnd'],
    ['an empty list of people', () => findRecurringTimes([], search), 'people'],
    [
      'overlapping blocks',
      () =>
        findRecurringTimes(
          [
            person('x', [
              ['2026-03-02T09:00', '2026-03-02T10:00', 'busy'],
              ['2026-03-02T09:30', '2026-03-02T11:00', 'busy'],
            ]),
          ],
          search,
        ),
      'people[0].blocks[1]',
    ],
    ['a person listed twice', () => findRecurringTimes([ana, ana], search), 'people[1].id'],
    ['an unknown weekday', () => findRecurringTimes(cohort, { ...search, weekdays: ['funday' as never] }), 'weekdays[0]'],
    ['a relative cadence without weeks', () => findRecurringTimes(cohort, { ...search, cadence: { type: 'relativeMonthly', indexes: [] } }), 'cadence.indexes'],
    [
      'a candidate with a bad zone',
      () => checkRecurringTimes(cohort, [{ ...search, pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, startTime: '15:00', timeZone: 'Mars/Olympus' }]),
      'candidates[0].timeZone',
    ],
  ];
  it.each(cases)('rejects %s, naming the field', (_name, run, field) => {
    expect(run).toThrow(expect.objectContaining({ field }));
  });
});

describe('findRecurringTimes wording for a full cohort', () => {
  it('says "11 of 12 free on all 10 dates" when one principal misses every date', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => person(`p${String(i).padStart(2, '0')}`));
    // Ten Tuesdays, the last one after the clocks go back.
    const dates = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03'];
    twelve[11] = person(
      'p11',
      dates.map((d) => [`${d}T15:00`, `${d}T16:00`, 'busy'] as const),
    );
    const [time] = findRecurringTimes(twelve, {
      candidates: [
        { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, startTime: '15:00', durationMinutes: 60, timeZone: NY, firstDate: '2026-09-01', count: 10 },
      ],
    });
    expect(time!.occurrences.map((o) => o.date)).toEqual(dates);
    expect(time!.summary).toBe('11 of 12 free on all 10 dates');
    expect(time!.alwaysAvailable).toHaveLength(11);
  });
});

describe('per-occurrence conflicts (property)', () => {
  it('match a brute-force overlap check of every block against every meeting', () => {
    const block = fc.tuple(
      fc.integer({ min: 0, max: 40 * 96 }),
      fc.integer({ min: 1, max: 16 }),
      fc.constantFrom<UnavailableReason>('busy', 'oof', 'tentative', 'outsideWorkingHours'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(block, { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 7 * 4, max: 18 * 4 }),
        fc.constantFrom(30, 45, 60, 90),
        (calendars, quarter, duration) => {
          const origin = at('2026-10-19T00:00');
          const people = calendars.map((blocks, i) => {
            const made: { start: number; end: number; reason: UnavailableReason }[] = [];
            for (const [q, length, reason] of [...blocks].sort((a, b) => a[0] - b[0])) {
              const start = Math.max(origin + q * 15 * 60_000, made[made.length - 1]?.end ?? -Infinity);
              made.push({ start, end: start + length * 15 * 60_000, reason });
            }
            return { ...person(`p${i}`), blocks: made };
          });
          const startTime = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
          const [time] = findRecurringTimes(people, {
            candidates: [
              {
                pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'] },
                startTime,
                durationMinutes: duration,
                timeZone: NY,
                firstDate: '2026-10-19',
                count: 8,
              },
            ],
          });
          for (const o of time!.occurrences) {
            const expected = people.filter((p) => p.blocks.some((b) => b.start < o.end && o.start < b.end)).map((p) => p.id);
            expect(o.unavailable.map((u) => u.id)).toEqual(expected);
            expect(o.available).toEqual(people.map((p) => p.id).filter((id) => !expected.includes(id)));
          }
          expect(time!.conflicts).toBe(time!.occurrences.reduce((n, o) => n + o.unavailable.length, 0));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('findRecurringTimes with district constraints', () => {
  const constraints = {
    timeZone: 'Eastern Standard Time',
    dailyWindow: { start: '08:30', end: '15:00', label: 'the school day' },
    dailyExclusions: [{ start: '11:30', end: '12:15', label: 'lunch' }],
    blackouts: [{ date: '2026-11-26', through: '2026-11-27', label: 'Thanksgiving break' }],
  };
  const thursdays = (startTime: string): RecurrenceSpec => ({
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] },
    startTime,
    durationMinutes: 60,
    timeZone: NY,
    firstDate: '2026-11-05',
    count: 4,
  });

  it("marks each meeting that breaks a rule with the rule's words and ranks clean series first", () => {
    const ranked = findRecurringTimes([person('ana'), person('ben')], { candidates: [thursdays('14:30'), thursdays('11:00'), thursdays('13:00')], constraints });
    expect(ranked.map((t) => [t.recurrence.startTime, t.summary])).toEqual([
      ['13:00', 'both free on 3 of 4 dates; 1 date disallowed'],
      ['11:00', 'both free on all 4 dates; 4 dates disallowed'],
      ['14:30', 'both free on all 4 dates; 4 dates disallowed'],
    ]);
    expect(ranked[0]!.occurrences.map((o) => o.disallowed)).toEqual([[], [], [], ['Thanksgiving break']]);
    expect(ranked[1]!.occurrences[0]!.disallowed).toEqual(['lunch']);
    expect(ranked[2]!.occurrences[0]!.disallowed).toEqual(['outside the school day (08:30–15:00)']);
  });

  it('rejects bad constraints, naming the field', () => {
    expect(() => findRecurringTimes([person('ana')], { candidates: [thursdays('13:00')], constraints: { ...constraints, blackouts: [{ date: '2026-02-30' }] } })).toThrow(
      expect.objectContaining({ field: 'constraints.blackouts[0].date' }),
    );
  });
});
