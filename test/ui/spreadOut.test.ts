/** The times a stage booking offers: no two overlapping, at most two a day, in date order. */
import { describe, expect, it } from '@jest/globals';
import { spreadOut } from '../../src/ui/partnerships/StageBooking/useStageBooking.js';

const NY = 'America/New_York';
const at = (iso: string, minutes = 60) => ({ start: Date.parse(iso), end: Date.parse(iso) + minutes * 60_000 });

describe('spreadOut', () => {
  it('returns at most two times a day, none overlapping, best first chosen and shown by date', () => {
    const ranked = [
      at('2026-10-14T16:00:00Z'),
      at('2026-10-14T16:30:00Z'), // overlaps the first
      at('2026-10-14T18:00:00Z'),
      at('2026-10-14T19:00:00Z'), // a third that day
      at('2026-10-13T19:00:00Z'),
    ];
    expect(spreadOut(ranked, NY)).toEqual([at('2026-10-13T19:00:00Z'), at('2026-10-14T16:00:00Z'), at('2026-10-14T18:00:00Z')]);
  });

  it('returns at most six times', () => {
    const ranked = Array.from({ length: 10 }, (_, i) => at(`2026-10-${String(12 + i).padStart(2, '0')}T15:00:00Z`));
    expect(spreadOut(ranked, NY)).toHaveLength(6);
  });

  it('counts days in the given zone: 7, 10 and 11 PM Eastern are one day there and two in UTC', () => {
    const ranked = [at('2026-10-14T02:00:00Z', 30), at('2026-10-14T03:00:00Z', 30), at('2026-10-13T23:00:00Z', 30)];
    expect(spreadOut(ranked, NY)).toHaveLength(2);
    expect(spreadOut(ranked, 'UTC')).toHaveLength(3);
  });
});
