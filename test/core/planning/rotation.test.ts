import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { whyUnavailable, type PersonAvailability, type UnavailableReason } from '../../../src/core/availability/model.js';
import { planRotation, type RotationInput, type RotationPlan } from '../../../src/core/planning/rotation.js';
import { checkSlot } from '../../../src/core/slots/constraints.js';
import { overlaps } from '../../../src/core/time/interval.js';
import { NY, at, person } from './people.js';

type LocalBlock = readonly [string, string, UnavailableReason];
const DAYS = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];

/** Working hours from..to on each day (outside them: outsideWorkingHours), plus extra blocks inside them. */
function worker(id: string, from: string, to: string, extra: readonly LocalBlock[] = [], days = DAYS): PersonAvailability {
  const hours = days.flatMap((d): LocalBlock[] => [
    [`${d}T00:00`, `${d}T${from}`, 'outsideWorkingHours'],
    [`${d}T${to}`, `${d}T23:59`, 'outsideWorkingHours'],
  ]);
  return person(id, [...hours, ...extra]);
}

const schoolDay = (start: string, end: string, lunch?: readonly [string, string]) => ({
  timeZone: NY,
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const,
  dailyWindow: { start, end, label: 'the school day' },
  dailyExclusions: lunch === undefined ? [] : [{ start: lunch[0], end: lunch[1], label: 'lunch' }],
});

describe('planRotation with an open week', () => {
  const input: RotationInput = {
    schools: [
      { id: 'lincoln', name: 'Lincoln Elementary', constraints: schoolDay('08:30', '15:00', ['11:30', '12:15']) },
      { id: 'oak', name: 'Oak Middle', constraints: schoolDay('08:30', '15:00', ['11:30', '12:15']) },
      { id: 'park', name: 'Park High', constraints: schoolDay('08:30', '15:00', ['11:30', '12:15']) },
    ],
    cohort: [
      { id: 'ana', name: 'Ana', schoolId: 'lincoln' },
      { id: 'ben', name: 'Ben', schoolId: 'oak' },
      { id: 'chen', name: 'Chen', schoolId: 'park' },
    ],
    availability: [worker('ana', '07:30', '17:00'), worker('ben', '07:30', '17:00'), worker('chen', '07:30', '17:00')],
    window: { start: at('2026-03-09T00:00'), end: at('2026-03-14T00:00') },
    visitMinutes: 90,
    travel: { defaultMinutes: 20 },
  };
  const plan = planRotation(input);

  it('places one visit per school in the school day, outside lunch, with nobody booked twice', () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.complete).toBe(true);
    expect(plan.visits.map((v) => v.explanation)).toEqual([
      'Lincoln Elementary, Mon 9 Mar 08:30–10:00 (America/New_York): all 3 attend; visitors travel 20 minutes each way',
      // Ben and Chen are back at their schools at 10:20; 10:30 would run into lunch.
      'Oak Middle, Mon 9 Mar 12:15–13:45 (America/New_York): all 3 attend; visitors travel 20 minutes each way',
      'Park High, Tue 10 Mar 08:30–10:00 (America/New_York): all 3 attend; visitors travel 20 minutes each way',
    ]);
  });

  it("holds each visitor's travel on their calendar and none for the hosts", () => {
    const lincoln = plan.visits[0]!;
    expect(lincoln.attendees).toEqual([
      { id: 'ana', role: 'host', travelMinutesBefore: 0, travelMinutesAfter: 0, committed: { start: at('2026-03-09T08:30'), end: at('2026-03-09T10:00') } },
      { id: 'ben', role: 'visitor', travelMinutesBefore: 20, travelMinutesAfter: 20, committed: { start: at('2026-03-09T08:10'), end: at('2026-03-09T10:20') } },
      { id: 'chen', role: 'visitor', travelMinutesBefore: 20, travelMinutesAfter: 20, committed: { start: at('2026-03-09T08:10'), end: at('2026-03-09T10:20') } },
    ]);
  });

  it('gives the same plan for the same input', () => {
    expect(planRotation(input)).toEqual(plan);
  });

  it('uses the travel matrix in either direction before the default', () => {
    const matrix = planRotation({ ...input, travel: { defaultMinutes: 20, minutes: { oak: { lincoln: 45 } } } });
    const lincoln = matrix.visits.find((v) => v.schoolId === 'lincoln')!;
    expect(lincoln.attendees.find((a) => a.id === 'ben')).toMatchObject({ travelMinutesBefore: 45, travelMinutesAfter: 45 });
    expect(lincoln.explanation).toContain('visitors travel 20 to 45 minutes each way');
  });

  it('places the most constrained school first, without backtracking', () => {
    // Lincoln is open all Friday, Park only Friday 08:30-10:00; taking Lincoln's earliest time first would shut Park out.
    const fridayOnly = (start: string, end: string) => ({ ...schoolDay(start, end), daysOfWeek: ['friday'] as const });
    const constrained = planRotation({
      ...input,
      schools: [
        { id: 'lincoln', name: 'Lincoln Elementary', constraints: fridayOnly('08:30', '15:00') },
        { id: 'oak', name: 'Oak Middle', constraints: schoolDay('08:30', '15:00') },
        { id: 'park', name: 'Park High', constraints: fridayOnly('08:30', '10:00') },
      ],
    });
    expect(constrained.unplaced).toEqual([]);
    expect(constrained.visits.map((v) => [v.schoolId, v.start])).toEqual([
      ['oak', at('2026-03-09T08:30')],
      ['park', at('2026-03-13T08:30')],
      // Ben gets back to Oak from Park at 10:20 and needs 20 minutes to Lincoln: 10:30 is too early.
      ['lincoln', at('2026-03-13T11:00')],
    ]);
    expect(constrained.searchNodes).toBe(4);
  });
});

describe('planRotation when travel is tight', () => {
  // Everyone works 08:00-13:00; the school day is 09:00-12:00 and a visit takes two hours.
  const input = (travelMinutes: number, days = ['2026-03-10']): RotationInput => ({
    schools: [
      { id: 'lincoln', name: 'Lincoln Elementary', constraints: schoolDay('09:00', '12:00') },
      { id: 'oak', name: 'Oak Middle', constraints: schoolDay('09:00', '12:00') },
    ],
    cohort: [
      { id: 'ana', name: 'Ana', schoolId: 'lincoln' },
      { id: 'ben', name: 'Ben', schoolId: 'oak' },
    ],
    availability: [worker('ana', '08:00', '13:00'), worker('ben', '08:00', '13:00')],
    window: { start: at(`${days[0]}T00:00`), end: at(`${days[days.length - 1]}T23:59`) },
    visitMinutes: 120,
    travel: { defaultMinutes: travelMinutes },
  });

  it('fits a visit when travel leaves exactly enough of the working day', () => {
    const plan = planRotation(input(90, ['2026-03-10', '2026-03-11']));
    expect(plan.visits.map((v) => [v.schoolId, v.start])).toEqual([
      ['lincoln', at('2026-03-10T09:30')],
      ['oak', at('2026-03-11T09:30')],
    ]);
  });

  it('reports a school whose only workable time clashes with another visit', () => {
    const plan = planRotation(input(90));
    expect(plan.visits.map((v) => v.schoolId)).toEqual(['lincoln']);
    expect(plan.unplaced).toEqual([
      {
        schoolId: 'oak',
        schoolName: 'Oak Middle',
        reason: 'Oak Middle: the only time when both are free clashes, for someone in the cohort, with the visit to Lincoln Elementary',
        cause: 'clashesWithVisits',
        causeWords: 'every time when enough can come is already taken by another visit of this rotation',
      },
    ]);
  });

  it('reports that no school-day time works once travel no longer fits, and the closest time', () => {
    const plan = planRotation(input(100));
    expect(plan.visits).toEqual([]);
    expect(plan.unplaced.map((u) => u.reason)).toEqual([
      'Lincoln Elementary: no school-day time when both are free with travel; closest: Tue 10 Mar 09:00 with Ben outside working hours during travel',
      'Oak Middle: no school-day time when both are free with travel; closest: Tue 10 Mar 09:00 with Ana outside working hours during travel',
    ]);
    expect(plan.unplaced[0]!.closest).toEqual({
      start: at('2026-03-10T09:00'),
      end: at('2026-03-10T11:00'),
      absent: [{ id: 'ben', reason: 'outsideWorkingHours', duringTravel: true }],
    });
  });

  it('reports a window with no school day at all', () => {
    const saturday = { ...input(10), window: { start: at('2026-03-14T00:00'), end: at('2026-03-15T00:00') } };
    expect(planRotation(saturday).unplaced[0]!.reason).toBe(
      "Lincoln Elementary: no 120-minute stretch of the school day in the window (check the school's days, bell schedule and blackout dates)",
    );
  });

  it('honours district blackout dates', () => {
    const plan = planRotation({ ...input(90, ['2026-03-10', '2026-03-11']), blackouts: [{ date: '2026-03-10', label: 'testing day' }] });
    expect(plan.visits.map((v) => [v.schoolId, v.start])).toEqual([['lincoln', at('2026-03-11T09:30')]]);
  });
});

/** The rules every plan must keep, checked from the outside. */
function checkPlanRules(input: RotationInput, plan: RotationPlan): void {
  const ids = input.cohort.map((p) => p.id);
  expect([...plan.visits.map((v) => v.schoolId), ...plan.unplaced.map((u) => u.schoolId)].sort()).toEqual(input.schools.map((s) => s.id).sort());
  const committed = new Map<string, { start: number; end: number }[]>(ids.map((id) => [id, []]));
  const min = input.minAttendees ?? ids.length;
  for (const visit of plan.visits) {
    const school = input.schools.find((s) => s.id === visit.schoolId)!;
    expect(checkSlot(visit, { ...school.constraints, blackouts: [...(school.constraints.blackouts ?? []), ...(input.blackouts ?? [])] })).toBeNull();
    expect(visit.attendees.length).toBeGreaterThanOrEqual(min);
    expect([...visit.attendees.map((a) => a.id), ...visit.absent.map((a) => a.id)].sort()).toEqual([...ids].sort());
    for (const host of input.cohort.filter((p) => p.schoolId === school.id)) expect(visit.attendees.map((a) => a.id)).toContain(host.id);
    for (const a of visit.attendees) {
      expect(a.committed).toEqual({ start: visit.start - a.travelMinutesBefore * 60_000, end: visit.end + a.travelMinutesAfter * 60_000 });
      expect(
        whyUnavailable(
          input.availability.find((p) => p.id === a.id)!,
          a.committed,
        ),
      ).toBeNull();
      for (const other of committed.get(a.id)!) expect(overlaps(other, a.committed)).toBe(false);
      committed.get(a.id)!.push(a.committed);
    }
  }
}

/** Every quarter-hour start in the window when the visit fits the school day and enough are free with travel. */
function bruteForceStarts(input: RotationInput, schoolId: string): number[] {
  const school = input.schools.find((s) => s.id === schoolId)!;
  const travel = (a: string, b: string) => (a === b ? 0 : (input.travel.minutes?.[a]?.[b] ?? input.travel.minutes?.[b]?.[a] ?? input.travel.defaultMinutes!));
  const starts: number[] = [];
  for (let start = input.window.start; start + input.visitMinutes * 60_000 <= input.window.end; start += 15 * 60_000) {
    const visit = { start, end: start + input.visitMinutes * 60_000 };
    if (checkSlot(visit, school.constraints) !== null) continue;
    const free = input.cohort.filter((p) => {
      const need = { start: start - travel(p.schoolId, schoolId) * 60_000, end: visit.end + travel(schoolId, p.schoolId) * 60_000 };
      return (
        whyUnavailable(
          input.availability.find((a) => a.id === p.id)!,
          need,
        ) === null
      );
    });
    const hostsFree = input.cohort.filter((p) => p.schoolId === schoolId).every((h) => free.includes(h));
    if (hostsFree && free.length >= (input.minAttendees ?? input.cohort.length)) starts.push(start);
  }
  return starts;
}

describe('planRotation rules (property)', () => {
  it('never books anyone twice, keeps visits in the school day and everyone free with travel, and claims no time is free only when none is', () => {
    const schoolIds = ['s0', 's1', 's2', 's3'];
    const busy = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 7 * 4, max: 16 * 4 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom<UnavailableReason>('busy', 'oof', 'tentative'),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), busy), { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 16, maxLength: 16 }),
        fc.constantFrom(45, 60, 90),
        fc.integer({ min: 0, max: 3 }),
        (schoolCount, people, travelCells, visitMinutes, slack) => {
          const schools = schoolIds.slice(0, Math.min(schoolCount, people.length));
          const cohort = people.map(([s], i) => ({ id: `p${i}`, schoolId: schools[i < schools.length ? i : s % schools.length]! }));
          const availability = people.map(([, blocks], i) => {
            // Quarter-hour blocks on Mon 9 to Wed 11 March, kept apart so they never overlap.
            const local = blocks.map(([day, quarter, length, reason]) => [at(`${DAYS[day]!}T00:00`) + quarter * 15 * 60_000, length, reason] as const).sort((a, b) => a[0] - b[0]);
            const made: { start: number; end: number; reason: UnavailableReason }[] = [];
            for (const [start, length, reason] of local) {
              const from = Math.max(start, made[made.length - 1]?.end ?? -Infinity);
              made.push({ start: from, end: from + length * 15 * 60_000, reason });
            }
            return { ...person(`p${i}`), blocks: made };
          });
          const minutes: Record<string, Record<string, number>> = {};
          schools.forEach((a, i) => {
            minutes[a] = Object.fromEntries(schools.map((b, j) => [b, travelCells[i * 4 + j]!]));
          });
          const input: RotationInput = {
            schools: schools.map((id) => ({ id, constraints: schoolDay('08:00', '15:00', ['11:30', '12:00']) })),
            cohort,
            availability,
            window: { start: at('2026-03-09T00:00'), end: at('2026-03-12T00:00') },
            visitMinutes,
            travel: { minutes },
            minAttendees: Math.max(1, cohort.length - slack),
            stepMinutes: 15,
          };
          const plan = planRotation(input);
          checkPlanRules(input, plan);
          for (const u of plan.unplaced) {
            expect(u.reason.startsWith(`${u.schoolId}: `)).toBe(true);
            if (u.reason.includes('no school-day time when')) expect(bruteForceStarts(input, u.schoolId)).toEqual([]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('rotation input checks', () => {
  const base: RotationInput = {
    schools: [
      { id: 'lincoln', constraints: schoolDay('08:30', '15:00') },
      { id: 'oak', constraints: schoolDay('08:30', '15:00') },
    ],
    cohort: [
      { id: 'ana', schoolId: 'lincoln' },
      { id: 'ben', schoolId: 'oak' },
    ],
    availability: [person('ana'), person('ben')],
    window: { start: at('2026-03-09T00:00'), end: at('2026-03-14T00:00') },
    visitMinutes: 60,
    travel: { defaultMinutes: 15 },
  };
  const cases: [string, Partial<RotationInput>, string][] = [
    ['a travel matrix with a gap and no default', { travel: { minutes: { lincoln: {} } } }, 'travel.minutes.lincoln.oak'],
    ['a travel matrix naming an unknown school', { travel: { defaultMinutes: 10, minutes: { elm: { oak: 5 } } } }, 'travel.minutes.elm'],
    ['negative travel', { travel: { defaultMinutes: -5 } }, 'travel.defaultMinutes'],
    [
      'a principal at an unknown school',
      {
        cohort: [
          { id: 'ana', schoolId: 'elm' },
          { id: 'ben', schoolId: 'oak' },
        ],
      },
      'cohort[0].schoolId',
    ],
    ['a school without a school day', { schools: [{ id: 'lincoln', constraints: { timeZone: NY } }, base.schools[1]!] }, 'schools[0].constraints.dailyWindow'],
    [
      'a school with a bad zone',
      { schools: [{ id: 'lincoln', constraints: { ...schoolDay('08:30', '15:00'), timeZone: 'Nowhere/Town' } }, base.schools[1]!] },
      'schools[0].constraints.timeZone',
    ],
    ['a school with no principal in the cohort', { cohort: [{ id: 'ana', schoolId: 'lincoln' }], availability: [person('ana')] }, 'schools[1].id'],
    ['a principal without availability', { availability: [person('ana')] }, 'cohort[1].id'],
    ['a visit of no length', { visitMinutes: 0 }, 'visitMinutes'],
    ['a minimum above the cohort size', { minAttendees: 3 }, 'minAttendees'],
    ['a window that ends before it starts', { window: { start: at('2026-03-14T00:00'), end: at('2026-03-09T00:00') } }, 'window'],
  ];
  it.each(cases)('rejects %s, naming the field', (_name, overrides, field) => {
    expect(() => planRotation({ ...base, ...overrides })).toThrow(expect.objectContaining({ field }));
  });
});

describe('planRotation search budget', () => {
  // Three schools whose one open hour is the same Tuesday 09:00-10:00: only one visit can be placed.
  const schools = ['a', 'b', 'c'].map((id) => ({ id, constraints: { ...schoolDay('09:00', '10:00'), daysOfWeek: ['tuesday'] as const } }));
  const input: RotationInput = {
    schools,
    cohort: schools.map((s) => ({ id: `${s.id}-principal`, schoolId: s.id })),
    availability: schools.map((s) => person(`${s.id}-principal`)),
    window: { start: at('2026-03-10T00:00'), end: at('2026-03-11T00:00') },
    visitMinutes: 60,
    travel: { defaultMinutes: 0 },
  };

  it('proves a partial plan is the best there is when the search completes', () => {
    const plan = planRotation(input);
    checkPlanRules(input, plan);
    expect(plan.complete).toBe(true);
    expect(plan.visits.map((v) => v.schoolId)).toEqual(['a']);
    expect(plan.unplaced.map((u) => u.reason)).toEqual([
      'b: the only time when all 3 are free clashes, for someone in the cohort, with the visit to a',
      'c: the only time when all 3 are free clashes, for someone in the cohort, with the visit to a',
    ]);
  });

  it('returns the plan found so far, marked incomplete, when the budget runs out', () => {
    const plan = planRotation({ ...input, maxSearchNodes: 1 });
    checkPlanRules(input, plan);
    expect(plan.complete).toBe(false);
    expect(plan.visits).toHaveLength(1);
    expect(plan.unplaced[0]!.reason).toMatch(/\(the search stopped at its budget; a longer search might place it\)$/);
  });
});

describe('planRotation with co-principals and partial attendance', () => {
  it('requires every host of a school, lets a visitor miss a visit when enough still come, and says who and why', () => {
    const input: RotationInput = {
      schools: [
        { id: 'lincoln', name: 'Lincoln Elementary', constraints: schoolDay('09:00', '12:00') },
        { id: 'oak', name: 'Oak Middle', constraints: schoolDay('09:00', '12:00') },
      ],
      cohort: [
        { id: 'ana', name: 'Ana', schoolId: 'lincoln' },
        { id: 'ben', name: 'Ben', schoolId: 'oak' },
        { id: 'bea', name: 'Bea', schoolId: 'oak' },
      ],
      availability: [
        worker('ana', '08:00', '16:00', [['2026-03-10T09:00', '2026-03-10T12:00', 'oof']]),
        worker('ben', '08:00', '16:00'),
        worker('bea', '08:00', '16:00', [['2026-03-10T08:00', '2026-03-10T09:00', 'busy']]),
      ],
      window: { start: at('2026-03-10T00:00'), end: at('2026-03-11T00:00') },
      visitMinutes: 60,
      travel: { defaultMinutes: 30 },
      minAttendees: 2,
    };
    const plan = planRotation(input);
    checkPlanRules(input, plan);
    // Oak's visit needs Ben and Bea (its hosts); Ana is out of office all morning and misses it.
    expect(plan.visits.map((v) => v.explanation)).toEqual(['Oak Middle, Tue 10 Mar 09:00–10:00 (America/New_York): 2 of 3 attend (Ana out of office)']);
    expect(plan.visits[0]!.attendees.map((a) => [a.id, a.role])).toEqual([
      ['ben', 'host'],
      ['bea', 'host'],
    ]);
    // Lincoln's host is away all morning: no time works.
    expect(plan.unplaced.map((u) => u.reason)).toEqual([
      // At 09:00 Bea would also miss it (busy until 09:00, so she cannot set out at 08:30): 09:30 comes closest.
      'Lincoln Elementary: no school-day time when 2 of 3 are free with travel; closest: Tue 10 Mar 09:30 with Ana out of office',
    ]);
  });
});
