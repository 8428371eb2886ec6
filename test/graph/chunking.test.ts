import { describe, expect, it } from '@jest/globals';
import { chunk, MAX_WINDOW_MS, splitWindow, uniqueAddresses } from '../../src/graph/chunking.js';
import { findSchedule, mergeSchedulePieces } from '../../src/graph/scheduleMerge.js';

const DAY = 86_400_000;
const START = Date.parse('2026-12-07T05:00:00Z');

describe('chunk', () => {
  it('returns pieces of at most the size, in order', () => {
    const people = Array.from({ length: 45 }, (_, i) => `p${i}@x.org`);
    const pieces = chunk(people, 20);
    expect(pieces.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pieces.flat()).toEqual(people);
  });
  it('returns no pieces for no items and rejects a size below 1', () => {
    expect(chunk([], 20)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(/size/);
  });
});

describe('splitWindow', () => {
  it('returns the window itself when it is shorter than 62 days', () => {
    expect(splitWindow({ start: START, end: START + 28 * DAY }, 30)).toEqual([{ start: START, end: START + 28 * DAY }]);
  });
  it('splits a window of exactly 62 days, since Graph needs shorter than 62 days', () => {
    const pieces = splitWindow({ start: START, end: START + 62 * DAY }, 30);
    expect(pieces).toHaveLength(2);
    expect(pieces.every((p) => p.end - p.start < MAX_WINDOW_MS)).toBe(true);
  });
  it('covers a long window exactly with pieces on the slot grid', () => {
    const window = { start: START, end: START + 200 * DAY + 17 * 60_000 };
    for (const interval of [5, 15, 30, 45, 60, 7, 1440]) {
      const pieces = splitWindow(window, interval);
      expect(pieces[0]!.start).toBe(window.start);
      expect(pieces.at(-1)!.end).toBe(window.end);
      pieces.forEach((p, i) => {
        expect(p.end - p.start).toBeLessThan(MAX_WINDOW_MS);
        if (i > 0) expect(p.start).toBe(pieces[i - 1]!.end);
        if (i < pieces.length - 1) expect((p.end - p.start) % (interval * 60_000)).toBe(0);
      });
    }
  });
  it('rejects an interval Graph does not accept and an empty window', () => {
    expect(() => splitWindow({ start: START, end: START + DAY }, 4)).toThrow(/intervalMinutes/);
    expect(() => splitWindow({ start: START, end: START + DAY }, 30.5)).toThrow(/intervalMinutes/);
    expect(() => splitWindow({ start: START, end: START }, 30)).toThrow(/window/);
  });
});

describe('uniqueAddresses', () => {
  it('keeps each address once without letter case and maps every input to it', () => {
    expect(uniqueAddresses(['a@x', 'B@x', 'A@X', ' b@x '])).toEqual({ unique: ['a@x', 'B@x'], indexOf: [0, 1, 0, 1] });
  });
});

describe('mergeSchedulePieces', () => {
  const item = (start: string, end: string) => ({ status: 'busy' as const, start: { dateTime: start, timeZone: 'UTC' }, end: { dateTime: end, timeZone: 'UTC' } });
  it('joins the views in window order and lists an item that crosses pieces once', () => {
    const crossing = item('2026-12-10T23:00:00', '2026-12-11T01:00:00');
    const merged = mergeSchedulePieces('ana@x', [
      { scheduleId: 'ana@x', availabilityView: '0022', scheduleItems: [item('2026-12-10T01:00:00', '2026-12-10T02:00:00'), crossing], workingHours: { startTime: '08:00:00' } },
      { scheduleId: 'ana@x', availabilityView: '2000', scheduleItems: [crossing] },
    ]);
    expect(merged.availabilityView).toBe('00222000');
    expect(merged.scheduleItems).toHaveLength(2);
    expect(merged.workingHours).toEqual({ startTime: '08:00:00' });
  });
  it('keeps two meetings at the same time as two (free/busy gives them no subject to tell them apart), also across pieces', () => {
    const twice = item('2026-12-10T23:00:00', '2026-12-11T01:00:00');
    const one = mergeSchedulePieces('ana@x', [{ scheduleId: 'ana@x', availabilityView: '02', scheduleItems: [twice, twice] }]);
    expect(one.scheduleItems).toHaveLength(2);
    const crossing = mergeSchedulePieces('ana@x', [
      { scheduleId: 'ana@x', availabilityView: '02', scheduleItems: [twice, twice] },
      { scheduleId: 'ana@x', availabilityView: '20', scheduleItems: [twice, twice] },
    ]);
    expect(crossing.scheduleItems).toHaveLength(2);
  });
  it('reports a person with an error in any piece as an error, never as free', () => {
    const merged = mergeSchedulePieces('ghost@x', [
      { scheduleId: 'ghost@x', availabilityView: '0000' },
      { scheduleId: 'ghost@x', error: { responseCode: 'ErrorMailboxNotFound', message: 'not found' } },
    ]);
    expect(merged.error?.responseCode).toBe('ErrorMailboxNotFound');
    expect(merged.availabilityView).toBe('');
  });
  it('reports a missing answer as an error', () => {
    expect(mergeSchedulePieces('a@x', [undefined]).error?.responseCode).toBe('missingSchedule');
  });
});

describe('findSchedule', () => {
  it('matches scheduleId without letter case before position', () => {
    const value = [{ scheduleId: 'b@x' }, { scheduleId: 'A@X' }];
    expect(findSchedule(value, 'a@x', 0)).toBe(value[1]);
    expect(findSchedule(value, 'c@x', 0)).toBeUndefined();
    expect(findSchedule([{ availabilityView: '0' }], 'c@x', 0)).toEqual({ availabilityView: '0' });
  });
});
