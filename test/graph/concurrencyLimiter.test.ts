import { describe, expect, it } from '@jest/globals';
import { ConcurrencyLimiter, type Release } from '../../src/graph/concurrencyLimiter.js';
import { mailboxOfPath, relativeToRoot } from '../../src/graph/mailbox.js';

const one = (key: string, n = 1) => new Map([[key, n]]);
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ConcurrencyLimiter', () => {
  it('lets at most perKey requests run for one mailbox, and the next one in when a slot frees', async () => {
    const limiter = new ConcurrencyLimiter(4, 100);
    const granted: Release[] = [];
    for (let i = 0; i < 6; i++) void limiter.acquire(one('ana')).then((r) => granted.push(r));
    await flush();
    expect(granted).toHaveLength(4);
    expect(limiter.inFlight('ana')).toBe(4);
    granted[0]!();
    await flush();
    expect(granted).toHaveLength(5);
    expect(limiter.inFlight('ana')).toBe(4);
  });
  it('does not hold back other mailboxes', async () => {
    const limiter = new ConcurrencyLimiter(1, 100);
    let bGranted = false;
    await limiter.acquire(one('a'));
    void limiter.acquire(one('a'));
    void limiter.acquire(one('b')).then(() => (bGranted = true));
    await flush();
    expect(bGranted).toBe(true);
  });
  it('counts a batch as several slots and keeps arrival order per mailbox', async () => {
    const limiter = new ConcurrencyLimiter(4, 100);
    const first = await limiter.acquire(one('me', 1));
    const order: string[] = [];
    void limiter.acquire(one('me', 4)).then((r) => {
      order.push('batch');
      r();
    });
    void limiter.acquire(one('me', 1)).then(() => order.push('single'));
    await flush();
    // The single request would fit (2 of 4) but waits behind the batch that arrived first.
    expect(order).toEqual([]);
    first();
    await flush();
    expect(order).toEqual(['batch', 'single']);
  });
  it('caps the total and caps a demand above perKey', async () => {
    const limiter = new ConcurrencyLimiter(4, 2);
    const granted: Release[] = [];
    for (const k of ['a', 'b', 'c']) void limiter.acquire(one(k)).then((r) => granted.push(r));
    const big = await Promise.race([limiter.acquire(one('z', 20)).then(() => 'granted'), flush().then(() => 'waiting')]);
    expect(granted).toHaveLength(2);
    expect(big).toBe('waiting');
    expect(limiter.maxInFlight()).toBe(2);
  });
  it('ignores a second release', async () => {
    const limiter = new ConcurrencyLimiter(1, 1);
    const r = await limiter.acquire(one('a'));
    r();
    r();
    expect(limiter.inFlight()).toBe(0);
    await limiter.acquire(one('a'));
    expect(limiter.inFlight()).toBe(1);
  });
  it('rejects caps below 1', () => {
    expect(() => new ConcurrencyLimiter(0, 1)).toThrow(/maxConcurrencyPerMailbox/);
    expect(() => new ConcurrencyLimiter(1, 0)).toThrow(/maxConcurrency/);
  });
});

describe('mailboxOfPath', () => {
  it('names the mailbox a request reaches', () => {
    expect(mailboxOfPath('/me/calendar/getSchedule')).toBe('me');
    expect(mailboxOfPath('/users/Ana%40contoso.org/events?$top=5')).toBe('ana@contoso.org');
    expect(mailboxOfPath('users/abc/mailboxSettings')).toBe('abc');
  });
  it('gives undefined for requests that reach no mailbox', () => {
    expect(mailboxOfPath('/$batch')).toBeUndefined();
    expect(mailboxOfPath('/groups/g1/members')).toBeUndefined();
    expect(mailboxOfPath('/users/abc')).toBeUndefined();
  });
});

describe('relativeToRoot', () => {
  it('strips the API root and refuses other hosts', () => {
    expect(relativeToRoot('http://127.0.0.1:5000/v1.0/users/a/events?$skip=10', 'http://127.0.0.1:5000/v1.0')).toBe('/users/a/events?$skip=10');
    expect(relativeToRoot('https://evil.example/v1.0/users/a/events', 'https://graph.microsoft.com/v1.0')).toBeUndefined();
    expect(relativeToRoot('https://graph.microsoft.com/v1.0x/users', 'https://graph.microsoft.com/v1.0')).toBeUndefined();
  });
});
