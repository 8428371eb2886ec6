import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildAvailability, type BlockingStatus, type BuildOptions } from '../../../src/core/availability/build.js';
import { packedBlocks, reasonStrength, whyUnavailable, type PersonAvailability, type UnavailableReason } from '../../../src/core/availability/model.js';
import { WEEKDAYS, type FreeBusyStatus, type ScheduleInput, type Weekday, type WorkingHours } from '../../../src/core/availability/scheduleInput.js';
import { toLuxonZone } from '../../../src/core/time/zones.js';

const MINUTE = 60_000;

/** Zones with and without daylight saving, both hemispheres, a half-hour zone, Windows names and a customTimeZone. */
const ZONES: readonly WorkingHours['timeZone'][] = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific Standard Time',
  'America/Sao_Paulo',
  {
    '@odata.type': '#microsoft.graph.customTimeZone',
    bias: 480,
    name: 'Customized Time Zone',
    standardOffset: { time: '02:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11, year: 0 },
    daylightOffset: { daylightBias: -60, time: '02:00:00.0000000', dayOccurrence: 2, dayOfWeek: 'sunday', month: 3, year: 0 },
  },
];

/** Days on which clocks change somewhere above (US, UK, Sydney), plus two ordinary days. */
const DAYS = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04', '2026-06-17', '2026-12-07'].map((d) => Date.parse(`${d}T00:00:00Z`));

const STATUSES: readonly FreeBusyStatus[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const REASON_OF: Partial<Record<FreeBusyStatus, UnavailableReason>> = {
  tentative: 'tentative',
  busy: 'busy',
  oof: 'oof',
  workingElsewhere: 'workingElsewhere',
  unknown: 'unknown',
};

interface Case {
  readonly window: { readonly start: number; readonly end: number };
  readonly schedules: ScheduleInput[];
  readonly options: BuildOptions;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    day: fc.constantFrom(...DAYS),
    startShift: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    lengthMinutes: fc.integer({ min: 60, max: 40 * 60 }),
  })
  .chain(({ day, startShift, lengthMinutes }) => {
    const window = { start: day + startShift * MINUTE, end: day + (startShift + lengthMinutes) * MINUTE };
    const minute = fc.integer({ min: -120, max: lengthMinutes + 120 }).map((m) => window.start + m * MINUTE);
    const item = fc.record({ a: minute, b: minute, status: fc.constantFrom(...STATUSES) }).map(({ a, b, status }) => ({ start: Math.min(a, b), end: Math.max(a, b), status }));
    const workingHours: fc.Arbitrary<WorkingHours> = fc.record({
      daysOfWeek: fc.subarray([...WEEKDAYS] as Weekday[]),
      // Bias towards the hours in which clocks change, so that periods start and end inside gaps and overlaps.
      startMinute: fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 240 })),
      endMinute: fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 240 })),
      timeZone: fc.constantFrom(...ZONES),
    });
    const schedule = fc
      .record(
        {
          id: fc.string({ minLength: 1, maxLength: 4 }),
          items: fc.array(item, { maxLength: 12 }),
          workingHours,
          error: fc.constant({ code: 'ErrorMailboxNotFound', message: 'not found' }),
        },
        { requiredKeys: ['id', 'items'] },
      )
      .map((s) => {
        // Graph lists items chronologically; half the cases keep that order (the engine's fast path), half shuffle.
        const items = s.id.length % 2 === 0 ? [...s.items].sort((a, b) => a.start - b.start) : s.items;
        return { ...s, items, error: s.error && s.items.length % 4 === 0 ? s.error : undefined } as ScheduleInput;
      });
    const options: fc.Arbitrary<BuildOptions> = fc.record(
      {
        tentative: fc.constantFrom('busy' as const, 'free' as const),
        blockingStatuses: fc.subarray(['busy', 'oof', 'workingElsewhere', 'tentative'] as BlockingStatus[]),
        ignoreWorkingHours: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    return fc.record({ window: fc.constant(window), schedules: fc.array(schedule, { minLength: 1, maxLength: 3 }), options });
  });

/**
 * Written independently of the engine: is the person inside working hours at minute `t`? Reads the wall
 * clock with luxon at that very minute, so nothing is precomputed per day.
 */
function insideWorkingHours(hours: WorkingHours, t: number): boolean {
  const local = DateTime.fromMillis(t, { zone: toLuxonZone(hours.timeZone) });
  const minuteOfDay = local.hour * 60 + local.minute;
  const today = WEEKDAYS[local.weekday % 7]!;
  const yesterday = WEEKDAYS[(local.weekday + 6) % 7]!;
  const works = (day: Weekday): boolean => hours.daysOfWeek.includes(day);
  if (hours.startMinute < hours.endMinute) return works(today) && minuteOfDay >= hours.startMinute && minuteOfDay < hours.endMinute;
  return (works(today) && minuteOfDay >= hours.startMinute) || (works(yesterday) && minuteOfDay < hours.endMinute);
}

/** Brute force: the strongest reason the person is unavailable during the minute starting at `t`. */
function oracle(schedule: ScheduleInput, t: number, options: BuildOptions): UnavailableReason | null {
  if (schedule.error) return 'unknown';
  const blocking = new Set<FreeBusyStatus>(options.blockingStatuses ?? ['busy', 'oof', 'workingElsewhere', 'tentative']);
  if (options.tentative === 'free') blocking.delete('tentative');
  if (options.tentative === 'busy') blocking.add('tentative');
  blocking.add('unknown');
  const reasons: UnavailableReason[] = [];
  for (const item of schedule.items) {
    const reason = REASON_OF[item.status];
    if (reason && blocking.has(item.status) && item.start < t + MINUTE && t < item.end) reasons.push(reason);
  }
  if (!options.ignoreWorkingHours && schedule.workingHours && !insideWorkingHours(schedule.workingHours, t)) reasons.push('outsideWorkingHours');
  reasons.sort((a, b) => reasonStrength(a) - reasonStrength(b));
  return reasons[0] ?? null;
}

function checkShape(person: PersonAvailability, window: Case['window']): void {
  // The packed arrays the engine answers from hold exactly the blocks others read.
  if (person.packed) expect(packedBlocks({ id: person.id, window: person.window, blocks: person.blocks })).toEqual(person.packed);
  person.blocks.forEach((block, i) => {
    expect(block.start).toBeLessThan(block.end);
    expect(block.start).toBeGreaterThanOrEqual(window.start);
    expect(block.end).toBeLessThanOrEqual(window.end);
    const previous = person.blocks[i - 1];
    if (previous) {
      expect(previous.end).toBeLessThanOrEqual(block.start);
      if (previous.end === block.start) expect(previous.reason).not.toBe(block.reason);
    }
  });
}

describe('buildAvailability against a minute-by-minute oracle', () => {
  it('agrees on every minute of random calendars in several zones, including days when clocks change', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ window, schedules, options }) => {
        const people = buildAvailability(schedules, window, options);
        expect(people.map((p) => p.id)).toEqual(schedules.map((s) => s.id));
        schedules.forEach((schedule, i) => {
          const person = people[i]!;
          checkShape(person, window);
          const wrong: string[] = [];
          for (let t = window.start; t < window.end; t += MINUTE) {
            const expected = oracle(schedule, t, options);
            const actual = whyUnavailable(person, { start: t, end: t + MINUTE });
            if (actual !== expected) wrong.push(`${new Date(t).toISOString()}: engine ${actual}, oracle ${expected}`);
          }
          expect(wrong.slice(0, 5)).toEqual([]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('agrees on longer slots: the strongest reason over all of their minutes', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 180 })), { minLength: 1, maxLength: 20 }), ({ window, schedules, options }, slots) => {
        const people = buildAvailability(schedules, window, options);
        const minutes = (window.end - window.start) / MINUTE;
        for (const [offset, length] of slots) {
          const start = window.start + (offset % minutes) * MINUTE;
          const end = Math.min(window.end, start + length * MINUTE);
          schedules.forEach((schedule, i) => {
            let expected: UnavailableReason | null = null;
            for (let t = start; t < end; t += MINUTE) {
              const reason = oracle(schedule, t, options);
              if (reason !== null && (expected === null || reasonStrength(reason) < reasonStrength(expected))) expected = reason;
            }
            expect(whyUnavailable(people[i]!, { start, end })).toBe(expected);
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
