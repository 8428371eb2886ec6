/**
 * The part of the Graph gateway booking uses: the gateway itself in the app, in Node and in tests. No
 * calendarView: booking reads other people through getSchedule only (free/busy is all a coach may see of
 * a principal's calendar unless it was shared), and its own events by tag or id.
 */
import { createBookingCalendar, type BookingCalendar, type GraphGateway } from '../../graph/index.js';

export type BookingGateway = Pick<GraphGateway, 'getSchedules' | 'createEvent' | 'findTaggedEvents' | 'respond' | 'updateEvent' | 'getEvent' | 'deleteEvent'>;

/** The signed-in person's own mailbox. */
export const ME = 'me';

/**
 * The gateway's calendar in the domain's shapes: what booking reads and writes. `mailbox`: the calendar that
 * organizes, the signed-in coach's by default, or a shared calendar they may edit.
 */
export function calendarOf(gateway: BookingGateway, mailbox: string = ME): BookingCalendar {
  return createBookingCalendar(gateway, mailbox);
}
