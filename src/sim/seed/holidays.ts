/**
 * US public-school closures a demo calendar should respect: Labor Day, Thanksgiving (Wednesday to
 * Friday), winter break, Martin Luther King Jr. Day, Presidents' Day, spring break (the week before
 * Easter is too variable; the second full week of March stands in), Memorial Day and Independence Day,
 * when the district is closed; and the summer break, when students are away but principals and the
 * district office still work. Rule-based, so any year works. Dates are local calendar dates (yyyy-MM-dd).
 */
import { DateTime } from 'luxon';

export interface Closure {
  name: string;
  first: string;
  last: string;
  /** 'closed': nobody works; 'noStudents': no classes, duties or visits, but staff work (summer). */
  kind: 'closed' | 'noStudents';
}

/** The nth (1-based) weekday (1 = Monday … 7 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  if (n > 0) {
    const first = DateTime.utc(year, month, 1);
    return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
  }
  const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

function closuresOfYear(year: number): Closure[] {
  const d = (x: DateTime): string => x.toISODate()!;
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  const springMonday = nthWeekday(year, 3, 1, 2);
  const closed = (name: string, first: string, last = first): Closure => ({ name, first, last, kind: 'closed' });
  // Classes end on the second Friday of June and start again on the second Monday of August (as in
  // the southern districts the demo's schools stand for).
  const lastClassDay = nthWeekday(year, 6, 5, 2);
  const firstClassDay = nthWeekday(year, 8, 1, 2);
  return [
    closed('Labor Day', d(nthWeekday(year, 9, 1, 1))),
    closed('Thanksgiving break', d(thanksgiving.minus({ days: 1 })), d(thanksgiving.plus({ days: 1 }))),
    closed('Winter break', `${year}-12-22`, `${year + 1}-01-02`),
    closed('Martin Luther King Jr. Day', d(nthWeekday(year, 1, 1, 3))),
    closed("Presidents' Day", d(nthWeekday(year, 2, 1, 3))),
    closed('Spring break', d(springMonday), d(springMonday.plus({ days: 4 }))),
    closed('Memorial Day', d(nthWeekday(year, 5, 1, -1))),
    { name: 'Summer break', first: d(lastClassDay.plus({ days: 1 })), last: d(firstClassDay.minus({ days: 1 })), kind: 'noStudents' },
    closed('Independence Day', d(observed(DateTime.utc(year, 7, 4)))),
  ];
}

/** A fixed-date holiday on a weekend is observed on the Friday before or the Monday after. */
function observed(day: DateTime): DateTime {
  return day.weekday === 6 ? day.minus({ days: 1 }) : day.weekday === 7 ? day.plus({ days: 1 }) : day;
}

/** Closures that touch [from, to] (inclusive dates). */
export function schoolClosures(from: string, to: string): Closure[] {
  const y0 = Number(from.slice(0, 4)) - 1;
  const y1 = Number(to.slice(0, 4));
  const all: Closure[] = [];
  for (let y = y0; y <= y1; y++) all.push(...closuresOfYear(y));
  return all.filter((c) => c.last >= from && c.first <= to).sort((a, b) => a.first.localeCompare(b.first));
}

/** The district is closed: nobody works that day. */
export function isClosed(closures: readonly Closure[], date: string): boolean {
  return closures.some((c) => c.kind === 'closed' && c.first <= date && date <= c.last);
}

/** A weekday with classes: open, and not in the summer break. */
export function isSchoolDay(closures: readonly Closure[], date: string): boolean {
  const weekday = DateTime.fromISO(date).weekday;
  return weekday <= 5 && !closures.some((c) => c.first <= date && date <= c.last);
}
