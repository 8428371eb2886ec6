/**
 * A planned series (the core's RecurrenceSpec) in Graph's terms: the first meeting's start and end as
 * `dateTimeTimeZone` and a `patternedRecurrence`, as in Microsoft's createEvent example
 * (examples/createEvent-3-recurring) and assignable to `PatternedRecurrence` (a test holds us to that).
 */
import type { Weekday } from '../core/planning/input.js';
import { checkRecurrence, recurrenceOccurrences, type RecurrenceSpec, type WeekIndex } from '../core/planning/recurrence.js';
import { wallClockDateTime } from './eventTimes.js';

export interface GraphPatternedRecurrence {
  readonly pattern: {
    readonly type: 'weekly' | 'absoluteMonthly' | 'relativeMonthly';
    readonly interval: number;
    readonly daysOfWeek?: Weekday[];
    readonly dayOfMonth?: number;
    readonly index?: WeekIndex;
    readonly firstDayOfWeek?: Weekday;
  };
  readonly range: {
    readonly type: 'endDate' | 'numbered';
    readonly startDate: string;
    readonly endDate?: string;
    readonly numberOfOccurrences?: number;
    readonly recurrenceTimeZone: string;
  };
}

/** Graph's `dateTimeTimeZone`: a wall-clock time without offset, and the zone it is read in. */
export interface GraphDateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** What an event POST needs to create the series: the first meeting's start and end, and the recurrence. */
export interface GraphSeriesTiming {
  readonly start: GraphDateTimeTimeZone;
  readonly end: GraphDateTimeTimeZone;
  readonly recurrence: GraphPatternedRecurrence;
}

/**
 * The series in Graph's shape. Graph wants `range.startDate` to equal the event's start date, so it is the
 * first actual meeting's date (which may be later than `firstDate` when that day is not on the pattern);
 * starting the pattern there yields the same meetings. `graphTimeZone` names the zone for Graph (for example
 * the Windows name of the same zone); by default the spec's IANA name, which Graph also accepts.
 */
export function toGraphSeries(input: RecurrenceSpec, graphTimeZone?: string): GraphSeriesTiming {
  const spec = checkRecurrence(input);
  const first = recurrenceOccurrences(spec)[0]!;
  const timeZone = graphTimeZone ?? spec.timeZone;
  const { pattern } = spec;
  const graphPattern: GraphPatternedRecurrence['pattern'] =
    pattern.type === 'weekly'
      ? { type: 'weekly', interval: pattern.interval, daysOfWeek: [...pattern.daysOfWeek], firstDayOfWeek: pattern.firstDayOfWeek ?? 'sunday' }
      : pattern.type === 'absoluteMonthly'
        ? { type: 'absoluteMonthly', interval: pattern.interval, dayOfMonth: pattern.dayOfMonth }
        : { type: 'relativeMonthly', interval: pattern.interval, daysOfWeek: [pattern.dayOfWeek], index: pattern.index };
  const range: GraphPatternedRecurrence['range'] =
    spec.count === undefined
      ? { type: 'endDate', startDate: first.date, endDate: spec.endDate!, recurrenceTimeZone: timeZone }
      : { type: 'numbered', startDate: first.date, numberOfOccurrences: spec.count, recurrenceTimeZone: timeZone };
  return {
    start: { dateTime: wallClockDateTime(first.start, spec.timeZone), timeZone },
    end: { dateTime: wallClockDateTime(first.end, spec.timeZone), timeZone },
    recurrence: { pattern: graphPattern, range },
  };
}
