/**
 * Calendar sharing as Exchange enforces it, over real HTTP. Free/busy (getSchedule) for everyone; another
 * person's items (calendarView, events, an event by id) only for those they shared their calendar with or
 * made a delegate, and then only with a `.Shared` scope; 403 ErrorAccessDenied otherwise. App-only tokens
 * with Calendars.Read read every mailbox. The seeded district shares as districts do: free/busy only, and
 * some principals share with their supervisor.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { SIM_NOW, startHarness, type Harness, type Reply } from './harness.js';
import { topUpDemoCalendars } from '../../../src/sim/seed/index.js';
import type { SimUser } from '../../../src/sim/state.js';
import { roleOf, shareCalendar } from '../../../src/sim/calendar/sharing.js';

const WINDOW = 'startDateTime=2026-05-04T00:00:00Z&endDateTime=2026-05-09T00:00:00Z&$top=1000';
const DAY = { start: { dateTime: '2026-05-05T08:00:00', timeZone: 'Eastern Standard Time' }, end: { dateTime: '2026-05-05T17:00:00', timeZone: 'Eastern Standard Time' } };

let h: Harness;
let supervisor: SimUser;
let coach: SimUser;
let sharing: SimUser;
let notSharing: SimUser;
let normalId: string;
let privateId: string;

function appointment(subject: string, hour: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const at = (hh: number): string => `2026-05-05T${String(hh).padStart(2, '0')}:00:00`;
  return {
    subject,
    body: { contentType: 'Text', content: `${subject}: notes` },
    start: { dateTime: at(hour), timeZone: 'Eastern Standard Time' },
    end: { dateTime: at(hour + 1), timeZone: 'Eastern Standard Time' },
    location: { displayName: 'Main office' },
    ...extra,
  };
}

async function asToken(token: string, method: string, path: string, body?: unknown): Promise<Reply> {
  const res = await fetch(`${h.sim.graphUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** Exchange's refusal, as Graph returns it for calendarView of an unshared mailbox. */
function expectAccessDenied(reply: Reply): void {
  expect(reply.status).toBe(403);
  expect(reply.body).toEqual({
    error: {
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
      innerError: { date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), 'request-id': expect.any(String), 'client-request-id': expect.any(String) },
    },
  });
}

beforeAll(async () => {
  h = await startHarness();
  supervisor = h.coaches.find((c) => c.jobTitle === 'Principal Supervisor')!;
  coach = h.coaches.find((c) => c.id !== supervisor.id)!;
  sharing = h.principals.find((p) => roleOf(h.sim.state, p.id, supervisor.id) === 'read')!;
  notSharing = h.principals.find((p) => roleOf(h.sim.state, p.id, supervisor.id) === 'freeBusyRead')!;
  const normal = await h.call(sharing, 'POST', '/me/events', appointment('Budget review with the bookkeeper', 9));
  const hidden = await h.call(sharing, 'POST', '/me/events', appointment('Personnel matter', 13, { sensitivity: 'private' }));
  expect([normal.status, hidden.status]).toEqual([201, 201]);
  normalId = normal.body.id;
  privateId = hidden.body.id;
});
afterAll(async () => h.close());

describe('the seeded district', () => {
  it('shares free/busy only by default; some secondary principals share their calendar with their supervisor', () => {
    const shares = h.principals.map((p) => h.coaches.map((c) => roleOf(h.sim.state, p.id, c.id)));
    const withSupervisor = h.principals.filter((p) => roleOf(h.sim.state, p.id, supervisor.id) === 'read');
    expect(withSupervisor.length).toBeGreaterThan(0);
    expect(withSupervisor.length).toBeLessThan(h.principals.length);
    expect(withSupervisor.every((p) => !/Elementary/.test(p.department))).toBe(true);
    // Nobody shares with the other coaches, and coaches share with nobody.
    expect(shares.flat().filter((r) => r !== 'freeBusyRead')).toHaveLength(withSupervisor.length);
    for (const c of h.coaches) for (const other of [...h.coaches, ...h.principals]) expect(roleOf(h.sim.state, c.id, other.id)).toBe('freeBusyRead');
  });

  it('a demo tenant saved before sharing was modelled gets the same sharing when it starts again', () => {
    const saved = structuredClone(h.sim.state);
    delete saved.calendarSharing;
    topUpDemoCalendars(saved, SIM_NOW);
    expect(saved.calendarSharing).toEqual(h.sim.state.calendarSharing);
  });
});

describe('reading another person’s calendar', () => {
  it('the owner reads everything, private items included', async () => {
    const view = await h.call(sharing, 'GET', `/me/calendarView?${WINDOW}`);
    expect(view.status).toBe(200);
    expect(view.body.value.map((e: any) => e.subject)).toEqual(expect.arrayContaining(['Budget review with the bookkeeper', 'Personnel matter']));
    expect((await h.call(sharing, 'GET', `/me/events/${privateId}`)).body.subject).toBe('Personnel matter');
    // The .Shared scopes cover every calendar the user can reach, their own included; writing needs ReadWrite.
    const sharedOnly = await h.sim.tokenFor(sharing.userPrincipalName, { scopes: ['Calendars.Read.Shared'] });
    expect((await asToken(sharedOnly, 'GET', `/me/calendarView?${WINDOW}`)).status).toBe(200);
    expectAccessDenied(await asToken(sharedOnly, 'PATCH', `/me/events/${normalId}`, { isReminderOn: false }));
  });

  it('the supervisor it was shared with reads it with Calendars.Read.Shared: calendarView, events, an event by id', async () => {
    const view = await h.call(supervisor, 'GET', `/users/${sharing.userPrincipalName}/calendarView?${WINDOW}`);
    expect(view.status).toBe(200);
    const seen = view.body.value.find((e: any) => e.id === normalId);
    expect(seen).toMatchObject({ subject: 'Budget review with the bookkeeper', location: { displayName: 'Main office' } });
    // Shared at read: a private item shows as free/busy only.
    expect(view.body.value.find((e: any) => e.id === privateId)).toMatchObject({ subject: '', sensitivity: 'private', showAs: 'busy' });
    expect((await h.call(supervisor, 'GET', `/users/${sharing.id}/events?$top=1000`)).status).toBe(200);
    expect((await h.call(supervisor, 'GET', `/users/${sharing.id}/events/${normalId}`)).body.subject).toBe('Budget review with the bookkeeper');
  });

  it('the same supervisor without a .Shared scope gets 403 ErrorAccessDenied', async () => {
    const token = await h.sim.tokenFor(supervisor.userPrincipalName, { scopes: ['Calendars.ReadWrite', 'User.Read'] });
    expectAccessDenied(await asToken(token, 'GET', `/users/${sharing.id}/calendarView?${WINDOW}`));
    expectAccessDenied(await asToken(token, 'GET', `/users/${sharing.id}/events/${normalId}`));
    // Their own calendar still reads with Calendars.ReadWrite.
    expect((await asToken(token, 'GET', `/me/calendarView?${WINDOW}`)).status).toBe(200);
  });

  it('a coach it was not shared with gets 403 on calendarView, events and the event by id, whatever the scopes; getSchedule still works', async () => {
    expect(roleOf(h.sim.state, sharing.id, coach.id)).toBe('freeBusyRead');
    expectAccessDenied(await h.call(coach, 'GET', `/users/${sharing.id}/calendarView?${WINDOW}`));
    expectAccessDenied(await h.call(coach, 'GET', `/users/${sharing.id}/calendar/calendarView?${WINDOW}`));
    expectAccessDenied(await h.call(coach, 'GET', `/users/${sharing.id}/events`));
    expectAccessDenied(await h.call(coach, 'GET', `/users/${sharing.id}/events/${normalId}`));
    const everything = await h.sim.tokenFor(coach.userPrincipalName, { scopes: ['Calendars.ReadWrite.Shared', 'Calendars.Read.Shared', 'Calendars.ReadWrite'] });
    expectAccessDenied(await asToken(everything, 'GET', `/users/${sharing.id}/calendarView?${WINDOW}`));
    expectAccessDenied(await asToken(everything, 'PATCH', `/users/${sharing.id}/events/${normalId}`, { subject: 'Changed' }));
    // Free/busy for everyone: times and status, no subject or location.
    const fb = await h.call(coach, 'POST', '/me/calendar/getSchedule', { schedules: [sharing.mail], startTime: DAY.start, endTime: DAY.end, availabilityViewInterval: 60 });
    expect(fb.status).toBe(200);
    const items = fb.body.value[0].scheduleItems as Record<string, unknown>[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['end', 'start', 'status']);
    expect(fb.body.value[0].availabilityView[1]).toBe('2');
  });

  it('inside $batch the same rules apply, one answer at a time', async () => {
    const res = await h.call(coach, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/users/${sharing.id}/events/${normalId}` },
        { id: '2', method: 'GET', url: `/me/calendarView?${WINDOW}` },
      ],
    });
    const byId = new Map((res.body.responses as { id: string; status: number; body: any }[]).map((r) => [r.id, r]));
    expect(byId.get('1')!.status).toBe(403);
    expect(byId.get('1')!.body.error.code).toBe('ErrorAccessDenied');
    expect(byId.get('2')!.status).toBe(200);
  });

  it('the supervisor sees subject and location in getSchedule of the principal who shared, not of one who did not', async () => {
    const fb = await h.call(supervisor, 'POST', '/me/calendar/getSchedule', {
      schedules: [sharing.mail, notSharing.mail],
      startTime: DAY.start,
      endTime: DAY.end,
      availabilityViewInterval: 60,
    });
    const [shared, unshared] = fb.body.value;
    expect(shared.scheduleItems.find((i: any) => i.subject === 'Budget review with the bookkeeper')).toMatchObject({ isPrivate: false, location: 'Main office' });
    for (const item of unshared.scheduleItems) expect(item.subject).toBeUndefined();
    expectAccessDenied(await h.call(supervisor, 'GET', `/users/${notSharing.id}/calendarView?${WINDOW}`));
  });

  it('an app-only token with Calendars.Read reads every calendar, private items included', async () => {
    const app = await h.sim.appToken({ roles: ['Calendars.Read'] });
    const view = await asToken(app, 'GET', `/users/${sharing.id}/calendarView?${WINDOW}`);
    expect(view.status).toBe(200);
    expect(view.body.value.map((e: any) => e.subject)).toEqual(expect.arrayContaining(['Budget review with the bookkeeper', 'Personnel matter']));
    expect((await asToken(app, 'GET', `/users/${notSharing.id}/calendarView?${WINDOW}`)).status).toBe(200);
    expect((await asToken(app, 'GET', `/users/${sharing.id}/events/${privateId}`)).body.subject).toBe('Personnel matter');
    // Reading is not writing.
    expectAccessDenied(await asToken(app, 'POST', `/users/${sharing.id}/events`, appointment('From the app', 15)));
  });
});

describe('sharing roles', () => {
  it('limitedRead shows when, how busy, subject and location, and nothing else', async () => {
    shareCalendar(h.sim.state, sharing.id, coach.id, 'limitedRead');
    try {
      const one = await h.call(coach, 'GET', `/users/${sharing.id}/events/${normalId}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        subject: 'Budget review with the bookkeeper',
        location: { displayName: 'Main office' },
        bodyPreview: '',
        body: { content: '' },
        attendees: [],
      });
      expect((await h.call(coach, 'GET', `/users/${sharing.id}/events/${privateId}`)).status).toBe(404);
      expectAccessDenied(await h.call(coach, 'PATCH', `/users/${sharing.id}/events/${normalId}`, { subject: 'Changed' }));
    } finally {
      shareCalendar(h.sim.state, sharing.id, coach.id, 'freeBusyRead');
    }
    expectAccessDenied(await h.call(coach, 'GET', `/users/${sharing.id}/events/${normalId}`));
  });

  it('a delegate with private-event access sees private items and may write with Calendars.ReadWrite.Shared', async () => {
    shareCalendar(h.sim.state, sharing.id, coach.id, 'delegateWithPrivateEventAccess');
    try {
      const token = await h.sim.tokenFor(coach.userPrincipalName, { scopes: ['Calendars.ReadWrite.Shared'] });
      expect((await asToken(token, 'GET', `/users/${sharing.id}/events/${privateId}`)).body.subject).toBe('Personnel matter');
      expect((await asToken(token, 'PATCH', `/users/${sharing.id}/events/${normalId}`, { isReminderOn: false })).status).toBe(200);
      const readOnly = await h.sim.tokenFor(coach.userPrincipalName, { scopes: ['Calendars.Read.Shared'] });
      expectAccessDenied(await asToken(readOnly, 'PATCH', `/users/${sharing.id}/events/${normalId}`, { isReminderOn: true }));
    } finally {
      shareCalendar(h.sim.state, sharing.id, coach.id, 'freeBusyRead');
    }
  });
});
