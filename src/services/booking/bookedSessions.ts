/**
 * Booked means booked: whether a plan is booked is read from Graph (the coach's events carrying our tag
 * with the plan id), never from what one browser remembers, so after a reload, a tab switch or a sign-in
 * elsewhere a booked suggestion shows as booked, with its link, and is not offered again.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { ME, type BookingGateway } from './bookingGateway.js';
import { instantOf } from './graphReads.js';

export interface BookedSession {
  readonly planId: string;
  /** The session kind from the tag (cohortMeeting, learningWalk, …). */
  readonly kind: string;
  readonly eventId: string;
  readonly subject: string;
  /** The first meeting (a series' first occurrence), UTC epoch ms. */
  readonly start: number;
  readonly end: number;
  /** Opens the event in Outlook on the web. */
  readonly webLink?: string;
  readonly recurring: boolean;
  readonly cancelled: boolean;
}

function toBooked(event: Event, planId: string, kind: string): BookedSession | undefined {
  if (!event.id) return undefined;
  return {
    planId,
    kind,
    eventId: event.id,
    subject: event.subject ?? '',
    start: instantOf(event.start, 'event.start'),
    end: instantOf(event.end, 'event.end'),
    ...(event.webLink ? { webLink: event.webLink } : {}),
    recurring: event.type === 'seriesMaster',
    cancelled: event.isCancelled === true,
  };
}

/**
 * The coach's booked sessions for these plan ids (every tagged session when none are given), by plan id.
 * A plan withdrawn or cancelled in Outlook is not booked any more: it is left out.
 */
export async function bookedSessions(gateway: BookingGateway, planIds?: readonly string[]): Promise<Map<string, BookedSession[]>> {
  const wanted = planIds ? new Set(planIds) : undefined;
  // One plan id: Graph filters on it; several: one read of every tagged event, matched here.
  const match = planIds?.length === 1 ? { planId: planIds[0]! } : {};
  const tagged = await gateway.findTaggedEvents(ME, match);
  const byPlan = new Map<string, BookedSession[]>();
  for (const { event, tag } of tagged) {
    if (wanted && !wanted.has(tag.planId)) continue;
    const booked = toBooked(event, tag.planId, tag.kind);
    if (!booked || booked.cancelled) continue;
    byPlan.set(tag.planId, [...(byPlan.get(tag.planId) ?? []), booked]);
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.start - b.start);
  return byPlan;
}
