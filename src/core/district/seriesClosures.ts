/**
 * A standing series against the district calendar: which of its dates fall on a closure, and for each the
 * two ways forward a coach expects: skip that date, or move it to the nearest school day (same local time).
 */
import { DateTime } from 'luxon';
import type { Interval } from '../time/interval.js';
import { formatDay, SENTENCE_LOCALE } from '../time/readableTime.js';
import { resolveZone } from '../time/zones.js';
import { listWords } from '../planning/words.js';
import { closuresOn, isSchoolDay, type DistrictCalendar, type DistrictClosure } from './districtCalendar.js';

export interface ClosureClash {
  /** Index of the meeting in the series. */
  readonly index: number;
  readonly occurrence: Interval;
  /** Local date of the meeting. */
  readonly date: string;
  readonly closure: DistrictClosure;
  /** The same local time on the nearest school day of that week not already in the series, if any. */
  readonly moveTo?: Interval;
}

const overlapsPart = (c: DistrictClosure, o: Interval, zone: string): boolean => {
  if (c.from === undefined && c.to === undefined) return true;
  const day = DateTime.fromMillis(o.start, { zone }).startOf('day');
  const at = (hhmm: string | undefined, fallback: number) => (hhmm ? day.set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) }).toMillis() : fallback);
  return o.start < at(c.to, day.plus({ days: 1 }).toMillis()) && at(c.from, day.toMillis()) < o.end;
};

/** Each meeting that touches a closure, with a school day to move it to (Monday to Friday of its week). */
export function seriesOnClosures(occurrences: readonly Interval[], timeZone: string, calendar: DistrictCalendar | undefined): ClosureClash[] {
  if (!calendar) return [];
  const zone = resolveZone(timeZone);
  const dates = new Set(occurrences.map((o) => DateTime.fromMillis(o.start, { zone }).toISODate()!));
  const clashes: ClosureClash[] = [];
  occurrences.forEach((occurrence, index) => {
    const start = DateTime.fromMillis(occurrence.start, { zone });
    const date = start.toISODate()!;
    const closure = closuresOn(calendar, date).find((c) => overlapsPart(c, occurrence, zone));
    if (!closure) return;
    // Later in the week first (the agenda is rarely ready earlier), then earlier; never onto another meeting's date.
    const offsets = [1, 2, 3, 4, -1, -2, -3, -4];
    const target = offsets
      .map((d) => start.plus({ days: d }))
      .find((d) => d.hasSame(start, 'week') && !dates.has(d.toISODate()!) && isSchoolDay(calendar, d.toISODate()!) && closuresOn(calendar, d.toISODate()!).length === 0);
    const moveTo = target ? { start: target.toMillis(), end: target.toMillis() + (occurrence.end - occurrence.start) } : undefined;
    clashes.push({ index, occurrence, date, closure, ...(moveTo ? { moveTo } : {}) });
  });
  return clashes;
}

/** "2 of the 12 dates fall on district closures: Tuesday, December 22 (Winter break) and …". */
export function closureClashWords(clashes: readonly ClosureClash[], total: number, timeZone: string): string {
  if (clashes.length === 0) return '';
  const items = clashes.map((c) => `${formatDay(c.occurrence.start, { locale: SENTENCE_LOCALE, timeZone })} (${c.closure.name})`);
  const head = clashes.length === 1 ? `1 of the ${total} dates falls on a district closure` : `${clashes.length} of the ${total} dates fall on district closures`;
  const movable = clashes.filter((c) => c.moveTo).length;
  const offer =
    movable === clashes.length
      ? 'Skip or move each to another school day that week.'
      : movable === 0
        ? 'Skip them, or choose another standing time.'
        : 'Skip them, or move those that can go to another school day that week.';
  return `${head}: ${listWords(items)}. ${offer}`;
}

/** The series' meetings with the coach's choice applied: 'skip' drops clashing dates, 'move' moves them where possible. */
export function resolveClashes(occurrences: readonly Interval[], clashes: readonly ClosureClash[], choice: 'skip' | 'move'): Interval[] {
  const byIndex = new Map(clashes.map((c) => [c.index, c]));
  return occurrences.flatMap((o, i) => {
    const clash = byIndex.get(i);
    if (!clash) return [o];
    return choice === 'move' && clash.moveTo ? [clash.moveTo] : [];
  });
}
