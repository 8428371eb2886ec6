/**
 * The OpenID Connect discovery document and signing keys, at the paths Entra ID uses
 * (`/{tenant}/v2.0/.well-known/openid-configuration`, `/{tenant}/discovery/v2.0/keys`), plus a
 * client-credentials token endpoint (`/{tenant}/oauth2/v2.0/token`) so a confidential client gets
 * app-only tokens from the demo tenant the way it would from Entra ID.
 */
import type { SigningKey } from './keys.js';
import type { TokenIssuer } from './tokens.js';
import { APP_ROLES, GRAPH_APP_ID, GRAPH_AUDIENCE } from './tokens.js';

export function openIdConfiguration(baseUrl: string, tenantId: string, issuer: string): Record<string, unknown> {
  const t = `${baseUrl}/${tenantId}`;
  return {
    token_endpoint: `${t}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${t}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${baseUrl}/oidc/userinfo`,
    authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${t}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${t}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    tenant_region_scope: 'NA',
    cloud_instance_name: 'demo.common-time.local',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: new URL(baseUrl).host,
  };
}

export function jwks(key: SigningKey, issuer: string): { keys: Record<string, unknown>[] } {
  return { keys: [{ ...key.publicJwk, issuer }] };
}

export type TokenEndpointResult = { status: number; body: Record<string, unknown> };

/** Client credentials only: any client id and secret are accepted in the demo tenant. */
export async function tokenEndpoint(form: URLSearchParams, issuer: TokenIssuer): Promise<TokenEndpointResult> {
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials') {
    return {
      status: 400,
      body: {
        error: 'unsupported_grant_type',
        error_description: `The demo tenant issues tokens only for grant_type=client_credentials; for people use GET /demo/token?user=UPN.`,
      },
    };
  }
  const scope = form.get('scope') ?? '';
  if (!/\/\.default$/.test(scope)) {
    return { status: 400, body: { error: 'invalid_scope', error_description: `The scope must end in /.default, e.g. https://graph.microsoft.com/.default (got '${scope}').` } };
  }
  const resource = scope.replace(/\/\.default$/, '');
  const clientId = form.get('client_id') ?? issuer.clientId;
  // Graph's app roles are granted for Graph only; the demo assigns no app roles of any other API (such as
  // Common Time's own), so such a token carries none, as Entra ID's would without an assignment.
  const graph = resource === GRAPH_AUDIENCE || resource === GRAPH_APP_ID;
  const token = await issuer.forApp({ audience: resource, clientId, roles: graph ? APP_ROLES : [] });
  return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
}
