/**
 * How times read on screen: one format everywhere, in the reader's locale and the viewer's zone, the zone
 * named as people say it ("Eastern"), so nobody guesses and nobody reads "America/New_York".
 */
import { formatDay as dayIn, formatSlot as slotIn, formatTimeRange as rangeIn, type Reader } from '../../core/time/readableTime.js';

/** The browser's language (en-US when there is none, as in tests without a browser). */
export function readerLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

const reader = (zone: string): Reader => ({ locale: readerLocale(), timeZone: zone });

/** "Tuesday, December 1". */
export function formatDay(ms: number, zone: string): string {
  return dayIn(ms, reader(zone));
}

/** "9:00 – 10:30 AM Eastern" (or "11:30 AM – 1:00 PM Eastern"). */
export function formatTimeRange(start: number, end: number, zone: string): string {
  return rangeIn(start, end, reader(zone));
}

/** "Tuesday, December 1, 9:00 – 10:30 AM Eastern". */
export function formatSlot(start: number, end: number, zone: string): string {
  return slotIn(start, end, reader(zone));
}

/** Today's date in `zone` by the tab's one clock (the UI shell may read it; the core never does). */
export { todayIn } from './today.js';

/** The browser's own zone, the fallback when the mailbox has none. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
