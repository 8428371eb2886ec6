/**
 * The demo district's closures, by rule (so any year works), as US public schools keep them: Labor Day, Thanksgiving (Wednesday to
 * Friday), winter break, Martin Luther King Jr. Day, Presidents' Day, spring break (the week before
 * Easter is too variable; the second full week of March stands in) and Memorial Day. Dates are local
 * calendar dates (yyyy-MM-dd). The demo tenant's seeded calendars and the demo district calendar every
 * search honours both come from here, so they never disagree.
 */
import { DateTime } from 'luxon';

export interface Closure {
  name: string;
  first: string;
  last: string;
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
  return [
    { name: 'Labor Day', first: d(nthWeekday(year, 9, 1, 1)), last: d(nthWeekday(year, 9, 1, 1)) },
    { name: 'Thanksgiving break', first: d(thanksgiving.minus({ days: 1 })), last: d(thanksgiving.plus({ days: 1 })) },
    { name: 'Winter break', first: `${year}-12-22`, last: `${year + 1}-01-02` },
    { name: 'Martin Luther King Jr. Day', first: d(nthWeekday(year, 1, 1, 3)), last: d(nthWeekday(year, 1, 1, 3)) },
    { name: "Presidents' Day", first: d(nthWeekday(year, 2, 1, 3)), last: d(nthWeekday(year, 2, 1, 3)) },
    { name: 'Spring break', first: d(springMonday), last: d(springMonday.plus({ days: 4 })) },
    { name: 'Memorial Day', first: d(nthWeekday(year, 5, 1, -1)), last: d(nthWeekday(year, 5, 1, -1)) },
  ];
}

/** Closures that touch [from, to] (inclusive dates). */
export function schoolClosures(from: string, to: string): Closure[] {
  const y0 = Number(from.slice(0, 4)) - 1;
  const y1 = Number(to.slice(0, 4));
  const all: Closure[] = [];
  for (let y = y0; y <= y1; y++) all.push(...closuresOfYear(y));
  return all.filter((c) => c.last >= from && c.first <= to).sort((a, b) => a.first.localeCompare(b.first));
}

export function isClosed(closures: readonly Closure[], date: string): boolean {
  return closures.some((c) => c.first <= date && date <= c.last);
}
