/** Group members, people search and mailbox settings against the demo tenant. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { useWorld } from './support/simGateway.js';

const getWorld = useWorld();
let groupId: string;

beforeAll(async () => {
  const token = await getWorld().sim.tokenFor(getWorld().coach.upn);
  const groups = (await (await fetch(`${getWorld().sim.graphUrl}/groups`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { value: Array<{ id: string }> };
  groupId = groups.value[0]!.id;
});

describe('listGroups', () => {
  it('collects every group across pages, with the fields a cohort picker shows', async () => {
    const g = getWorld().gateway();
    const seeded = getWorld().sim.state.groups;
    getWorld().sim.stats.reset();
    const paged = await g.listGroups({ pageSize: 1 });
    expect(getWorld().sim.stats.byRoute['GET /groups']).toBe(seeded.length);
    expect(paged.map((x) => x.id).sort()).toEqual(seeded.map((x) => x.id).sort());
    expect(paged.find((x) => x.id === seeded[0]!.id)).toMatchObject({ displayName: seeded[0]!.displayName, description: seeded[0]!.description });
    // Only what was asked for comes back (no mail, visibility...).
    expect(
      Object.keys(paged[0]!)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['description', 'displayName', 'id']);
    expect((await g.listGroups()).map((x) => x.id)).toEqual(paged.map((x) => x.id));
  });
  it('refuses a page size Graph would refuse, naming the field', async () => {
    await expect(getWorld().gateway().listGroups({ pageSize: 1000 })).rejects.toThrow(/^pageSize: expected a whole number from 1 to 999, got 1000\.$/);
  });
});

describe('listGroupMembers', () => {
  it('collects every member across pages', async () => {
    const g = getWorld().gateway();
    const onePage = await g.listGroupMembers(groupId);
    getWorld().sim.stats.reset();
    const paged = await g.listGroupMembers(groupId, { pageSize: 4 });
    expect(onePage.length).toBeGreaterThan(4);
    expect(paged.map((m) => m.id)).toEqual(onePage.map((m) => m.id));
    expect(getWorld().sim.stats.byRoute['GET /groups/{groupId}/members']).toBe(Math.ceil(onePage.length / 4));
    expect(paged[0]).toMatchObject({ displayName: expect.any(String), userPrincipalName: expect.stringContaining('@') });
  });
  it('reports an unknown group as not found', async () => {
    await expect(getWorld().gateway().listGroupMembers('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      kind: 'notFound',
      message: expect.stringMatching(/^The members of group 0{8}-.* could not be read: not found/),
    });
  });
});

describe('searchPeople', () => {
  it('finds seeded people by the start of a name', async () => {
    const someone = getWorld().principals[0]!;
    const first = someone.name.split(' ')[0]!;
    const found = await getWorld().gateway().searchPeople(first);
    expect(found.map((p) => p.displayName)).toContain(someone.name);
    expect(
      found.every(
        (p) =>
          p
            .displayName!.toLowerCase()
            .split(/\s+/)
            .some((w) => w.startsWith(first.toLowerCase())) || (p.userPrincipalName ?? '').toLowerCase().includes(first.toLowerCase()),
      ),
    ).toBe(true);
  });
});

describe('getMailboxSettingsMany', () => {
  it('reads working hours and time zones for many people in batches (app-only), one failure not failing the rest', async () => {
    const users = [...getWorld().people.map((p) => p.upn), 'nobody@elsewhere.example'];
    const progress: number[] = [];
    const results = await getWorld()
      .gateway({ getToken: () => getWorld().sim.appToken() })
      .getMailboxSettingsMany(users, { onProgress: (p) => progress.push(p.done) });
    expect(results.map((r) => r.user)).toEqual(users);
    expect(getWorld().sim.stats.byRoute['POST /$batch']).toBe(Math.ceil(users.length / 20));
    expect(getWorld().sim.stats.innerByRoute['GET /users/{userId}/mailboxSettings']).toBe(users.length);
    for (const r of results.slice(0, -1)) {
      expect(r.settings?.workingHours?.timeZone?.name).toBeTruthy();
      expect(r.settings?.timeZone).toMatch(/Standard Time/);
    }
    expect(results.at(-1)!.error).toMatchObject({
      kind: 'notFound',
      message: expect.stringMatching(/^The mailbox settings of nobody@elsewhere\.example could not be read: not found/),
    });
    expect(progress.at(-1)).toBe(users.length);
  });
});

describe('getMailboxSettingsMany, signed in', () => {
  it('reads one’s own settings; another person’s are refused as Exchange refuses them (their working hours come with free/busy)', async () => {
    const me = getWorld().people[0]!.upn;
    const other = getWorld().people[1]!;
    const results = await getWorld().gateway({ as: me }).getMailboxSettingsMany([me, other.upn]);
    expect(results[0]!.settings?.timeZone).toMatch(/Standard Time/);
    expect(results[1]!.error).toMatchObject({ kind: 'forbidden', status: 403, code: 'ErrorAccessDenied' });
  });
});

describe('getUsersMany', () => {
  it('reads the selected profile properties of many people in batches, one failure not failing the rest', async () => {
    const principals = getWorld()
      .sim.state.users.filter((u) => u.role === 'principal')
      .slice(0, 21);
    const users = [...principals.map((u) => u.userPrincipalName), 'nobody@elsewhere.example'];
    getWorld().sim.stats.reset();
    const results = await getWorld()
      .gateway()
      .getUsersMany(users, { select: ['officeLocation', 'jobTitle'] });
    expect(results.map((r) => r.user)).toEqual(users);
    expect(getWorld().sim.stats.byRoute['POST /$batch']).toBe(Math.ceil(users.length / 20));
    principals.forEach((u, i) => expect(results[i]!.profile).toMatchObject({ officeLocation: u.officeLocation, jobTitle: u.jobTitle }));
    // Only what was asked for comes back (directory objects add no id to a $select).
    expect(
      Object.keys(results[0]!.profile!)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['jobTitle', 'officeLocation']);
    expect(results.at(-1)!.error).toMatchObject({
      kind: 'notFound',
      message: expect.stringMatching(/^The directory profile of nobody@elsewhere\.example could not be read: not found/),
    });
  });
  it('reports a property the directory does not have on each person, and needs a select', async () => {
    const [one] = getWorld().principals;
    const [result] = await getWorld()
      .gateway()
      .getUsersMany([one!.upn], { select: ['officeLocation', 'notAUserProperty'] });
    expect(result!.error).toMatchObject({ kind: 'badRequest' });
    expect(() => getWorld().gateway().getUsersMany([one!.upn], { select: [] })).toThrow(/^select: name the user properties to read/);
  });
});
