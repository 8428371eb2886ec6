/**
 * Whether and when to retry a failed Graph request. Pure: the caller passes the clock reading and the
 * random source. The same rules serve whole requests (the middleware) and `$batch` parts (the batch
 * runner), so resilience is decided in one place.
 */
import { computeRetryDelay, type BackoffOptions } from './retryDelay.js';

/**
 * How safe a request is to send twice.
 * - `idempotent`: reads, getSchedule, PATCH/DELETE, answers to invitations. Retried after 429, 502-504
 *   and network failures.
 * - `transactional`: a create that carries a `transactionId`, which Graph uses to drop the duplicate,
 *   so it may be retried after a network failure or a 5xx too.
 * - `unsafe`: any other POST. Retried only after 429, which Graph sends before doing any work.
 */
export type RequestSafety = 'idempotent' | 'transactional' | 'unsafe';

export interface RetrySettings {
  /** Retries after the first attempt (so at most maxRetries + 1 attempts). */
  readonly maxRetries: number;
  /** Longest single wait: a longer Retry-After or backoff ends the retries with the error. */
  readonly maxDelayMs: number;
  /** No retry is started that would end after this long since the first attempt. */
  readonly deadlineMs: number;
  /** The first backoff step when Graph sends no Retry-After. */
  readonly baseDelayMs: number;
  /** An attempt with no answer after this long is abandoned and counts as a network failure. */
  readonly attemptTimeoutMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { maxRetries: 6, maxDelayMs: 30_000, deadlineMs: 120_000, baseDelayMs: 500, attemptTimeoutMs: 60_000 };

/** A failed attempt: an HTTP status, or 0 for no answer at all (connection refused, reset, dropped). */
export interface FailedAttempt {
  readonly status: number;
  readonly retryAfter?: string | null;
}

const ALWAYS_RETRYABLE = new Set([429]);
const RETRYABLE_WHEN_REPEATABLE = new Set([0, 502, 503, 504]);

/** True when this failure may be retried for a request of this safety. */
export function isRetryable(failure: FailedAttempt, safety: RequestSafety): boolean {
  if (ALWAYS_RETRYABLE.has(failure.status)) return true;
  if (safety === 'unsafe') return false;
  if (RETRYABLE_WHEN_REPEATABLE.has(failure.status)) return true;
  // A create with a transactionId is safe to repeat after any server error: the duplicate is dropped.
  return safety === 'transactional' && failure.status >= 500;
}

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly fromServer: boolean }
  | { readonly retry: false; readonly why: 'notRetryable' | 'maxRetries' | 'tooLong' | 'deadline'; readonly delayMs?: number };

export interface RetryState {
  /** Retries already made for this request (0 after the first attempt). */
  readonly retriesSoFar: number;
  /** When the first attempt started. */
  readonly startedAtMs: number;
  readonly nowMs: number;
  readonly random: () => number;
}

/**
 * The decision after a failed attempt.
 * @example decideRetry({ status: 429, retryAfter: '2' }, 'unsafe', { retriesSoFar: 0, startedAtMs: 0, nowMs: 0, random: () => 0 }, DEFAULT_RETRY)
 * // { retry: true, delayMs: 2000, fromServer: true }
 */
export function decideRetry(failure: FailedAttempt, safety: RequestSafety, state: RetryState, settings: RetrySettings = DEFAULT_RETRY): RetryDecision {
  if (!isRetryable(failure, safety)) return { retry: false, why: 'notRetryable' };
  if (state.retriesSoFar >= settings.maxRetries) return { retry: false, why: 'maxRetries' };
  const backoff: BackoffOptions = { baseDelayMs: settings.baseDelayMs, maxDelayMs: settings.maxDelayMs };
  const { delayMs, fromServer } = computeRetryDelay({ retryAfter: failure.retryAfter, attempt: state.retriesSoFar + 1, nowMs: state.nowMs, random: state.random }, backoff);
  if (delayMs > settings.maxDelayMs) return { retry: false, why: 'tooLong', delayMs };
  if (state.nowMs + delayMs - state.startedAtMs > settings.deadlineMs) return { retry: false, why: 'deadline', delayMs };
  return { retry: true, delayMs, fromServer };
}

/** Fills in unset fields and rejects nonsense with an error that names the field. */
export function resolveRetrySettings(partial: Partial<RetrySettings> | undefined): RetrySettings {
  const s = { ...DEFAULT_RETRY, ...partial };
  for (const key of ['maxRetries', 'maxDelayMs', 'deadlineMs', 'baseDelayMs', 'attemptTimeoutMs'] as const) {
    const v = s[key];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`retry.${key}: expected a number of ${key === 'maxRetries' ? 'retries' : 'milliseconds'} from 0, got ${v}.`);
  }
  if (!Number.isInteger(s.maxRetries)) throw new RangeError(`retry.maxRetries: expected a whole number, got ${s.maxRetries}.`);
  if (s.attemptTimeoutMs < 1) throw new RangeError(`retry.attemptTimeoutMs: expected at least 1 millisecond, got ${s.attemptTimeoutMs}.`);
  return s;
}
