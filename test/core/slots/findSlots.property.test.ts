import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { evaluateGroup, UNAVAILABLE_REASONS, type Block, type PersonAvailability } from '../../../src/core/availability/model.js';
import { checkSlot, type SlotConstraints } from '../../../src/core/slots/constraints.js';
import { findCommonSlots } from '../../../src/core/slots/findSlots.js';

/**
 * The sweep must agree with the obvious answer: every grid slot checked against every person with
 * evaluateGroup and against the constraints with checkSlot. Windows span days when clocks change.
 */
const MIN = 60_000;
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney'];
const DAYS = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-04', '2026-12-07'];

const blockArb = fc.record({
  from: fc.integer({ min: -120, max: 2 * 24 * 60 + 120 }),
  length: fc.integer({ min: 5, max: 600 }),
  reason: fc.constantFrom(...UNAVAILABLE_REASONS),
});

/** Random blocks made sorted and non-overlapping, as PersonAvailability promises. */
function toPerson(id: string, origin: number, raw: { from: number; length: number; reason: Block['reason'] }[]): PersonAvailability {
  const window = { start: origin, end: origin + 2 * 24 * 60 * MIN };
  const blocks: Block[] = [];
  for (const r of [...raw].sort((a, b) => a.from - b.from)) {
    const start = Math.max(origin + r.from * MIN, blocks.at(-1)?.end ?? -Infinity, window.start);
    const end = Math.min(origin + (r.from + r.length) * MIN, window.end);
    if (end > start) blocks.push({ start, end, reason: r.reason });
  }
  return { id, window, blocks };
}

const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  day: fc.constantFrom(...DAYS),
  people: fc.array(fc.array(blockArb, { maxLength: 8 }), { minLength: 1, maxLength: 5 }),
  duration: fc.constantFrom(15, 30, 45, 60, 90, 180),
  step: fc.constantFrom(15, 30, 60),
  minFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  requiredMask: fc.integer({ min: 0, max: 31 }),
  before: fc.constantFrom(0, 15, 30),
  after: fc.constantFrom(0, 15),
  offsetMinutes: fc.integer({ min: 0, max: 120 }),
  schoolDay: fc.boolean(),
});

describe('findCommonSlots against a brute-force check', () => {
  it('returns exactly the grid slots the brute force accepts, with the same attendance', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const origin = DateTime.fromISO(s.day, { zone: s.zone }).toMillis();
        const people = s.people.map((raw, i) => toPerson(`p${i}`, origin, raw));
        const n = people.length;
        const minAvailable = Math.max(1, Math.round(s.minFraction * n));
        const required = people.filter((_, i) => (s.requiredMask >> i) & 1).map((p) => p.id);
        const window = { start: origin + s.offsetMinutes * MIN, end: origin + 2 * 24 * 60 * MIN };
        const constraints: SlotConstraints | undefined = s.schoolDay
          ? { timeZone: s.zone, dailyWindow: { start: '01:30', end: '15:00' }, dailyExclusions: [{ start: '11:30', end: '12:15' }] }
          : undefined;
        const buffers = { beforeMinutes: s.before, afterMinutes: s.after };

        const result = findCommonSlots(people, {
          window,
          durationMinutes: s.duration,
          stepMinutes: s.step,
          minAvailable,
          required,
          buffers,
          constraints,
          sort: 'start',
          maxPartial: 1,
        });

        const expected = [];
        let bestPartial = { requiredMissing: Infinity, free: 0 };
        for (let start = window.start; start + s.duration * MIN <= window.end; start += s.step * MIN) {
          const end = start + s.duration * MIN;
          if (constraints && checkSlot({ start, end }, constraints) !== null) continue;
          const verdict = evaluateGroup(people, { start: start - s.before * MIN, end: end + s.after * MIN });
          const requiredMissing = required.filter((id) => !verdict.available.includes(id)).length;
          if (requiredMissing === 0 && verdict.available.length >= minAvailable) expected.push({ start, end, ...verdict });
          const free = verdict.available.length;
          if (free > 0 && (requiredMissing < bestPartial.requiredMissing || (requiredMissing === bestPartial.requiredMissing && free > bestPartial.free))) {
            bestPartial = { requiredMissing, free };
          }
        }
        expect(result.slots.map(({ start, end, available, unavailable }) => ({ start, end, available, unavailable }))).toEqual(expected);
        if (expected.length === 0 && bestPartial.free > 0) {
          expect(result.partial[0]!.available).toHaveLength(bestPartial.free);
        }
      }),
      { numRuns: 100 },
    );
  });
});
