/**
 * Who may touch which calendar (calendar-getschedule.md, user-post-events.md, user-list-calendarview.md,
 * concepts/outlook-get-shared-events-calendars.md; user-list-events.md: "an app can get events in another
 * user's calendar" only with application permissions, or with delegated permissions where "another user has
 * shared a calendar with that user, or has given delegated access to that user"). One's own mailbox: Calendars.Read or
 * Calendars.ReadWrite (or their .Shared forms). Another person's, with delegated permissions: only where that person shared their
 * calendar with the caller or made them a delegate (sharing.ts), and then only with the `.Shared` scope
 * (Calendars.Read.Shared to read, Calendars.ReadWrite.Shared to write). Everyone else gets free/busy
 * through getSchedule alone. An app with the Calendars.Read / Calendars.ReadWrite role (admin-consented
 * application permission) reaches every mailbox. Refusals are Exchange's 403 ErrorAccessDenied "Access is
 * denied. Check credentials and try again." (the body Graph returns for calendarView of an unshared
 * mailbox, e.g. microsoftgraph-postman-collections#48, microsoft-graph-docs#12822).
 */
import { GraphError } from '../errors.js';
import type { TenantState } from '../state.js';
import type { SimRequest } from '../types.js';
import { canReadItems, canWriteItems, roleOf, type CalendarRole } from './sharing.js';

export type CalendarNeed = 'read' | 'write';

export const ACCESS_DENIED = 'Access is denied. Check credentials and try again.';

function denied(): GraphError {
  return new GraphError(403, 'ErrorAccessDenied', ACCESS_DENIED);
}

/** True when a delegated caller addresses a mailbox that is not their own. */
export function readsOthersMailbox(req: SimRequest): boolean {
  return req.caller.kind === 'delegated' && req.user !== undefined && req.user.id !== req.caller.userId;
}

/** The caller's role on the addressed calendar: the owner and apps count as full delegates. */
export function callerRole(req: SimRequest, state: Pick<TenantState, 'calendarSharing'>): CalendarRole {
  if (!readsOthersMailbox(req)) return 'delegateWithPrivateEventAccess';
  return roleOf(state, req.user!.id, req.caller.userId!);
}

export function requireCalendarAccess(req: SimRequest, need: CalendarNeed, state: Pick<TenantState, 'calendarSharing'>): void {
  const { caller } = req;
  if (caller.kind === 'app') {
    const ok = caller.roles.includes('Calendars.ReadWrite') || (need === 'read' && caller.roles.includes('Calendars.Read'));
    if (!ok) throw denied();
    return;
  }
  if (!readsOthersMailbox(req)) {
    // The .Shared scopes cover "all calendars a user can access", one's own included (permissions reference).
    const write = ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'];
    const read = [...write, 'Calendars.Read', 'Calendars.Read.Shared'];
    if (!(need === 'read' ? read : write).some((s) => caller.scopes.includes(s))) throw denied();
    return;
  }
  const role = callerRole(req, state);
  const shared = need === 'read' ? canReadItems(role) : canWriteItems(role);
  const scoped = caller.scopes.includes('Calendars.ReadWrite.Shared') || (need === 'read' && caller.scopes.includes('Calendars.Read.Shared'));
  if (!shared || !scoped) throw denied();
}

/** getSchedule reads free/busy, which any caller with a calendar read permission may see of anyone. */
export function requireFreeBusyAccess(req: SimRequest): void {
  const granted = req.caller.kind === 'app' ? req.caller.roles : req.caller.scopes;
  if (!granted.some((p) => /^Calendars\.(Read|ReadWrite)(\.Shared)?$/.test(p))) throw denied();
}
