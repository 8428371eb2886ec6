/**
 * The district report over real HTTP: the app server reads the demo tenant with its own app identity,
 * from hand-built calendars booked through Graph by a coach and a principal. "Today" is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, generateKeyPair } from 'jose';
import { startSim, type SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen, type RunningAppServer } from '../../src/server/appServer.js';
import { COMMON_TIME_TAG_ID } from '../../src/graph/index.js';
import type { SimUser } from '../../src/sim/state.js';

const NOW = Date.parse('2026-11-10T17:00:00Z');
// The API's scope and audience, as /api/config names them (read in beforeAll).
let SCOPE: string;
let API_AUDIENCE: string;
const EASTERN = 'Eastern Standard Time';
const WINDOW = 'from=2026-10-19&to=2026-11-15';

let sim: SimHandle;
let app: RunningAppServer;
let admin: SimUser;
let coach: SimUser;
let p1: SimUser;
let p2: SimUser;
let p3: SimUser;
/** The report of the demo's own past term, before this file books anything. */
let baseline: Record<'principal' | 'week' | 'kind', any>;

async function graph(who: SimUser, method: string, path: string, body?: unknown): Promise<any> {
  const token = await sim.tokenFor(who.userPrincipalName);
  const res = await fetch(`${sim.graphUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(res.status).toBeLessThan(300);
  return res.status === 202 || res.status === 204 ? undefined : res.json();
}

const tag = (kind: string, plan: string) => [{ id: COMMON_TIME_TAG_ID, value: `kind=${kind};plan=${plan}` }];
const at = (date: string, from: string, to: string, toDate = date) => ({
  start: { dateTime: `${date}T${from}:00`, timeZone: EASTERN },
  end: { dateTime: `${toDate}T${to}:00`, timeZone: EASTERN },
});
const invite = (...people: SimUser[]) => people.map((p) => ({ emailAddress: { address: p.mail, name: p.displayName }, type: 'required' }));

async function copyOf(who: SimUser, subject: string): Promise<any> {
  const list = await graph(who, 'GET', `/me/events?$filter=${encodeURIComponent(`subject eq '${subject}'`)}`);
  return list.value[0];
}

async function occurrencesOf(who: SimUser, seriesId: string): Promise<any[]> {
  return (await graph(who, 'GET', `/me/events/${seriesId}/instances?startDateTime=2026-10-01T00:00:00Z&endDateTime=2026-12-01T00:00:00Z&$top=100`)).value;
}

async function apiToken(who: SimUser): Promise<string> {
  const res = await fetch(`${sim.url}/demo/token?user=${encodeURIComponent(who.userPrincipalName)}&scope=${encodeURIComponent(SCOPE)}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function report(query: string, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/api/report?${query}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  // Bytes, not res.text(): the UTF-8 decoder would drop the byte order mark Excel needs.
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  return { status: res.status, headers: res.headers, text, bytes, body: res.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => NOW });
  app = await listen(
    createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir: '/nonexistent', now: () => NOW }),
    0,
  );
  SCOPE = ((await (await fetch(`${app.url}/api/config`)).json()) as { apiScope: string }).apiScope;
  API_AUDIENCE = SCOPE.replace(/\/access_as_user$/, '');
  admin = sim.state.users.find((u) => u.role === 'districtAdmin')!;
  coach = sim.state.users.find((u) => u.role === 'coach')!;
  // The demo's past term (its seeded sessions) as the report reads it before anything is built here; the
  // hand-built calendars go to three principals who have none in it, and the sums below add to it.
  const token = await apiToken(admin);
  baseline = {
    principal: (await report(`${WINDOW}&groupBy=principal`, token)).body,
    week: (await report(`${WINDOW}&groupBy=week`, token)).body,
    kind: (await report(`${WINDOW}&groupBy=kind`, token)).body,
  };
  const withNone = new Set(baseline.principal.rows.filter((r: any) => r.hours.total === 0 && r.hours.declined === 0).map((r: any) => r.key));
  [p1, p2, p3] = sim.state.users.filter((u) => u.role === 'principal' && withNone.has(u.userPrincipalName.toLowerCase())) as [SimUser, SimUser, SimUser];
  expect(p3).toBeDefined();

  // A weekly series across the end of daylight saving time (2026-11-01): 1 hour each, wall clock.
  const weekly = await graph(coach, 'POST', '/me/events', {
    subject: 'Cohort meeting (weekly)',
    ...at('2026-10-20', '15:30', '16:30'),
    attendees: invite(p1, p2),
    singleValueExtendedProperties: tag('cohortMeeting', 't-weekly'),
    recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, range: { type: 'numbered', startDate: '2026-10-20', numberOfOccurrences: 4 } },
  });
  await graph(p1, 'POST', `/me/events/${(await copyOf(p1, 'Cohort meeting (weekly)')).id}/accept`, {});
  await graph(p2, 'POST', `/me/events/${(await copyOf(p2, 'Cohort meeting (weekly)')).id}/tentativelyAccept`, {});
  expect(weekly.type).toBe('seriesMaster');

  // A series with one occurrence declined by p1; p3 never answers.
  await graph(coach, 'POST', '/me/events', {
    subject: 'Data dig series',
    ...at('2026-10-22', '10:00', '11:30'),
    attendees: invite(p1, p3),
    singleValueExtendedProperties: tag('dataDig', 't-digs'),
    recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] }, range: { type: 'numbered', startDate: '2026-10-22', numberOfOccurrences: 3 } },
  });
  const p1Digs = await copyOf(p1, 'Data dig series');
  await graph(p1, 'POST', `/me/events/${p1Digs.id}/accept`, {});
  const second = (await occurrencesOf(p1, p1Digs.id)).find((o) => o.start.dateTime.startsWith('2026-10-29'));
  await graph(p1, 'POST', `/me/events/${second.id}/decline`, { comment: 'Testing week' });

  // Cancelled by the coach: never counted.
  const cancelled = await graph(coach, 'POST', '/me/events', {
    subject: 'Cancelled walk',
    ...at('2026-11-04', '09:00', '11:00'),
    attendees: invite(p1),
    singleValueExtendedProperties: tag('learningWalk', 't-cancel'),
  });
  await graph(p1, 'POST', `/me/events/${(await copyOf(p1, 'Cancelled walk')).id}/accept`, {});
  await graph(coach, 'POST', `/me/events/${cancelled.id}/cancel`, { comment: 'Snow day' });

  // Across midnight: counted whole when it starts inside the window, not at all when it starts before.
  for (const [subject, when] of [
    ['Late session', at('2026-11-12', '22:30', '01:30', '2026-11-13')],
    ['Before window', at('2026-10-18', '23:00', '01:00', '2026-10-19')],
    ['Last night', at('2026-11-15', '23:00', '01:00', '2026-11-16')],
  ] as const) {
    await graph(coach, 'POST', '/me/events', { subject, ...when, attendees: invite(p2), singleValueExtendedProperties: tag('peerCoaching', `t-${subject.length}`) });
    await graph(p2, 'POST', `/me/events/${(await copyOf(p2, subject)).id}/accept`, {});
  }

  // Removed by the principal without answering: the organizer's copy still says "not answered", the
  // principal's own calendar no longer has it, so it is not counted.
  await graph(coach, 'POST', '/me/events', {
    subject: 'Removed invite',
    ...at('2026-11-06', '10:00', '12:00'),
    attendees: invite(p3),
    singleValueExtendedProperties: tag('dataDig', 't-removed'),
  });
  await graph(p3, 'DELETE', `/me/events/${(await copyOf(p3, 'Removed invite')).id}`);

  // Untagged: not Common Time, never read into the report.
  await graph(coach, 'POST', '/me/events', { subject: 'Budget chat (untagged)', ...at('2026-11-05', '13:00', '15:00'), attendees: invite(p1) });
  await graph(p1, 'POST', `/me/events/${(await copyOf(p1, 'Budget chat (untagged)')).id}/accept`, {});

  // Organized by a principal: counts as accepted for them; p2 declines.
  await graph(p3, 'POST', '/me/events', {
    subject: 'Peer visit',
    ...at('2026-11-03', '13:00', '14:00'),
    attendees: invite(p2),
    singleValueExtendedProperties: tag('peerCoaching', 't-peer'),
  });
  await graph(p2, 'POST', `/me/events/${(await copyOf(p2, 'Peer visit')).id}/decline`, {});
}, 120_000);

afterAll(async () => {
  await app?.close();
  await sim?.close();
});

describe('GET /api/report for the district admin', () => {
  it("adds up each principal's hours from the organizers' copies", async () => {
    const { status, body } = await report(`${WINDOW}&groupBy=principal`, await apiToken(admin));
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: '2026-10-19', to: '2026-11-15', groupBy: 'principal', timeZone: 'America/New_York', failures: [] });
    const row = (p: SimUser) => body.rows.find((r: any) => r.key === p.userPrincipalName.toLowerCase());
    expect(row(p1).hours).toEqual({ accepted: 7, tentative: 0, pending: 0, declined: 1.5, total: 7 });
    expect(row(p2).hours).toEqual({ accepted: 5, tentative: 4, pending: 0, declined: 1, total: 9 });
    expect(row(p3).hours).toEqual({ accepted: 1, tentative: 0, pending: 4.5, declined: 0, total: 5.5 });
    expect(row(p1).sessions).toBe(6);
    // Held before "now" (2026-11-10 12:00 Eastern) versus still planned.
    expect(row(p1).heldHours + row(p1).plannedHours).toBeCloseTo(7);
    expect(row(p1).plannedHours).toBe(1);
  });

  it('gives every principal a row, zero included', async () => {
    const { body } = await report(`${WINDOW}`, await apiToken(admin));
    const principals = sim.state.users.filter((u) => u.role === 'principal');
    expect(body.rows).toHaveLength(principals.length);
    expect(new Set(body.rows.map((r: any) => r.key))).toEqual(new Set(principals.map((p) => p.userPrincipalName.toLowerCase())));
    // The demo's past term already gives most principals time; the first-year principals have none.
    expect(baseline.principal.summary.principalsWithNone).toBe(3);
    expect(baseline.principal.summary.hours.total).toBeGreaterThan(0);
    expect(body.summary.principalsWithNone).toBe(baseline.principal.summary.principalsWithNone - 3);
    expect(body.rows.filter((r: any) => r.hours.total === 0)).toHaveLength(baseline.principal.summary.principalsWithNone - 3);
  });

  it('groups by week and by kind', async () => {
    const token = await apiToken(admin);
    const weeks = (await report(`${WINDOW}&groupBy=week`, token)).body.rows;
    expect(weeks.map((w: any) => w.key)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']);
    const sum = (rows: any[]) => rows.reduce((n: number, w: any) => n + w.hours.total, 0);
    expect(sum(weeks) - sum(baseline.week.rows)).toBeCloseTo(21.5);
    const kinds = (await report(`${WINDOW}&groupBy=kind`, token)).body.rows;
    const before = Object.fromEntries(baseline.kind.rows.map((k: any) => [k.key, k.hours.total]));
    expect(Object.fromEntries(kinds.map((k: any) => [k.key, k.hours.total - (before[k.key] ?? 0)]))).toEqual(
      expect.objectContaining({ cohortMeeting: 8, dataDig: 7.5, peerCoaching: 6 }),
    );
    // The past term's own kinds are there and unchanged (no learning walk was added: the one built here was cancelled).
    expect(kinds.find((k: any) => k.key === 'learningWalk')?.hours.total).toBe(before['learningWalk']);
  });

  it('lists sessions for drill-down when asked', async () => {
    const { body } = await report(`${WINDOW}&include=sessions`, await apiToken(admin));
    const subjects = body.sessions.map((s: any) => s.subject);
    expect(subjects).not.toContain('Budget chat (untagged)');
    expect(subjects).not.toContain('Cancelled walk');
    expect(subjects).not.toContain('Before window');
    expect(subjects).not.toContain('Removed invite');
    expect(subjects).toContain('Last night');
  });

  it('answers CSV for Excel: BOM, one header row, formulas escaped', async () => {
    const school = sim.state.users.find((u) => u.userPrincipalName === p1.userPrincipalName)!;
    // The demo tenant has no PATCH /users: set the directory value where Graph would hold it.
    const before = school.officeLocation;
    school.officeLocation = '=HYPERLINK("http://evil.example","x")';
    try {
      const { status, headers, text, bytes } = await report(`${WINDOW}&groupBy=school`, await apiToken(admin), { accept: 'text/csv' });
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(text.startsWith('\uFEFFkey,label,')).toBe(true);
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(text.split('\r\n').filter((l) => l.startsWith('=') || l.includes(',=') || l.includes(',"='))).toEqual([]);
    } finally {
      school.officeLocation = before;
    }
    const viaFormat = await report(`${WINDOW}&format=csv`, await apiToken(admin));
    expect(viaFormat.text.split('\r\n')).toHaveLength(sim.state.users.filter((u) => u.role === 'principal').length + 2);
  });

  it('names a calendar it could not read in failures, never counting it as zero', async () => {
    const coachUpn = coach.userPrincipalName.toLowerCase();
    sim.faults.set({
      unavailable: { rate: 1, retryAfterSeconds: 0, match: (t) => t.path.toLowerCase().includes(encodeURIComponent(coachUpn)) || t.path.toLowerCase().includes(coachUpn) },
    });
    try {
      const { status, body } = await report(WINDOW, await apiToken(admin));
      expect(status).toBe(200);
      expect(body.failures).toEqual([{ key: coachUpn, message: expect.stringMatching(/calendar/i) }]);
      expect(body.rows.find((r: any) => r.key === p3.userPrincipalName.toLowerCase()).hours.accepted).toBe(1);
    } finally {
      sim.faults.clear();
    }
  });

  it('streams how many calendars it has read, then the same report, when asked for progress', async () => {
    const token = await apiToken(admin);
    const { status, headers, text } = await report(WINDOW, token, { accept: 'application/x-ndjson' });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const progress = lines.filter((l) => l.progress).map((l) => l.progress);
    const principals = sim.state.users.filter((u) => u.role === 'principal').length;
    const organizers = sim.state.users.filter((u) => u.role === 'coach').length;
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ phase: 'calendars', done: 2 * principals + organizers, total: 2 * principals + organizers });
    expect(progress.map((p: any) => p.done)).toEqual([...progress.map((p: any) => p.done)].sort((a, b) => a - b));
    const last = lines.at(-1);
    expect(last.report.rows).toEqual((await report(WINDOW, token)).body.rows);
    const bad = await report('from=2026-11-15&to=2026-11-01', token, { accept: 'application/x-ndjson' });
    expect(bad.status).toBe(400);
  });

  it('gives the same report when Graph throttles some of its requests (429 with Retry-After)', async () => {
    const token = await apiToken(admin);
    const calm = (await report(WINDOW, token)).body.rows;
    sim.faults.throttleRate(0.3, 0.05);
    try {
      const busy = await report(WINDOW, token);
      expect(busy.body.failures).toEqual([]);
      expect(busy.body.rows).toEqual(calm);
      expect(sim.faults.fired.throttled).toBeGreaterThan(0);
    } finally {
      sim.faults.clear();
    }
  });

  it('refuses bad input with a message naming the field', async () => {
    const token = await apiToken(admin);
    expect((await report('from=2026-13-01&to=2026-11-15', token)).body.error.message).toMatch(/^from:/);
    expect((await report('from=2026-11-15&to=2026-11-01', token)).body.error.message).toMatch(/^to:/);
    expect((await report(`${WINDOW}&groupBy=teacher`, token)).body.error.message).toMatch(/^groupBy:/);
  });
});

describe('who may call GET /api/report', () => {
  const refused = async (token: string, status: number) => {
    const res = await report(WINDOW, token);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual({
      code: expect.any(String),
      message: expect.any(String),
      innerError: expect.objectContaining({ 'request-id': expect.any(String), date: expect.any(String) }),
    });
    expect(res.text).not.toMatch(/rows|hours/);
  };

  it('gives a principal or a coach 403 with a valid API token', async () => {
    await refused(await apiToken(p1), 403);
    await refused(await apiToken(coach), 403);
  });

  it('gives forged, expired, wrong-audience, Graph-audience and unsigned tokens 401', async () => {
    const claims = { oid: admin.id, tid: sim.tenantId, scp: 'access_as_user', roles: ['DistrictAdmin'], upn: admin.userPrincipalName };
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(sim.issuer)
      .setAudience(API_AUDIENCE)
      .setIssuedAt(Math.floor(NOW / 1000))
      .setExpirationTime('1h')
      .sign(privateKey);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ ...claims, iss: sim.issuer, aud: API_AUDIENCE, exp: Math.floor(NOW / 1000) + 3600 })).toString('base64url');
    const unsigned = `${header}.${payload}.`;
    const roles = ['DistrictAdmin'];
    const expired = await sim.tokenFor(admin.userPrincipalName, { audience: API_AUDIENCE, scopes: ['access_as_user'], roles, lifetimeSeconds: -7200 });
    const wrongAudience = await sim.tokenFor(admin.userPrincipalName, { audience: 'api://someone-else', scopes: ['access_as_user'], roles });
    const graphAudience = await sim.tokenFor(admin.userPrincipalName, { roles });
    for (const token of [forged, unsigned, expired, wrongAudience, graphAudience]) await refused(token, 401);
    const missing = await fetch(`${app.url}/api/report?${WINDOW}`);
    expect(missing.status).toBe(401);
  });

  it("names the API scope in /api/config and the admin's token carries the role", async () => {
    const config = (await (await fetch(`${app.url}/api/config`)).json()) as { apiScope: string };
    expect(config.apiScope).toMatch(/^api:\/\/.+\/access_as_user$/);
    const claims = JSON.parse(Buffer.from((await apiToken(admin)).split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ aud: API_AUDIENCE, scp: 'access_as_user', roles: ['DistrictAdmin'] });
    const principalClaims = JSON.parse(Buffer.from((await apiToken(p1)).split('.')[1]!, 'base64url').toString('utf8'));
    expect(principalClaims.roles).toBeUndefined();
  });
});
