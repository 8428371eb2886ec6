/**
 * Calendar sharing as Exchange enforces it for Graph. Every person in the organization sees everyone's
 * free/busy (getSchedule: times and status only). Anything more of another person's calendar needs that
 * person to have shared it (or made the caller a delegate): the roles are Graph's calendarRoleType
 * (resources/calendarpermission.md): `freeBusyRead` (the organization default), `limitedRead` (also
 * subject and location), `read`, `write`, `delegateWithoutPrivateEventAccess`,
 * `delegateWithPrivateEventAccess`. Reading a shared calendar through Graph also needs the delegated
 * `.Shared` scope (Calendars.Read.Shared / Calendars.ReadWrite.Shared; concepts/outlook-get-shared-events-calendars.md).
 * Without both, Exchange answers 403 ErrorAccessDenied "Access is denied. Check credentials and try again."
 */
import type { TenantState } from '../state.js';

export const CALENDAR_ROLES = ['freeBusyRead', 'limitedRead', 'read', 'write', 'delegateWithoutPrivateEventAccess', 'delegateWithPrivateEventAccess'] as const;
export type CalendarRole = (typeof CALENDAR_ROLES)[number];

/** One share of a mailbox's calendar with one person. */
export interface CalendarGrant {
  /** The person the calendar is shared with (a directory user id). */
  granteeId: string;
  role: CalendarRole;
}

/** Shares by owner id. Absent or empty: the owner shares free/busy only, as a new mailbox does. */
export type CalendarSharing = Record<string, CalendarGrant[]>;

/** What `granteeId` was given on `ownerId`'s calendar; `freeBusyRead` when nothing was shared. */
export function roleOf(state: Pick<TenantState, 'calendarSharing'>, ownerId: string, granteeId: string): CalendarRole {
  return state.calendarSharing?.[ownerId]?.find((g) => g.granteeId === granteeId)?.role ?? 'freeBusyRead';
}

/** Shares (or replaces) `ownerId`'s calendar with `granteeId` at `role`. */
export function shareCalendar(state: Pick<TenantState, 'calendarSharing'>, ownerId: string, granteeId: string, role: CalendarRole): void {
  const sharing = (state.calendarSharing ??= {});
  const grants = (sharing[ownerId] ??= []).filter((g) => g.granteeId !== granteeId);
  if (role !== 'freeBusyRead') grants.push({ granteeId, role });
  sharing[ownerId] = grants;
}

/** Roles that let the grantee list and read items (calendarView, events, an event by id). */
export function canReadItems(role: CalendarRole): boolean {
  return role !== 'freeBusyRead';
}

/** Roles that let the grantee create, change and answer items. */
export function canWriteItems(role: CalendarRole): boolean {
  return role === 'write' || role === 'delegateWithoutPrivateEventAccess' || role === 'delegateWithPrivateEventAccess';
}

/** `limitedRead` sees when, how busy, subject and location; nothing else of an item. */
export function seesOnlyLimitedDetails(role: CalendarRole): boolean {
  return role === 'limitedRead';
}

/** Only a delegate given private-event access sees the details of private items. */
export function seesPrivateItems(role: CalendarRole): boolean {
  return role === 'delegateWithPrivateEventAccess';
}

/** Subject and location in getSchedule's items: any role above free/busy (Outlook's "limited details"). */
export function seesScheduleDetails(role: CalendarRole): boolean {
  return role !== 'freeBusyRead';
}
