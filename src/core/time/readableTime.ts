/**
 * Dates and times as a reader reads them: one format everywhere, in the reader's locale and zone, the zone
 * named the way people say it ("Eastern", not "America/New_York" or "EST"). Pure: the reader is passed in.
 */
import { resolveZone } from './zones.js';

export interface Reader {
  /** BCP 47, e.g. "en-US" (navigator.language in the browser). */
  readonly locale: string;
  /** IANA or Windows name; the reader's own zone. */
  readonly timeZone: string;
}

/** Plain spaces: ICU's narrow and thin spaces read the same but break text search and voice control. */
const plain = (text: string): string => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

function part(ms: number, reader: Reader, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes): string {
  return new Intl.DateTimeFormat(reader.locale, { ...options, timeZone: resolveZone(reader.timeZone) }).formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '';
}

/** "Eastern", "Central", "Mountain" in English; the locale's generic name elsewhere ("hora oriental"); "UTC". */
export function zoneName(reader: Reader, atMs: number): string {
  const zone = resolveZone(reader.timeZone);
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const generic = part(atMs, reader, { timeZoneName: 'longGeneric' }, 'timeZoneName');
  return /^en\b/i.test(reader.locale) ? generic.replace(/ (Standard )?Time$/, '') : generic;
}

/** "Monday, November 30" (en-US) or "Monday 30 November" (en-GB). */
export function formatDay(ms: number, reader: Reader): string {
  return plain(new Intl.DateTimeFormat(reader.locale, { timeZone: resolveZone(reader.timeZone), weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(ms)));
}

/** "9:00 – 10:30 AM Eastern" (one day; the locale decides 12- or 24-hour). */
export function formatTimeRange(start: number, end: number, reader: Reader): string {
  const range = new Intl.DateTimeFormat(reader.locale, { timeZone: resolveZone(reader.timeZone), hour: 'numeric', minute: '2-digit' }).formatRange(new Date(start), new Date(end));
  return `${plain(range)} ${zoneName(reader, start)}`;
}

/** "Monday, November 30, 9:00 – 10:30 AM Eastern". */
export function formatSlot(start: number, end: number, reader: Reader): string {
  return `${formatDay(start, reader)}, ${formatTimeRange(start, end, reader)}`;
}

/** "Tuesday, December 1, 9:00 AM Eastern": one moment, as sentences name it. */
export function formatWhen(ms: number, reader: Reader): string {
  const time = new Intl.DateTimeFormat(reader.locale, { timeZone: resolveZone(reader.timeZone), hour: 'numeric', minute: '2-digit' }).format(new Date(ms));
  return `${formatDay(ms, reader)}, ${plain(time)} ${zoneName(reader, ms)}`;
}

/** Sentences the services and the core write for a coach, before the screen knows the reader's locale. */
export const SENTENCE_LOCALE = 'en-US';
