/**
 * What a delegated token may read of other people's directory profiles. User.ReadBasic.All grants only
 * the basic profile: displayName, givenName, surname, mail, userPrincipalName (and id); officeLocation,
 * jobTitle, the address fields and the rest need User.Read.All or Directory.Read.All (permissions
 * reference: "The basic profile includes only the following properties"). The signed-in user's own
 * profile is always whole. Graph answers such a read without an error, the other properties empty, so
 * here they come back as null: an app that asked for too little sees its fields empty, as in production.
 */
import type { Caller, SimResponse } from '../types.js';

const BASIC_PROFILE = new Set(['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName']);
const FULL_PROFILE_SCOPES = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
/** Routes that answer with user objects: one user, a list of users, or a group's members. */
const USER_ROUTES = /^\/users(\/\{userid\})?$|^\/groups\/\{groupid\}\/(members|transitivemembers)(\/microsoft\.graph\.user)?$/;

function limitProfile(row: unknown, callerId: string | undefined): void {
  if (!row || typeof row !== 'object') return;
  const user = row as Record<string, unknown>;
  if (user['id'] === callerId) return;
  const type = user['@odata.type'];
  if (type !== undefined && type !== '#microsoft.graph.user') return;
  for (const key of Object.keys(user)) {
    if (!key.startsWith('@') && !BASIC_PROFILE.has(key)) user[key] = null;
  }
}

export function hasFullProfileAccess(caller: Caller): boolean {
  return caller.kind === 'app' || caller.scopes.some((s) => FULL_PROFILE_SCOPES.includes(s));
}

/** Empties the non-basic profile properties of other users in `response`, for a basic-profile token. */
export function applyProfileLimits(caller: Caller, pattern: string, response: SimResponse): SimResponse {
  if (hasFullProfileAccess(caller) || !USER_ROUTES.test(pattern.toLowerCase()) || response.status !== 200) return response;
  const body = response.body as { value?: unknown } | undefined;
  if (!body || typeof body !== 'object') return response;
  if (Array.isArray(body.value)) body.value.forEach((row) => limitProfile(row, caller.userId));
  else limitProfile(body, caller.userId);
  return response;
}
