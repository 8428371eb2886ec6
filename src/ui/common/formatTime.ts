/**
 * How dates, times and figures read on screen: the one format module of the tab and the Outlook pane. One
 * format everywhere, in the reader's locale (the host's display language, else the browser's) and the
 * viewer's zone, the zone named as people say it ("Eastern"), so nobody guesses and nobody reads
 * "America/New_York". Every screen formats through here; the sentences are core/time/readableTime's.
 */
import { formatDay as dayIn, formatSlot as slotIn, formatTimeRange as rangeIn, formatWhen as whenIn, zoneName as zoneIn, type Reader } from '../../core/time/readableTime.js';
import { resolveZone } from '../../core/time/zones.js';

let hostLocale: string | undefined;

/** A BCP 47 tag Intl accepts, in its canonical spelling ("fr-fr" becomes "fr-FR"); undefined for anything else. */
function validLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The host's display language, which wins over the browser's: Teams' `app.locale`, Office's `displayLanguage`.
 * Set once at start-up (useBootstrap); undefined goes back to the browser's.
 */
export function setReaderLocale(locale: string | undefined): void {
  hostLocale = validLocale(locale);
}

/** The reader's locale: the host's, else the browser's language, else en-US (as in tests without a browser). */
export function readerLocale(): string {
  return hostLocale ?? validLocale(typeof navigator !== 'undefined' ? navigator.language : undefined) ?? 'en-US';
}

const reader = (zone: string): Reader => ({ locale: readerLocale(), timeZone: zone });

/** "Tuesday, December 1" (en-US), "mardi 1 décembre" (fr-FR). */
export function formatDay(ms: number, zone: string): string {
  return dayIn(ms, reader(zone));
}

/** "9:00 – 10:30 AM Eastern" (or "11:30 AM – 1:00 PM Eastern"); "09:00–10:30 heure de l’Est" in fr-FR. */
export function formatTimeRange(start: number, end: number, zone: string): string {
  return rangeIn(start, end, reader(zone));
}

/** "Tuesday, December 1, 9:00 – 10:30 AM Eastern". */
export function formatSlot(start: number, end: number, zone: string): string {
  return slotIn(start, end, reader(zone));
}

/** "Tuesday, December 1, 9:00 AM Eastern": one moment, as a sentence names it. */
export function formatWhen(ms: number, zone: string): string {
  return whenIn(ms, reader(zone));
}

/** "Eastern" (en-US), "heure de l’Est" (fr-FR): the zone as people say it, at `atMs` (for the zone's rules). */
export function formatZoneName(zone: string, atMs: number): string {
  return zoneIn(reader(zone), atMs);
}

// Intl.DateTimeFormat is costly to build and the who-is-free grid labels dozens of columns: one per locale, zone, form.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = readerLocale();
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone: resolveZone(zone) });
    formatters.set(key, made);
  }
  return made;
}

/** Plain spaces: ICU's narrow and thin spaces read the same but break text search and voice control. */
const plain = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

/** A column's time, without the zone (the grid's caption names it): "9:30 AM" (en-US), "09:30" (fr-FR). */
export function formatHour(ms: number, zone: string): string {
  return plain(formatter(zone, { hour: 'numeric', minute: '2-digit' }).format(ms));
}

/** A calendar date with no time (a report's week): "Oct 19" (en-US), "19 oct." (fr-FR). */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return plain(formatter('UTC', { month: 'short', day: 'numeric' }).format(Date.UTC(year!, month! - 1, day!)));
}

/** A figure in the reader's digits and separators: 1,234.5 (en-US), 1 234,5 (fr-FR). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return plain(new Intl.NumberFormat(readerLocale(), { maximumFractionDigits }).format(value));
}

/** Today's date in `zone` by the tab's one clock (the UI shell may read it; the core never does). */
export { todayIn } from './today.js';

/** The browser's own zone, the fallback when the mailbox has none. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
