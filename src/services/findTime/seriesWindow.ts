/**
 * What the Find time form needs of a repeating series before any search: the cadences' names and the span
 * of dates a series covers. Apart from suggestSeries.ts so the form does not load the series planner.
 */
import { DateTime } from 'luxon';
import { localDateTimeToInstant } from '../../core/time/zones.js';

export type Repeat = 'weekly' | 'biweekly' | 'monthly';

export const REPEAT_LABELS: Record<Repeat, string> = {
  weekly: 'Every week',
  biweekly: 'Every other week',
  monthly: 'Every month (same week and weekday)',
};

/** The span whose free/busy covers every date of `sessions` meetings starting on or after `firstDate`. */
export function recurringWindow(firstDate: string, sessions: number, repeat: Repeat, timeZone: string): { start: number; end: number } {
  const first = DateTime.fromISO(firstDate, { zone: timeZone });
  const last = repeat === 'monthly' ? first.plus({ months: sessions + 1 }) : first.plus({ weeks: (repeat === 'weekly' ? 1 : 2) * sessions + 1 });
  return {
    start: localDateTimeToInstant(`${firstDate}T00:00`, timeZone, 'firstDate'),
    end: localDateTimeToInstant(`${last.toISODate()}T00:00`, timeZone, 'firstDate'),
  };
}
