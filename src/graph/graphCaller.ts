/**
 * The one place requests leave the gateway: a call through the SDK client (and so the middleware
 * chain), with failures turned into GraphRequestError. Feature modules (schedules, events, directory)
 * take a GraphCaller first, as microsoft-graph-toolkit's `*.graph.ts` helpers take the graph.
 */
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { GraphConflictError, GraphRequestError, kindForStatus, readGraphErrorBody, type GraphOperation } from './graphRequestError.js';
import { RequestPolicy } from './middleware/requestPolicy.js';
import type { RetryEvent } from './middleware/RetryMiddleware.js';
import { parseRetryAfter } from './retryDelay.js';
import type { RequestSafety, RetrySettings } from './retryPolicy.js';

export interface GraphCall {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the API root, query string already encoded: `/users/ana%40x.org/events?$top=50`. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults by method: POST is unsafe unless stated. */
  readonly safety?: RequestSafety;
  readonly mailboxSlots?: ReadonlyMap<string, number>;
  /** For the error message: what was being done, to whom. */
  readonly operation: GraphOperation;
}

/** Looks up a person's display name for messages; undefined when unknown. */
export type NameOf = (idOrAddress: string) => string | undefined;

export interface GraphCaller {
  call<T>(call: GraphCall): Promise<T>;
  readonly apiRoot: string;
  readonly retry: RetrySettings;
  readonly maxConcurrencyPerMailbox: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
  readonly nameOf: NameOf;
  /** Told about each retry, of whole requests (by the middleware) and of `$batch` parts (by the runner). */
  readonly onRetry?: (event: RetryEvent) => void;
}

export function createGraphCaller(client: Client, parts: Omit<GraphCaller, 'call'>): GraphCaller {
  return {
    ...parts,
    async call<T>(c: GraphCall): Promise<T> {
      const request = client
        .api(c.path)
        .headers({ ...c.headers })
        .middlewareOptions([new RequestPolicy(c.safety ?? (c.method === 'POST' ? 'unsafe' : 'idempotent'), c.mailboxSlots)]);
      try {
        switch (c.method) {
          case 'GET':
            return (await request.get()) as T;
          case 'POST':
            return (await request.post(c.body ?? {})) as T;
          case 'PATCH':
            return (await request.patch(c.body ?? {})) as T;
          case 'DELETE':
            return (await request.delete()) as T;
        }
      } catch (error) {
        throw toGraphRequestError(error, c.operation, { method: c.method, url: `${parts.apiRoot}${c.path}`, nowMs: parts.now() });
      }
    },
  };
}

/** An SDK GraphError (or anything thrown on the way) as a GraphRequestError with a readable message. */
export function toGraphRequestError(error: unknown, operation: GraphOperation, request: { method: string; url: string; nowMs: number }): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof GraphError) {
    // statusCode -1: no HTTP answer (the retry link's NetworkFailure, or fetch's own TypeError).
    const status = error.statusCode > 0 ? error.statusCode : 0;
    const fromBody = readGraphErrorBody(error.body);
    const retryAfterMs = parseRetryAfter(error.headers?.get('Retry-After'), request.nowMs);
    return fromStatus(status, {
      code: status === 0 ? 'networkFailure' : (error.code ?? fromBody.code),
      graphMessage: error.message || fromBody.message,
      requestId: error.requestId ?? fromBody.requestId ?? error.headers?.get('request-id') ?? undefined,
      retryAfterMs,
      operation,
      ...request,
      cause: error,
    });
  }
  return new GraphRequestError({
    kind: 'network',
    status: 0,
    code: 'networkFailure',
    operation,
    method: request.method,
    url: request.url,
    cause: error,
    ...(error instanceof Error ? { graphMessage: error.message } : {}),
  });
}

export interface FromStatusInit {
  readonly code: string;
  readonly operation: GraphOperation;
  readonly graphMessage?: string | undefined;
  readonly requestId?: string | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly method?: string;
  readonly url?: string;
  readonly cause?: unknown;
}

export function fromStatus(status: number, init: FromStatusInit): GraphRequestError {
  const clean = Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined)) as FromStatusInit;
  const full = { ...clean, kind: kindForStatus(status), status };
  return status === 412 ? new GraphConflictError(full) : new GraphRequestError(full);
}
