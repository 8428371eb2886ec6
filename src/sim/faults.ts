/**
 * Faults on demand, for tests and benchmarks: latency per request, 429 with Retry-After, 503, and a
 * create that commits and then drops the connection. Mutable at run time through `SimHandle.faults`.
 *
 * Faults apply to every Graph request the simulator dispatches: plain requests and each inner request
 * of a `$batch` (Graph throttles inner requests one by one), never to the `$batch` envelope itself.
 */
import { GraphError } from './errors.js';
import { createRng, type Rng } from './seed/prng.js';
import type { SimRequest } from './types.js';

/** What a fault filter sees of a request. `route` is the matched pattern, e.g. `/users/{userId}/events`. */
export interface FaultTarget {
  method: string;
  path: string;
  route: string;
  inBatch: boolean;
}
export type FaultFilter = (target: FaultTarget) => boolean;

export interface StatusFaultOptions {
  /** Fail the next N matching requests. */
  next?: number;
  /** Or fail this fraction (0..1) of matching requests, drawn from a seeded generator. */
  rate?: number;
  /** Seconds for the Retry-After header (fractions allowed, as in Graph's sample `2.128`). Omit for none. */
  retryAfterSeconds?: number;
  match?: FaultFilter;
}

export interface FaultOptions {
  /** Delay added before each dispatched request is handled. */
  latencyMs?: number;
  throttle?: StatusFaultOptions;
  unavailable?: StatusFaultOptions;
  /** The next N matching creates commit, then the connection is destroyed without an answer. */
  commitThenDrop?: { next: number; match?: FaultFilter };
  mailboxConcurrencyLimit?: number;
  concurrencyRetryAfterSeconds?: number;
  concurrencyScope?: 'mailbox' | 'app';
  mailboxRequestRate?: { limit: number; windowSeconds: number };
  /** Seed for the rate-based faults (default 1). */
  seed?: number;
}

interface StatusFault {
  remaining: number;
  rate: number;
  retryAfterSeconds: number | undefined;
  match: FaultFilter;
}

const everything: FaultFilter = () => true;

function toStatusFault(o: StatusFaultOptions | undefined): StatusFault | undefined {
  if (!o) return undefined;
  return { remaining: o.next ?? 0, rate: o.rate ?? 0, retryAfterSeconds: o.retryAfterSeconds, match: o.match ?? everything };
}

export class SimFaults {
  latencyMs = 0;
  /** Graph's Outlook limit: concurrent requests per app+mailbox before 429 ApplicationThrottled. */
  mailboxConcurrencyLimit = 4;
  /** Retry-After (seconds) on a MailboxConcurrency 429; tests may lower it. */
  concurrencyRetryAfterSeconds = 1;
  /** Count the limit per app+mailbox (older doc, default) or per app across mailboxes (newer doc). */
  concurrencyScope: 'mailbox' | 'app' = 'mailbox';
  /** Outlook's request-rate limit per app+mailbox: 10,000 per 10 minutes (throttling-limits.md). */
  mailboxRequestRate = { limit: 10_000, windowSeconds: 600 };
  private throttleFault: StatusFault | undefined;
  private unavailableFault: StatusFault | undefined;
  private drop: { remaining: number; match: FaultFilter } | undefined;
  private rng: Rng;
  /** How many times each fault fired (tests assert on these). */
  readonly fired = { throttled: 0, unavailable: 0, dropped: 0 };

  constructor(options: FaultOptions = {}) {
    this.rng = createRng(options.seed ?? 1);
    this.set(options);
  }

  /** Replace all faults at once. */
  set(options: FaultOptions): this {
    this.latencyMs = options.latencyMs ?? 0;
    this.mailboxConcurrencyLimit = options.mailboxConcurrencyLimit ?? 4;
    this.concurrencyRetryAfterSeconds = options.concurrencyRetryAfterSeconds ?? 1;
    this.concurrencyScope = options.concurrencyScope ?? 'mailbox';
    this.mailboxRequestRate = options.mailboxRequestRate ?? { limit: 10_000, windowSeconds: 600 };
    this.throttleFault = toStatusFault(options.throttle);
    this.unavailableFault = toStatusFault(options.unavailable);
    this.drop = options.commitThenDrop ? { remaining: options.commitThenDrop.next, match: options.commitThenDrop.match ?? everything } : undefined;
    if (options.seed !== undefined) this.rng = createRng(options.seed);
    return this;
  }

  clear(): this {
    return this.set({});
  }

  /** Answer the next `n` matching requests with 429 and `Retry-After: retryAfterSeconds`. */
  throttleNext(n: number, retryAfterSeconds = 1, match: FaultFilter = everything): this {
    this.throttleFault = { remaining: n, rate: 0, retryAfterSeconds, match };
    return this;
  }

  /** Answer a fraction of matching requests with 429 until cleared. */
  throttleRate(rate: number, retryAfterSeconds = 1, match: FaultFilter = everything): this {
    this.throttleFault = { remaining: 0, rate, retryAfterSeconds, match };
    return this;
  }

  /** Answer the next `n` matching requests with 503 (with Retry-After when given). */
  unavailableNext(n: number, retryAfterSeconds?: number, match: FaultFilter = everything): this {
    this.unavailableFault = { remaining: n, rate: 0, retryAfterSeconds, match };
    return this;
  }

  /** The next `n` matching creates commit and then lose their connection. */
  dropAfterCommitNext(n: number, match: FaultFilter = everything): this {
    this.drop = { remaining: n, match };
    return this;
  }

  /** Called by the server before a request is handled: throws the injected 429/503, if any. */
  check(target: FaultTarget): void {
    if (this.fires(this.throttleFault, target)) {
      this.fired.throttled++;
      throw throttled(this.throttleFault!.retryAfterSeconds ?? 1, 'TooManyRequests', 'Please retry again later.');
    }
    if (this.fires(this.unavailableFault, target)) {
      this.fired.unavailable++;
      const f = this.unavailableFault!;
      const headers: Record<string, string> = f.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(f.retryAfterSeconds) };
      throw new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Retry the request after a delay.', headers);
    }
  }

  /**
   * Calendar handlers call this right after committing a create. When it returns true the server
   * destroys the socket instead of answering, so the client sees a dropped connection although the
   * event exists (the case `transactionId` makes safe to retry).
   */
  shouldDropAfterCommit(req: SimRequest): boolean {
    const d = this.drop;
    if (!d || d.remaining <= 0) return false;
    if (!d.match({ method: req.method, path: req.path, route: req.route, inBatch: req.inBatch })) return false;
    d.remaining--;
    this.fired.dropped++;
    req.dropConnection.value = true;
    return true;
  }

  private fires(f: StatusFault | undefined, target: FaultTarget): boolean {
    if (!f || !f.match(target)) return false;
    if (f.remaining > 0) {
      f.remaining--;
      return true;
    }
    return f.rate > 0 && this.rng.chance(f.rate);
  }
}

/** A Graph-shaped 429 (examples/throttling-429.response.json). */
export function throttled(retryAfterSeconds: number, code: string, message: string): GraphError {
  return new GraphError(429, code, message, { 'Retry-After': String(retryAfterSeconds) }, { code: '429', message: 'Please retry after', status: '429' });
}
