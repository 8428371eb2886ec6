/** The demo sign-in list: every seeded person with what the picker shows. */
import type { Role, TenantState } from './state.js';

export interface DemoPerson {
  upn: string;
  name: string;
  role: Role;
  jobTitle: string;
  /** The school a principal leads; null for district staff. */
  school: string | null;
  timeZone: string;
}

export function demoPeople(state: TenantState): DemoPerson[] {
  // Nobody signs in as a shared mailbox.
  return state.users
    .filter((u) => !u.sharedMailbox)
    .map((u) => ({
      upn: u.userPrincipalName,
      name: u.displayName,
      role: u.role,
      jobTitle: u.jobTitle,
      school: state.schools.find((s) => s.id === u.schoolId)?.name ?? null,
      timeZone: u.mailboxSettings.timeZone,
    }));
}
