/**
 * One Graph request through the simulator, whether it came over HTTP or inside a `$batch`:
 * `/me` rewriting, routing, user resolution, the per app+mailbox concurrency limit, injected faults
 * and latency, then the handler. Always returns a response; GraphErrors become Graph's error body.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { requirePermission } from './auth/permissions.js';
import { applyProfileLimits } from './auth/profileLimits.js';
import { GraphError, errorBody } from './errors.js';
import { throttled } from './faults.js';
import { parsePrefer } from './prefer.js';
import type { Router } from './router.js';
import { findUser } from './state.js';
import type { SimStats } from './stats.js';
import type { Caller, SimContext, SimRequest, SimResponse } from './types.js';

export interface DispatchInput {
  method: string;
  /** Path and query after `/v1.0`, e.g. `/me/calendarView?startDateTime=...` (leading slash optional). */
  relativeUrl: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
  caller: Caller;
  inBatch: boolean;
  /** Shared with the outer HTTP exchange so a dropped create drops the connection. */
  dropConnection: { value: boolean };
}

export interface Dispatcher {
  dispatch(input: DispatchInput): Promise<SimResponse>;
}

/** Routes served by Exchange Online, where Outlook's per-mailbox limits apply (not directory reads). */
const OUTLOOK_RESOURCE = /^\/users\/\{userId\}\/(events|calendar|calendarView|calendars|mailboxSettings|messages)(\/|$)/i;

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function createDispatcher(router: Router, ctx: SimContext, stats: SimStats): Dispatcher {
  const inFlight = new Map<string, number>();

  const finish = (res: SimResponse, requestId: string, clientRequestId: string): SimResponse => {
    stats.noteStatus(res.status);
    const headers: Record<string, string> = { 'request-id': requestId, 'client-request-id': clientRequestId, ...res.headers };
    if (res.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = JSON_CONTENT_TYPE;
      headers['OData-Version'] = '4.0';
    }
    headers['Cache-Control'] ??= 'no-cache';
    return { ...res, headers };
  };

  const dispatch = async (input: DispatchInput): Promise<SimResponse> => {
    const requestId = randomUUID();
    const clientRequestId = input.headers['client-request-id'] ?? requestId;
    try {
      return finish(await run(input, requestId, clientRequestId), requestId, clientRequestId);
    } catch (e) {
      const err = e instanceof GraphError ? e : internalError(e);
      return finish({ status: err.status, headers: err.headers, body: errorBody(err, { requestId, clientRequestId }, ctx.now()) }, requestId, clientRequestId);
    }
  };

  const run = async (input: DispatchInput, requestId: string, clientRequestId: string): Promise<SimResponse> => {
    const url = new URL(`${ctx.baseUrl}/v1.0/${input.relativeUrl.replace(/^\/+/, '')}`);
    let path = url.pathname.replace(/^\/v1\.0/i, '');
    if (/^\/me(\/|$)/i.test(path)) {
      if (input.caller.kind !== 'delegated' || input.caller.userId === undefined) {
        throw new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
      }
      path = `/users/${input.caller.userId}${path.slice(3)}`;
    }
    const method = input.method.toUpperCase();
    const match = router.match(method, path);
    if (match.kind === 'none') throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${match.unknownSegment}'.`);
    if (match.kind === 'wrongMethod') throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    const { route, params } = match;
    stats.noteRoute(`${method} ${route.pattern}`, input.inBatch);

    const req: SimRequest = {
      method,
      path,
      route: route.pattern,
      url,
      params,
      query: url.searchParams,
      headers: input.headers,
      body: input.body,
      caller: input.caller,
      prefer: parsePrefer(input.headers['prefer']),
      inBatch: input.inBatch,
      requestId,
      clientRequestId,
      dropConnection: input.dropConnection,
    };
    const userKey = params['userId'];
    if (userKey !== undefined) {
      const user = findUser(ctx.state, userKey);
      if (!user) {
        if (route.segments.length === 2) {
          throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${userKey}' does not exist or one of its queried reference-property objects are not present.`);
        }
        throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${userKey}' is invalid.`);
      }
      req.user = user;
      params['userId'] = user.id;
    }
    requirePermission(input.caller, method, route.pattern, req.user?.id);

    // Outlook's limit: at most 4 requests in flight (throttling-limits.md). The older doc counts per
    // app+mailbox, the newer per app whichever mailboxes; per mailbox is the default, tests may pick 'app'.
    const mailbox = req.user !== undefined && OUTLOOK_RESOURCE.test(route.pattern) ? req.user.id : undefined;
    const keys = mailbox === undefined ? undefined : { mailbox: `${input.caller.appId}|${mailbox}`, app: `${input.caller.appId}|*` };
    if (keys && mailbox !== undefined) {
      stats.noteConcurrency(mailbox, bump(keys.mailbox, 1));
      stats.noteAppConcurrency(bump(keys.app, 1));
    }
    try {
      if (keys) checkRequestRate(keys.mailbox);
      if (keys && (inFlight.get(ctx.faults.concurrencyScope === 'app' ? keys.app : keys.mailbox) ?? 0) > ctx.faults.mailboxConcurrencyLimit) {
        throw throttled(ctx.faults.concurrencyRetryAfterSeconds, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.');
      }
      ctx.faults.check({ method, path, route: route.pattern, inBatch: input.inBatch });
      // Unref'd: a request still held when the tenant closes (its client gave up) must not keep the process alive.
      if (ctx.faults.latencyMs > 0) await sleep(ctx.faults.latencyMs, undefined, { ref: false });
      return applyProfileLimits(input.caller, route.pattern, await route.handler(req, ctx));
    } finally {
      if (keys) {
        bump(keys.mailbox, -1);
        bump(keys.app, -1);
      }
    }
  };

  // Outlook's other limit: 10,000 requests per 10 minutes per app+mailbox, counted in fixed windows.
  const windows = new Map<string, { start: number; count: number }>();
  let windowsFor = ctx.faults.mailboxRequestRate;
  const checkRequestRate = (key: string): void => {
    if (ctx.faults.mailboxRequestRate !== windowsFor) {
      // A new limit (faults.set) starts fresh windows, so tests do not inherit earlier counts.
      windowsFor = ctx.faults.mailboxRequestRate;
      windows.clear();
    }
    const { limit, windowSeconds } = windowsFor;
    const now = ctx.now();
    let w = windows.get(key);
    if (!w || now - w.start >= windowSeconds * 1000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > limit) {
      const wait = Math.max(1, Math.ceil((w.start + windowSeconds * 1000 - now) / 1000));
      throw throttled(wait, 'ApplicationThrottled', 'Application is over its MailboxRequests limit.');
    }
  };

  const bump = (key: string, by: number): number => {
    const n = (inFlight.get(key) ?? 0) + by;
    inFlight.set(key, n);
    return n;
  };

  return { dispatch };
}

function internalError(e: unknown): GraphError {
  // A bug in the simulator must still look like Graph to the client, and be visible to the developer.
  process.stderr.write(`[sim] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return new GraphError(500, 'generalException', 'An internal error occurred in the demo tenant.');
}
