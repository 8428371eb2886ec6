/**
 * The server's settings, read from the environment once at start-up (never deep inside handlers).
 * With no tenant configured the server runs the demo: the simulator is the identity provider and Graph.
 * In production TENANT_ID and CLIENT_ID name the Entra ID app; CLIENT_SECRET (never committed) lets the
 * server call Graph itself with client credentials.
 */
import { parseToday, type TodaySetting } from '../sim/clock.js';

/** process.env, or any map of variables (tests pass their own). */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface DemoSettings {
  readonly mode: 'demo';
  /** e.g. http://127.0.0.1:5030 — the simulator's origin; Graph is under `/v1.0`. */
  readonly simUrl: string;
  /** The demo tenant's id: its OpenID configuration lives at `${simUrl}/${tenantId}/v2.0/...` as Entra ID's does. */
  readonly tenantId: string;
}

export interface ProductionSettings {
  readonly mode: 'production';
  readonly tenantId: string;
  readonly clientId: string;
  /** Only the server's own Graph calls need it; the browser never sees it. */
  readonly clientSecret?: string;
  /** The App ID URI of our API, e.g. api://contoso.example/{clientId}. */
  readonly apiAudience: string;
}

export type IdentitySettings = DemoSettings | ProductionSettings;

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A TCP port from an environment variable; 0 means "any free port". */
export function readPort(env: Environment, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(variable, `${variable}="${raw}" is not a port: use a whole number from 1 to 65535 (or 0 for any free port).`);
  }
  return port;
}

/**
 * The demo's date: COMMON_TIME_TODAY=YYYY-MM-DD (or YYYY-MM-DDTHH:mm) moves the demo tenant and the app
 * to that day (see src/sim/clock.ts); absent, the real date. Against Microsoft 365 only the real clock
 * makes sense (Entra ID's tokens carry real times), so it is refused there.
 */
export function readToday(env: Environment, production: boolean): TodaySetting | undefined {
  const raw = env['COMMON_TIME_TODAY'];
  if (raw === undefined || raw.trim() === '') return undefined;
  if (production) {
    throw new ConfigError('COMMON_TIME_TODAY', 'COMMON_TIME_TODAY only applies to the demo district; unset it when TENANT_ID is set.');
  }
  const today = parseToday(raw, 'COMMON_TIME_TODAY');
  if ('error' in today) throw new ConfigError('COMMON_TIME_TODAY', today.error);
  return today;
}

/** Production when TENANT_ID is set; then CLIENT_ID must be too. */
export function readProductionSettings(env: Environment): ProductionSettings | undefined {
  const tenantId = env['TENANT_ID']?.trim();
  if (!tenantId) return undefined;
  const clientId = env['CLIENT_ID']?.trim();
  if (!ID_PATTERN.test(tenantId)) {
    throw new ConfigError('TENANT_ID', 'TENANT_ID must be your Microsoft Entra tenant id (a GUID); unset it to run the demo.');
  }
  if (!clientId || !ID_PATTERN.test(clientId)) {
    throw new ConfigError('CLIENT_ID', 'CLIENT_ID must be the application (client) id of the Entra ID app registration (a GUID).');
  }
  const clientSecret = env['CLIENT_SECRET']?.trim() || undefined;
  const apiAudience = env['API_AUDIENCE']?.trim() || `api://${clientId}`;
  return { mode: 'production', tenantId, clientId, clientSecret, apiAudience };
}

/** Where the bearer tokens' issuer publishes its OpenID configuration. */
export function openIdMetadataUrl(identity: IdentitySettings): string {
  return identity.mode === 'demo'
    ? `${identity.simUrl}/${identity.tenantId}/v2.0/.well-known/openid-configuration`
    : `https://login.microsoftonline.com/${identity.tenantId}/v2.0/.well-known/openid-configuration`;
}

/**
 * The `aud` values our API accepts. Production: our app's App ID URI or client id. Demo: the demo
 * tenant issues Graph tokens to the demo app, so those are accepted.
 */
export function tokenAudiences(identity: IdentitySettings): string[] {
  if (identity.mode === 'production') return [identity.apiAudience, identity.clientId];
  return [...DEMO_AUDIENCES, DEMO_API_AUDIENCE];
}

/** Graph's resource URI and app id: the audiences the demo tenant's tokens carry. */
export const DEMO_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'] as const;

/** The demo's App ID URI for Common Time's own API (what `api://{clientId}` is in production). */
export const DEMO_API_AUDIENCE = 'api://common-time.demo';

/** `aud` values of tokens issued for Common Time's API (not Graph's). */
export function apiAudiences(identity: IdentitySettings): string[] {
  return identity.mode === 'production' ? [identity.apiAudience, identity.clientId] : [DEMO_API_AUDIENCE];
}

/** The delegated scope a client asks for to call Common Time's API. */
export function apiScopeOf(identity: IdentitySettings): string {
  return `${identity.mode === 'production' ? identity.apiAudience : DEMO_API_AUDIENCE}/access_as_user`;
}
