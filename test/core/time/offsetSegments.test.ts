import { describe, it, expect } from '@jest/globals';
import { IANAZone } from 'luxon';
import { offsetSegments } from '../../../src/core/time/offsetSegments.js';

const utc = (iso: string): number => Date.parse(iso);

describe('offsetSegments', () => {
  it('returns one segment for a window without a change', () => {
    const window = { start: utc('2026-12-01T00:00:00Z'), end: utc('2026-12-31T00:00:00Z') };
    expect(offsetSegments(IANAZone.create('America/New_York'), window)).toEqual([{ ...window, offset: -300 }]);
  });

  it('splits at the exact millisecond of each change, across a whole year', () => {
    const window = { start: utc('2026-01-01T00:00:00Z'), end: utc('2027-01-01T00:00:00Z') };
    expect(offsetSegments(IANAZone.create('America/New_York'), window)).toEqual([
      { start: window.start, end: utc('2026-03-08T07:00:00Z'), offset: -300 },
      { start: utc('2026-03-08T07:00:00Z'), end: utc('2026-11-01T06:00:00Z'), offset: -240 },
      { start: utc('2026-11-01T06:00:00Z'), end: window.end, offset: -300 },
    ]);
    expect(offsetSegments(IANAZone.create('Australia/Sydney'), window).map((s) => [new Date(s.start).toISOString(), s.offset])).toEqual([
      ['2026-01-01T00:00:00.000Z', 660],
      ['2026-04-04T16:00:00.000Z', 600],
      ['2026-10-03T16:00:00.000Z', 660],
    ]);
  });

  it('returns nothing for an empty window', () => {
    expect(offsetSegments(IANAZone.create('UTC'), { start: 5, end: 5 })).toEqual([]);
  });
});
