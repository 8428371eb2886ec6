/**
 * Booked means booked: whether a plan is booked is read from the calendar (the coach's events carrying our
 * tag with the plan id), never from what one browser remembers, so after a reload, a tab switch or a
 * sign-in elsewhere a booked suggestion shows as booked, with its link, and is not offered again.
 */
import type { BookedSession, SessionCalendar } from '../../core/booking/sessionEvents.js';

export type { BookedSession } from '../../core/booking/sessionEvents.js';

/**
 * The coach's booked sessions for these plan ids (every tagged session when none are given), by plan id,
 * first meeting first. A plan withdrawn or cancelled in Outlook is not booked any more: it is left out.
 */
export async function bookedSessions(
  calendar: Pick<SessionCalendar, 'taggedSessions'>,
  planIds?: readonly string[],
  /** A shared calendar the plans were booked through (the district's peer-coaching calendar), else the coach's own. */
  mailbox?: string,
): Promise<Map<string, BookedSession[]>> {
  const wanted = planIds ? new Set(planIds) : undefined;
  // One plan id: Graph filters on it; several: one read of every tagged event, matched here.
  const sessions = await calendar.taggedSessions({ ...(planIds?.length === 1 ? { planId: planIds[0]! } : {}), ...(mailbox ? { calendar: mailbox } : {}) });
  const byPlan = new Map<string, BookedSession[]>();
  for (const session of sessions) {
    if ((wanted && !wanted.has(session.planId)) || session.cancelled) continue;
    byPlan.set(session.planId, [...(byPlan.get(session.planId) ?? []), session]);
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.start - b.start);
  return byPlan;
}
