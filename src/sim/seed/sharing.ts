/**
 * Calendar sharing in the demo district, as districts set it: every calendar shows free/busy to everyone
 * in the organization and nothing more (Exchange's default), and some principals share their calendar
 * with their supervisor, the district's Principal Supervisor: every other middle and high school
 * principal, at `read` (details of all items except private ones). Coaches see everyone else's
 * free/busy only, but may edit the shared peer-coaching calendar. Deterministic, and draws nothing from the seed's random stream, so the directory and
 * calendars are the same with or without it.
 */
import { shareCalendar } from '../calendar/sharing.js';
import type { TenantState } from '../state.js';

export function seedSharing(state: TenantState): void {
  const supervisor = state.users.find((u) => u.role === 'coach' && u.jobTitle === 'Principal Supervisor');
  if (supervisor === undefined) return;
  const secondary = state.users.filter((u) => u.role === 'principal' && state.schools.find((s) => s.id === u.schoolId)?.level !== 'elementary');
  secondary.forEach((principal, i) => {
    if (i % 2 === 0) shareCalendar(state, principal.id, supervisor.id, 'read');
  });
  // The district's peer-coaching calendar (a shared mailbox) is shared at write with the coaches and
  // supervisors, who book every pair there (seed/relations.ts).
  const coachingCalendar = state.users.find((u) => u.userPrincipalName === state.district?.coachingCalendar);
  for (const editor of state.district?.coachingCalendarEditors ?? []) {
    const user = state.users.find((u) => u.userPrincipalName === editor);
    if (coachingCalendar && user) shareCalendar(state, coachingCalendar.id, user.id, 'write');
  }
}
