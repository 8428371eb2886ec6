/**
 * Which permissions a route needs, from the permission tables of the Graph docs (least privileged
 * first; any one of them will do), and Graph's 403 when the token carries none of them.
 */
import { GraphError } from '../errors.js';
import type { Caller } from '../types.js';

interface Need {
  delegated: string[];
  app: string[];
  /** Outlook resources answer ErrorAccessDenied; directory ones Authorization_RequestDenied. */
  outlook: boolean;
}

const CAL_READ = ['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'];
const CAL_WRITE = ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'];

/** The permissions for `${METHOD} ${pattern}`; undefined when the route needs only a valid token. */
export function permissionsFor(method: string, pattern: string): Need | undefined {
  const p = pattern.toLowerCase();
  // Forwarding a meeting request only reads the event (event-forward.md: Calendars.Read).
  const write = method !== 'GET' && !p.endsWith('/forward');
  if (p.endsWith('/calendar/getschedule')) return { delegated: CAL_READ, app: ['Calendars.Read', 'Calendars.ReadWrite'], outlook: true };
  if (p.includes('/events') || p.includes('/calendarview') || p.includes('/calendar/')) {
    return write ? { delegated: CAL_WRITE, app: ['Calendars.ReadWrite'], outlook: true } : { delegated: CAL_READ, app: ['Calendars.Read', 'Calendars.ReadWrite'], outlook: true };
  }
  if (p.includes('/mailboxsettings')) {
    return write
      ? { delegated: ['MailboxSettings.ReadWrite'], app: ['MailboxSettings.ReadWrite'], outlook: true }
      : { delegated: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], app: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'], outlook: true };
  }
  if (p.includes('/messages')) {
    return { delegated: ['Mail.Read', 'Mail.ReadWrite', 'Mail.Read.Shared', 'Mail.ReadWrite.Shared'], app: ['Mail.Read', 'Mail.ReadWrite'], outlook: true };
  }
  if (p.endsWith('/people')) return { delegated: ['People.Read', 'People.Read.All'], app: ['People.Read.All'], outlook: false };
  if (p.startsWith('/organization'))
    return { delegated: ['User.Read', 'Organization.Read.All', 'Directory.Read.All'], app: ['Organization.Read.All', 'Directory.Read.All', 'User.Read.All'], outlook: false };
  if (p.includes('/memberof') || p.includes('/transitivememberof')) {
    return {
      delegated: ['User.Read', 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'],
      app: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'],
      outlook: false,
    };
  }
  if (p.startsWith('/groups')) {
    return {
      delegated: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Group.ReadWrite.All'],
      app: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'],
      outlook: false,
    };
  }
  if (p.startsWith('/users')) {
    return {
      delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'],
      app: ['User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'],
      outlook: false,
    };
  }
  return undefined;
}

export function requirePermission(caller: Caller, method: string, pattern: string, targetUserId: string | undefined): void {
  const need = permissionsFor(method, pattern);
  if (!need) return;
  let granted = caller.kind === 'app' ? need.app.some((r) => caller.roles.includes(r)) : need.delegated.some((s) => caller.scopes.includes(s));
  // User.Read covers only the signed-in user; others need User.ReadBasic.All or more.
  if (granted && caller.kind === 'delegated' && pattern.toLowerCase().startsWith('/users') && !pattern.toLowerCase().startsWith('/users/{userid}/')) {
    const self = targetUserId !== undefined && targetUserId === caller.userId;
    if (!self) granted = need.delegated.filter((s) => s !== 'User.Read').some((s) => caller.scopes.includes(s));
  }
  if (granted) return;
  const list = caller.kind === 'app' ? need.app : need.delegated;
  // Exchange's words exactly, as Graph returns them (no hint of which permission was missing).
  if (need.outlook) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  throw new GraphError(403, 'Authorization_RequestDenied', `Insufficient privileges to complete the operation. (The token needs one of: ${list.join(', ')}.)`);
}
