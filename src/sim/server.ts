/**
 * The Graph-compatible demo tenant: an HTTP server on 127.0.0.1 that serves `/v1.0` the way Microsoft
 * Graph does, Entra-style discovery and keys, and the demo sign-in endpoints.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { loadOrCreateSigningKey } from './auth/keys.js';
import { answerPreflight, applyCors, createCorsPolicy } from './cors.js';
import { answerClientErrors, BodyTooLargeError, guarded, parseRequestUrl, readBodyWithin } from './httpGuard.js';
import { jwks, openIdConfiguration, tokenEndpoint } from './auth/openid.js';
import { createTokenIssuer, DEMO_APP_ROLE_ASSIGNMENTS, verifyGraphToken, type AppTokenOptions, type TokenOptions } from './auth/tokens.js';
import { parseBatch, runBatch } from './batch.js';
import { demoPeople } from './demo.js';
import { clockFromToday, type TodaySetting } from './clock.js';
import { createDispatcher, JSON_CONTENT_TYPE } from './dispatch.js';
import { GraphError, errorBody } from './errors.js';
import { SimFaults, type FaultOptions } from './faults.js';
import { createPersistence, loadTenant } from './persistence.js';
import { Router } from './router.js';
import { registerGraphRoutes } from './routes.js';
import { seedTenant, topUpDemoCalendars } from './seed/index.js';
import { findUser, type TenantState } from './state.js';
import { SimStats } from './stats.js';
import type { SimContext, SimResponse } from './types.js';

export interface StartSimOptions {
  /** 0 (default) picks any free port. */
  port?: number;
  host?: '127.0.0.1';
  /** Folder for tenant.json and the signing key; undefined keeps everything in memory. */
  dataDir?: string;
  /** 'demo' (default) seeds the demo district on first start; 'empty' starts with no one. */
  seed?: 'demo' | 'empty';
  faults?: FaultOptions;
  /** The simulator's clock (epoch ms); default Date.now. Seeded calendars are placed around it. */
  now?: () => number;
  /** Instead of `now`: run the clock from this date (see clock.ts), e.g. `{ date: '2027-03-08' }`. */
  today?: TodaySetting;
  /** Serve /demo/people and /demo/token (default true). */
  demo?: boolean;
  /** Seed a district of this many principals with a term of Common Time history (seed/scaled.ts) instead of the demo district. */
  principals?: number;
  /** Browser origins allowed to call `/v1.0` cross-origin (the app's own); none by default. */
  corsOrigins?: readonly string[];
}

export interface SimHandle {
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  /** `${url}/v1.0`: give this to the Graph client as its base URL. */
  graphUrl: string;
  tenantId: string;
  /** The demo client application id (the `azp` of demo tokens). */
  clientId: string;
  /** Token issuer (`${url}/${tenantId}/v2.0`), as in the discovery document. */
  issuer: string;
  openIdConfigurationUrl: string;
  jwksUrl: string;
  stats: SimStats;
  faults: SimFaults;
  /** The tenant's clock (epoch ms): give the same one to the app server so tokens check against it. */
  now: () => number;
  /** The live tenant (read it in tests; mutate only through the API). */
  state: TenantState;
  router: Router;
  /** A delegated Graph token for a seeded person (by UPN or id). */
  tokenFor(upnOrId: string, options?: TokenOptions): Promise<string>;
  /** An ID token for a seeded person (what a sign-in returns to the app; not an access token). */
  idTokenFor(upnOrId: string): Promise<string>;
  /** An app-only Graph token (roles Calendars.ReadWrite, MailboxSettings.Read, User.Read.All, Group.Read.All). */
  appToken(options?: AppTokenOptions): Promise<string>;
  /** Lets a browser origin (the app server's, once it listens) call `/v1.0` cross-origin. */
  allowOrigin(origin: string): void;
  /** Write any pending state now. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Graph answers a longer body with 413 "The maximum request length supported is 4MB." (see README). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export async function startSim(options: StartSimOptions = {}): Promise<SimHandle> {
  const now = options.now ?? (options.today ? clockFromToday(options.today) : Date.now);
  const host = options.host ?? '127.0.0.1';
  const demoMode = options.demo ?? true;
  const loaded = options.dataDir === undefined ? undefined : await loadTenant(options.dataDir);
  const state: TenantState = loaded ?? (await seedTenant(options.seed ?? 'demo', now(), options.principals === undefined ? {} : { principals: options.principals }));
  const key = await loadOrCreateSigningKey(options.dataDir);
  const persistence = createPersistence(options.dataDir, () => state);
  if (!loaded || topUpDemoCalendars(state, now()) > 0) persistence.persist();

  const stats = new SimStats();
  const cors = createCorsPolicy(options.corsOrigins);
  const faults = new SimFaults(options.faults);
  const router = registerGraphRoutes(new Router());

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  const ctx: SimContext = { state, persist: () => persistence.persist(), faults, now, baseUrl: url };
  const tokens = createTokenIssuer(key, url, state.tenantId, state.clientId, now);
  const dispatcher = createDispatcher(router, ctx, stats);
  const tenantNames = new Set([state.tenantId.toLowerCase(), state.domain.toLowerCase(), 'common', 'organizations']);

  /** Graph's error answer, with the request ids Graph adds. */
  const failure = (err: GraphError, clientRequestId: string, requestId: string = randomUUID()): SimResponse => {
    stats.noteStatus(err.status);
    return {
      status: err.status,
      headers: { ...err.headers, 'request-id': requestId, 'client-request-id': clientRequestId, 'Content-Type': JSON_CONTENT_TYPE },
      body: errorBody(err, { requestId, clientRequestId }, now()),
    };
  };
  const graphFailure = (err: GraphError, req: IncomingMessage): SimResponse =>
    failure(err, typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : '');

  const graph = async (req: IncomingMessage, rawBody: string, pathAndQuery: string): Promise<SimResponse & { drop?: boolean }> => {
    const headers = lowerHeaders(req);
    const requestId = randomUUID();
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const fail = (err: GraphError): SimResponse => failure(err, clientRequestId, requestId);
    stats.httpRequests++;
    let caller;
    let body: unknown;
    try {
      caller = await verifyGraphToken(headers['authorization'], key, tokens.issuer, now);
      body = parseJsonBody(rawBody);
    } catch (e) {
      if (e instanceof GraphError) return fail(e);
      throw e;
    }
    const dropConnection = { value: false };
    if (/^\/?\$batch(\?|$)/i.test(pathAndQuery)) {
      if (req.method !== 'POST') return fail(new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.'));
      stats.noteRoute('POST /$batch', false);
      try {
        const requests = parseBatch(body);
        const responses = await runBatch(requests, dispatcher, caller, dropConnection, now);
        stats.noteStatus(200);
        return {
          status: 200,
          headers: { 'request-id': requestId, 'client-request-id': clientRequestId, 'Content-Type': JSON_CONTENT_TYPE, 'OData-Version': '4.0' },
          body: { responses },
          drop: dropConnection.value,
        };
      } catch (e) {
        if (e instanceof GraphError) return fail(e);
        throw e;
      }
    }
    const res = await dispatcher.dispatch({ method: req.method ?? 'GET', relativeUrl: pathAndQuery, headers, body, caller, inBatch: false, dropConnection });
    return { ...res, drop: dropConnection.value };
  };

  const publicRoutes = async (req: IncomingMessage, rawBody: string, u: URL): Promise<SimResponse> => {
    const parts = u.pathname.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    const [tenant, a, b, c] = parts;
    if (method === 'GET' && parts.length === 4 && a === 'v2.0' && b === '.well-known' && c === 'openid-configuration' && tenantNames.has(tenant!.toLowerCase())) {
      return { status: 200, body: openIdConfiguration(url, state.tenantId, tokens.issuer) };
    }
    if (method === 'GET' && parts.length === 4 && a === 'discovery' && b === 'v2.0' && c === 'keys' && tenantNames.has(tenant!.toLowerCase())) {
      return { status: 200, body: jwks(key, tokens.issuer) };
    }
    if (method === 'POST' && parts.length === 4 && a === 'oauth2' && b === 'v2.0' && c === 'token' && tenantNames.has(tenant!.toLowerCase())) {
      return tokenEndpoint(new URLSearchParams(rawBody), tokens);
    }
    if (demoMode && method === 'GET' && u.pathname === '/demo/people') {
      return { status: 200, body: { value: demoPeople(state) } };
    }
    // The district's own settings (evaluators, the peer-coaching calendar): what a district configures, not Graph.
    if (demoMode && method === 'GET' && u.pathname === '/demo/district') {
      return { status: 200, body: state.district ?? { evaluators: [] } };
    }
    if (demoMode && method === 'GET' && u.pathname === '/demo/token') {
      if (u.searchParams.get('app') === '1') return { status: 200, body: { access_token: await tokens.forApp(), token_type: 'Bearer', expires_in: 3600 } };
      const who = u.searchParams.get('user');
      const user = who ? findUser(state, who) : undefined;
      if (!user) {
        return {
          status: 400,
          body: {
            error: 'unknown_user',
            error_description: `No seeded person '${who ?? ''}'. Pass ?user=<userPrincipalName> from GET /demo/people, or ?app=1 for an app-only token.`,
          },
        };
      }
      const scope = u.searchParams.get('scope');
      // `scopes`: the delegated permissions the app was consented (space-separated), so the demo app's
      // tokens carry what its registration asks for, and no more.
      const consented = u.searchParams.get('scopes')?.split(/\s+/).filter(Boolean);
      const options: TokenOptions = scope ? scopeToTokenOptions(scope) : consented?.length ? { scopes: consented } : {};
      // A token for the app's own API carries the app roles assigned to the person (none for Graph).
      const roles = options.audience !== undefined ? DEMO_APP_ROLE_ASSIGNMENTS[user.role] : undefined;
      return { status: 200, body: { access_token: await tokens.forUser(user, roles ? { ...options, roles: [...roles] } : options), token_type: 'Bearer', expires_in: 3600 } };
    }
    return { status: 404, body: { error: 'not_found', error_description: `Nothing at ${method} ${u.pathname}. Graph is served under /v1.0.` } };
  };

  answerClientErrors(server, now);
  server.on(
    'request',
    guarded(
      async (req: IncomingMessage, res: ServerResponse) => {
        applyCors(req, res, cors);
        if (answerPreflight(req, res, cors)) return;
        let rawBody: string;
        try {
          rawBody = (await readBodyWithin(req, MAX_BODY_BYTES)).toString('utf8');
        } catch (e) {
          if (!(e instanceof BodyTooLargeError)) throw e;
          send(res, graphFailure(new GraphError(413, 'RequestEntityTooLarge', 'The maximum request length supported is 4MB.', { Connection: 'close' }), req));
          return;
        }
        const u = parseRequestUrl(req, url);
        if (!u) {
          send(res, graphFailure(new GraphError(400, 'BadRequest', 'Invalid request: the URL could not be parsed.'), req));
          return;
        }
        const version = /^\/(v1\.0|beta)(\/.*)?$/i.exec(u.pathname);
        if (version) {
          const rest = req.url!.slice(1 + version[1]!.length);
          if (version[1]!.toLowerCase() === 'beta') {
            send(res, graphFailure(new GraphError(400, 'BadRequest', 'Invalid version: the demo tenant serves v1.0 only.'), req));
            return;
          }
          const answer = await graph(req, rawBody, rest === '' ? '/' : rest);
          if (answer.drop) {
            req.socket.destroy();
            return;
          }
          send(res, answer);
          return;
        }
        send(res, await publicRoutes(req, rawBody, u));
      },
      (line) => process.stderr.write(`[sim] ${line}\n`),
      now,
    ),
  );

  let closed = false;
  return {
    url,
    graphUrl: `${url}/v1.0`,
    tenantId: state.tenantId,
    clientId: state.clientId,
    issuer: tokens.issuer,
    openIdConfigurationUrl: `${url}/${state.tenantId}/v2.0/.well-known/openid-configuration`,
    jwksUrl: `${url}/${state.tenantId}/discovery/v2.0/keys`,
    stats,
    faults,
    now,
    state,
    router,
    async tokenFor(upnOrId, tokenOptions) {
      const user = findUser(state, upnOrId);
      if (!user) throw new Error(`tokenFor: no user '${upnOrId}' in the demo tenant.`);
      return tokens.forUser(user, tokenOptions);
    },
    async idTokenFor(upnOrId) {
      const user = findUser(state, upnOrId);
      if (!user) throw new Error(`idTokenFor: no user '${upnOrId}' in the demo tenant.`);
      return tokens.idToken(user);
    },
    appToken: (tokenOptions) => tokens.forApp(tokenOptions),
    allowOrigin: (origin) => cors.allow(origin),
    flush: () => persistence.flush(),
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await persistence.flush();
    },
  };
}

/**
 * `scope=api://app-id/access_as_user` asks, as with Entra ID, for a token to another resource: the
 * resource becomes the audience and the rest the `scp`. Graph's `.default` keeps the demo scopes.
 */
function scopeToTokenOptions(scope: string): TokenOptions {
  const cut = scope.lastIndexOf('/');
  if (cut <= 0) return {};
  const audience = scope.slice(0, cut);
  const name = scope.slice(cut + 1);
  if (name === '.default') return audience === 'https://graph.microsoft.com' ? {} : { audience };
  return { audience, scopes: [name] };
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

function send(res: ServerResponse, r: SimResponse): void {
  const headers: Record<string, string> = { ...r.headers };
  let payload: string | undefined;
  if (r.body !== undefined) {
    payload = JSON.stringify(r.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  res.writeHead(r.status, headers);
  res.end(payload);
}
