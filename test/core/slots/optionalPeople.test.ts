import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Block, PersonAvailability } from '../../../src/core/availability/model.js';
import { describeOptional, describeWithOptional } from '../../../src/core/ranking/wording.js';
import { findCommonSlots } from '../../../src/core/slots/findSlots.js';
import { withOptionalPeople } from '../../../src/core/slots/optionalPeople.js';

const NY = 'America/New_York';
const at = (hhmm: string): number => DateTime.fromISO(`2026-12-07T${hhmm}`, { zone: NY }).toMillis();
const hhmm = (ms: number): string => DateTime.fromMillis(ms, { zone: NY }).toFormat('HH:mm');
const day = { start: at('08:00'), end: at('12:00') };
const busy = (from: string, to: string, reason: Block['reason'] = 'busy'): Block => ({ start: at(from), end: at(to), reason });
const person = (id: string, ...blocks: Block[]): PersonAvailability => ({ id, window: day, blocks });

describe('the words for optional people', () => {
  it('says how the optional people stand, one reason or several', () => {
    expect(describeOptional(1, [])).toBe('the optional person is free');
    expect(describeOptional(2, [])).toBe('both optional free');
    expect(describeOptional(3, [])).toBe('all 3 optional free');
    expect(describeOptional(0, [{ id: 'Dee Lee', reason: 'busy' }])).toBe('the optional person is busy (Dee Lee)');
    expect(describeOptional(1, [{ id: 'Dee Lee', reason: 'busy' }])).toBe('1 of 2 optional busy (Dee Lee)');
    expect(
      describeOptional(1, [
        { id: 'Ann Ho', reason: 'busy' },
        { id: 'Dee Lee', reason: 'oof' },
      ]),
    ).toBe('2 of 3 optional not free: one is out of office (Dee Lee), one is busy (Ann Ho)');
    expect(describeOptional(0, [])).toBeNull();
  });

  it('puts the required people first: "all 8 required free; 1 of 2 optional busy"', () => {
    expect(describeWithOptional({ availableCount: 8, unavailable: [] }, { availableCount: 1, unavailable: [{ id: 'Dee Lee', reason: 'busy' }] })).toBe(
      'all 8 required free; 1 of 2 optional busy (Dee Lee)',
    );
    expect(describeWithOptional({ availableCount: 2, unavailable: [{ id: 'Ben', reason: 'oof' }] }, { availableCount: 1, unavailable: [] })).toBe(
      '2 of 3 required free: one is out of office (Ben); the optional person is free',
    );
    expect(describeWithOptional({ availableCount: 1, unavailable: [] }, { availableCount: 0, unavailable: [] })).toBe('the one required person is free');
  });
});

describe('withOptionalPeople', () => {
  const required = [person('Ana'), person('Ben', busy('08:00', '09:00'))];
  const optional = [person('Dee Lee', busy('09:00', '10:00')), person('Eli', busy('11:00', '12:00', 'oof'))];

  it('never lets an optional person block: the times come from the required people alone, and say how the optional stand', () => {
    const { slots } = findCommonSlots(required, { window: day, durationMinutes: 60, timeZone: NY, sort: 'start' });
    const found = withOptionalPeople(slots, optional);
    // 09:00 is suggested although Dee Lee is busy then; 11:00 although Eli is away.
    expect(found.map((s) => hhmm(s.start)).sort()).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    const nine = found.find((s) => hhmm(s.start) === '09:00')!;
    expect(nine.reasons[0]).toBe('all 2 required free; 1 of 2 optional busy (Dee Lee)');
    expect(nine.optional).toEqual({ available: ['Eli'], unavailable: [{ id: 'Dee Lee', reason: 'busy' }] });
    const eleven = found.find((s) => hhmm(s.start) === '11:00')!;
    expect(eleven.reasons[0]).toBe('all 2 required free; 1 of 2 optional out of office (Eli)');
  });

  it('among times that score the same, puts first those more optional people can make, and never above a better score', () => {
    const { slots } = findCommonSlots(required, { window: day, durationMinutes: 60, timeZone: NY });
    const found = withOptionalPeople(slots, optional);
    // All five score the same (two free, none early or late): 10:00 is the first time both optional people can make.
    expect(hhmm(found[0]!.start)).toBe('10:00');
    expect(found.map((s) => s.optional.available.length)).toEqual([2, 1, 1, 1, 1]);
    const scores = found.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('leaves the slots as they are without optional people', () => {
    const { slots } = findCommonSlots(required, { window: day, durationMinutes: 60, timeZone: NY });
    const found = withOptionalPeople(slots, []);
    expect(found.map((s) => s.reasons)).toEqual(slots.map((s) => s.reasons));
    expect(found.map((s) => s.start)).toEqual(slots.map((s) => s.start));
  });
});
