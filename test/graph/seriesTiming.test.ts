import { describe, expect, it } from '@jest/globals';
import type { PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import { recurrenceOccurrences } from '../../src/core/planning/index.js';
import { toGraphSeries } from '../../src/graph/seriesTiming.js';
import { recurrenceSpec } from '../support/recurrenceSpec.js';

const NY = 'America/New_York';

const spec = recurrenceSpec;

describe('toGraphSeries', () => {
  it("gives the first meeting and a weekly patternedRecurrence in the shape of Microsoft's example", () => {
    const series = toGraphSeries(
      spec({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday'] }, firstDate: '2026-03-06', count: undefined, endDate: '2026-05-31' }),
      'Eastern Standard Time',
    );
    expect(series).toEqual({
      start: { dateTime: '2026-03-16T15:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-03-16T16:00:00', timeZone: 'Eastern Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday' },
        range: { type: 'endDate', startDate: '2026-03-16', endDate: '2026-05-31', recurrenceTimeZone: 'Eastern Standard Time' },
      },
    });
    const typed: PatternedRecurrence = series.recurrence;
    expect(typed.range?.startDate).toBe(series.start.dateTime.slice(0, 10));
  });

  it('gives a numbered relativeMonthly series with the IANA zone by default', () => {
    const series = toGraphSeries(spec({ pattern: { type: 'relativeMonthly', interval: 1, dayOfWeek: 'thursday', index: 'last' }, firstDate: '2026-01-01', count: 10 }));
    expect(series.recurrence).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'last' },
      range: { type: 'numbered', startDate: '2026-01-29', numberOfOccurrences: 10, recurrenceTimeZone: NY },
    });
  });

  it('describes the same meetings when the series is restarted from its Graph start date', () => {
    const original = spec({ pattern: { type: 'weekly', interval: 3, daysOfWeek: ['wednesday', 'friday'] }, firstDate: '2026-03-07', count: 7 });
    const series = toGraphSeries(original);
    const restarted = recurrenceOccurrences({ ...original, firstDate: series.recurrence.range.startDate });
    expect(restarted.map((o) => o.start)).toEqual(recurrenceOccurrences(original).map((o) => o.start));
  });
});
