/**
 * The app server: the built browser app, `/api/config` (where Graph is and how to sign in),
 * `/api/templates` (the district's agenda templates with the built-ins), and the authenticated JSON API. Every `/api` route except config and health needs a bearer token that the
 * issuer of `identity` signed; other features add their routes through `routes`.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUILT_IN_TEMPLATES } from '../core/agenda/builtins/index.js';
import type { AgendaTemplate } from '../core/agenda/model.js';
import { createBearerValidator, BearerError } from './auth/bearerValidator.js';
import type { BearerValidator, VerifiedCaller } from './auth/bearerValidator.js';
import type { IdentitySettings } from './config.js';
import { API_SCOPE_NAME, openIdMetadataUrl, tokenAudiences } from './config.js';
import { readJsonBody, RequestBodyError, sendError, sendJson } from './http/json.js';
import { contentSecurityPolicy } from './http/securityHeaders.js';
import { createStaticHandler } from './http/staticFiles.js';
import { isLegalPath, serveLegalPage } from './http/legalPages.js';
import { createSimProxy, isSimPath } from './demo/simProxy.js';
import { answerClientErrors, guarded, parseRequestUrl } from '../sim/httpGuard.js';
import { toPublicConfig } from './publicConfig.js';
import type { DistrictCalendar } from '../core/district/districtCalendar.js';
import { createReportRoute, type ReportRouteOptions } from './report/reportRoute.js';

export interface ApiRequest {
  readonly caller: VerifiedCaller;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
}

export interface ApiResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** A body that is not JSON (the report's CSV). */
  readonly raw?: { readonly contentType: string; readonly text: string };
  /** A body written as the work goes (the report's progress lines, then its result). */
  readonly stream?: { readonly contentType: string; run(write: (chunk: string) => void): Promise<void> };
}

/** An authenticated JSON route, e.g. `{ method: 'GET', path: '/api/reports/time', handle }`. */
export interface ApiRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /**
   * App roles of our API that may call this route (any one will do), from the token's `roles` claim,
   * e.g. a district admin role; absent: any caller the validator accepted.
   */
  readonly roles?: readonly string[];
  handle(request: ApiRequest): Promise<ApiResult>;
}

export interface AppServerOptions {
  readonly identity: IdentitySettings;
  /** The built browser app (dist/app). */
  readonly staticDir: string;
  readonly routes?: readonly ApiRoute[];
  /** The district report's settings (default: the demo district's). */
  readonly report?: Omit<ReportRouteOptions, 'identity'>;
  /** The agenda templates the tab offers: the built-ins merged with the district's folder, read at start (default the built-ins). */
  readonly templates?: readonly AgendaTemplate[];
  /**
   * Where people reach this server (`https://TAB_DOMAIN`, or PUBLIC_URL): the origin written into
   * forwarded paging links. Default: http://localhost:<the port it listens on>.
   */
  readonly publicUrl?: string;
  /** Overrides the validator built from `identity` (tests of the validator itself do not need this). */
  readonly validator?: BearerValidator;
  /**
   * The district's closures, offered to every search through `/api/config`: fixed, or read each time
   * (a shared calendar the server reads again every few minutes).
   */
  readonly districtCalendar?: DistrictCalendar | (() => DistrictCalendar | undefined);
  /** The clock tokens are checked against and the demo's "today" is read from (the demo tenant's); default Date.now. */
  readonly now?: () => number;
}

export interface RunningAppServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export function createAppServer(options: AppServerOptions): Server {
  const validator =
    options.validator ??
    createBearerValidator({
      metadataUrl: openIdMetadataUrl(options.identity),
      audiences: tokenAudiences(options.identity),
      clientId: options.identity.clientId,
      scope: API_SCOPE_NAME,
      appOnlyClientIds: options.identity.mode === 'production' ? options.identity.appOnlyClientIds : [],
      ...(options.now ? { now: options.now } : {}),
    });
  const now = options.now ?? Date.now;
  const templates = options.templates ?? BUILT_IN_TEMPLATES;
  const calendarNow = typeof options.districtCalendar === 'function' ? options.districtCalendar : () => options.districtCalendar as DistrictCalendar | undefined;
  const district = () => {
    const districtCalendar = calendarNow();
    return districtCalendar ? { districtCalendar } : {};
  };
  const htmlHeaders = { 'content-security-policy': contentSecurityPolicy(toPublicConfig(options.identity, now())), 'referrer-policy': 'no-referrer' };
  const serveStatic = createStaticHandler(options.staticDir, htmlHeaders, { serveSourceMaps: options.identity.mode === 'demo' });
  const server = createServer();
  const publicOrigin = (): string => (options.publicUrl ? new URL(options.publicUrl).origin : `http://localhost:${(server.address() as AddressInfo | null)?.port ?? 80}`);
  const simProxy = options.identity.mode === 'demo' ? createSimProxy(options.identity.simUrl, publicOrigin) : undefined;

  const builtIn: ApiRoute[] = [
    {
      method: 'GET',
      path: '/api/me',
      handle: async ({ caller }) => ({
        status: 200,
        body: { kind: caller.kind, oid: caller.oid, tid: caller.tid, upn: caller.upn ?? null, name: caller.name ?? null, scopes: caller.scopes, roles: caller.roles },
      }),
    },
  ];
  const routes = [...builtIn, createReportRoute({ identity: options.identity, clock: now, ...options.report }), ...(options.routes ?? [])];

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // Public: what the page needs before anyone signs in. Agenda templates are the district's forms, not anyone's data.
    if (url.pathname === '/api/config' || url.pathname === '/api/health' || url.pathname === '/api/templates') {
      if (req.method !== 'GET') return sendError(res, 405, 'methodNotAllowed', `${url.pathname} only answers GET.`, { allow: 'GET' });
      const answer = url.pathname === '/api/config' ? toPublicConfig(options.identity, now(), district()) : url.pathname === '/api/templates' ? { templates } : { status: 'ok' };
      return sendJson(res, 200, answer);
    }
    const samePath = routes.filter((r) => r.path === url.pathname);
    if (samePath.length === 0) return sendError(res, 404, 'notFound', `There is no API at ${url.pathname}.`);
    const route = samePath.find((r) => r.method === req.method);
    if (!route) {
      const allow = samePath.map((r) => r.method).join(', ');
      return sendError(res, 405, 'methodNotAllowed', `${url.pathname} answers ${allow}, not ${req.method}.`, { allow });
    }
    let caller: VerifiedCaller;
    try {
      caller = await validator(req.headers.authorization);
    } catch (error) {
      if (error instanceof BearerError) {
        const status = error.code === 'issuer_unreachable' ? 503 : 401;
        const challenge: Record<string, string> =
          status === 401 ? { 'www-authenticate': `Bearer error="${error.code === 'missing_token' ? 'invalid_request' : 'invalid_token'}"` } : {};
        return sendError(res, status, error.code, error.message, challenge);
      }
      throw error;
    }
    if (route.roles && !route.roles.some((role) => caller.roles.includes(role))) {
      return sendError(
        res,
        403,
        'forbidden',
        `${url.pathname} needs the ${route.roles.map((r) => `"${r}"`).join(' or ')} role in Common Time; ask your Microsoft 365 administrator to assign it to you.`,
      );
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (error) {
      if (error instanceof RequestBodyError) {
        return sendError(res, error.status, error.status === 413 ? 'requestEntityTooLarge' : 'badRequest', error.message, error.status === 413 ? { connection: 'close' } : {});
      }
      throw error;
    }
    const result = await route.handle({ caller, query: url.searchParams, body, headers: req.headers });
    if (result.stream) {
      res.writeHead(result.status, { ...result.headers, 'content-type': result.stream.contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      await result.stream.run((chunk) => {
        if (!res.destroyed) res.write(chunk);
      });
      res.end();
      return;
    }
    if (result.raw) {
      res
        .writeHead(result.status, { ...result.headers, 'content-type': result.raw.contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
        .end(result.raw.text);
      return;
    }
    if (result.body === undefined) {
      res.writeHead(result.status, { ...result.headers, 'cache-control': 'no-store' }).end();
      return;
    }
    sendJson(res, result.status, result.body, { ...result.headers });
  }

  answerClientErrors(server);
  server.on(
    'request',
    guarded(
      async (req, res) => {
        const url = parseRequestUrl(req, 'http://localhost');
        if (!url) return sendError(res, 400, 'badRequest', 'The request URL could not be read; check the address.');
        if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
        if (isLegalPath(url.pathname)) return serveLegalPage(req, res, url.pathname, htmlHeaders);
        if (simProxy && isSimPath(url.pathname)) return simProxy(req, res);
        const served = await serveStatic(req, res);
        if (!served) sendError(res, 404, 'notFound', `Nothing here: ${url.pathname}. Open / for the app.`);
        // Never a stack trace to a user: guarded() logs it and answers with a plain message.
      },
      (line) => console.error(`[app-server] ${line}`),
    ),
  );
  return server;
}

/** Starts listening; rejects with a clear message when the port is taken. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<RunningAppServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') reject(new PortBusyError(port));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        // Listening on every address (HOST=0.0.0.0 or ::): this machine reaches it as localhost.
        url: `http://${['127.0.0.1', '0.0.0.0', '::'].includes(host) ? 'localhost' : host}:${actual}`,
        server,
        close: () => closeServer(server),
      });
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export class PortBusyError extends Error {
  /** `variable` names the setting that chooses this port, so the message can say how to change it. */
  constructor(
    readonly port: number,
    readonly variable = 'PORT',
  ) {
    super(`Port ${port} (${variable}) is already in use.`);
    this.name = 'PortBusyError';
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
