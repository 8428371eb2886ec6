/**
 * Issue 4, the demo tenant on its own: `npx common-time sim --port 0 --data DIR` started as a process and
 * spoken to over real HTTP the way a tool or a test would, checked against Graph's documented limits and shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { DateTime } from 'luxon';
import { expectedSlots } from './support/bruteForce.js';
import { buildCommand, runCommand } from './support/commonTime.js';
import { startSimProcess, type SimProcess } from './support/simProcess.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answered by the server under test */
const DAY = 86_400_000;
const dataDir = mkdtempSync(join(tmpdir(), 'common-time-acceptance-sim-'));
let sim: SimProcess;
let people: { upn: string; name: string; role: string; school: string | null; timeZone: string }[];
let coachToken: string;

async function token(upn: string): Promise<string> {
  const res = await fetch(`${sim.baseUrl}/demo/token?user=${encodeURIComponent(upn)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function graph(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(path.startsWith('http') ? path : `${sim.graphUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Graph's error envelope, as errors.md documents it. */
function expectGraphError(body: any, code: string) {
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.error.innerError).toEqual(expect.objectContaining({ 'request-id': expect.any(String), date: expect.any(String) }));
}

/** A Monday a week or two ahead, 00:00 UTC: inside the seeded weeks around now. */
const nextMonday = (() => {
  const d = new Date();
  const base = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) + 7 * DAY;
  return base + ((8 - new Date(base).getUTCDay()) % 7) * DAY;
})();
const utc = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const schedulesBody = (schedules: string[], start: number, end: number, interval = 30) => ({
  schedules,
  startTime: { dateTime: utc(start), timeZone: 'UTC' },
  endTime: { dateTime: utc(end), timeZone: 'UTC' },
  availabilityViewInterval: interval,
});

beforeAll(async () => {
  buildCommand();
  sim = await startSimProcess(['--port', '0', '--data', dataDir]);
  people = ((await (await fetch(`${sim.baseUrl}/demo/people`)).json()) as { value: typeof people }).value;
  coachToken = await token(people.find((p) => p.role === 'coach')!.upn);
}, 60_000);

afterAll(async () => {
  await sim?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo sign-in', () => {
  it('lists a seeded district: an admin, two coaches and two principal supervisors, about 24 principals with schools, in two US zones', () => {
    const count = (role: string) => people.filter((p) => p.role === role).length;
    expect([count('districtAdmin'), count('coach')]).toEqual([1, 4]);
    expect(count('principal')).toBeGreaterThanOrEqual(20);
    for (const p of people.filter((q) => q.role === 'principal')) {
      expect(p.upn).toMatch(/^[^@\s]+@[^@\s]+$/);
      expect(p.name).toBeTruthy();
      expect(p.school).toBeTruthy();
    }
    expect(new Set(people.map((p) => p.timeZone)).size).toBe(2);
  });

  it('hands out RS256 tokens with Entra claims that verify against the published OpenID configuration and keys', async () => {
    const config = (await (await fetch(sim.openIdUrl)).json()) as { issuer: string; jwks_uri: string };
    const principal = people.find((p) => p.role === 'principal')!;
    const jwt = await token(principal.upn);
    expect(decodeProtectedHeader(jwt).alg).toBe('RS256');
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(config.jwks_uri)), { issuer: config.issuer, audience: 'https://graph.microsoft.com' });
    expect(payload).toEqual(
      expect.objectContaining({ upn: principal.upn, tid: expect.any(String), oid: expect.any(String), scp: expect.stringContaining('Calendars'), exp: expect.any(Number) }),
    );
    expect(config.issuer).toContain(payload.tid as string);
    expect((await graph('GET', '/me', { token: jwt })).body.userPrincipalName).toBe(principal.upn);
  });

  it("answers 401 with Graph's error body without a token, with a garbled one and with a re-signed one", async () => {
    const tampered = coachToken.slice(0, -4) + (coachToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const t of [undefined, 'not-a-token', tampered]) {
      const { status, body, headers } = await graph('GET', '/me', t === undefined ? {} : { token: t });
      expect(status).toBe(401);
      expectGraphError(body, 'InvalidAuthenticationToken');
      expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('refuses a token for a person who is not seeded, naming where to find the people', async () => {
    const res = await fetch(`${sim.baseUrl}/demo/token?user=nobody@nowhere.example`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).toContain('/demo/people');
  });
});

describe('getSchedule limits and shapes', () => {
  const principals = () => people.filter((p) => p.role === 'principal').map((p) => p.upn);

  it('answers 20 schedules in request order, each with an availabilityView of one digit per interval', async () => {
    const asked = principals().slice(0, 20).reverse();
    const { status, body } = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody(asked, nextMonday, nextMonday + DAY, 15) });
    expect(status).toBe(200);
    expect(body['@odata.context']).toContain('microsoft.graph.scheduleInformation');
    expect(body.value.map((s: any) => s.scheduleId)).toEqual(asked);
    for (const s of body.value) {
      expect(s.availabilityView).toMatch(/^[0-4]{96}$/);
      expect(s.workingHours.daysOfWeek).toContain('monday');
      for (const item of s.scheduleItems) expect(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).toContain(item.status);
    }
    // The seeded school days are not empty: someone is busy on a Monday.
    expect(body.value.some((s: any) => /[1-4]/.test(s.availabilityView))).toBe(true);
  });

  it("refuses 21 schedules and a window of 62 days with Graph's errors, and accepts just under 62 days", async () => {
    const many = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody(principals().slice(0, 21), nextMonday, nextMonday + DAY) });
    expect(many.status).toBe(400);
    expectGraphError(many.body, 'ErrorMailboxDataArrayTooBig');
    const long = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody(principals().slice(0, 2), nextMonday, nextMonday + 62 * DAY) });
    expect(long.status).toBe(400);
    expectGraphError(long.body, 'ErrorTimeIntervalTooBig');
    const under = await graph('POST', '/me/calendar/getSchedule', {
      token: coachToken,
      body: schedulesBody(principals().slice(0, 2), nextMonday, nextMonday + 62 * DAY - 60_000, 1440),
    });
    expect(under.status).toBe(200);
  });

  it("reports an unknown address as that schedule's error, never as free time", async () => {
    const { body } = await graph('POST', '/me/calendar/getSchedule', {
      token: coachToken,
      body: schedulesBody([principals()[0]!, 'ghost@cumberlandvalley.example'], nextMonday, nextMonday + DAY),
    });
    const ghost = body.value[1];
    expect(ghost.scheduleId).toBe('ghost@cumberlandvalley.example');
    expect(ghost.error).toEqual(expect.objectContaining({ message: expect.any(String) }));
    expect(ghost.scheduleItems ?? []).toEqual([]);
  });

  it('returns times in UTC by default and in the zone of Prefer: outlook.timezone, saying so', async () => {
    const asked = principals().slice(0, 5);
    const plain = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody(asked, nextMonday, nextMonday + DAY) });
    const pacific = await graph('POST', '/me/calendar/getSchedule', {
      token: coachToken,
      body: schedulesBody(asked, nextMonday, nextMonday + DAY),
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(pacific.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    const first = (b: any) => b.value.flatMap((s: any) => s.scheduleItems)[0];
    expect(first(plain.body).start.timeZone).toBe('UTC');
    expect(first(pacific.body).start.timeZone).toBe('Pacific Standard Time');
    // Same instant, eight hours apart on the wall clock (December: PST).
    const hours = (dt: string) => Number(dt.slice(11, 13)) + 24 * Number(dt.slice(8, 10));
    expect(hours(first(plain.body).start.dateTime) - hours(first(pacific.body).start.dateTime)).toBe(8);
  });
});

describe("the demo tenant's free/busy through common-time slots", () => {
  it('gives, for a week of twelve principals in two zones, exactly the slots a minute-by-minute check of the same answer finds', async () => {
    const twelve = people
      .filter((p) => p.role === 'principal')
      .slice(0, 12)
      .map((p) => p.upn);
    // The first school week ahead with meetings in it and some common time (a closure week has neither).
    let week = 0;
    let start: DateTime;
    let end: DateTime;
    let answer: Awaited<ReturnType<typeof graph>>;
    do {
      start = DateTime.fromMillis(nextMonday, { zone: 'America/New_York' }).startOf('day').plus({ weeks: week++ });
      end = start.plus({ days: 5 });
      answer = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody(twelve, start.toMillis(), end.toMillis()) });
      expect(answer.status).toBe(200);
    } while (week < 3 && expectedSlots(answer.body, { start: start.toMillis(), end: end.toMillis(), durationMinutes: 45, minAvailable: 9 }).length === 0);
    expect(answer.body.value.some((s: any) => s.scheduleItems.some((i: any) => i.status === 'busy'))).toBe(true);
    const fmt = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm");
    const { code, stdout, stderr } = await runCommand(
      ['slots', '--schedules', '-', '--start', fmt(start), '--end', fmt(end), '--time-zone', 'America/New_York', '--duration', '45', '--min-available', '9', '--sort', 'start'],
      JSON.stringify(answer.body),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout).slots.map((s: any) => ({ start: DateTime.fromISO(s.start).toMillis(), available: [...s.available].sort() }));
    const expected = expectedSlots(answer.body, { start: start.toMillis(), end: end.toMillis(), durationMinutes: 45, minAvailable: 9 }).map((s) => ({
      start: s.start,
      available: [...s.available].sort(),
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(printed).toEqual(expected);
  });
});

describe('$batch', () => {
  const request = (i: number) => ({ id: String(i + 1), method: 'GET', url: '/me' });

  it('answers up to 20 requests by id and refuses 21 as a whole with 400', async () => {
    const twenty = await graph('POST', '/$batch', { token: coachToken, body: { requests: Array.from({ length: 20 }, (_, i) => request(i)) } });
    expect(twenty.status).toBe(200);
    expect(twenty.body.responses.map((r: any) => r.id).sort((a: string, b: string) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(twenty.body.responses.every((r: any) => r.status === 200)).toBe(true);
    const over = await graph('POST', '/$batch', { token: coachToken, body: { requests: Array.from({ length: 21 }, (_, i) => request(i)) } });
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBeTruthy();
  });

  it('carries a getSchedule and a failing request side by side, the failure in its own inner response', async () => {
    const principal = people.find((p) => p.role === 'principal')!.upn;
    const { status, body } = await graph('POST', '/$batch', {
      token: coachToken,
      body: {
        requests: [
          {
            id: 'a',
            method: 'POST',
            url: '/me/calendar/getSchedule',
            headers: { 'Content-Type': 'application/json' },
            body: schedulesBody([principal], nextMonday, nextMonday + DAY),
          },
          { id: 'b', method: 'GET', url: '/users/nobody@cumberlandvalley.example' },
        ],
      },
    });
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.responses.map((r: any) => [r.id, r]));
    expect(byId.a.status).toBe(200);
    expect(byId.a.body.value[0].scheduleId).toBe(principal);
    expect(byId.b.status).toBe(404);
    expect(byId.b.body.error.code).toBeTruthy();
  });
});

describe('calendar view paging', () => {
  it('follows @odata.nextLink unchanged until every event has come back exactly once, and refuses $top over 1000', async () => {
    const principal = people.find((p) => p.role === 'principal')!.upn;
    // The principal reads their own calendar: a coach sees others' free/busy only, unless they shared it.
    const principalToken = await token(principal);
    const view = `/users/${principal}/calendarView?startDateTime=${utc(nextMonday - 7 * DAY)}Z&endDateTime=${utc(nextMonday + 14 * DAY)}Z`;
    const whole = await graph('GET', `${view}&$top=1000`, { token: principalToken });
    expect(whole.status).toBe(200);
    expect(whole.body['@odata.nextLink']).toBeUndefined();
    const all = whole.body.value.map((e: any) => e.id);
    expect(all.length).toBeGreaterThan(10);

    const paged: string[] = [];
    let next: string | undefined = `${sim.graphUrl}${view}&$top=5`;
    let pages = 0;
    while (next) {
      const page = await graph('GET', next, { token: principalToken });
      expect(page.status).toBe(200);
      expect(page.body.value.length).toBeLessThanOrEqual(5);
      paged.push(...page.body.value.map((e: any) => e.id));
      next = page.body['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.length / 5));
    expect(paged).toEqual(all);

    const tooMany = await graph('GET', `${view}&$top=1001`, { token: principalToken });
    expect(tooMany.status).toBe(400);
  });
});

describe('mailboxes behave like mailboxes, and the tenant survives a restart', () => {
  it("puts an invite in the attendee's calendar as not responded, carries the answer back, de-duplicates by transactionId, and keeps it all across a restart", async () => {
    const principal = people.find((p) => p.role === 'principal')!;
    // The first hour of the coming weeks that is free on both calendars, so seeded meetings cannot interfere.
    const coachUpn = people.find((p) => p.role === 'coach')!.upn;
    const free = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody([principal.upn, coachUpn], nextMonday, nextMonday + 14 * DAY, 60) });
    const [mine, theirs] = free.body.value.map((s: any) => s.availabilityView as string);
    const hour = [...mine!].findIndex((c, i) => c === '0' && theirs![i] === '0' && i % 24 >= 14);
    expect(hour).toBeGreaterThanOrEqual(0);
    const start = nextMonday + hour * 3_600_000;
    const event = {
      subject: 'Acceptance: cohort meeting',
      start: { dateTime: utc(start), timeZone: 'UTC' },
      end: { dateTime: utc(start + 3_600_000), timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: principal.upn, name: principal.name }, type: 'required' }],
      transactionId: `acceptance-${start}`,
    };
    const first = await graph('POST', '/me/events', { token: coachToken, body: event });
    expect(first.status).toBe(201);
    const again = await graph('POST', '/me/events', { token: coachToken, body: event });
    expect(again.body.id).toBe(first.body.id);

    const principalToken = await token(principal.upn);
    const window = `startDateTime=${utc(start - 3_600_000)}Z&endDateTime=${utc(start + 2 * 3_600_000)}Z`;
    const copies = (await graph('GET', `/me/calendarView?${window}`, { token: principalToken })).body.value.filter((e: any) => e.subject === event.subject);
    expect(copies).toHaveLength(1);
    expect(copies[0].responseStatus.response).toBe('notResponded');
    const schedule = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody([principal.upn], start, start + 3_600_000, 60) });
    expect(schedule.body.value[0].availabilityView).toBe('1'); // an unanswered invite shows tentative

    expect((await graph('POST', `/me/events/${copies[0].id}/accept`, { token: principalToken, body: { comment: 'See you there', sendResponse: true } })).status).toBe(202);
    const organizerCopy = async () => (await graph('GET', `/me/events/${first.body.id}`, { token: coachToken })).body;
    expect((await organizerCopy()).attendees[0].status.response).toBe('accepted');

    expect(await sim.stop()).toBe(0);
    sim = await startSimProcess(['--port', '0', '--data', dataDir]);
    coachToken = await token(people.find((p) => p.role === 'coach')!.upn);
    const afterRestart = await organizerCopy();
    expect(afterRestart.subject).toBe(event.subject);
    expect(afterRestart.attendees[0].status.response).toBe('accepted');
    const schedule2 = await graph('POST', '/me/calendar/getSchedule', { token: coachToken, body: schedulesBody([principal.upn], start, start + 3_600_000, 60) });
    expect(schedule2.body.value[0].availabilityView).toBe('2'); // accepted: busy
  }, 60_000);
});
