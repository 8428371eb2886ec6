import { DateTime, IANAZone, Zone } from 'luxon';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { GraphCustomZone, type GraphCustomTimeZone } from './graphCustomZone.js';
import { InvalidDateTimeError, InvalidTimeZoneError } from './zoneError.js';

export { GraphCustomZone, parseTimeOfDay } from './graphCustomZone.js';
export type { GraphCustomTimeZone, GraphDaylightRule, GraphTimeZoneRule } from './graphCustomZone.js';
export { InvalidDateTimeError, InvalidTimeZoneError } from './zoneError.js';

/** What Graph puts in a `timeZone` field: a name, a `{name}` object, or a customTimeZone with rules. */
export type GraphTimeZone = string | { readonly name: string } | GraphCustomTimeZone;

/** Anything the helpers below accept as a zone: Graph's forms, or an already built luxon Zone. */
export type ZoneInput = GraphTimeZone | Zone;

const MINUTE = 60_000;
const DAY = 86_400_000;
const FIX_HINT = 'use an IANA name such as "America/New_York" or a Windows name such as "Eastern Standard Time"';

// Memoised lookups of pure functions: the answer for a name never changes within a process.
let windowsNames: Map<string, string> | undefined;
const resolved = new Map<string, string>();

/** Windows zone name (any letter case) to the IANA zone CLDR names for territory 001, its primary one. */
function windowsToIana(name: string): string | undefined {
  if (!windowsNames) {
    windowsNames = new Map();
    for (const entry of WINDOWS_TO_IANA_MAP) {
      const iana = entry.iana[0];
      if (entry.territory === '001' && iana) windowsNames.set(entry.windowsName.toLowerCase(), iana);
    }
  }
  return windowsNames.get(name.toLowerCase());
}

/** The runtime's canonical spelling of a valid IANA name ("america/new_york" becomes "America/New_York"). */
function canonicalIana(name: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

/**
 * Resolves a zone name as Graph or a user writes it to an IANA name: IANA names in any letter case,
 * Windows names ("Eastern Standard Time", via windows-iana's CLDR mapping) and Graph's
 * "tzone://Microsoft/Utc". Throws InvalidTimeZoneError naming `field` for anything else.
 * @example resolveZone('Pacific Standard Time') // 'America/Los_Angeles'
 */
export function resolveZone(name: string, field = 'timeZone'): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new InvalidTimeZoneError(field, `${field}: a time zone name is required; ${FIX_HINT}.`);
  }
  const trimmed = name.trim();
  const cached = resolved.get(trimmed);
  if (cached) return cached;
  let iana: string | undefined;
  if (/^tzone:\/\/microsoft\/utc$/i.test(trimmed)) iana = 'UTC';
  else if (IANAZone.isValidZone(trimmed)) iana = canonicalIana(trimmed);
  else {
    const fromWindows = windowsToIana(trimmed);
    if (fromWindows && IANAZone.isValidZone(fromWindows)) iana = canonicalIana(fromWindows);
  }
  if (!iana) throw new InvalidTimeZoneError(field, `${field}: unknown time zone ${JSON.stringify(name)}; ${FIX_HINT}.`);
  resolved.set(trimmed, iana);
  return iana;
}

function isCustomTimeZone(zone: object): zone is GraphCustomTimeZone {
  const type = (zone as { '@odata.type'?: unknown })['@odata.type'];
  return (typeof type === 'string' && /customTimeZone$/i.test(type)) || 'bias' in zone;
}

/**
 * A luxon Zone for any zone Graph sends: a name (IANA or Windows), `{name}`, or a customTimeZone, which
 * becomes a GraphCustomZone that follows its own transition rules (see GraphCustomTimeZone for the sign of
 * `bias`). A luxon Zone passes through unchanged.
 */
export function toLuxonZone(zone: ZoneInput, field = 'timeZone'): Zone {
  if (zone instanceof Zone) return zone;
  if (typeof zone === 'string') return IANAZone.create(resolveZone(zone, field));
  if (zone === null || typeof zone !== 'object') {
    throw new InvalidTimeZoneError(field, `${field}: expected a time zone name or object, got ${JSON.stringify(zone)}; ${FIX_HINT}.`);
  }
  if (isCustomTimeZone(zone)) return new GraphCustomZone(zone, field);
  return IANAZone.create(resolveZone(zone.name, `${field}.name`));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads "2019-03-15T12:00:00.0000000" as a wall-clock time on a zone-less timeline (milliseconds as if it
 * were UTC), plus the explicit offset in minutes when the string carries one. Digits past milliseconds are
 * dropped: Graph pads to 100 ns but never uses them for calendar items.
 */
function parseLocal(isoLocal: string, field: string): { local: number; offset: number | null } {
  const m = typeof isoLocal === 'string' ? LOCAL_DATE_TIME.exec(isoLocal.trim()) : null;
  if (m) {
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
    const second = Number(m[6] ?? 0);
    const millis = Number(((m[7] ?? '') + '000').slice(0, 3));
    const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const check = new Date(local);
    // Date.UTC rolls 2026-02-30 over to March; a round trip catches such dates. Hour 24 is not accepted.
    const valid = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
    if (valid) {
      const zone = m[8];
      if (zone === undefined) return { local, offset: null };
      if (zone === 'Z') return { local, offset: 0 };
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      return { local, offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) };
    }
  }
  throw new InvalidDateTimeError(field, `${field}: expected a date and time like "2026-12-07T09:00:00", got ${JSON.stringify(isoLocal)}.`);
}

/**
 * The instant (UTC epoch ms) that a wall-clock time in `zone` denotes. A string that carries its own offset
 * ("...Z", "...-05:00") means that instant and the zone is ignored.
 *
 * At daylight-saving changes this follows RFC 5545 and Temporal's "compatible" rule:
 * - a time that does not exist (skipped when clocks go forward, e.g. 02:30 on 2026-03-08 in New York) is
 *   moved forward by the length of the gap (03:30 EDT), as luxon does;
 * - a time that occurs twice (clocks go back, e.g. 01:30 on 2026-11-01 in New York) means the earlier one
 *   (01:30 EDT). Graph returns UTC unless asked otherwise, so this matters only for local inputs.
 */
export function localDateTimeToInstant(isoLocal: string, zone: ZoneInput, field = 'dateTime'): number {
  const { local, offset } = parseLocal(isoLocal, field);
  if (offset !== null) return local - offset * MINUTE;
  const luxonZone = toLuxonZone(zone, field.replace(/dateTime$/, 'timeZone'));
  // Real zones change offset at most once within a day, so the offsets a day either side are the two
  // candidates; a candidate is right when the zone agrees with the offset it was computed from.
  const before = luxonZone.offset(local - DAY);
  const after = luxonZone.offset(local + DAY);
  const early = local - before * MINUTE;
  const late = local - after * MINUTE;
  const earlyFits = luxonZone.offset(early) === before;
  const lateFits = luxonZone.offset(late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  // In the gap: read with the offset from before the change, which lands after the gap.
  return early;
}

/**
 * An instant as ISO 8601 with the zone's UTC offset at that instant, always as ±hh:mm (also for UTC), and
 * with milliseconds only when there are some: `2026-12-07T09:00:00-05:00`.
 */
export function instantToIso(ms: number, zone: ZoneInput): string {
  if (!Number.isFinite(ms)) throw new InvalidDateTimeError('instant', `instant: expected a finite time, got ${ms}.`);
  const dt = DateTime.fromMillis(ms, { zone: toLuxonZone(zone) });
  return `${dt.toISO({ includeOffset: false, suppressMilliseconds: true })}${dt.toFormat('ZZ')}`;
}
