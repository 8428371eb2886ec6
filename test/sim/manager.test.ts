/**
 * Who supervises whom in the demo tenant, over HTTP as Graph serves it: `/users/{id}/manager`, `$expand=manager`,
 * `employeeHireDate` on $select, and the district's settings beside Graph.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { graphProperties } from './graphTypes.js';
import { call, demoSim } from './support.js';

// A fixed "today" (a Tuesday in the autumn term): first-year principals were hired on 1 July 2026.
const NOW = Date.parse('2026-10-13T14:00:00Z');
let sim: SimHandle;
let coachToken: string;

beforeAll(async () => {
  sim = await demoSim({ now: () => NOW });
  coachToken = await sim.tokenFor(sim.state.users.find((u) => u.role === 'coach')!.id);
});
afterAll(() => sim.close());

const principals = () => sim.state.users.filter((u) => u.role === 'principal');

describe('manager', () => {
  it('gives each principal their principal supervisor as a directoryObject of type user', async () => {
    const principal = principals()[0]!;
    const res = await call(sim, coachToken, 'GET', `/users/${principal.id}/manager`);
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#directoryObjects/$entity`);
    expect(res.body['@odata.type']).toBe('#microsoft.graph.user');
    expect(res.body.id).toBe(principal.managerId);
    expect(res.body.jobTitle).toBe('Principal Supervisor');
    expect(Object.keys(res.body).filter((k) => !k.startsWith('@odata.') && !graphProperties('User').has(k))).toEqual([]);
  });

  it('seeds supervisors over groups of principals: elementary schools under one, middle and high under another', () => {
    const bySchoolLevel = new Map<string, Set<string>>();
    for (const school of sim.state.schools) {
      const managerId = sim.state.users.find((u) => u.id === school.principalId)!.managerId!;
      bySchoolLevel.set(school.level, (bySchoolLevel.get(school.level) ?? new Set()).add(managerId));
    }
    expect(bySchoolLevel.get('elementary')!.size).toBe(1);
    expect(bySchoolLevel.get('middle')).toEqual(bySchoolLevel.get('high'));
    expect([...bySchoolLevel.get('elementary')!][0]).not.toBe([...bySchoolLevel.get('high')!][0]);
    const supervisorCounts = principals().reduce((m, p) => m.set(p.managerId!, (m.get(p.managerId!) ?? 0) + 1), new Map<string, number>());
    expect([...supervisorCounts.values()]).toEqual([12, 12]);
  });

  it('answers 404 Request_ResourceNotFound when no manager is assigned', async () => {
    const admin = sim.state.users.find((u) => u.role === 'districtAdmin')!;
    const res = await call(sim, coachToken, 'GET', `/users/${admin.id}/manager`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
    expect(res.body.error.message).toMatch(/manager/);
  });

  it('expands the manager on one user and on a list, with $select inside, and leaves it out when there is none', async () => {
    const principal = principals()[3]!;
    const one = await call(sim, coachToken, 'GET', `/users/${principal.id}?$select=id,displayName,employeeHireDate&$expand=manager($select=id,displayName)`);
    expect(one.status).toBe(200);
    expect(one.body.manager).toEqual({
      '@odata.type': '#microsoft.graph.user',
      id: principal.managerId,
      displayName: sim.state.users.find((u) => u.id === principal.managerId)!.displayName,
    });
    expect(one.body.employeeHireDate).toBe(principal.employeeHireDate);
    const list = await call(sim, coachToken, 'GET', '/users?$expand=manager&$top=999');
    const admin = list.body.value.find((u: { id: string }) => u.id === sim.state.users.find((x) => x.role === 'districtAdmin')!.id);
    expect(admin).toBeDefined();
    expect('manager' in admin).toBe(false);
    const withManagers = list.body.value.filter((u: { manager?: unknown }) => u.manager !== undefined);
    expect(withManagers.length).toBe(sim.state.users.filter((u) => u.managerId !== undefined).length);
    expect((await call(sim, coachToken, 'GET', '/users?$expand=memberOf')).status).toBe(400);
  });

  it('refuses a token with only User.ReadBasic.All, as Graph does (403 Authorization_RequestDenied)', async () => {
    const coach = sim.state.users.find((u) => u.role === 'coach')!;
    const basic = await sim.tokenFor(coach.id, { scopes: ['User.Read', 'User.ReadBasic.All'] });
    const res = await call(sim, basic, 'GET', `/users/${principals()[0]!.id}/manager`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('Authorization_RequestDenied');
    const own = await call(sim, basic, 'GET', '/me/manager');
    expect(own.status).toBe(200);
  });
});

describe('directReports', () => {
  it("lists a supervisor's principals as directoryObjects of type user, with $select and paging, and nobody for someone who manages no one", async () => {
    const supervisorId = principals()[0]!.managerId!;
    const theirs = principals().filter((p) => p.managerId === supervisorId);
    const token = await sim.tokenFor(supervisorId);
    const res = await call(sim, token, 'GET', '/me/directReports?$select=id,displayName,mail,officeLocation');
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#directoryObjects(id,displayName,mail,officeLocation)`);
    expect(res.body.value.map((u: { id: string }) => u.id).sort()).toEqual(theirs.map((p) => p.id).sort());
    for (const u of res.body.value) {
      expect(u['@odata.type']).toBe('#microsoft.graph.user');
      expect(Object.keys(u).sort()).toEqual(['@odata.type', 'displayName', 'id', 'mail', 'officeLocation']);
    }
    const first = await call(sim, coachToken, 'GET', `/users/${supervisorId}/directReports?$top=5`);
    expect(first.body.value).toHaveLength(5);
    expect(first.body['@odata.nextLink']).toMatch(/directReports/);
    const coachWithNone = sim.state.users.find((u) => u.role === 'coach' && !sim.state.users.some((p) => p.managerId === u.id))!;
    expect((await call(sim, coachToken, 'GET', `/users/${coachWithNone.id}/directReports`)).body.value).toEqual([]);
  });

  it('refuses a token with User.Read alone (403 Authorization_RequestDenied), and allows User.Read with User.ReadBasic.All', async () => {
    const coach = sim.state.users.find((u) => u.role === 'coach')!;
    const narrow = await sim.tokenFor(coach.id, { scopes: ['User.Read'] });
    const refused = await call(sim, narrow, 'GET', '/me/directReports');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('Authorization_RequestDenied');
    const basic = await sim.tokenFor(coach.id, { scopes: ['User.Read', 'User.ReadBasic.All'] });
    expect((await call(sim, basic, 'GET', '/me/directReports')).status).toBe(200);
  });
});

describe('experience', () => {
  it('returns employeeHireDate only on $select, as a DateTimeOffset', async () => {
    const principal = principals()[1]!;
    expect((await call(sim, coachToken, 'GET', `/users/${principal.id}`)).body.employeeHireDate).toBeUndefined();
    const selected = await call(sim, coachToken, 'GET', `/users/${principal.id}?$select=employeeHireDate`);
    expect(selected.body.employeeHireDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('dates the New Principals Network members to this school year or the last, the others earlier, relative to the tenant clock', () => {
    const network = sim.state.groups.find((g) => g.mailNickname === 'new-principals')!;
    const hired = (id: string) => Date.parse(sim.state.users.find((u) => u.id === id)!.employeeHireDate!);
    const members = network.memberIds.filter((id) => sim.state.users.find((u) => u.id === id)!.role === 'principal');
    expect(members.length).toBe(6);
    const thisYear = Date.parse('2026-07-01T04:00:00Z');
    const lastYear = Date.parse('2025-07-01T04:00:00Z');
    expect(members.map(hired).sort()).toEqual([lastYear, lastYear, lastYear, thisYear, thisYear, thisYear].sort());
    for (const p of principals().filter((x) => !members.includes(x.id))) expect(hired(p.id)).toBeLessThanOrEqual(Date.parse('2023-07-01T04:00:00Z'));
  });
});

describe('district settings', () => {
  it('names an evaluator for the first-year principals and a peer-coaching calendar the coaches may edit, and hides the shared mailbox from sign-in', async () => {
    const res = await fetch(`${sim.url}/demo/district`);
    const district = (await res.json()) as { evaluators: { evaluator: string; principals: string[] }[]; coachingCalendar: string; coachingCalendarEditors: string[] };
    expect(district.evaluators[0]!.principals.length).toBe(3);
    expect(district.coachingCalendar).toMatch(/^peer\.coaching@/);
    expect(district.coachingCalendarEditors.length).toBe(4);
    const people = (await (await fetch(`${sim.url}/demo/people`)).json()) as { value: { upn: string }[] };
    expect(people.value.map((p) => p.upn)).not.toContain(district.coachingCalendar);
  });
});
