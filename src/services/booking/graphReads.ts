/**
 * Reads booking needs from Graph, turned into the core's plain data. Booking reads other people only
 * through getSchedule (free/busy, which everyone in the organization may see); it never lists their
 * calendars, which Exchange shows only to people they shared them with.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { parseScheduleResponse } from '../../core/graph-input/index.js';
import type { ScheduleInput } from '../../core/availability/schedule-input.js';
import type { Interval } from '../../core/time/interval.js';
import { localDateTimeToInstant } from '../../core/time/zones.js';
import type { BookingGateway } from './bookingGateway.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/** Free/busy for these people over the window, as the engine takes it (UTC item times). */
export async function readSchedules(gateway: BookingGateway, addresses: readonly string[], window: Interval): Promise<ScheduleInput[]> {
  if (addresses.length === 0) return [];
  const info = await gateway.getSchedules(addresses, { start: iso(window.start), end: iso(window.end) }, { intervalMinutes: 15 });
  return parseScheduleResponse(info);
}

export function instantOf(value: Event['start'], field: string): number {
  if (!value?.dateTime) throw new RangeError(`${field}: Graph returned an event without a time.`);
  return localDateTimeToInstant(value.dateTime, value.timeZone ?? 'UTC', field);
}
