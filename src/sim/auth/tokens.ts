/**
 * Demo-tenant tokens shaped like Entra ID's v2 access tokens (aud, iss, tid, oid, sub, upn,
 * preferred_username, name, scp or roles, azp, exp, iat, nbf), RS256-signed with the tenant's key,
 * and their verification for the `/v1.0` surface.
 */
import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { GraphError } from '../errors.js';
import type { SimUser } from '../state.js';
import type { Caller } from '../types.js';
import type { SigningKey } from './keys.js';

/** Graph's resource id and its well-known app id; Graph accepts tokens for either audience. */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** What a seeded person may do in the demo (what admin consent would grant the app). */
export const DELEGATED_SCOPES = [
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite.Shared',
  'Group.Read.All',
  'Mail.Read',
  'MailboxSettings.Read',
  'People.Read',
  'User.Read',
  // The app's registration asks for User.Read.All (principals' schools and addresses); tests that need
  // the basic profile only ask for User.ReadBasic.All themselves (profileLimits.ts).
  'User.Read.All',
  'User.ReadBasic.All',
  'User.Read.All',
];
export const APP_ROLES = ['Calendars.ReadWrite', 'Group.Read.All', 'Mail.Read', 'MailboxSettings.Read', 'People.Read.All', 'User.Read.All'];

export interface TokenOptions {
  /** Audience; default Graph. Use the app's client id or `api://...` for tokens to the app's own API. */
  audience?: string;
  /** Delegated scopes (default DELEGATED_SCOPES). */
  scopes?: string[];
  /** Lifetime in seconds (default 3600, as Entra). Negative makes an already expired token (tests). */
  lifetimeSeconds?: number;
  /** Client app id to put in `azp` (default the demo app id). */
  clientId?: string;
  /** App roles assigned to the person in the audience's app (a `roles` claim beside `scp`); none by default. */
  roles?: string[];
}

export type AppTokenOptions = Omit<TokenOptions, 'scopes'>;

/**
 * Which of Common Time's own app roles (manifest/aad.manifest.json `appRoles`) the demo tenant assigns
 * to each kind of seeded person, as an Entra admin would under Enterprise applications > Users and groups.
 */
export const DEMO_APP_ROLE_ASSIGNMENTS: Readonly<Record<string, readonly string[]>> = { districtAdmin: ['DistrictAdmin'] };

export interface TokenIssuer {
  issuer: string;
  tenantId: string;
  /** The demo client application's id (the `azp` of demo tokens). */
  clientId: string;
  forUser(user: SimUser, options?: TokenOptions): Promise<string>;
  forApp(options?: AppTokenOptions): Promise<string>;
  /** An OpenID Connect ID token, as a sign-in returns it to the app: audience the app, no scopes. */
  idToken(user: SimUser, options?: { lifetimeSeconds?: number }): Promise<string>;
}

export function issuerUrl(baseUrl: string, tenantId: string): string {
  return `${baseUrl}/${tenantId}/v2.0`;
}

export function createTokenIssuer(key: SigningKey, baseUrl: string, tenantId: string, clientId: string, now: () => number): TokenIssuer {
  const issuer = issuerUrl(baseUrl, tenantId);
  const sign = async (claims: JWTPayload, options: TokenOptions): Promise<string> => {
    const iat = Math.floor(now() / 1000);
    const lifetime = options.lifetimeSeconds ?? 3600;
    return new SignJWT({
      ...claims,
      tid: tenantId,
      azp: options.clientId ?? clientId,
      azpacr: '1',
      ver: '2.0',
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .setIssuer(issuer)
      .setAudience(options.audience ?? GRAPH_AUDIENCE)
      .setIssuedAt(iat)
      .setNotBefore(iat - 300)
      .setExpirationTime(iat + lifetime)
      .sign(key.privateKey);
  };
  return {
    issuer,
    tenantId,
    clientId,
    forUser: (user, options = {}) =>
      sign(
        {
          oid: user.id,
          sub: user.id,
          upn: user.userPrincipalName,
          preferred_username: user.userPrincipalName,
          name: user.displayName,
          given_name: user.givenName,
          family_name: user.surname,
          scp: (options.scopes ?? DELEGATED_SCOPES).join(' '),
          ...(options.roles && options.roles.length > 0 ? { roles: options.roles } : {}),
          idtyp: 'user',
        },
        options,
      ),
    idToken: (user, options = {}) => {
      const iat = Math.floor(now() / 1000);
      return new SignJWT({
        oid: user.id,
        sub: user.id,
        tid: tenantId,
        name: user.displayName,
        preferred_username: user.userPrincipalName,
        nonce: randomUUID(),
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(iat + (options.lifetimeSeconds ?? 3600))
        .sign(key.privateKey);
    },
    forApp: (options = {}) => {
      const appObjectId = clientId; // the service principal stands for the app in the demo
      return sign({ oid: appObjectId, sub: appObjectId, roles: options.roles ?? APP_ROLES, idtyp: 'app' }, options);
    },
  };
}

function unauthenticated(message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': 'Bearer realm="", error="invalid_token"' });
}

/** Checks `Authorization: Bearer` for a `/v1.0` request; throws Graph's 401 when it is missing or bad. */
export async function verifyGraphToken(authorization: string | undefined, key: SigningKey, issuer: string, now: () => number): Promise<Caller> {
  if (!authorization || !/^bearer\s+\S/i.test(authorization)) throw unauthenticated('Access token is empty.');
  const token = authorization.replace(/^bearer\s+/i, '').trim();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key.publicKey, {
      issuer,
      audience: [GRAPH_AUDIENCE, GRAPH_APP_ID],
      algorithms: ['RS256'],
      currentDate: new Date(now()),
    }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw unauthenticated('Lifetime validation failed, the token is expired.');
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'aud') throw unauthenticated('Invalid audience.');
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) throw unauthenticated('Access token validation failure. Invalid signature.');
    throw unauthenticated('Access token validation failure. The token is malformed or was not issued by this tenant.');
  }
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
  const scp = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
  const appId = typeof payload.azp === 'string' ? payload.azp : typeof payload.appid === 'string' ? payload.appid : 'unknown';
  if (scp.length > 0 && typeof payload.oid === 'string') {
    return { kind: 'delegated', userId: payload.oid, upn: typeof payload.upn === 'string' ? payload.upn : undefined, appId, scopes: scp, roles };
  }
  return { kind: 'app', appId, scopes: [], roles };
}
