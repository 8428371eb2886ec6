/**
 * Retries throttled (429) and unavailable (502-504) answers, and network failures, by the rules in
 * retryPolicy.ts: Retry-After honoured, else jittered exponential backoff; a retry cap; an overall
 * deadline; and repeats only of requests that are safe to repeat (a create only with a transactionId).
 *
 * Why not the SDK's RetryHandler: it reads Math.random and Date.now inside, has no deadline, caps a
 * server's Retry-After (retrying early only earns another 429), and does not retry network failures,
 * which is exactly when a create with a transactionId must be repeated. Same shape, same place in the
 * chain, with the clock, sleep and randomness injected.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { decideRetry, type FailedAttempt, type RequestSafety, type RetrySettings } from '../retryPolicy.js';
import { readRequestPolicy, requestMethod, requestUrl, setRequestHeader } from './requestPolicy.js';

export interface RetryEvent {
  readonly method: string;
  readonly url: string;
  /** HTTP status of the failed attempt, 0 for a network failure. */
  readonly status: number;
  /** The retry about to be made (1 for the first). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly fromServer: boolean;
  /** True for a part of a `$batch` sent again on its own. */
  readonly inBatch?: boolean;
}

export interface RetryDeps {
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
  readonly onRetry?: (event: RetryEvent) => void;
}

/** No HTTP answer arrived. GraphRequest turns any thrown Error into a GraphError with `code` = name. */
export class NetworkFailure extends Error {
  override readonly name = 'NetworkFailure';
  constructor(cause: unknown) {
    super(`No answer from Microsoft Graph: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);

export function defaultSafety(method: string): RequestSafety {
  return IDEMPOTENT_METHODS.has(method) ? 'idempotent' : 'unsafe';
}

export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly settings: RetrySettings,
    private readonly deps: RetryDeps,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('RetryMiddleware: no next middleware; it cannot be the last link of the chain.');
    const method = requestMethod(context);
    const safety = readRequestPolicy(context)?.safety ?? defaultSafety(method);
    const startedAtMs = this.deps.now();
    const callerSignal = context.options?.signal ?? undefined;
    for (let retriesSoFar = 0; ; retriesSoFar++) {
      let failure: FailedAttempt;
      let networkError: unknown;
      try {
        context.response = undefined;
        // A hung connection must not hang the app: each attempt gets its own time limit.
        const timeout = AbortSignal.timeout(this.settings.attemptTimeoutMs);
        context.options = { ...context.options, signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout };
        await next.execute(context);
        const response = context.response as Response | undefined;
        if (!response) throw new Error('the HTTP link returned no response');
        if (response.status < 400) {
          context.response = await settleEmptyBody(response);
          return;
        }
        failure = { status: response.status, retryAfter: response.headers.get('Retry-After') };
      } catch (error) {
        if (isAbort(error)) throw error;
        networkError = error;
        failure = { status: 0 };
      }
      const decision = decideRetry(failure, safety, { retriesSoFar, startedAtMs, nowMs: this.deps.now(), random: this.deps.random }, this.settings);
      if (!decision.retry) {
        if (networkError !== undefined) throw new NetworkFailure(networkError);
        return; // the failed answer goes back up; the gateway turns it into a GraphRequestError
      }
      await discardBody(context.response as Response | undefined);
      this.deps.onRetry?.({ method, url: requestUrl(context), status: failure.status, attempt: retriesSoFar + 1, delayMs: decision.delayMs, fromServer: decision.fromServer });
      await this.deps.sleep(decision.delayMs);
      setRequestHeader(context, 'Retry-Attempt', String(retriesSoFar + 1));
    }
  }
}

/**
 * A success with no content (202 from accept/decline/forward, 204 from DELETE) is read to its end here and
 * handed on bodiless. The SDK returns such a body unread as a stream; the browser then cancels the load when
 * the stream is dropped, and its network log shows every answer as a failed (aborted) request, though Graph
 * took it.
 */
export async function settleEmptyBody(response: Response): Promise<Response> {
  const empty = response.status === 202 || response.status === 204 || response.headers.get('content-length') === '0';
  if (!empty || response.bodyUsed || response.body === null) return response;
  const text = await response.text();
  if (text.trim() !== '') return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A caller's own abort ends the request; our attempt time limit ('TimeoutError') is a network failure. */
function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Reads and drops an unused body so the connection can be reused. */
async function discardBody(response: Response | undefined): Promise<void> {
  if (!response || response.bodyUsed) return;
  try {
    await response.arrayBuffer();
  } catch {
    // The body is being thrown away; a failure to read it changes nothing.
  }
}
