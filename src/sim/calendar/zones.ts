/**
 * Time zones at the simulator's edge: Graph names zones the Windows way ("Pacific Standard Time") or
 * the IANA way, and prints dateTimeTimeZone values without an offset and with seven fraction digits.
 */
import { DateTime, IANAZone } from 'luxon';
import { localDateTimeToInstant, resolveZone } from '../../core/time/zones.js';
import { GraphError } from '../errors.js';
import type { ZonedDateTime } from './model.js';

/** The IANA zone for a Windows or IANA name, or undefined when it names no zone. */
export function ianaZoneFor(name: string): string | undefined {
  try {
    return resolveZone(name);
  } catch {
    return undefined;
  }
}

/** Like ianaZoneFor, but a name nobody knows is Graph's 400 (TimeZoneNotSupportedException). */
export function requireZone(name: string, field: string): string {
  const zone = ianaZoneFor(name);
  if (zone === undefined) {
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}' (${field}). Use a Windows name such as "Eastern Standard Time" or an IANA name such as "America/New_York".`,
    );
  }
  return zone;
}

/**
 * The instant a dateTimeTimeZone names. A dateTime that carries its own offset or `Z` keeps it;
 * otherwise it is wall-clock time in `timeZone` (UTC when absent, as Graph assumes).
 */
export function toInstant(value: { dateTime?: unknown; timeZone?: unknown } | null | undefined, field: string): number {
  if (value === null || value === undefined || typeof value !== 'object') {
    throw new GraphError(400, 'ErrorInvalidRequest', `${field} is required: send {"dateTime": "2026-03-02T09:00:00", "timeZone": "Eastern Standard Time"}.`);
  }
  if (typeof value.dateTime !== 'string') {
    throw new GraphError(400, 'ErrorInvalidRequest', `${field}.dateTime is required, as an ISO 8601 local date and time such as "2026-03-02T09:00:00".`);
  }
  const zoneName = typeof value.timeZone === 'string' && value.timeZone.trim() !== '' ? value.timeZone : 'UTC';
  const zone = requireZone(zoneName, `${field}.timeZone`);
  try {
    return localDateTimeToInstant(value.dateTime, zone, `${field}.dateTime`);
  } catch {
    throw new GraphError(400, 'ErrorInvalidRequest', `${field}.dateTime "${value.dateTime}" is not a valid ISO 8601 date and time; use the form "2026-03-02T09:00:00".`);
  }
}

const zoneObjects = new Map<string, IANAZone>();

/** Graph's printing of a wall-clock time: `2017-04-15T12:00:00.0000000` (hot in getSchedule, so no DateTime). */
export function formatLocal(instant: number, ianaZone: string): string {
  let zone = zoneObjects.get(ianaZone);
  if (zone === undefined) {
    zone = IANAZone.create(ianaZone);
    zoneObjects.set(ianaZone, zone);
  }
  return `${new Date(instant + zone.offset(instant) * 60_000).toISOString().slice(0, 23)}0000`;
}

/** `instant` as a dateTimeTimeZone labelled with `label` (the name the client used). */
export function zoned(instant: number, label: string): ZonedDateTime {
  return { dateTime: formatLocal(instant, ianaZoneFor(label) ?? 'UTC'), timeZone: label };
}

/** Graph's UTC timestamps (createdDateTime, responseStatus.time): `2017-04-15T03:00:50.7579581Z`. */
export function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** A query-string instant (`startDateTime=2017-01-01T19:00:00-08:00`): its offset, or UTC without one. */
export function parseQueryInstant(raw: string): number | undefined {
  const parsed = DateTime.fromISO(raw.trim().replace(' ', '+'), { zone: 'UTC' });
  return parsed.isValid ? parsed.toMillis() : undefined;
}
