/** The part of the Graph gateway booking uses: the gateway itself in the app, in Node and in tests. */
import { createBookingCalendar, type BookingCalendar, type GraphGateway } from '../../graph/index.js';

export type BookingGateway = Pick<
  GraphGateway,
  'getSchedules' | 'createEvent' | 'calendarView' | 'findTaggedEvents' | 'respond' | 'updateEvent' | 'getEvent' | 'deleteEvent'
>;

/** The gateway's calendar in the domain's shapes: what booking reads and writes. */
export function calendarOf(gateway: BookingGateway): BookingCalendar {
  return createBookingCalendar(gateway);
}
