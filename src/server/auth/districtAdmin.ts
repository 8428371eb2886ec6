/**
 * Who may read the district report, decided from a token that already passed signature, issuer,
 * audience, tenant and lifetime checks (bearerValidator.ts). Two questions, kept apart:
 * was the token issued for Common Time's own API (not Graph's, not an ID token), and does its caller
 * hold the district-admin app role (manifest/aad.manifest.json `appRoles`) or belong to the admin group?
 */
import type { VerifiedCaller } from './bearerValidator.js';

/** The app role's `value` in manifest/aad.manifest.json; Entra ID puts it in the token's `roles`. */
export const DISTRICT_ADMIN_ROLE = 'DistrictAdmin';
/** The delegated scope the app's API exposes (`oauth2Permissions` in the manifest). */
export const API_SCOPE_NAME = 'access_as_user';

export interface AdminPolicy {
  /** `aud` values of tokens for this app's API (App ID URI, client id). */
  readonly apiAudiences: readonly string[];
  /** Object id of a security group whose members are district admins (needs the `groups` claim). */
  readonly adminGroupId?: string;
}

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly status: 401 | 403; readonly code: string; readonly message: string };

function audiences(caller: VerifiedCaller): string[] {
  const aud = caller.claims.aud;
  return Array.isArray(aud) ? aud : typeof aud === 'string' ? [aud] : [];
}

/** Delegated: `scp` holds access_as_user. App-only (no `scp`): only with an explicit role. */
export function isTokenForThisApi(caller: VerifiedCaller, policy: AdminPolicy): boolean {
  if (!audiences(caller).some((a) => policy.apiAudiences.includes(a))) return false;
  if (caller.scopes.length > 0) return caller.scopes.includes(API_SCOPE_NAME);
  return caller.roles.includes(DISTRICT_ADMIN_ROLE);
}

export function isDistrictAdmin(caller: VerifiedCaller, policy: AdminPolicy): boolean {
  if (caller.roles.includes(DISTRICT_ADMIN_ROLE)) return true;
  const groups = caller.claims['groups'];
  return policy.adminGroupId !== undefined && Array.isArray(groups) && groups.some((g) => typeof g === 'string' && g.toLowerCase() === policy.adminGroupId!.toLowerCase());
}

export function decideReportAccess(caller: VerifiedCaller, policy: AdminPolicy): AccessDecision {
  if (!isTokenForThisApi(caller, policy)) {
    return {
      allowed: false,
      status: 401,
      code: 'invalid_token',
      message: `This token was not issued for Common Time's API; sign in again and ask for the scope ${API_SCOPE_NAME}.`,
    };
  }
  if (!isDistrictAdmin(caller, policy)) {
    return {
      allowed: false,
      status: 403,
      code: 'accessDenied',
      message: 'Only district admins can see the district report. Ask your Microsoft 365 admin to assign you the District admin role of Common Time.',
    };
  }
  return { allowed: true };
}
