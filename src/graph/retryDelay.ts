/**
 * How long to wait before retrying a throttled or unavailable Graph request. Pure: the clock reading
 * and the random source come in, so tests can check exact values and ranges.
 *
 * Graph's guidance (concepts/throttling.md): wait what `Retry-After` says (seconds, and the sample
 * value is fractional, `2.128`; RFC 9110 also allows an HTTP date); without it, back off
 * exponentially. We add jitter to the backoff so that many clients throttled together do not retry
 * in lockstep; a server-given `Retry-After` is honoured exactly, since retrying earlier only earns
 * another 429.
 */

export interface BackoffOptions {
  /** The first backoff step, before jitter. */
  readonly baseDelayMs: number;
  /** No computed backoff is longer than this. */
  readonly maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * `Retry-After` in milliseconds from `nowMs`, or undefined when the header is absent or unreadable.
 * A date in the past counts as 0 (retry now).
 * @example parseRetryAfter('2.128', 0) // 2128
 * @example parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('2026-10-21T07:27:58Z')) // 2000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date always names a weekday or month; a bare number that failed the test above is junk.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff with "equal jitter" for retry number `attempt` (1 for the first retry):
 * half of the capped step is fixed, the other half random, so the delay lies in [step/2, step].
 * @example backoffDelay(3, () => 0, { baseDelayMs: 500, maxDelayMs: 30000 }) // 1000 (step 2000)
 */
export function backoffDelay(attempt: number, random: () => number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt: expected a whole number from 1, got ${attempt}.`);
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * r);
}

export interface RetryDelayInput {
  /** The `Retry-After` header of the failed response, if any. */
  readonly retryAfter?: string | null;
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly nowMs: number;
  readonly random: () => number;
}

/** The delay before the next attempt: `Retry-After` when the server gave one, else jittered backoff. */
export function computeRetryDelay(input: RetryDelayInput, options: BackoffOptions = DEFAULT_BACKOFF): { delayMs: number; fromServer: boolean } {
  const fromHeader = parseRetryAfter(input.retryAfter, input.nowMs);
  if (fromHeader !== undefined) return { delayMs: fromHeader, fromServer: true };
  return { delayMs: backoffDelay(input.attempt, input.random, options), fromServer: false };
}
