import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { call, demoSim } from './support.js';

let sim: SimHandle;
let token: string;

beforeAll(async () => {
  sim = await demoSim();
  token = await sim.tokenFor(sim.state.users[0]!.userPrincipalName);
});
afterAll(() => sim.close());

async function followAll(first: string): Promise<{ pages: number; ids: string[] }> {
  let url: string | undefined = first;
  const ids: string[] = [];
  let pages = 0;
  while (url) {
    const res = await call(sim, token, 'GET', url);
    expect(res.status).toBe(200);
    ids.push(...res.body.value.map((v: { id: string }) => v.id));
    url = res.body['@odata.nextLink'];
    if (url) expect(url.startsWith(`${sim.graphUrl}/`)).toBe(true);
    pages++;
  }
  return { pages, ids };
}

describe('paging with @odata.nextLink', () => {
  it('walks /users page by page, each user exactly once', async () => {
    const { pages, ids } = await followAll('/users?$top=5');
    expect(ids).toHaveLength(sim.state.users.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(sim.state.users.length / 5));
  });

  it('prints $skiptoken literally in the nextLink, keeping the other options', async () => {
    const res = await call(sim, token, 'GET', '/users?$select=id,displayName&$top=3');
    expect(res.body['@odata.nextLink']).toMatch(/\/v1\.0\/users\?\$select=id,displayName&\$top=3&\$skiptoken=[\w-]+$/);
  });

  it('pages group members, each a directoryObject with @odata.type', async () => {
    const group = sim.state.groups[0]!;
    const { ids } = await followAll(`/groups/${group.id}/members?$top=4`);
    expect(ids).toEqual(group.memberIds);
    const first = await call(sim, token, 'GET', `/groups/${group.id}/members?$top=1`);
    expect(first.body.value[0]['@odata.type']).toBe('#microsoft.graph.user');
    expect(first.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#directoryObjects`);
  });

  it('refuses $top above the limit and a tampered $skiptoken with 400', async () => {
    const big = await call(sim, token, 'GET', '/users?$top=1000');
    expect(big.status).toBe(400);
    expect(big.body.error.message).toMatch(/\$top/);
    const bad = await call(sim, token, 'GET', '/users?$skiptoken=garbage');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/skiptoken/);
  });

  it('has no nextLink on the last page', async () => {
    const all = await call(sim, token, 'GET', '/groups');
    expect(all.body['@odata.nextLink']).toBeUndefined();
    expect(all.body.value).toHaveLength(3);
  });
});
