/**
 * Validates the bearer tokens that reach `/api`. The same code runs in the demo and in production:
 * the issuer's OpenID configuration (the demo tenant's, or Entra ID's
 * `https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration`) names the issuer
 * and the signing keys (JWKS); jose checks signature, issuer, audience and lifetime against them.
 * Then who may call: a person through our own app, with the `access_as_user` scope; or, app-only, a
 * client on the allow-list holding an app role of our API. An ID token, a Graph token or another
 * client's token with our audience is refused. Routes that need a role check `roles` on the result.
 */
import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';
import type { JWTPayload } from 'jose';

export interface BearerValidatorOptions {
  /** URL of the issuer's `.well-known/openid-configuration`. */
  metadataUrl: string;
  /** Accepted `aud` values (our API's client id or App ID URI). */
  audiences: readonly string[];
  /** Our app's client id: delegated tokens must have been issued to it (`azp`/`appid`). */
  clientId: string;
  /** The delegated scope our API exposes (`access_as_user`). */
  scope: string;
  /** Clients allowed to call app-only (with an app role); empty: none. */
  appOnlyClientIds?: readonly string[];
  /** Seconds of clock skew tolerated on `exp`/`nbf` (Entra recommends a few minutes). */
  clockToleranceSeconds?: number;
  /** The clock `exp`/`nbf` are checked against (the demo's shared clock); default Date.now. */
  now?: () => number;
  /** How long to wait for the issuer's metadata and keys (default 5 s). */
  fetchTimeoutMs?: number;
}

/** The claims the app uses, from a token that passed every check. */
export interface VerifiedCaller {
  /** 'user': a person through our app (delegated); 'app': an allowed client acting as itself. */
  readonly kind: 'user' | 'app';
  /** The calling client application (`azp`, or `appid` in v1 tokens). */
  readonly clientId: string;
  readonly oid: string;
  readonly tid: string;
  readonly upn?: string;
  readonly name?: string;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  readonly claims: JWTPayload;
}

/** Why a token was refused; `message` is safe to show a person and says what to do. */
export class BearerError extends Error {
  constructor(
    readonly code: 'missing_token' | 'invalid_token' | 'expired_token' | 'issuer_unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'BearerError';
  }
}

interface OpenIdMetadata {
  issuer: string;
  jwks_uri: string;
}

export type BearerValidator = (authorization: string | undefined) => Promise<VerifiedCaller>;

export function createBearerValidator(options: BearerValidatorOptions): BearerValidator {
  const timeoutMs = options.fetchTimeoutMs ?? 5000;
  let metadata: Promise<{ issuer: string; keys: ReturnType<typeof createRemoteJWKSet> }> | undefined;

  const loadMetadata = () => {
    metadata ??= fetchMetadata(options.metadataUrl, timeoutMs).catch((error: unknown) => {
      metadata = undefined; // retry on the next request rather than caching a failure
      throw error;
    });
    return metadata;
  };

  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      throw new BearerError('missing_token', 'Sign in first: this request needs an "Authorization: Bearer <token>" header.');
    }
    const { issuer, keys } = await loadMetadata();
    let caller: VerifiedCaller;
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience: [...options.audiences],
        algorithms: ['RS256'],
        clockTolerance: options.clockToleranceSeconds ?? 120,
        currentDate: new Date((options.now ?? Date.now)()),
        requiredClaims: ['exp', 'oid', 'tid'],
      });
      caller = toCaller(payload);
    } catch (error) {
      throw toBearerError(error);
    }
    authorize(caller, options);
    return caller;
  };
}

/** Who may call our API at all; a route adds its own role checks on top. */
function authorize(caller: VerifiedCaller, options: BearerValidatorOptions): void {
  if (caller.kind === 'user') {
    if (caller.clientId !== options.clientId) {
      throw new BearerError('invalid_token', 'The token was refused: it was issued to another application, not to Common Time; sign in to Common Time itself.');
    }
    if (!caller.scopes.includes(options.scope)) {
      throw new BearerError('invalid_token', `The token was refused: it does not grant the "${options.scope}" scope of Common Time's API; ask for that scope when signing in.`);
    }
    return;
  }
  if (caller.roles.length === 0) {
    throw new BearerError(
      'invalid_token',
      `The token was refused: it is not an access token for Common Time's API (no "${options.scope}" scope and no app role); an ID token or a token for another API cannot call it.`,
    );
  }
  if (!(options.appOnlyClientIds ?? []).includes(caller.clientId)) {
    throw new BearerError(
      'invalid_token',
      "The token was refused: this application may not call Common Time's API as itself; an administrator must add its client id to API_APP_CLIENT_IDS.",
    );
  }
}

async function fetchMetadata(metadataUrl: string, timeoutMs: number): Promise<{ issuer: string; keys: ReturnType<typeof createRemoteJWKSet> }> {
  let body: Partial<OpenIdMetadata>;
  try {
    const response = await fetch(metadataUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as Partial<OpenIdMetadata>;
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message;
    throw new BearerError('issuer_unreachable', `Could not read the sign-in service's configuration at ${metadataUrl} (${reason}); check that it is reachable and try again.`);
  }
  if (typeof body.issuer !== 'string' || typeof body.jwks_uri !== 'string') {
    throw new BearerError('issuer_unreachable', `The OpenID configuration at ${metadataUrl} has no "issuer" or "jwks_uri".`);
  }
  return { issuer: body.issuer, keys: createRemoteJWKSet(new URL(body.jwks_uri), { timeoutDuration: timeoutMs }) };
}

function toCaller(payload: JWTPayload): VerifiedCaller {
  const text = (name: string): string | undefined => (typeof payload[name] === 'string' ? (payload[name] as string) : undefined);
  const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is string => typeof r === 'string') : [];
  const scp = text('scp');
  return {
    // v2 access tokens carry `scp` only when a person signed in; app-only ones carry `roles` alone.
    kind: scp === undefined ? 'app' : 'user',
    clientId: text('azp') ?? text('appid') ?? '',
    oid: text('oid')!,
    tid: text('tid')!,
    upn: text('upn') ?? text('preferred_username'),
    name: text('name'),
    scopes: (scp ?? '').split(' ').filter((s) => s.length > 0),
    roles,
    claims: payload,
  };
}

function toBearerError(error: unknown): BearerError {
  if (error instanceof BearerError) return error;
  if (error instanceof joseErrors.JWKSTimeout) {
    return new BearerError('issuer_unreachable', "The sign-in service's signing keys did not arrive in time; try again in a moment.");
  }
  if (error instanceof joseErrors.JWTExpired) {
    return new BearerError('expired_token', 'Your sign-in has expired; sign in again.');
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new BearerError(
      'invalid_token',
      `The token was refused: claim "${error.claim}" ${error.reason === 'missing' ? 'is missing' : 'is not accepted'}; sign in again to this app.`,
    );
  }
  if (error instanceof joseErrors.JOSEError) {
    return new BearerError('invalid_token', 'The token was refused: its signature or format is not valid; sign in again.');
  }
  return new BearerError('invalid_token', 'The token was refused; sign in again.');
}
