/** Graph gives an event's times as { dateTime, timeZone }: read here, once, into instants (UTC epoch ms). */
import type { DateTimeTimeZone } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { localDateTimeToInstant, resolveZone } from '../core/time/zones.js';

/** The instant of an event time; throws a RangeError naming `field` when Graph sent none or one that does not read. */
export function eventInstant(value: DateTimeTimeZone | null | undefined, field: string): number {
  if (!value?.dateTime) throw new RangeError(`${field}: Graph returned an event without a time.`);
  return localDateTimeToInstant(value.dateTime, value.timeZone ?? 'UTC', field);
}

/** Like eventInstant, but NaN instead of an error: for lists that skip an event they cannot place. */
export function eventInstantOrNaN(value: DateTimeTimeZone | null | undefined): number {
  try {
    return eventInstant(value, 'event');
  } catch {
    return Number.NaN;
  }
}

/** An instant as the wall-clock `dateTime` Graph wants beside a `timeZone` (no offset, seconds written out). */
export function wallClockDateTime(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone: resolveZone(zone) }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
}
