/**
 * The demo tenant's whole state: the directory (users, schools, groups) and one calendar per mailbox.
 * Plain JSON so it can be saved as `${dataDir}/tenant.json` and loaded on restart.
 */
import type { DayOfWeek } from '@microsoft/microsoft-graph-types';
import type { MailboxCalendar } from './calendar/model.js';
import type { CalendarSharing } from './calendar/sharing.js';
import type { MailboxMessages } from './mail/responses.js';

/** `sharedMailbox`: a mailbox nobody signs in as (the district's peer-coaching calendar). */
export type Role = 'districtAdmin' | 'coach' | 'principal' | 'sharedMailbox';
export type SchoolLevel = 'elementary' | 'middle' | 'high';

export interface SimWorkingHours {
  daysOfWeek: DayOfWeek[];
  /** Edm.TimeOfDay as Graph prints it: `08:00:00.0000000`. */
  startTime: string;
  endTime: string;
  /** Windows time zone name, e.g. `Eastern Standard Time`. */
  timeZone: { name: string };
}

export interface SimMailboxSettings {
  /** Windows time zone name (Graph's default format). */
  timeZone: string;
  workingHours: SimWorkingHours;
  language: { locale: string; displayName: string };
  dateFormat: string;
  timeFormat: string;
  /** Out-of-office auto-replies (mailboxSettings.automaticRepliesSetting). */
  automaticRepliesSetting: {
    status: 'disabled' | 'alwaysEnabled' | 'scheduled';
    externalAudience: 'none' | 'contactsOnly' | 'all';
    internalReplyMessage: string;
    externalReplyMessage: string;
    scheduledStartDateTime?: { dateTime: string; timeZone: string };
    scheduledEndDateTime?: { dateTime: string; timeZone: string };
  };
}

export interface SimUser {
  id: string; // GUID
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string;
  /** Demo-only: what the person does in the district (not a Graph property). */
  role: Role;
  /** Demo-only: the school a principal leads. */
  schoolId?: string;
  /** The user's manager (Graph's `manager` navigation property): a principal's supervisor. */
  managerId?: string;
  /** Graph's `employeeHireDate` (returned only on $select): for a principal, when they started as principal. */
  employeeHireDate?: string;
  /** A shared mailbox (no one signs in as it): the district's peer-coaching calendar. */
  sharedMailbox?: boolean;
  mailboxSettings: SimMailboxSettings;
}

export interface SimSchool {
  id: string;
  name: string;
  level: SchoolLevel;
  address: { street: string; city: string; state: string; postalCode: string; countryOrRegion: string };
  /** IANA zone of the school (the principal's mailbox uses the matching Windows name). */
  timeZone: string;
  /** School day, local wall-clock `HH:mm`. */
  dayStart: string;
  dayEnd: string;
  principalId: string;
}

export interface SimGroup {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  mailNickname: string;
  groupTypes: string[];
  mailEnabled: boolean;
  securityEnabled: boolean;
  visibility: 'Private' | 'Public';
  createdDateTime: string;
  memberIds: string[];
  /** The group's owners (Graph's `owners`): the coach who runs the cohort. Absent in older files. */
  ownerIds?: string[];
}

export interface TenantState {
  version: 1;
  /** A fake tenant id generated locally (never a real one). */
  tenantId: string;
  /** The demo client application's id (the `azp` of demo tokens), generated locally. */
  clientId: string;
  /** The demo domain; UPNs are `name@domain`. */
  domain: string;
  districtName: string;
  users: SimUser[];
  schools: SimSchool[];
  groups: SimGroup[];
  /** One calendar per mailbox, keyed by user id (the calendar half, src/sim/calendar/, owns the type). */
  calendars: Record<string, MailboxCalendar>;
  /** Messages per mailbox, keyed by user id: the response messages organizers receive (src/sim/mail/). Absent in older files. */
  mailboxes?: Record<string, MailboxMessages>;
  /** The district's own settings, which Graph does not hold (src/sim/seed/relations.ts). */
  district?: DistrictSettings;
  /** Who shared their calendar with whom beyond free/busy (src/sim/calendar/sharing.ts). Absent: nobody did. */
  calendarSharing?: CalendarSharing;
  /** The last school day (yyyy-MM-dd, Eastern) with seeded demo meetings; later weeks are topped up on start. */
  seededThrough?: string;
}

/**
 * What a district configures for Common Time beside its directory: who evaluates principals besides their
 * manager, and the shared calendar that organizes peer-coaching pairs (so no coach is shown busy by every
 * pair and every coach's pair history is in one place).
 */
export interface DistrictSettings {
  /** Addresses (UPN or mail) of evaluators and the principals each evaluates. */
  readonly evaluators: readonly { readonly evaluator: string; readonly principals: readonly string[] }[];
  /** Address of the shared mailbox whose calendar organizes peer-coaching pairs; coaches may edit it. */
  readonly coachingCalendar?: string;
  /** Addresses of the people allowed to book in the coaching calendar (its delegates). */
  readonly coachingCalendarEditors?: readonly string[];
}

export function emptyTenant(tenantId: string, clientId: string, domain = 'cumberlandvalley.example'): TenantState {
  return { version: 1, tenantId, clientId, domain, districtName: 'Cumberland Valley Schools', users: [], schools: [], groups: [], calendars: {} };
}

/** Finds a user by id or user principal name / mail, case-insensitively (Graph accepts both). */
export function findUser(state: TenantState, idOrUpn: string): SimUser | undefined {
  const key = idOrUpn.toLowerCase();
  const found = userIndex(state).get(key);
  // The index is a cache: a user changed since it was built is checked the slow way.
  if (found && (found.id.toLowerCase() === key || found.userPrincipalName.toLowerCase() === key || found.mail.toLowerCase() === key)) return found;
  return state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
}

/** Users by lower-case id, UPN and mail: a district of thousands is looked up on every request. */
const indexes = new WeakMap<SimUser[], { size: number; byKey: Map<string, SimUser> }>();

function userIndex(state: TenantState): Map<string, SimUser> {
  const cached = indexes.get(state.users);
  if (cached && cached.size === state.users.length) return cached.byKey;
  const byKey = new Map<string, SimUser>();
  for (const u of state.users) for (const k of [u.id, u.userPrincipalName, u.mail]) if (!byKey.has(k.toLowerCase())) byKey.set(k.toLowerCase(), u);
  indexes.set(state.users, { size: state.users.length, byKey });
  return byKey;
}

export function findGroup(state: TenantState, id: string): SimGroup | undefined {
  const key = id.toLowerCase();
  return state.groups.find((g) => g.id.toLowerCase() === key);
}
