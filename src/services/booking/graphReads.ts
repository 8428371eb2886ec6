/** Reads booking needs from Graph, turned into the core's plain data. */
import type { Event } from '@microsoft/microsoft-graph-types';
import { parseScheduleResponse } from '../../graph/parseSchedule.js';
import type { ScheduleInput } from '../../core/availability/schedule-input.js';
import type { SeenMeeting } from '../../core/booking/index.js';
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

const SEEN_FIELDS = ['iCalUId', 'createdDateTime', 'start', 'end', 'showAs', 'isCancelled', 'responseStatus', 'isOrganizer', 'organizer', 'type', 'seriesMasterId'];

/**
 * The meetings in one person's calendar that overlap the window. Occurrences are resolved to their series
 * (its iCalUId and creation time), read once per series, so a series compares as one meeting.
 */
export async function readSeenMeetings(gateway: BookingGateway, address: string, window: Interval): Promise<SeenMeeting[]> {
  const events = await gateway.calendarView(address, iso(window.start), iso(window.end), { select: SEEN_FIELDS, maxPageSize: 200 }).collect();
  const masters = new Map<string, Promise<Event>>();
  const master = (id: string): Promise<Event> => {
    let found = masters.get(id);
    if (!found) {
      found = gateway.getEvent(address, id, { select: ['iCalUId', 'createdDateTime'] });
      masters.set(id, found);
    }
    return found;
  };
  return Promise.all(
    events.map(async (e): Promise<SeenMeeting> => {
      const series = (e.type === 'occurrence' || e.type === 'exception') && e.seriesMasterId ? await master(e.seriesMasterId) : e;
      const response = e.responseStatus?.response;
      return {
        meetingId: series.iCalUId ?? e.iCalUId ?? e.id ?? '',
        createdMs: Date.parse(series.createdDateTime ?? e.createdDateTime ?? '') || 0,
        start: instantOf(e.start, 'event.start'),
        end: instantOf(e.end, 'event.end'),
        showAs: e.showAs ?? 'busy',
        isCancelled: e.isCancelled === true,
        unanswered: e.isOrganizer !== true && (response === 'notResponded' || response === 'none'),
        ...(e.organizer?.emailAddress?.address ? { organizer: e.organizer.emailAddress.address } : {}),
      };
    }),
  );
}
