/** How times read on screen: in the viewer's zone, with the zone's short name so nobody guesses. */
import { DateTime } from 'luxon';

export function formatDay(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('cccc, LLLL d');
}

/** "9:00 – 10:30 AM EST" (or "11:30 AM – 1:00 PM EST"). */
export function formatTimeRange(start: number, end: number, zone: string): string {
  const a = DateTime.fromMillis(start, { zone });
  const b = DateTime.fromMillis(end, { zone });
  const sameHalf = a.toFormat('a') === b.toFormat('a') && a.hasSame(b, 'day');
  return `${a.toFormat(sameHalf ? 'h:mm' : 'h:mm a')} – ${b.toFormat('h:mm a')} ${b.toFormat('ZZZZ')}`;
}

export function formatSlot(start: number, end: number, zone: string): string {
  return `${formatDay(start, zone)}, ${formatTimeRange(start, end, zone)}`;
}

/** Today's date in `zone` by the tab's one clock (the UI shell may read it; the core never does). */
export { todayIn } from './today.js';

/** The browser's own zone, the fallback when the mailbox has none. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
