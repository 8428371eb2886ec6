/** The part of the Graph gateway booking uses: the gateway itself in the app, in Node and in tests. */
import type { GraphGateway } from '../../graph/index.js';

export type BookingGateway = Pick<
  GraphGateway,
  'getSchedules' | 'createEvent' | 'calendarView' | 'findTaggedEvents' | 'respond' | 'updateEvent' | 'getEvent' | 'deleteEvent'
>;

/** The signed-in coach's own mailbox: booking always writes as the organizer who is signed in. */
export const ME = 'me';
