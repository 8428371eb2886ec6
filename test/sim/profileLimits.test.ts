/**
 * The demo tenant holds delegated tokens to Graph's profile limits: User.ReadBasic.All reads only the
 * basic profile of other people (officeLocation, jobTitle and the address fields come back empty),
 * User.Read.All reads all of it, and everyone reads their own profile whole.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { GRAPH_SCOPES } from '../../src/server/publicConfig.js';

let sim: SimHandle;
let me: string;
let myId: string;
let other: { id: string; upn: string };
let groupId: string;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => Date.parse('2026-12-07T13:00:00Z') });
  const principals = sim.state.users.filter((u) => u.role === 'principal');
  const coach = sim.state.users.find((u) => u.role === 'coach')!;
  me = coach.userPrincipalName;
  myId = coach.id;
  other = { id: principals[0]!.id, upn: principals[0]!.userPrincipalName };
  groupId = sim.state.groups.find((g) => g.memberIds.includes(principals[0]!.id))!.id;
});

afterAll(async () => {
  await sim?.close();
});

async function get(path: string, scopes: string[]): Promise<{ status: number; body: Record<string, unknown> & { value?: Record<string, unknown>[] } }> {
  const response = await fetch(`${sim.graphUrl}${path}`, { headers: { authorization: `Bearer ${await sim.tokenFor(me, { scopes })}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const PROFILE = '$select=id,displayName,mail,officeLocation,jobTitle,streetAddress,city';

describe('delegated profile limits', () => {
  it('User.ReadBasic.All: the basic profile of another person, the rest empty', async () => {
    const { status, body } = await get(`/users/${other.upn}?${PROFILE}`, ['User.ReadBasic.All']);
    expect(status).toBe(200);
    expect(body['displayName']).toEqual(expect.any(String));
    expect(body['mail']).toEqual(expect.any(String));
    expect([body['officeLocation'], body['jobTitle'], body['streetAddress'], body['city']]).toEqual([null, null, null, null]);
  });

  it('User.Read.All: the whole profile', async () => {
    const { body } = await get(`/users/${other.upn}?${PROFILE}`, ['User.Read.All']);
    expect(body['officeLocation']).toEqual(expect.any(String));
    expect(body['jobTitle']).toEqual(expect.any(String));
  });

  it("a group's members under GroupMember.Read.All and User.ReadBasic.All: basic profiles of the others", async () => {
    const basic = await get(`/groups/${groupId}/members?$select=id,displayName,officeLocation,jobTitle`, ['GroupMember.Read.All', 'User.ReadBasic.All']);
    expect(basic.status).toBe(200);
    const others = basic.body.value!.filter((m) => m['id'] !== myId);
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect([m['officeLocation'], m['jobTitle']]).toEqual([null, null]);
    const full = await get(`/groups/${groupId}/members?$select=id,displayName,officeLocation`, ['GroupMember.Read.All', 'User.Read.All']);
    expect(full.body.value!.some((m) => typeof m['officeLocation'] === 'string')).toBe(true);
  });

  it("one's own profile is whole with User.Read alone", async () => {
    const { body } = await get('/me?$select=id,displayName,jobTitle', ['User.Read']);
    expect(body['jobTitle']).toEqual(expect.any(String));
  });

  it('the permissions the app asks for read what its screens show (schools, titles)', async () => {
    const { body } = await get(`/users/${other.upn}?${PROFILE}`, [...GRAPH_SCOPES]);
    expect(body['officeLocation']).toEqual(expect.any(String));
    expect(body['streetAddress']).toEqual(expect.any(String));
  });
});
