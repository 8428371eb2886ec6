/**
 * Booked sessions over Graph, in the domain's shapes: our tagged events (with their Outlook link), one
 * event or occurrence read with its attendees, moved by PATCH of start and end, cancelled with Graph's
 * `cancel` (a series by its id, one occurrence by the occurrence's id), and a series' occurrences listed.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { BookedSession, SessionCalendar, SessionEvent } from '../core/booking/sessionEvents.js';
import { graphZoneName } from './eventDraft.js';
import { localDateTimeToInstant, resolveZone } from '../core/time/zones.js';
import type { GraphGateway } from './graphGateway.js';
import { parseScheduleResponse } from './parseSchedule.js';

const ME = 'me';
const READ_FIELDS = ['subject', 'start', 'end', 'attendees', 'organizer', 'type', 'seriesMasterId', 'isOrganizer'];

function instant(value: Event['start'], field: string): number {
  if (!value?.dateTime) throw new RangeError(`${field}: Graph returned an event without a time.`);
  return localDateTimeToInstant(value.dateTime, value.timeZone ?? 'UTC', field);
}

function sessionEvent(e: Event): SessionEvent {
  return {
    id: e.id ?? '',
    subject: e.subject ?? '',
    start: instant(e.start, 'event.start'),
    end: instant(e.end, 'event.end'),
    ...(e.organizer?.emailAddress?.address ? { organizer: e.organizer.emailAddress.address } : {}),
    isOrganizer: e.isOrganizer !== false,
    type: (e.type ?? 'singleInstance') as SessionEvent['type'],
    attendees: (e.attendees ?? []).map((a) => ({
      address: a.emailAddress?.address ?? '',
      ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}),
      type: (a.type ?? 'required') as 'required' | 'optional' | 'resource',
      response: a.status?.response ?? 'none',
    })),
  };
}

const wallClock = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone: resolveZone(zone) }).toFormat("yyyy-MM-dd'T'HH:mm:ss");

export function createSessionCalendar(
  graph: Pick<GraphGateway, 'getSchedules' | 'findTaggedEvents' | 'getEvent' | 'updateEvent' | 'cancelEvent' | 'calendarView'>,
): SessionCalendar {
  return {
    async readSchedules(addresses, window) {
      if (addresses.length === 0) return [];
      const info = await graph.getSchedules(addresses, { start: new Date(window.start).toISOString(), end: new Date(window.end).toISOString() }, { intervalMinutes: 15 });
      return parseScheduleResponse({ value: info });
    },
    async taggedSessions(match) {
      const tagged = await graph.findTaggedEvents(match.calendar ?? ME, match.planId !== undefined ? { planId: match.planId } : {});
      return tagged.flatMap(({ event, tag }): BookedSession[] =>
        event.id
          ? [
              {
                planId: tag.planId,
                kind: tag.kind,
                eventId: event.id,
                subject: event.subject ?? '',
                start: instant(event.start, 'event.start'),
                end: instant(event.end, 'event.end'),
                ...(event.webLink ? { webLink: event.webLink } : {}),
                recurring: event.type === 'seriesMaster',
                cancelled: event.isCancelled === true,
              },
            ]
          : [],
      );
    },
    async readSession(eventId) {
      return sessionEvent(await graph.getEvent(ME, eventId, { select: READ_FIELDS }));
    },
    async moveSession(eventId, to, timeZone) {
      const zone = graphZoneName(resolveZone(timeZone));
      await graph.updateEvent(ME, eventId, { start: { dateTime: wallClock(to.start, timeZone), timeZone: zone }, end: { dateTime: wallClock(to.end, timeZone), timeZone: zone } });
    },
    cancelSession: (eventId, comment) => graph.cancelEvent(ME, eventId, comment),
    async seriesOccurrences(seriesId, window) {
      const events = await graph.calendarView(ME, new Date(window.start).toISOString(), new Date(window.end).toISOString(), { select: READ_FIELDS }).collect();
      return events.filter((e) => e.seriesMasterId === seriesId).map(sessionEvent);
    },
  };
}
