import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Block, PersonAvailability, UnavailableReason } from '../../../src/core/availability/model.js';
import { findCommonSlots } from '../../../src/core/slots/findSlots.js';

const NY = 'America/New_York';
const at = (hhmm: string, date = '2026-12-07'): number => DateTime.fromISO(`${date}T${hhmm}`, { zone: NY }).toMillis();
const hhmm = (ms: number): string => DateTime.fromMillis(ms, { zone: NY }).toFormat('HH:mm');
const day = { start: at('00:00'), end: at('00:00', '2026-12-08') };
const block = (from: string, to: string, reason: UnavailableReason = 'busy'): Block => ({ start: at(from), end: at(to), reason });

/** Working 08:00–16:00 on Monday 2026-12-07, plus the given blocks, as build.ts would produce. */
function person(id: string, ...blocks: Block[]): PersonAvailability {
  const all = [block('00:00', '08:00', 'outsideWorkingHours'), ...blocks, { start: at('16:00'), end: day.end, reason: 'outsideWorkingHours' as const }];
  return { id, window: day, blocks: all.sort((a, b) => a.start - b.start) };
}

describe('findCommonSlots', () => {
  describe('when everyone has a free hour', () => {
    const people = [person('ana', block('08:00', '10:00')), person('ben', block('11:00', '16:00'))];

    it('returns every grid start where all are free, with half-open boundaries', () => {
      const { slots } = findCommonSlots(people, { window: day, durationMinutes: 60, sort: 'start', timeZone: NY });
      // ana busy until 10:00 and ben busy from 11:00: exactly one 60-minute slot, touching both blocks.
      expect(slots.map((s) => `${hhmm(s.start)}-${hhmm(s.end)}`)).toEqual(['10:00-11:00']);
      expect(slots[0]).toMatchObject({ available: ['ana', 'ben'], unavailable: [] });
      expect(slots[0]!.reasons[0]).toBe('all 2 free');
    });

    it('follows the step grid from the window start', () => {
      const { slots } = findCommonSlots(people, { window: { start: at('09:45'), end: day.end }, durationMinutes: 60, sort: 'start' });
      expect(slots).toEqual([]);
      const fine = findCommonSlots(people, { window: { start: at('09:45'), end: day.end }, durationMinutes: 45, stepMinutes: 15, sort: 'start' });
      expect(fine.slots.map((s) => hhmm(s.start))).toEqual(['10:00', '10:15']);
    });

    it('lists no slot whose end would pass the window end', () => {
      const { slots } = findCommonSlots([person('ana')], { window: { start: at('08:00'), end: at('09:30') }, durationMinutes: 60, sort: 'start' });
      expect(slots.map((s) => hhmm(s.start))).toEqual(['08:00', '08:30']);
    });
  });

  describe('with required people and a minimum', () => {
    const people = [person('ana', block('09:00', '10:00')), person('ben', block('10:00', '11:00', 'oof')), person('cy', block('08:00', '16:00', 'oof'))];

    it('returns slots where the minimum is met, naming who is missing and why', () => {
      const { slots } = findCommonSlots(people, { window: day, durationMinutes: 60, minAvailable: 2, sort: 'start', timeZone: NY });
      expect(slots.map((s) => hhmm(s.start))).toEqual(['08:00', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00']);
      expect(slots[0]!.unavailable).toEqual([{ id: 'cy', reason: 'oof' }]);
      expect(slots[0]!.reasons[0]).toBe('2 of 3 free: one is out of office (cy)');
    });

    it('drops slots a required person cannot make', () => {
      const { slots } = findCommonSlots(people, { window: day, durationMinutes: 60, minAvailable: 1, required: ['ben'], sort: 'start', timeZone: NY });
      expect(slots.map((s) => hhmm(s.start))).not.toContain('10:00');
      expect(slots.every((s) => s.available.includes('ben'))).toBe(true);
      expect(slots[0]!.reasons).toContain('the required person is free');
    });

    it('reads minShare as a share rounded up', () => {
      const { slots } = findCommonSlots(people, { window: day, durationMinutes: 60, minShare: 0.5, sort: 'start' });
      expect(slots.every((s) => s.available.length >= 2)).toBe(true);
      expect(slots).toHaveLength(10);
    });
  });

  describe('with buffers', () => {
    it('returns only slots with travel time free on both sides', () => {
      const people = [person('ana', block('09:00', '10:00'), block('12:00', '13:00'))];
      const plain = findCommonSlots(people, { window: day, durationMinutes: 60, sort: 'start' });
      const buffered = findCommonSlots(people, { window: day, durationMinutes: 60, sort: 'start', buffers: { beforeMinutes: 30, afterMinutes: 30 } });
      expect(plain.slots.map((s) => hhmm(s.start))).toContain('10:00');
      expect(buffered.slots.map((s) => hhmm(s.start))).toEqual(['10:30', '13:30', '14:00', '14:30']);
    });
  });

  describe('when no slot suits everyone', () => {
    const people = [person('ana', block('08:00', '12:00')), person('ben', block('12:00', '16:00', 'oof')), person('cy')];

    it('returns no slots and the best partial slots, ranked by how many are free', () => {
      const result = findCommonSlots(people, { window: day, durationMinutes: 60, maxPartial: 3, timeZone: NY });
      expect(result.slots).toEqual([]);
      expect(result.partial).toHaveLength(3);
      for (const slot of result.partial) expect(slot.available).toHaveLength(2);
      // 09:00 ties with later mornings on attendance; 08:00 loses points for being early in the day.
      expect(result.partial.map((s) => hhmm(s.start))).toEqual(['09:00', '09:30', '10:00']);
      expect(result.partial[0]!.reasons[0]).toBe('2 of 3 free: one is busy (ana)');
    });

    it('puts partial slots without a missing required person first', () => {
      const result = findCommonSlots(people, { window: day, durationMinutes: 60, required: ['ana'], maxPartial: 2, timeZone: NY });
      expect(result.partial.map((s) => hhmm(s.start))).toEqual(['12:00', '12:30']);
      expect(result.partial[0]!.unavailable).toEqual([{ id: 'ben', reason: 'oof' }]);
    });

    it('reports someone with an unreadable calendar as unknown, never free', () => {
      const unknown: PersonAvailability = { id: 'dee', window: day, blocks: [{ ...day, reason: 'unknown' }], error: { code: 'ErrorMailboxNotFound', message: 'not found' } };
      const result = findCommonSlots([person('cy'), unknown], { window: day, durationMinutes: 60, maxPartial: 1, timeZone: NY });
      expect(result.slots).toEqual([]);
      expect(result.partial[0]!.unavailable).toEqual([{ id: 'dee', reason: 'unknown' }]);
      expect(result.partial[0]!.reasons[0]).toBe('1 of 2 free: one has a calendar we could not read (dee)');
    });
  });

  describe('with constraints', () => {
    it('returns only starts the school day and bell schedule allow', () => {
      const { slots } = findCommonSlots([person('ana')], {
        window: day,
        durationMinutes: 60,
        sort: 'start',
        constraints: { timeZone: NY, dailyWindow: { start: '08:30', end: '15:00' }, dailyExclusions: [{ start: '11:30', end: '12:15', label: 'lunch' }] },
      });
      expect(slots.map((s) => hhmm(s.start))).toEqual(['08:30', '09:00', '09:30', '10:00', '10:30', '12:30', '13:00', '13:30', '14:00']);
    });
  });

  describe('ordering and limits', () => {
    const people = [person('ana', block('13:00', '14:00')), person('ben')];

    it('returns the same order every time, best first, ties by start', () => {
      const a = findCommonSlots(people, { window: day, durationMinutes: 60, timeZone: NY });
      const b = findCommonSlots([...people], { window: day, durationMinutes: 60, timeZone: NY });
      expect(a).toEqual(b);
      const scores = a.slots.map((s) => s.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      expect(hhmm(a.slots[0]!.start)).toBe('09:00');
    });

    it('keeps the best maxResults', () => {
      const all = findCommonSlots(people, { window: day, durationMinutes: 60, timeZone: NY });
      const top = findCommonSlots(people, { window: day, durationMinutes: 60, timeZone: NY, maxResults: 3 });
      expect(top.slots).toEqual(all.slots.slice(0, 3));
      expect(top.qualifying).toBe(all.slots.length);
    });
  });

  describe('bad options', () => {
    const people = [person('ana')];
    const fieldOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        return (error as { field: string }).field;
      }
      throw new Error('expected an error');
    };

    it.each([
      [{ window: { start: day.end, end: day.start }, durationMinutes: 60 }, 'window'],
      [{ window: day, durationMinutes: 0 }, 'durationMinutes'],
      [{ window: day, durationMinutes: 24 * 60 + 1 }, 'durationMinutes'],
      [{ window: day, durationMinutes: 60, stepMinutes: -30 }, 'stepMinutes'],
      [{ window: day, durationMinutes: 60, required: ['zed'] }, 'required'],
      [{ window: day, durationMinutes: 60, minAvailable: 2 }, 'minAvailable'],
      [{ window: day, durationMinutes: 60, minShare: 1.5 }, 'minShare'],
      [{ window: day, durationMinutes: 60, buffers: { afterMinutes: 2.5 } }, 'buffers.afterMinutes'],
      [{ window: day, durationMinutes: 60, constraints: { timeZone: 'Nowhere/Else' } }, 'constraints.timeZone'],
    ])('names the field for %j', (options, field) => {
      expect(fieldOf(() => findCommonSlots(people, options))).toBe(field);
    });

    it('names a duplicated person', () => {
      expect(fieldOf(() => findCommonSlots([person('ana'), person('ana')], { window: day, durationMinutes: 60 }))).toBe('people[1].id');
    });
  });
});
