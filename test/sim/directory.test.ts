import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimHandle } from '../../src/sim/server.js';
import { graphEnum, graphProperties } from './graphTypes.js';
import { call, demoSim, example, shapeOf } from './support.js';

let sim: SimHandle;
let token: string;
let principalId: string;

beforeAll(async () => {
  sim = await demoSim();
  principalId = sim.state.users.find((u) => u.role === 'principal')!.id;
  token = await sim.tokenFor(principalId);
});
afterAll(() => sim.close());

const onlyKnown = (obj: Record<string, unknown>, known: Set<string>): string[] => Object.keys(obj).filter((k) => !k.startsWith('@odata.') && !known.has(k));

describe('users', () => {
  it('returns user properties that exist on microsoft.graph.user', async () => {
    const res = await call(sim, token, 'GET', '/users');
    expect(res.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#users`);
    expect(onlyKnown(res.body.value[0], graphProperties('User'))).toEqual([]);
    expect(res.body.value[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("gives a principal's school address through $select of Graph's user address properties, not by default", async () => {
    const principal = sim.state.users.find((u) => u.id === principalId)!;
    const school = sim.state.schools.find((s) => s.id === principal.schoolId)!;
    const selected = await call(sim, token, 'GET', `/users/${principalId}?$select=displayName,streetAddress,city,state,postalCode,country`);
    expect(selected.body).toMatchObject({
      streetAddress: school.address.street,
      city: school.address.city,
      state: school.address.state,
      postalCode: school.address.postalCode,
      country: school.address.countryOrRegion,
    });
    expect(onlyKnown(selected.body, graphProperties('User'))).toEqual([]);
    const plain = await call(sim, token, 'GET', `/users/${principalId}`);
    expect(plain.body.streetAddress).toBeUndefined();
    const coach = sim.state.users.find((u) => u.role === 'coach')!;
    expect((await call(sim, token, 'GET', `/users/${coach.id}?$select=streetAddress`)).body.streetAddress).toBeNull();
  });

  it('finds a user by id or by user principal name, in any case', async () => {
    const u = sim.state.users[5]!;
    expect((await call(sim, token, 'GET', `/users/${u.id}`)).body.displayName).toBe(u.displayName);
    expect((await call(sim, token, 'GET', `/users/${u.userPrincipalName.toUpperCase()}`)).body.id).toBe(u.id);
  });

  it('searches displayName with ConsistencyLevel: eventual, and refuses $search without it', async () => {
    const target = sim.state.users[7]!;
    const word = target.givenName.slice(0, 3);
    const res = await call(sim, token, 'GET', `/users?$search="displayName:${word}"&$count=true`, undefined, { ConsistencyLevel: 'eventual' });
    expect(res.status).toBe(200);
    expect(res.body.value.map((u: { id: string }) => u.id)).toContain(target.id);
    expect(res.body['@odata.count']).toBe(res.body.value.length);
    for (const u of res.body.value)
      expect(
        u.displayName
          .toLowerCase()
          .split(' ')
          .some((w: string) => w.startsWith(word.toLowerCase())),
      ).toBe(true);
    const refused = await call(sim, token, 'GET', `/users?$search="displayName:${word}"`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/ConsistencyLevel/);
  });

  it('filters with startswith and eq, and refuses what it cannot filter', async () => {
    const res = await call(sim, token, 'GET', `/users?$filter=startswith(displayName,'a')`);
    expect(res.body.value.length).toBeGreaterThan(0);
    for (const u of res.body.value) expect(u.displayName.toLowerCase().startsWith('a')).toBe(true);
    const upn = sim.state.users[2]!.userPrincipalName;
    expect((await call(sim, token, 'GET', `/users?$filter=userPrincipalName eq '${upn}'`)).body.value).toHaveLength(1);
    expect((await call(sim, token, 'GET', `/users?$filter=city eq null`)).status).toBe(400);
  });

  it('applies $select and refuses unknown properties', async () => {
    const res = await call(sim, token, 'GET', '/users?$select=displayName,jobTitle&$top=1');
    // Directory objects return only what was selected: no id unless asked for.
    expect(Object.keys(res.body.value[0]).sort()).toEqual(['displayName', 'jobTitle']);
    expect((await call(sim, token, 'GET', '/users?$select=shoeSize')).status).toBe(400);
  });
});

describe('mailboxSettings', () => {
  it('has the same shape as the documented response', async () => {
    const res = await call(sim, token, 'GET', '/me/mailboxSettings');
    expect(res.status).toBe(200);
    // The documented example prints beta's userPurpose ({"value": "user"}); v1.0's metadata types it as a
    // plain enum string (test/sim/conformance.test.ts checks the whole answer against the v1.0 schema).
    const documented = example('mailboxSettings.response') as Record<string, unknown>;
    expect(shapeOf(res.body)).toEqual(shapeOf({ ...documented, userPurpose: 'user' }));
    expect(res.body.userPurpose).toBe('user');
    expect(res.body['@odata.context']).toBe(`${sim.graphUrl}/$metadata#users('${principalId}')/mailboxSettings`);
    expect(graphEnum('AutomaticRepliesStatus')).toContain(res.body.automaticRepliesSetting.status);
    expect(graphEnum('ExternalAudienceScope')).toContain(res.body.automaticRepliesSetting.externalAudience);
    expect(graphEnum('DelegateMeetingMessageDeliveryOptions')).toContain(res.body.delegateMeetingMessageDeliveryOptions);
  });

  it('serves workingHours like the documented example (weekday names from dayOfWeek, TimeOfDay strings)', async () => {
    const res = await call(sim, token, 'GET', '/me/mailboxSettings/workingHours');
    const doc = example('mailboxSettings-workingHours.response');
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(doc).sort());
    for (const d of res.body.daysOfWeek) expect(graphEnum('DayOfWeek')).toContain(d);
    expect(res.body.startTime).toMatch(/^\d\d:\d\d:\d\d\.0000000$/);
    expect(['Eastern Standard Time', 'Central Standard Time']).toContain(res.body.timeZone.name);
    expect(res.body['@odata.context']).toMatch(/mailboxSettings\/workingHours$/);
  });

  it('serves the time zone on its own', async () => {
    const res = await call(sim, token, 'GET', `/users/${principalId}/mailboxSettings/timeZone`);
    expect(res.body.value).toBe(sim.state.users.find((u) => u.id === principalId)!.mailboxSettings.timeZone);
  });
});

describe('groups and people', () => {
  it('lists the three cohort groups as Microsoft 365 groups', async () => {
    const res = await call(sim, token, 'GET', '/groups');
    expect(res.body.value).toHaveLength(3);
    for (const g of res.body.value) {
      expect(g.groupTypes).toEqual(['Unified']);
      expect(onlyKnown(g, graphProperties('Group'))).toEqual([]);
    }
    const one = await call(sim, token, 'GET', `/groups/${res.body.value[0].id}`);
    expect(one.body.displayName).toBe(res.body.value[0].displayName);
  });

  it('answers an unknown group with 404 and a malformed id with 400', async () => {
    expect((await call(sim, token, 'GET', '/groups/00000000-0000-4000-8000-000000000000/members')).status).toBe(404);
    expect((await call(sim, token, 'GET', '/groups/cohort/members')).status).toBe(400);
  });

  it('lists members with the documented id and the user properties', async () => {
    const group = sim.state.groups[1]!;
    const res = await call(sim, token, 'GET', `/groups/${group.id}/members?$top=999`);
    expect(res.body.value.map((m: { id: string }) => m.id)).toEqual(group.memberIds);
    expect(Object.keys(res.body.value[0])).toEqual(expect.arrayContaining(Object.keys(example('groupMembers.response').value[0])));
  });

  it('searches people for the attendee picker, with Person properties', async () => {
    const target = sim.state.users.find((u) => u.role === 'coach')!;
    const res = await call(sim, token, 'GET', `/me/people?$search="${target.surname.slice(0, 4)}"`);
    expect(res.status).toBe(200);
    const hit = res.body.value.find((p: { id: string }) => p.id === target.id);
    expect(hit.scoredEmailAddresses[0].address).toBe(target.mail);
    expect(onlyKnown(hit, graphProperties('Person'))).toEqual([]);
    expect(res.body.value.some((p: { id: string }) => p.id === principalId)).toBe(false);
  });
});

describe('directory extras', () => {
  it('lists the groups a user is a member of, also cast to microsoft.graph.group', async () => {
    const coach = sim.state.users.find((u) => u.role === 'coach')!;
    const coachToken = await sim.tokenFor(coach.id);
    const res = await call(sim, coachToken, 'GET', '/me/memberOf/microsoft.graph.group?$select=id,displayName');
    expect(res.status).toBe(200);
    const expected = sim.state.groups.filter((g) => g.memberIds.includes(coach.id)).map((g) => g.id);
    expect(res.body.value.map((g: { id: string }) => g.id)).toEqual(expected);
    expect(res.body.value[0]['@odata.type']).toBe('#microsoft.graph.group');
  });

  it('names the organization and answers 404 ImageNotFound for photos', async () => {
    const org = await call(sim, token, 'GET', '/organization');
    expect(org.body.value[0]).toMatchObject({ id: sim.tenantId, displayName: sim.state.districtName });
    const photo = await call(sim, token, 'GET', '/me/photo/$value');
    expect(photo.status).toBe(404);
    expect(photo.body.error.code).toBe('ImageNotFound');
  });
});
