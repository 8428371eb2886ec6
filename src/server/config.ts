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
  /** The demo app's client id (the demo tenant's `clientId`): delegated tokens to `/api` come from it. */
  readonly clientId: string;
}

export interface ProductionSettings {
  readonly mode: 'production';
  readonly tenantId: string;
  readonly clientId: string;
  /** Only the server's own Graph calls need it; the browser never sees it. */
  readonly clientSecret?: string;
  /** The App ID URI of our API, e.g. api://contoso.example/{clientId} (manifest/aad.manifest.json's identifierUris). */
  readonly apiAudience: string;
  /**
   * Client ids allowed to call `/api` app-only (API_APP_CLIENT_IDS, comma-separated); their tokens must
   * also carry an app role of our API. Empty: no app-only caller is accepted.
   */
  readonly appOnlyClientIds: readonly string[];
}

export type IdentitySettings = DemoSettings | ProductionSettings;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
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
 * The address to listen on (HOST): 127.0.0.1 by default, so a developer's demo is not on the network;
 * 0.0.0.0 (or ::) in a container or on App Service, where the platform forwards traffic to the app.
 */
export function readHost(env: Environment, fallback = '127.0.0.1'): string {
  const raw = env['HOST']?.trim();
  if (!raw) return fallback;
  const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
  const hostname = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
  const ipv6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}$/;
  const numeric = /^[\d.]+$/.test(raw);
  if (ipv4.test(raw) || ipv6.test(raw) || (!numeric && hostname.test(raw))) return raw;
  throw new ConfigError(
    'HOST',
    `HOST="${raw}" is not an address to listen on: use 0.0.0.0 in a container or on App Service, 127.0.0.1 (the default) on your own machine, or a host name.`,
  );
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
  const apiAudience = env['API_AUDIENCE']?.trim() || defaultApiAudience(env, clientId);
  const appOnlyClientIds = (env['API_APP_CLIENT_IDS'] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const notId = appOnlyClientIds.find((id) => !ID_PATTERN.test(id));
  if (notId !== undefined) {
    throw new ConfigError('API_APP_CLIENT_IDS', `API_APP_CLIENT_IDS holds "${notId}", which is not an application (client) id: list GUIDs separated by commas, or unset it.`);
  }
  return { mode: 'production', tenantId, clientId, clientSecret, apiAudience, appOnlyClientIds };
}

/** The scope our API exposes (manifest/aad.manifest.json, oauth2Permissions[].value). */
export const API_SCOPE_NAME = 'access_as_user';

/** The App ID URI manifest/aad.manifest.json gives our API: `api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}`. */
export function apiAudienceFor(tabDomain: string, clientId: string): string {
  return `api://${tabDomain}/${clientId}`;
}

/** The demo app is served from localhost; its API's App ID URI follows the manifest's pattern. */
export const DEMO_TAB_DOMAIN = 'localhost';

function defaultApiAudience(env: Environment, clientId: string): string {
  const tabDomain = env['TAB_DOMAIN']?.trim();
  if (!tabDomain) {
    throw new ConfigError(
      'TAB_DOMAIN',
      "TAB_DOMAIN is not set: give the host name the app is served from (as in the Teams manifest), or API_AUDIENCE with your API's Application ID URI.",
    );
  }
  return apiAudienceFor(tabDomain, clientId);
}

/** Our API's audience (App ID URI) in either mode. */
export function apiAudience(identity: IdentitySettings): string {
  return identity.mode === 'production' ? identity.apiAudience : apiAudienceFor(DEMO_TAB_DOMAIN, identity.clientId);
}

/** The scope a client asks for to call `/api`, e.g. `api://contoso.example/{clientId}/access_as_user`. */
export function apiScope(identity: IdentitySettings): string {
  return `${apiAudience(identity)}/${API_SCOPE_NAME}`;
}

/**
 * The public address people open (PUBLIC_URL, else https://TAB_DOMAIN); undefined when neither is
 * set, and the server then names its own listening address.
 */
export function readPublicUrl(env: Environment): string | undefined {
  const raw = env['PUBLIC_URL']?.trim();
  if (raw) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ConfigError('PUBLIC_URL', `PUBLIC_URL="${raw}" is not a web address: use the origin people open, such as https://commontime.contoso.example.`);
    }
    return url.origin;
  }
  const tabDomain = env['TAB_DOMAIN']?.trim();
  return tabDomain ? `https://${tabDomain}` : undefined;
}

/** Where the bearer tokens' issuer publishes its OpenID configuration. */
export function openIdMetadataUrl(identity: IdentitySettings): string {
  return identity.mode === 'demo'
    ? `${identity.simUrl}/${identity.tenantId}/v2.0/.well-known/openid-configuration`
    : `https://login.microsoftonline.com/${identity.tenantId}/v2.0/.well-known/openid-configuration`;
}

/**
 * The `aud` values our API accepts: its App ID URI, or its client id (Entra ID writes the client id
 * into v2 access tokens for the app's own API). Tokens for Graph are never accepted.
 */
export function tokenAudiences(identity: IdentitySettings): string[] {
  return [apiAudience(identity), identity.clientId];
}
