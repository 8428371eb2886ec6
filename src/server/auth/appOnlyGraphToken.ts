/**
 * The server's own Graph token in production (app-only, client credentials), for work no single person
 * signs in for, such as the district report. MSAL caches the token and renews it before it expires.
 * Only HTTPS authorities are accepted by MSAL, so this is not used against the demo tenant: in the
 * demo the server asks the demo tenant for an app token directly (createDemoAppGraphToken).
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { ProductionSettings } from '../config.js';
import { ConfigError } from '../config.js';

export type GraphTokenSource = () => Promise<string>;

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export function createAppOnlyGraphToken(settings: ProductionSettings): GraphTokenSource {
  if (!settings.clientSecret) {
    throw new ConfigError('CLIENT_SECRET', "CLIENT_SECRET is not set: the server needs the app registration's client secret to read calendars for the district report.");
  }
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
      clientSecret: settings.clientSecret,
    },
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
    if (!result?.accessToken)
      throw new Error("Microsoft Entra ID returned no access token for Common Time; check the app registration's Graph application permissions and admin consent.");
    return result.accessToken;
  };
}

/**
 * The demo tenant's equivalent: its client-credentials endpoint (`/{tenant}/oauth2/v2.0/token`, as Entra
 * ID's), asked for Graph's `.default` scope. The token is reused until a minute before it expires.
 */
export function createDemoAppGraphToken(simUrl: string, tenantId = 'organizations', now: () => number = Date.now): GraphTokenSource {
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached && cached.expiresAt - 60_000 > now()) return cached.token;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'common-time-demo', client_secret: 'demo', scope: GRAPH_DEFAULT_SCOPE });
    const response = await fetch(`${simUrl}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    if (!response.ok) throw new Error(`The demo tenant would not issue an app token (HTTP ${response.status}).`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error('The demo tenant answered without an app token.');
    cached = { token: body.access_token, expiresAt: now() + (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000 };
    return cached.token;
  };
}

/** Production or demo, from the same settings the server started with. */
export function serverGraphToken(identity: ProductionSettings | { mode: 'demo'; simUrl: string; tenantId?: string }): GraphTokenSource {
  return identity.mode === 'production' ? createAppOnlyGraphToken(identity) : createDemoAppGraphToken(identity.simUrl, identity.tenantId);
}
