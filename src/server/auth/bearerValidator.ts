/**
 * Validates the bearer tokens that reach `/api`. The same code runs in the demo and in production:
 * the issuer's OpenID configuration (the demo tenant's, or Entra ID's
 * `https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration`) names the issuer
 * and the signing keys (JWKS); jose checks signature, issuer, audience and lifetime against them.
 */
import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';
import type { JWTPayload } from 'jose';

export interface BearerValidatorOptions {
  /** URL of the issuer's `.well-known/openid-configuration`. */
  metadataUrl: string;
  /** Accepted `aud` values (our API's client id or App ID URI). */
  audiences: readonly string[];
  /** Seconds of clock skew tolerated on `exp`/`nbf` (Entra recommends a few minutes). */
  clockToleranceSeconds?: number;
  /** The clock `exp`/`nbf` are checked against (the demo's shared clock); default Date.now. */
  now?: () => number;
}

/** The claims the app uses, from a token that passed every check. */
export interface VerifiedCaller {
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
  constructor(readonly code: 'missing_token' | 'invalid_token' | 'expired_token' | 'issuer_unreachable', message: string) {
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
  let metadata: Promise<{ issuer: string; keys: ReturnType<typeof createRemoteJWKSet> }> | undefined;

  const loadMetadata = () => {
    metadata ??= fetchMetadata(options.metadataUrl).catch((error: unknown) => {
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
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer,
        audience: [...options.audiences],
        algorithms: ['RS256'],
        clockTolerance: options.clockToleranceSeconds ?? 120,
        currentDate: new Date((options.now ?? Date.now)()),
        requiredClaims: ['exp', 'oid', 'tid'],
      });
      return toCaller(payload);
    } catch (error) {
      throw toBearerError(error);
    }
  };
}

async function fetchMetadata(metadataUrl: string): Promise<{ issuer: string; keys: ReturnType<typeof createRemoteJWKSet> }> {
  let body: Partial<OpenIdMetadata>;
  try {
    const response = await fetch(metadataUrl, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as Partial<OpenIdMetadata>;
  } catch (error) {
    throw new BearerError('issuer_unreachable', `Could not read the sign-in service's configuration at ${metadataUrl} (${(error as Error).message}); check that it is reachable and try again.`);
  }
  if (typeof body.issuer !== 'string' || typeof body.jwks_uri !== 'string') {
    throw new BearerError('issuer_unreachable', `The OpenID configuration at ${metadataUrl} has no "issuer" or "jwks_uri".`);
  }
  return { issuer: body.issuer, keys: createRemoteJWKSet(new URL(body.jwks_uri)) };
}

function toCaller(payload: JWTPayload): VerifiedCaller {
  const text = (name: string): string | undefined => (typeof payload[name] === 'string' ? (payload[name] as string) : undefined);
  const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is string => typeof r === 'string') : [];
  return {
    oid: text('oid')!,
    tid: text('tid')!,
    upn: text('upn') ?? text('preferred_username'),
    name: text('name'),
    scopes: (text('scp') ?? '').split(' ').filter((s) => s.length > 0),
    roles,
    claims: payload,
  };
}

function toBearerError(error: unknown): BearerError {
  if (error instanceof BearerError) return error;
  if (error instanceof joseErrors.JWTExpired) {
    return new BearerError('expired_token', 'Your sign-in has expired; sign in again.');
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new BearerError('invalid_token', `The token was refused: claim "${error.claim}" ${error.reason === 'missing' ? 'is missing' : 'is not accepted'}; sign in again to this app.`);
  }
  if (error instanceof joseErrors.JOSEError) {
    return new BearerError('invalid_token', 'The token was refused: its signature or format is not valid; sign in again.');
  }
  return new BearerError('invalid_token', 'The token was refused; sign in again.');
}
