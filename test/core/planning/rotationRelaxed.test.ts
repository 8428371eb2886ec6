import { describe, expect, it } from '@jest/globals';
import type { PersonAvailability, UnavailableReason } from '../../../src/core/availability/model.js';
import { planRotation, type RotationInput } from '../../../src/core/planning/rotation.js';
import { groupUnplaced, planRotationRelaxed } from '../../../src/core/planning/rotationRelaxed.js';
import { NY, at, person } from './people.js';

const DAYS = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
type LocalBlock = readonly [string, string, UnavailableReason];

/** Working 07:30–17:00 each day, out of office all of one day. */
function principal(id: string, awayDay: string): PersonAvailability {
  const hours = DAYS.flatMap((d): LocalBlock[] => [
    [`${d}T00:00`, `${d}T07:30`, 'outsideWorkingHours'],
    [`${d}T17:00`, `${d}T23:59`, 'outsideWorkingHours'],
  ]);
  return person(id, [...hours, [`${awayDay}T07:30`, `${awayDay}T17:00`, 'oof']]);
}

const names = ['Ana', 'Ben', 'Chen', 'Dee', 'Eli', 'Fay'];
const schoolDay = {
  timeZone: NY,
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const,
  dailyWindow: { start: '08:30', end: '15:00', label: 'the school day' },
};
// Someone is away every day of the week, so the whole cohort is never free together.
const input: RotationInput = {
  schools: names.map((n) => ({ id: n.toLowerCase(), name: `${n} School`, constraints: schoolDay })),
  cohort: names.map((n) => ({ id: n.toLowerCase(), name: n, schoolId: n.toLowerCase() })),
  availability: names.map((n, i) => principal(n.toLowerCase(), DAYS[i % DAYS.length]!)),
  window: { start: at('2026-03-09T00:00'), end: at('2026-03-14T00:00') },
  visitMinutes: 90,
  travel: { defaultMinutes: 20 },
};

describe('a rotation with the defaults a coach leaves alone', () => {
  it('asks for fewer per walk when all of the cohort never fit, places the visits, and says how it relaxed', () => {
    expect(planRotation(input).visits).toHaveLength(0);
    const relaxed = planRotationRelaxed(input);
    expect(relaxed.minAttendees).toBe(3);
    expect(relaxed.plan.visits).toHaveLength(6);
    expect(relaxed.relaxed).toBe(
      'All 6 are never free together for a walk in these dates, so each walk asks for at least 3 of the 6 (the host and 2 visitors) instead of everyone: 6 of 6 visits fit. Those who cannot come to a walk are named on it. To ask for more people at each walk, set "At least this many free".',
    );
    expect(relaxed.placedWithEveryone).toBe(0);
    expect(relaxed.warnings).toEqual([]);
  });

  it('keeps what the coach set, and groups the schools that fail for the same cause into one warning', () => {
    const strict = planRotationRelaxed({ ...input, minAttendees: 6 });
    expect(strict.relaxed).toBeUndefined();
    expect(strict.plan.visits).toHaveLength(0);
    expect(strict.warnings).toEqual([
      '6 schools (Ana School, Ben School, Chen School, Dee School, Eli School and Fay School): no school-day time in these dates when all 6 are free for 90 minutes, travel included.',
    ]);
    expect(groupUnplaced([{ schoolId: 'x', schoolName: 'X', reason: 'X: no 90-minute stretch of the school day in the window' }])).toEqual([
      'X: no 90-minute stretch of the school day in the window.',
    ]);
  });

  it('tells schools whose host is never free apart from schools where too few can come, each cause once', () => {
    // Ana and Ben are out all week: nobody can visit their schools, whatever "At least" says.
    const away = (id: string) =>
      person(
        id,
        DAYS.map((d): LocalBlock => [`${d}T00:00`, `${d}T23:59`, 'oof']),
      );
    const availability = input.availability.map((a) => (a.id === 'ana' || a.id === 'ben' ? away(a.id) : a));
    const plan = planRotationRelaxed({ ...input, availability, minAttendees: 3 });
    expect(plan.plan.unplaced.map((u) => [u.schoolId, u.cause])).toEqual([
      ['ana', 'hostNeverFree'],
      ['ben', 'hostNeverFree'],
    ]);
    expect(plan.warnings).toEqual(['2 schools (Ana School and Ben School): no school-day time in these dates when the host is free for 90 minutes.']);
  });
});
