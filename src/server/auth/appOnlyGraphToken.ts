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
    throw new ConfigError('CLIENT_SECRET', 'CLIENT_SECRET is not set: the server needs the app registration\'s client secret to read calendars for the district report.');
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
    if (!result?.accessToken) throw new Error('Microsoft Entra ID returned no access token for Common Time; check the app registration\'s Graph application permissions and admin consent.');
    return result.accessToken;
  };
}

/** The demo tenant's equivalent: `/demo/token?app=1` gives an app-only Graph token. */
export function createDemoAppGraphToken(simUrl: string): GraphTokenSource {
  return async () => {
    const response = await fetch(`${simUrl}/demo/token?app=1`);
    if (!response.ok) throw new Error(`The demo tenant would not issue an app token (HTTP ${response.status}).`);
    const body = (await response.json()) as { access_token?: unknown };
    if (typeof body.access_token !== 'string') throw new Error('The demo tenant answered without an app token.');
    return body.access_token;
  };
}

/** Production or demo, from the same settings the server started with. */
export function serverGraphToken(identity: ProductionSettings | { mode: 'demo'; simUrl: string }): GraphTokenSource {
  return identity.mode === 'production' ? createAppOnlyGraphToken(identity) : createDemoAppGraphToken(identity.simUrl);
}
