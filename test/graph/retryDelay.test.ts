import { describe, expect, it } from '@jest/globals';
import { backoffDelay, computeRetryDelay, parseRetryAfter } from '../../src/graph/retryDelay.js';
import { decideRetry, isRetryable, resolveRetrySettings, DEFAULT_RETRY } from '../../src/graph/retryPolicy.js';

describe('parseRetryAfter', () => {
  it('reads whole and fractional seconds as milliseconds', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('2.128', 0)).toBe(2128);
    expect(parseRetryAfter(' 0 ', 0)).toBe(0);
  });
  it('reads an HTTP date relative to now, and a past date as 0', () => {
    const now = Date.parse('2026-10-21T07:27:58Z');
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
  });
  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter('', 0)).toBeUndefined();
    expect(parseRetryAfter('-5', 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const options = { baseDelayMs: 500, maxDelayMs: 4000 };
  it('doubles the step per attempt and keeps the delay within [step/2, step]', () => {
    expect([1, 2, 3].map((a) => backoffDelay(a, () => 0, options))).toEqual([250, 500, 1000]);
    expect([1, 2, 3].map((a) => backoffDelay(a, () => 1, options))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(2, () => 0.5, options)).toBe(750);
  });
  it('caps the step at maxDelayMs', () => {
    expect(backoffDelay(10, () => 1, options)).toBe(4000);
    expect(backoffDelay(10, () => 0, options)).toBe(2000);
  });
  it('rejects an attempt below 1', () => {
    expect(() => backoffDelay(0, () => 0, options)).toThrow(/attempt/);
  });
});

describe('computeRetryDelay', () => {
  it('prefers the server Retry-After over backoff, uncapped', () => {
    expect(computeRetryDelay({ retryAfter: '45', attempt: 1, nowMs: 0, random: () => 0 }, { baseDelayMs: 500, maxDelayMs: 1000 })).toEqual({ delayMs: 45000, fromServer: true });
  });
  it('backs off with jitter when there is no Retry-After', () => {
    expect(computeRetryDelay({ attempt: 2, nowMs: 0, random: () => 0 }, { baseDelayMs: 500, maxDelayMs: 30000 })).toEqual({ delayMs: 500, fromServer: false });
  });
});

describe('isRetryable', () => {
  it('retries 429 for every request, even an unsafe create', () => {
    expect(isRetryable({ status: 429 }, 'unsafe')).toBe(true);
  });
  it('retries 503/504 and network failures only when repeating is safe', () => {
    for (const status of [0, 503, 504]) {
      expect(isRetryable({ status }, 'idempotent')).toBe(true);
      expect(isRetryable({ status }, 'transactional')).toBe(true);
      expect(isRetryable({ status }, 'unsafe')).toBe(false);
    }
  });
  it('retries a 500 only for a create with a transactionId', () => {
    expect(isRetryable({ status: 500 }, 'transactional')).toBe(true);
    expect(isRetryable({ status: 500 }, 'idempotent')).toBe(false);
  });
  it('never retries client errors', () => {
    for (const status of [400, 401, 403, 404, 412]) expect(isRetryable({ status }, 'idempotent')).toBe(false);
  });
});

describe('decideRetry', () => {
  const settings = { ...DEFAULT_RETRY, maxRetries: 2, maxDelayMs: 10_000, deadlineMs: 20_000 };
  const state = { retriesSoFar: 0, startedAtMs: 1000, nowMs: 1000, random: () => 0 };
  it('waits the Retry-After', () => {
    expect(decideRetry({ status: 429, retryAfter: '1.5' }, 'unsafe', state, settings)).toEqual({ retry: true, delayMs: 1500, fromServer: true });
  });
  it('stops after maxRetries', () => {
    expect(decideRetry({ status: 429, retryAfter: '1' }, 'unsafe', { ...state, retriesSoFar: 2 }, settings)).toMatchObject({ retry: false, why: 'maxRetries' });
  });
  it('stops when one wait would exceed maxDelayMs', () => {
    expect(decideRetry({ status: 429, retryAfter: '11' }, 'unsafe', state, settings)).toMatchObject({ retry: false, why: 'tooLong', delayMs: 11000 });
  });
  it('stops when the wait would end past the deadline', () => {
    expect(decideRetry({ status: 503, retryAfter: '5' }, 'idempotent', { ...state, nowMs: 17_000 }, settings)).toMatchObject({ retry: false, why: 'deadline' });
    expect(decideRetry({ status: 503, retryAfter: '5' }, 'idempotent', { ...state, nowMs: 15_000 }, settings)).toMatchObject({ retry: true, delayMs: 5000 });
  });
  it('does not retry what is unsafe to repeat', () => {
    expect(decideRetry({ status: 0 }, 'unsafe', state, settings)).toEqual({ retry: false, why: 'notRetryable' });
  });
});

describe('resolveRetrySettings', () => {
  it('fills defaults and names a bad field', () => {
    expect(resolveRetrySettings({ maxRetries: 1 })).toEqual({ ...DEFAULT_RETRY, maxRetries: 1 });
    expect(() => resolveRetrySettings({ deadlineMs: -1 })).toThrow(/retry\.deadlineMs/);
    expect(() => resolveRetrySettings({ maxRetries: 1.5 })).toThrow(/retry\.maxRetries/);
  });
});
