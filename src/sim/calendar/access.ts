/**
 * Who may touch which calendar, by the permissions in the token (calendar-getschedule.md,
 * user-post-events.md, user-list-calendarview.md): Calendars.Read or Calendars.ReadWrite for one's own
 * mailbox; for another person's mailbox a delegated caller needs the `.Shared` permission (in the demo
 * district every calendar is shared with colleagues, so the scope alone decides); an app needs the role.
 */
import { GraphError } from '../errors.js';
import type { SimRequest } from '../types.js';

export type CalendarNeed = 'read' | 'write';

function denied(): GraphError {
  return new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
}

export function requireCalendarAccess(req: SimRequest, need: CalendarNeed): void {
  const { caller } = req;
  if (caller.kind === 'app') {
    const ok = caller.roles.includes('Calendars.ReadWrite') || (need === 'read' && caller.roles.includes('Calendars.Read'));
    if (!ok) throw denied();
    return;
  }
  const own = req.user === undefined || req.user.id === caller.userId;
  const suffix = own ? '' : '.Shared';
  const ok = caller.scopes.includes(`Calendars.ReadWrite${suffix}`) || (need === 'read' && caller.scopes.includes(`Calendars.Read${suffix}`));
  if (!ok) throw denied();
  // The .Shared scope lets an app act on what the owner shared, nothing more: writing needs edit rights.
  if (!own && need === 'write' && !(req.user?.calendarEditors ?? []).includes(caller.userId ?? '')) throw denied();
}

/** getSchedule reads free/busy, which any caller with a calendar read permission may see. */
export function requireFreeBusyAccess(req: SimRequest): void {
  const granted = req.caller.kind === 'app' ? req.caller.roles : req.caller.scopes;
  if (!granted.some((p) => /^Calendars\.(Read|ReadWrite)(\.Shared)?$/.test(p))) throw denied();
}
