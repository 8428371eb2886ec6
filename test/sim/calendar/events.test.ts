/** Events over real HTTP against the demo tenant: shapes, attendee copies, answers, dedupe, ETags. */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { graphExample } from '../../support/graphExample.js';
import { startHarness, type Harness } from './harness.js';
import type { SimUser } from '../../../src/sim/state.js';

const example = (name: string): any => graphExample(name);
const KIND = 'String {5c9e4f3a-6b1d-4e2a-9f7c-3d8b2a1e0c47} Name CommonTimeKind';

let h: Harness;
let coach: SimUser;
let p1: SimUser;
let p2: SimUser;
let p3: SimUser;

beforeAll(async () => {
  h = await startHarness();
  [coach] = h.coaches as [SimUser];
  [p1, p2, p3] = h.principals as [SimUser, SimUser, SimUser];
});
afterAll(async () => h.close());

function meeting(day: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Principal cohort: data dig',
    body: { contentType: 'HTML', content: '<p>Agenda: <b>look at the data</b></p>' },
    start: { dateTime: `${day}T09:00:00`, timeZone: 'Eastern Standard Time' },
    end: { dateTime: `${day}T10:00:00`, timeZone: 'Eastern Standard Time' },
    location: { displayName: 'District office' },
    attendees: [p1, p2].map((p) => ({ emailAddress: { address: p.mail, name: p.displayName }, type: 'Required' })),
    ...extra,
  };
}

async function copyOf(who: SimUser, iCalUId: string): Promise<any> {
  const view = await h.call(who, 'GET', '/me/events?$top=1000');
  return view.body.value.find((e: any) => e.iCalUId === iCalUId);
}

/** Every key of the documented example exists in ours with the same JSON type (null matches anything). */
function expectSameShape(documented: any, ours: any, path = 'event'): void {
  if (documented === null || ours === null) return;
  expect([path, Array.isArray(ours)]).toEqual([path, Array.isArray(documented)]);
  if (Array.isArray(documented)) {
    if (documented.length > 0 && ours.length > 0) expectSameShape(documented[0], ours[0], `${path}[0]`);
    return;
  }
  expect([path, typeof ours]).toEqual([path, typeof documented]);
  if (typeof documented !== 'object') return;
  for (const key of Object.keys(documented)) {
    expect([path, key, key in ours]).toEqual([path, key, true]);
    expectSameShape(documented[key], ours[key], `${path}.${key}`);
  }
}

describe('POST /me/events', () => {
  it('answers 201 with the documented event shape, an HTML document body and Graph defaults', async () => {
    const doc = example('createEvent-1-transactionId.response');
    const res = await h.call(coach, 'POST', '/me/events', meeting('2026-03-02', { transactionId: 'shape-1' }), { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(res.status).toBe(201);
    expectSameShape(doc.body, res.body);
    expect(res.body.body.contentType).toBe('html');
    expect(res.body.body.content).toMatch(/^<html>[\s\S]*<body>\r\n<p>Agenda: <b>look at the data<\/b><\/p>\r\n<\/body>\r\n<\/html>/);
    expect(res.body.bodyPreview).toBe('Agenda: look at the data');
    expect(res.body.start).toEqual({ dateTime: '2026-03-02T06:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    expect(res.body['@odata.etag']).toBe(`W/"${res.body.changeKey}"`);
    expect(res.body.attendees.map((a: any) => [a.type, a.status.response])).toEqual([
      ['required', 'none'],
      ['required', 'none'],
    ]);
    expect(res.body.responseStatus).toEqual({ response: 'organizer', time: '0001-01-01T00:00:00Z' });
    expect(res.body.organizer.emailAddress.address).toBe(coach.mail);
    expect(res.body.location).toMatchObject({ displayName: 'District office', locationType: 'default' });
    expect(res.body).not.toHaveProperty('singleValueExtendedProperties');
  });

  it('returns start and end in UTC without Prefer, and omits transactionId when none was set', async () => {
    const res = await h.call(coach, 'POST', '/me/events', meeting('2026-03-03'));
    expect(res.body.start).toEqual({ dateTime: '2026-03-03T14:00:00.0000000', timeZone: 'UTC' });
    expect(res.body.originalStartTimeZone).toBe('Eastern Standard Time');
    expect(res.body).not.toHaveProperty('transactionId');
    expect(res.headers.get('preference-applied')).toBeNull();
  });

  it('fills onlineMeeting for a Teams meeting, like example 4', async () => {
    const res = await h.call(coach, 'POST', '/me/events', meeting('2026-03-04', { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }));
    expectSameShape(example('createEvent-4-onlineMeeting.response').body, res.body);
    expect(res.body.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it("echoes a recurrence with Graph's defaults, like example 3", async () => {
    const doc = example('createEvent-3-recurring.request');
    const res = await h.call(p3, 'POST', '/me/events', doc.body);
    expect(res.status).toBe(201);
    expectSameShape(example('createEvent-3-recurring.response').body, res.body);
    expect(res.body.type).toBe('seriesMaster');
    expect(res.body.recurrence).toEqual(example('createEvent-3-recurring.response').body.recurrence);
  });

  it('refuses unknown properties and an end before the start, storing nothing', async () => {
    const before = Object.keys((h.sim.state.calendars[coach.id] as any).events).length;
    const typo = await h.call(coach, 'POST', '/me/events', { ...meeting('2026-03-05'), subjet: 'x' });
    expect([typo.status, typo.body.error.code]).toEqual([400, 'RequestBodyRead']);
    expect(typo.body.error.message).toContain("'subjet'");
    const backwards = await h.call(coach, 'POST', '/me/events', meeting('2026-03-05', { end: { dateTime: '2026-03-05T08:00:00', timeZone: 'Eastern Standard Time' } }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toContain('end');
    const zone = await h.call(coach, 'POST', '/me/events', meeting('2026-03-05', { start: { dateTime: '2026-03-05T09:00:00', timeZone: 'Atlantis Time' } }));
    expect([zone.status, zone.body.error.code]).toEqual([400, 'TimeZoneNotSupportedException']);
    expect(Object.keys((h.sim.state.calendars[coach.id] as any).events).length).toBe(before);
  });
});

describe('attendee copies', () => {
  it("lands the meeting in each attendee's calendar as not responded, shown tentative, with the same iCalUId", async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-10'));
    for (const p of [p1, p2]) {
      const copy = await copyOf(p, created.body.iCalUId);
      expect(copy).toBeDefined();
      expect(copy.id).not.toBe(created.body.id);
      expect(copy.isOrganizer).toBe(false);
      expect(copy.responseStatus.response).toBe('notResponded');
      expect(copy.showAs).toBe('tentative');
      expect(copy.subject).toBe('Principal cohort: data dig');
    }
    expect(await copyOf(p3, created.body.iCalUId)).toBeUndefined();
  });

  it("records an accept on the organizer's copy with its time, and shows the attendee busy", async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-11'));
    const copy = await copyOf(p1, created.body.iCalUId);
    const res = await h.call(p1, 'POST', `/me/events/${copy.id}/accept`, { comment: 'See you there', sendResponse: true });
    expect([res.status, res.body]).toEqual([202, undefined]);
    const mine = await h.call(p1, 'GET', `/me/events/${copy.id}`);
    expect(mine.body.responseStatus.response).toBe('accepted');
    expect(mine.body.showAs).toBe('busy');
    const organizer = await h.call(coach, 'GET', `/me/events/${created.body.id}`);
    const entry = organizer.body.attendees.find((a: any) => a.emailAddress.address === p1.mail);
    expect(entry.status.response).toBe('accepted');
    expect(entry.status.time).toMatch(/^2026-01-05T15:\d\d:\d\dZ$/);
    expect(organizer.body.attendees.find((a: any) => a.emailAddress.address === p2.mail).status.response).toBe('none');
    expect(organizer.body.changeKey).not.toBe(created.body.changeKey);
  });

  it('keeps the organizer unaware when sendResponse is false', async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-12'));
    const copy = await copyOf(p2, created.body.iCalUId);
    expect((await h.call(p2, 'POST', `/me/events/${copy.id}/tentativelyAccept`, { sendResponse: false })).status).toBe(202);
    expect((await h.call(p2, 'GET', `/me/events/${copy.id}`)).body.responseStatus.response).toBe('tentativelyAccepted');
    const organizer = await h.call(coach, 'GET', `/me/events/${created.body.id}`);
    expect(organizer.body.attendees.find((a: any) => a.emailAddress.address === p2.mail).status.response).toBe('none');
  });

  it("removes a declined meeting from the attendee's calendar and records the proposal", async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-13'));
    const copy = await copyOf(p1, created.body.iCalUId);
    const proposal = { start: { dateTime: '2026-03-16T09:00:00', timeZone: 'Eastern Standard Time' }, end: { dateTime: '2026-03-16T10:00:00', timeZone: 'Eastern Standard Time' } };
    expect((await h.call(p1, 'POST', `/me/events/${copy.id}/decline`, { comment: 'Testing week', proposedNewTime: proposal })).status).toBe(202);
    expect((await h.call(p1, 'GET', `/me/events/${copy.id}`)).status).toBe(404);
    const entry = (await h.call(coach, 'GET', `/me/events/${created.body.id}`)).body.attendees.find((a: any) => a.emailAddress.address === p1.mail);
    expect(entry.status.response).toBe('declined');
    expect(entry.proposedNewTime).toEqual(proposal);
  });

  it('refuses proposedNewTime on accept, without sendResponse, and when proposals are not allowed', async () => {
    const proposal = { start: { dateTime: '2026-03-16T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-03-16T10:00:00', timeZone: 'UTC' } };
    const open = await h.call(coach, 'POST', '/me/events', meeting('2026-03-17'));
    const closed = await h.call(coach, 'POST', '/me/events', meeting('2026-03-18', { allowNewTimeProposals: false }));
    const openCopy = await copyOf(p2, open.body.iCalUId);
    const closedCopy = await copyOf(p2, closed.body.iCalUId);
    const onAccept = await h.call(p2, 'POST', `/me/events/${openCopy.id}/accept`, { proposedNewTime: proposal });
    const silent = await h.call(p2, 'POST', `/me/events/${openCopy.id}/tentativelyAccept`, { sendResponse: false, proposedNewTime: proposal });
    const notAllowed = await h.call(p2, 'POST', `/me/events/${closedCopy.id}/decline`, { proposedNewTime: proposal });
    expect([onAccept.status, silent.status, notAllowed.status]).toEqual([400, 400, 400]);
    expect(notAllowed.body.error.message).toContain('allowNewTimeProposals');
    expect((await h.call(p2, 'GET', `/me/events/${closedCopy.id}`)).status).toBe(200);
    const organizerAnswer = await h.call(coach, 'POST', `/me/events/${open.body.id}/accept`, {});
    expect(organizerAnswer.status).toBe(400);
  });

  it("carries the organizer's change to every copy, and asks again when the time moves", async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-19'));
    const copy = await copyOf(p1, created.body.iCalUId);
    await h.call(p1, 'POST', `/me/events/${copy.id}/accept`, {});
    const moved = await h.call(coach, 'PATCH', `/me/events/${created.body.id}`, {
      subject: 'Moved cohort',
      start: { dateTime: '2026-03-19T13:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-03-19T14:00:00', timeZone: 'Eastern Standard Time' },
    });
    expect(moved.status).toBe(200);
    const after = await copyOf(p1, created.body.iCalUId);
    expect(after.subject).toBe('Moved cohort');
    expect(after.start.dateTime).toBe('2026-03-19T17:00:00.0000000');
    expect(after.responseStatus.response).toBe('notResponded');
    expect(moved.body.attendees.find((a: any) => a.emailAddress.address === p1.mail).status.response).toBe('none');
  });

  it("cancels attendees' copies when the organizer deletes the meeting", async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-20'));
    expect((await h.call(coach, 'DELETE', `/me/events/${created.body.id}`)).status).toBe(204);
    expect((await h.call(coach, 'GET', `/me/events/${created.body.id}`)).body.error.code).toBe('ErrorItemNotFound');
    const copy = await copyOf(p2, created.body.iCalUId);
    expect(copy.isCancelled).toBe(true);
    expect(copy.subject).toBe('Canceled: Principal cohort: data dig');
  });
});

describe('transactionId', () => {
  it('makes a repeated create return the first event, with no second event in any mailbox', async () => {
    const body = meeting('2026-03-23', { transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7' });
    const count = (u: SimUser): number => Object.keys((h.sim.state.calendars[u.id] as any).events).length;
    const before = [coach, p1, p2].map(count);
    const first = await h.call(coach, 'POST', '/me/events', body);
    const again = await h.call(coach, 'POST', '/me/events', body);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect([coach, p1, p2].map(count)).toEqual(before.map((n) => n + 1));
  });

  it('survives a create whose connection drops after the commit: the retry finds the event', async () => {
    h.sim.faults.set({ commitThenDrop: { next: 1 } });
    const body = meeting('2026-03-24', { transactionId: 'drop-then-retry' });
    await expect(h.call(coach, 'POST', '/me/events', body)).rejects.toThrow();
    h.sim.faults.clear();
    const retry = await h.call(coach, 'POST', '/me/events', body);
    expect(retry.status).toBe(201);
    const all = Object.values((h.sim.state.calendars[coach.id] as any).events).filter((e: any) => e.transactionId === 'drop-then-retry');
    expect(all).toHaveLength(1);
  });
});

describe('PATCH with If-Match', () => {
  it('updates with the current ETag and refuses a stale one with 412 ErrorIrresolvableConflict', async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-25'));
    const ok = await h.call(coach, 'PATCH', `/me/events/${created.body.id}`, { categories: ['Collaboration'] }, { 'If-Match': created.body['@odata.etag'] });
    expect(ok.status).toBe(200);
    expect(ok.body.categories).toEqual(['Collaboration']);
    expect(ok.body['@odata.etag']).not.toBe(created.body['@odata.etag']);
    const stale = await h.call(coach, 'PATCH', `/me/events/${created.body.id}`, { subject: 'Lost update' }, { 'If-Match': created.body['@odata.etag'] });
    expect([stale.status, stale.body.error.code]).toEqual([412, 'ErrorIrresolvableConflict']);
    expect((await h.call(coach, 'GET', `/me/events/${created.body.id}`)).body.subject).toBe('Principal cohort: data dig');
  });

  it('refuses changing the transactionId', async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-26', { transactionId: 'fixed' }));
    expect((await h.call(coach, 'PATCH', `/me/events/${created.body.id}`, { transactionId: 'other' })).status).toBe(400);
  });
});

describe('extended properties', () => {
  it('stores them silently, returns them through $expand and finds events by them with $filter', async () => {
    const marked = await h.call(coach, 'POST', '/me/events', meeting('2026-03-27', { singleValueExtendedProperties: [{ id: KIND, value: 'dataDig|plan-7' }] }));
    await h.call(coach, 'POST', '/me/events', meeting('2026-03-27', { singleValueExtendedProperties: [{ id: KIND, value: 'learningWalk|plan-8' }] }));
    expect(marked.body).not.toHaveProperty('singleValueExtendedProperties');
    const expanded = await h.call(coach, 'GET', `/me/events/${marked.body.id}?$expand=singleValueExtendedProperties($filter=id eq '${encodeURIComponent(KIND)}')`);
    expect(expanded.body.singleValueExtendedProperties).toEqual([{ id: KIND, value: 'dataDig|plan-7' }]);
    const exact = await h.call(
      coach,
      'GET',
      `/me/events?$filter=${encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${KIND}' and ep/value eq 'dataDig|plan-7')`)}`,
    );
    expect(exact.body.value.map((e: any) => e.id)).toEqual([marked.body.id]);
    expect(exact.body.value[0]).not.toHaveProperty('singleValueExtendedProperties');
    const partial = await h.call(
      coach,
      'GET',
      `/me/events?$top=1000&$filter=${encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${KIND}' and contains(ep/value, 'plan-'))`)}`,
    );
    expect(partial.body.value).toHaveLength(2);
    expect((await copyOf(p1, marked.body.iCalUId)).subject).toBe('Principal cohort: data dig');
  });

  it('honours $select, keeping id and @odata.etag', async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-03-30'));
    const res = await h.call(coach, 'GET', `/users/${coach.userPrincipalName}/events/${created.body.id}?$select=subject,start`);
    expect(Object.keys(res.body).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'start', 'subject']);
  });
});

describe('permissions', () => {
  async function raw(token: string, method: string, path: string, body?: unknown): Promise<number> {
    const res = await fetch(`${h.sim.graphUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await res.text();
    return res.status;
  }
  const window = 'calendarView?startDateTime=2026-03-02T00:00:00Z&endDateTime=2026-03-03T00:00:00Z';

  it('refuses a colleague a calendar not shared with them (free/busy only), and lets an app read and write it', async () => {
    const principal = await h.sim.tokenFor(p3.userPrincipalName);
    expect(await raw(principal, 'GET', `/users/${coach.id}/${window}`)).toBe(403);
    expect(await raw(await h.sim.appToken(), 'GET', `/users/${coach.id}/${window}`)).toBe(200);
    expect(await raw(principal, 'POST', `/users/${coach.id}/events`, meeting('2026-03-31'))).toBe(403);
    const app = await h.sim.appToken();
    expect(await raw(app, 'POST', `/users/${coach.id}/events`, meeting('2026-03-31'))).toBe(201);
  });

  it('refuses a token without any calendar permission, with ErrorAccessDenied', async () => {
    const token = await h.sim.tokenFor(p3.userPrincipalName, { scopes: ['User.Read'] });
    expect(await raw(token, 'GET', `/me/${window}`)).toBe(403);
    expect(
      await raw(token, 'POST', '/me/calendar/getSchedule', {
        schedules: [p1.mail],
        startTime: { dateTime: '2026-03-02T09:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-03-02T10:00:00', timeZone: 'UTC' },
      }),
    ).toBe(403);
    const readOnly = await h.sim.tokenFor(p3.userPrincipalName, { scopes: ['Calendars.Read'] });
    expect(await raw(readOnly, 'GET', `/me/${window}`)).toBe(200);
    expect(await raw(readOnly, 'POST', '/me/events', meeting('2026-03-31'))).toBe(403);
  });
});

describe('lists and attendee changes', () => {
  it('orders and counts /me/events, and refuses query options it does not implement', async () => {
    const res = await h.call(p3, 'GET', '/me/events?$orderby=start/dateTime desc&$count=true&$top=1000&$select=start');
    expect(res.status).toBe(200);
    const starts = res.body.value.map((e: any) => Date.parse(`${e.start.dateTime.slice(0, 23)}Z`));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(res.body['@odata.count']).toBe(res.body.value.length);
    const skip = await h.call(p3, 'GET', '/me/events?$skip=5');
    expect([skip.status, skip.body.error.message]).toEqual([400, expect.stringContaining('@odata.nextLink')]);
    expect((await h.call(p3, 'GET', '/me/events?$orderby=importance')).status).toBe(400);
  });

  it('invites added attendees and cancels the copies of removed ones', async () => {
    const created = await h.call(coach, 'POST', '/me/events', meeting('2026-04-01'));
    const attendees = [p1, p3].map((p) => ({ emailAddress: { address: p.mail }, type: 'optional' }));
    const res = await h.call(coach, 'PATCH', `/me/events/${created.body.id}`, { attendees });
    expect(res.body.attendees.map((a: any) => [a.emailAddress.name, a.type])).toEqual([
      [p1.displayName, 'optional'],
      [p3.displayName, 'optional'],
    ]);
    expect((await copyOf(p3, created.body.iCalUId)).responseStatus.response).toBe('notResponded');
    expect((await copyOf(p2, created.body.iCalUId)).isCancelled).toBe(true);
    expect((await copyOf(p1, created.body.iCalUId)).isCancelled).toBe(false);
  });

  it('treats a location with an empty name as no location', async () => {
    const res = await h.call(coach, 'POST', '/me/events', meeting('2026-04-02', { location: { displayName: '' } }));
    expect(res.status).toBe(201);
    expect(res.body.locations).toEqual([]);
  });
});
