import { describe, expect, it } from '@jest/globals';
import { page } from '../../src/sim/paging.js';
import { parsePrefer } from '../../src/sim/prefer.js';
import { Router } from '../../src/sim/router.js';
import type { SimRequest } from '../../src/sim/types.js';

const ok = () => ({ status: 200 });

describe('Router', () => {
  it('matches case-insensitively and decodes path parameters', () => {
    const r = new Router().add('POST', '/users/{userId}/calendar/getSchedule', ok);
    const m = r.match('post', '/Users/ana%40x.example/calendar/getschedule');
    expect(m.kind).toBe('found');
    if (m.kind === 'found') expect(m.params).toEqual({ userId: 'ana@x.example' });
  });

  it('prefers a literal segment over a parameter at the same place', () => {
    const r = new Router().add('GET', '/users/{userId}', ok).add('GET', '/users/delta', ok);
    const m = r.match('GET', '/users/delta');
    expect(m.kind === 'found' && m.route.pattern).toBe('/users/delta');
  });

  it('tells a wrong method from an unknown path, naming the first unknown segment', () => {
    const r = new Router().add('GET', '/users/{userId}/events', ok);
    expect(r.match('DELETE', '/users/a/events')).toEqual({ kind: 'wrongMethod', allowed: ['GET'] });
    expect(r.match('GET', '/users/a/evnts')).toEqual({ kind: 'none', unknownSegment: 'evnts' });
  });

  it('refuses the same route twice', () => {
    const r = new Router().add('GET', '/groups', ok);
    expect(() => r.add('get', '/Groups', ok)).toThrow(/registered twice/);
  });
});

describe('parsePrefer', () => {
  it('reads several preferences, quoted zone names with spaces, and ignores junk sizes', () => {
    expect(parsePrefer('outlook.timezone="Pacific Standard Time", odata.maxpagesize=50')).toEqual({
      timeZone: 'Pacific Standard Time',
      maxPageSize: 50,
      all: { 'outlook.timezone': 'Pacific Standard Time', 'odata.maxpagesize': '50' },
    });
    expect(parsePrefer('odata.maxpagesize=zero').maxPageSize).toBeUndefined();
    expect(parsePrefer(undefined)).toEqual({ all: {} });
  });
});

describe('page', () => {
  const req = (url: string, prefer = {}): SimRequest => {
    const u = new URL(url);
    return { url: u, query: u.searchParams, prefer: { all: {}, ...prefer } } as unknown as SimRequest;
  };
  const items = Array.from({ length: 7 }, (_, i) => i);

  it('replaces the $skiptoken of a followed nextLink instead of stacking them', () => {
    const first = page(items, req('http://h/v1.0/users?$top=3'), { defaultTop: 10, maxTop: 999 });
    expect(first.value).toEqual([0, 1, 2]);
    const second = page(items, req(first['@odata.nextLink']!), { defaultTop: 10, maxTop: 999 });
    expect(second.value).toEqual([3, 4, 5]);
    expect(second['@odata.nextLink']!.match(/skiptoken/g)).toHaveLength(1);
    const third = page(items, req(second['@odata.nextLink']!), { defaultTop: 10, maxTop: 999 });
    expect(third).toEqual({ value: [6] });
  });

  it('honours Prefer: odata.maxpagesize unless the route opts out', () => {
    expect(page(items, req('http://h/v1.0/x', { maxPageSize: 2 }), { defaultTop: 10, maxTop: 999 }).value).toEqual([0, 1]);
    expect(page(items, req('http://h/v1.0/x', { maxPageSize: 2 }), { defaultTop: 10, maxTop: 999, honorMaxPageSize: false }).value).toHaveLength(7);
  });
});
