/**
 * Private events read by someone other than the owner, over real HTTP: a supervisor reading the calendar
 * a principal shared with them (read; Calendars.Read.Shared, like a delegate without private-event access) sees the
 * time and free/busy status of a private event but none of its details; GET of the item itself is
 * "not found"; the owner and app-only callers see everything.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness, type Harness } from './harness.js';
import type { SimUser } from '../../../src/sim/state.js';
import { DELEGATED_SCOPES } from '../../../src/sim/auth/tokens.js';
import { roleOf, shareCalendar } from '../../../src/sim/calendar/sharing.js';

const SECRET_SUBJECT = 'IEP meeting (grade 3)';
const SECRET_BODY = 'Student M.R.: reading support plan';
const SECRET_PLACE = 'Lincoln Elementary, conference room';
const WINDOW = '?startDateTime=2026-04-06T00:00:00Z&endDateTime=2026-04-11T00:00:00Z&$top=1000';

let h: Harness;
let coach: SimUser;
let principal: SimUser;
let privateId: string;
let privateSeriesId: string;
let normalId: string;

function appointment(subject: string, day: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject,
    body: { contentType: 'Text', content: SECRET_BODY },
    start: { dateTime: `${day}T13:00:00`, timeZone: 'Eastern Standard Time' },
    end: { dateTime: `${day}T14:00:00`, timeZone: 'Eastern Standard Time' },
    location: { displayName: SECRET_PLACE },
    categories: ['Student services'],
    ...extra,
  };
}

/** Every string anywhere in a JSON value, to check that no detail leaks under any property. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function expectNoDetails(item: unknown): void {
  const text = strings(item).join('\n');
  expect(text).not.toContain('IEP');
  expect(text).not.toContain('reading support');
  expect(text).not.toContain('conference room');
  expect(text).not.toContain('Student services');
}

beforeAll(async () => {
  h = await startHarness();
  // The seeded district's sharing: some principals share their calendar (read) with their supervisor.
  coach = h.coaches.find((c) => c.jobTitle === 'Principal Supervisor')!;
  principal = h.principals.find((p) => roleOf(h.sim.state, p.id, coach.id) === 'read')!;
  expect(principal).toBeDefined();
  const made = await h.call(principal, 'POST', '/me/events', appointment(SECRET_SUBJECT, '2026-04-07', { sensitivity: 'private' }));
  expect(made.status).toBe(201);
  privateId = made.body.id;
  const series = await h.call(
    principal,
    'POST',
    '/me/events',
    appointment('IEP annual review', '2026-04-08', {
      sensitivity: 'private',
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] }, range: { type: 'numbered', startDate: '2026-04-08', numberOfOccurrences: 3 } },
    }),
  );
  expect(series.status).toBe(201);
  privateSeriesId = series.body.id;
  const normal = await h.call(
    principal,
    'POST',
    '/me/events',
    appointment('Budget review', '2026-04-09', { body: { contentType: 'Text', content: 'Line items' }, location: { displayName: 'Main office' }, categories: [] }),
  );
  normalId = normal.body.id;
});
afterAll(async () => h.close());

describe('a private event read by a coach (delegated, .Shared)', () => {
  it('calendarView shows its time and free/busy status but no subject, body, location, attendees or categories', async () => {
    const res = await h.call(coach, 'GET', `/users/${principal.userPrincipalName}/calendarView${WINDOW}`);
    expect(res.status).toBe(200);
    const single = res.body.value.find((e: any) => e.id === privateId);
    expect(single).toBeDefined();
    expect(single).toMatchObject({ sensitivity: 'private', showAs: 'busy', subject: '', bodyPreview: '', attendees: [], categories: [], locations: [] });
    expect(single.start).toEqual({ dateTime: '2026-04-07T17:00:00.0000000', timeZone: 'UTC' });
    expect(single.body.content).toBe('');
    expect(single.location.displayName).toBe('');
    expectNoDetails(single);
    const occurrences = res.body.value.filter((e: any) => e.seriesMasterId === privateSeriesId);
    expect(occurrences).toHaveLength(1);
    expectNoDetails(occurrences[0]);
    const normal = res.body.value.find((e: any) => e.id === normalId);
    expect(normal).toMatchObject({ subject: 'Budget review', location: { displayName: 'Main office' } });
  });

  it('the events list hides the same details, and $filter on the hidden subject finds nothing', async () => {
    const all = await h.call(coach, 'GET', `/users/${principal.id}/events?$top=1000`);
    expect(all.status).toBe(200);
    const mine = all.body.value.filter((e: any) => e.id === privateId || e.id === privateSeriesId);
    expect(mine).toHaveLength(2);
    for (const e of mine) expectNoDetails(e);
    // Every seeded private item of this principal (IEP meetings, parent meetings) is hidden too.
    const seededPrivate = all.body.value.filter((e: any) => e.sensitivity === 'private');
    expect(seededPrivate.length).toBeGreaterThan(2);
    for (const e of seededPrivate) expect(e.subject).toBe('');
    const filtered = await h.call(coach, 'GET', `/users/${principal.id}/events?$filter=${encodeURIComponent(`subject eq '${SECRET_SUBJECT}'`)}`);
    expect(filtered.status).toBe(200);
    expect(filtered.body.value).toEqual([]);
  });

  it('GET of the private item (or one occurrence) answers 404 ErrorItemNotFound, as Graph does for a sharee', async () => {
    const one = await h.call(coach, 'GET', `/users/${principal.id}/events/${privateId}`);
    expect(one.status).toBe(404);
    expect(one.body.error.code).toBe('ErrorItemNotFound');
    expectNoDetails(one.body);
    const view = await h.call(principal, 'GET', `/me/calendarView${WINDOW}`);
    const occurrence = view.body.value.find((e: any) => e.seriesMasterId === privateSeriesId);
    const occ = await h.call(coach, 'GET', `/users/${principal.id}/events/${occurrence.id}`);
    expect(occ.status).toBe(404);
    const normal = await h.call(coach, 'GET', `/users/${principal.id}/events/${normalId}`);
    expect(normal.status).toBe(200);
    expect(normal.body.subject).toBe('Budget review');
  });

  it('a delegate without private-event access (Calendars.ReadWrite.Shared) cannot change or delete it either (404), and it stays intact', async () => {
    const token = await h.sim.tokenFor(coach.userPrincipalName, { scopes: [...DELEGATED_SCOPES, 'Calendars.ReadWrite.Shared'] });
    // Shared at read, the write scope changes nothing: 403 for any write.
    const readOnlyShare = await fetch(`${h.sim.graphUrl}/users/${principal.id}/events/${normalId}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ isReminderOn: false }),
    });
    expect(readOnlyShare.status).toBe(403);
    shareCalendar(h.sim.state, principal.id, coach.id, 'delegateWithoutPrivateEventAccess');
    try {
      const asWriter = (method: string, body?: unknown): Promise<Response> =>
        fetch(`${h.sim.graphUrl}/users/${principal.id}/events/${privateId}`, {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      expect((await asWriter('PATCH', { subject: 'Renamed' })).status).toBe(404);
      expect((await asWriter('DELETE')).status).toBe(404);
      const normal = await fetch(`${h.sim.graphUrl}/users/${principal.id}/events/${normalId}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ isReminderOn: false }),
      });
      expect(normal.status).toBe(200);
      // Without the write scope the answer is still 403 first, as for any event.
      const readOnly = await h.sim.tokenFor(coach.userPrincipalName, { scopes: DELEGATED_SCOPES.filter((sc) => sc !== 'Calendars.ReadWrite.Shared') });
      expect((await fetch(`${h.sim.graphUrl}/users/${principal.id}/events/${privateId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${readOnly}` } })).status).toBe(403);
    } finally {
      shareCalendar(h.sim.state, principal.id, coach.id, 'read');
    }
    const own = await h.call(principal, 'GET', `/me/events/${privateId}`);
    expect(own.body.subject).toBe(SECRET_SUBJECT);
  });

  it('inside $batch the same rules apply', async () => {
    const res = await h.call(coach, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/users/${principal.id}/events/${privateId}` },
        { id: '2', method: 'GET', url: `/users/${principal.id}/calendarView${WINDOW}` },
      ],
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: any) => [r.id, r]));
    expect(byId['1'].status).toBe(404);
    expect(byId['2'].status).toBe(200);
    expectNoDetails(byId['2'].body.value.find((e: any) => e.id === privateId));
  });
});

describe('the owner, app-only callers and getSchedule', () => {
  it('the owner still sees every detail of their own private event', async () => {
    const res = await h.call(principal, 'GET', `/me/calendarView${WINDOW}`);
    const own = res.body.value.find((e: any) => e.id === privateId);
    expect(own).toMatchObject({ subject: SECRET_SUBJECT, sensitivity: 'private', location: { displayName: SECRET_PLACE }, categories: ['Student services'] });
    expect(own.body.content).toContain('reading support');
    const one = await h.call(principal, 'GET', `/users/${principal.userPrincipalName}/events/${privateId}`);
    expect(one.status).toBe(200);
    expect(one.body.subject).toBe(SECRET_SUBJECT);
  });

  it('an app with Calendars.Read (application permission, admin-consented) reads the whole item', async () => {
    const token = await h.sim.appToken();
    const res = await fetch(`${h.sim.graphUrl}/users/${principal.id}/events/${privateId}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).subject).toBe(SECRET_SUBJECT);
  });

  it('getSchedule still shows the private item as busy without subject or location', async () => {
    const res = await h.call(coach, 'POST', '/me/calendar/getSchedule', {
      schedules: [principal.mail],
      startTime: { dateTime: '2026-04-07T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-04-08T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 60,
    });
    expect(res.status).toBe(200);
    const items = res.body.value[0].scheduleItems;
    const hidden = items.find((i: any) => i.start.dateTime.startsWith('2026-04-07T17:00'));
    expect(hidden).toEqual({ status: 'busy', start: expect.anything(), end: expect.anything() });
    expectNoDetails(res.body);
  });
});
