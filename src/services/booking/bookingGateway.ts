/**
 * The part of the Graph gateway booking uses: the gateway itself in the app, in Node and in tests. No
 * calendarView: booking reads other people through getSchedule only (free/busy is all a coach may see of
 * a principal's calendar unless it was shared), and its own events by tag or id.
 */
import type { GraphGateway } from '../../graph/index.js';

export type BookingGateway = Pick<
  GraphGateway,
  'getSchedules' | 'createEvent' | 'findTaggedEvents' | 'respond' | 'updateEvent' | 'getEvent' | 'deleteEvent'
>;

/** The signed-in coach's own mailbox: booking always writes as the organizer who is signed in. */
export const ME = 'me';
