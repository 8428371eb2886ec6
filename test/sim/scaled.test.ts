/**
 * `common-time sim --principals N`: a district of any size, read over HTTP as Graph would serve it:
 * the principals, their coaches and cohorts, and a term of Common Time sessions on the coaches' calendars.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type SimHandle } from '../../src/sim/server.js';
import { COMMON_TIME_TAG_ID } from '../../src/graph/index.js';

const NOW = Date.parse('2026-11-30T15:00:00Z');
let sim: SimHandle;
let token: string;

const get = async (path: string): Promise<any> => {
  const res = await fetch(`${sim.graphUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.json();
};

beforeAll(async () => {
  sim = await startSim({ port: 0, principals: 60, now: () => NOW });
  token = await sim.appToken();
});
afterAll(async () => sim?.close());

describe('a scaled demo district', () => {
  it('has the principals asked for, with schools, coaches and cohorts scaled with them', async () => {
    const principals = (await get(`/users?$filter=${encodeURIComponent("jobTitle eq 'Principal'")}&$select=userPrincipalName,officeLocation&$top=999`)).value;
    expect(principals).toHaveLength(60);
    expect(new Set(principals.map((p: any) => p.officeLocation)).size).toBe(60);
    expect(new Set(principals.map((p: any) => p.userPrincipalName)).size).toBe(60);
    const coaches = (await get(`/users?$filter=${encodeURIComponent("jobTitle eq 'Principal Coach' or jobTitle eq 'Principal Supervisor'")}&$top=999`)).value;
    expect(coaches.length).toBeGreaterThanOrEqual(3);
    expect((await get('/groups')).value).toHaveLength(5);
  });

  it("holds a term of tagged sessions on the coaches' calendars, with answers on the organizer's copy", async () => {
    const coach = sim.state.users.find((u) => u.role === 'coach')!;
    const filter = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${COMMON_TIME_TAG_ID}')`);
    const events = (await get(`/users/${coach.userPrincipalName}/events?$filter=${filter}&$top=1000`)).value;
    expect(events.filter((e: any) => e.type === 'seriesMaster').length).toBeGreaterThan(0);
    expect(events.filter((e: any) => e.subject.startsWith('Learning walk')).length).toBeGreaterThan(0);
    const answers = events.flatMap((e: any) => e.attendees.map((a: any) => a.status.response));
    expect(answers).toEqual(expect.arrayContaining(['accepted', 'tentativelyAccepted']));
  });
});
