/** The last day a booked series meets, as the pairs screen shows it ("Series until ...") and pair history keeps it running. */
import { describe, expect, it } from '@jest/globals';
import { seriesLastMs } from '../../src/graph/relationsCalendar.js';

const day = (iso: string) => Date.parse(`${iso}T23:59:59.999Z`);
const weekly = (days: string[], count: number, interval = 2) => ({
  recurrence: {
    pattern: { type: 'weekly' as const, interval, daysOfWeek: days as never },
    range: { type: 'numbered' as const, startDate: '2026-11-09', numberOfOccurrences: count },
  },
  end: { dateTime: '2026-11-09T14:45:00', timeZone: 'UTC' },
});

describe('seriesLastMs', () => {
  it('six fortnightly Mondays from Nov 9 meet last on Jan 18, not a fortnight later', () => {
    expect(seriesLastMs(weekly(['monday'], 6))).toBe(day('2027-01-18'));
  });
  it('several days a week: the upper bound of count periods', () => {
    expect(seriesLastMs(weekly(['monday', 'thursday'], 4, 1))).toBe(day('2026-12-07'));
  });
  it('an end date and no end are read as they are; a single meeting ends when it ends', () => {
    expect(
      seriesLastMs({ ...weekly(['monday'], 1), recurrence: { ...weekly(['monday'], 1).recurrence, range: { type: 'endDate', startDate: '2026-11-09', endDate: '2026-12-21' } } }),
    ).toBe(day('2026-12-21'));
    expect(seriesLastMs({ ...weekly(['monday'], 1), recurrence: { ...weekly(['monday'], 1).recurrence, range: { type: 'noEnd', startDate: '2026-11-09' } } })).toBeNull();
    expect(seriesLastMs({ end: { dateTime: '2026-11-09T14:45:00', timeZone: 'UTC' } })).toBe(Date.parse('2026-11-09T14:45:00Z'));
  });
});
