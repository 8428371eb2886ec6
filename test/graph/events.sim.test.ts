/** Events through the gateway against the demo tenant: create, tag, safe retries, paging, answers, ETags, errors. */
import { describe, expect, it } from '@jest/globals';
import type { Event } from '@microsoft/microsoft-graph-types';
import { createGraphGateway, GraphConflictError, GraphRequestError, parseCommonTimeTag } from '../../src/graph/index.js';
import { dayFromToday, useWorld, virtualTime } from './support/simGateway.js';

const CREATE = 'POST /users/{userId}/events';
const getWorld = useWorld();
let planCounter = 0;

const isCreate = (t: { method: string; route: string }) => t.method === 'POST' && t.route === '/users/{userId}/events';
const newPlan = () => `plan-${Date.now()}-${++planCounter}`;

function walk(subject: string, extra: Partial<Event> = {}): Event {
  const day = dayFromToday(30).slice(0, 10);
  return {
    subject,
    body: { contentType: 'html', content: '<h2>Learning walk</h2><p>Focus question: how do students talk about their thinking?</p>' },
    start: { dateTime: `${day}T09:00:00`, timeZone: 'Eastern Standard Time' },
    end: { dateTime: `${day}T11:00:00`, timeZone: 'Eastern Standard Time' },
    location: { displayName: 'Maple Grove Elementary' },
    attendees: getWorld()
      .principals.slice(0, 2)
      .map((p) => ({ emailAddress: { address: p.upn, name: p.name }, type: 'required' as const })),
    categories: ['Protected collaboration', 'Learning walk'],
    showAs: 'busy',
    ...extra,
  };
}

describe('createEvent', () => {
  it('creates the invite with everything Common Time sets, tagged with kind and plan', async () => {
    const planId = newPlan();
    const g = getWorld().gateway();
    const day = dayFromToday(35).slice(0, 10);
    const created = await g.createEvent(
      'me',
      walk('Cohort meeting', {
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        start: { dateTime: `${day}T15:00:00`, timeZone: 'Eastern Standard Time' },
        end: { dateTime: `${day}T16:00:00`, timeZone: 'Eastern Standard Time' },
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: 1,
            daysOfWeek: [new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }).toLowerCase() as 'monday'],
          },
          range: { type: 'numbered', startDate: day, numberOfOccurrences: 4 },
        },
        transactionId: `${planId}-1`,
      }),
      { tag: { kind: 'cohortMeeting', planId } },
    );
    expect(created).toMatchObject({
      subject: 'Cohort meeting',
      showAs: 'busy',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: `${planId}-1`,
      type: 'seriesMaster',
    });
    expect(created.categories).toEqual(['Protected collaboration', 'Learning walk']);
    expect(created.onlineMeeting?.joinUrl).toBeTruthy();
    expect(created.body?.contentType).toBe('html');

    const read = await g.getEvent('me', created.id!);
    expect(parseCommonTimeTag(read)).toEqual({ kind: 'cohortMeeting', planId });
    const occurrences = await g.calendarView('me', dayFromToday(34), dayFromToday(34 + 7 * 5)).collect();
    expect(occurrences.filter((e) => e.seriesMasterId === created.id)).toHaveLength(4);
    // The invitation reached an attendee's calendar, not yet answered.
    const inbox = await getWorld().gateway({ as: getWorld().principals[0]!.upn }).calendarView('me', dayFromToday(34), dayFromToday(36)).collect();
    expect(inbox.find((e) => e.subject === 'Cohort meeting')?.responseStatus?.response).toMatch(/none|notResponded/);
  });

  it('makes exactly one event when the answer to a create with a transactionId is lost after the commit', async () => {
    const planId = newPlan();
    getWorld().sim.faults.dropAfterCommitNext(1, isCreate);
    const created = await getWorld()
      .gateway()
      .createEvent('me', walk('Walk at Maple Grove', { transactionId: `${planId}-walk-1` }), { tag: { kind: 'learningWalk', planId } });
    expect(getWorld().sim.faults.fired.dropped).toBe(1);
    expect(getWorld().sim.stats.byRoute[CREATE]).toBe(2);
    const tagged = await getWorld().gateway().findTaggedEvents('me', { planId });
    expect(tagged).toHaveLength(1);
    expect(tagged[0]!.event.id).toBe(created.id);
  });

  it('does not repeat a create without a transactionId after a lost answer, and says so', async () => {
    const planId = newPlan();
    getWorld().sim.faults.dropAfterCommitNext(1, isCreate);
    const error = await getWorld()
      .gateway()
      .createEvent('me', walk('Untracked walk'), { tag: { kind: 'learningWalk', planId } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect((error as Error).message).toBe(
      'The event "Untracked walk" in your calendar could not be created: the connection to Microsoft Graph failed; check the network and try again.',
    );
    expect(getWorld().sim.stats.byRoute[CREATE]).toBe(1);
    expect(await getWorld().gateway().findTaggedEvents('me', { planId })).toHaveLength(1);
  });

  it('retries a create after 503 only when it carries a transactionId', async () => {
    const { sleep, clock } = virtualTime();
    const g = getWorld().gateway({ sleep, clock });
    const withoutId = newPlan();
    getWorld().sim.faults.unavailableNext(1, 0, isCreate);
    await expect(g.createEvent('me', walk('No id'), { tag: { kind: 'dataDig', planId: withoutId } })).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
    expect(await g.findTaggedEvents('me', { planId: withoutId })).toHaveLength(0);

    const withId = newPlan();
    getWorld().sim.faults.unavailableNext(1, 0, isCreate);
    await g.createEvent('me', walk('With id', { transactionId: `${withId}-1` }), { tag: { kind: 'dataDig', planId: withId } });
    expect(await g.findTaggedEvents('me', { planId: withId })).toHaveLength(1);
  });
});

describe('findTaggedEvents', () => {
  it('finds our events by kind, by plan and by both, and no plan that merely starts the same', async () => {
    const g = getWorld().gateway();
    const plan = newPlan();
    await g.createEvent('me', walk('A'), { tag: { kind: 'learningWalk', planId: plan } });
    await g.createEvent('me', walk('B'), { tag: { kind: 'dataDig', planId: plan } });
    await g.createEvent('me', walk('C'), { tag: { kind: 'learningWalk', planId: `${plan}x` } });
    const subjects = (found: Array<{ event: Event }>) => found.map((f) => f.event.subject).sort();
    expect(subjects(await g.findTaggedEvents('me', { planId: plan }))).toEqual(['A', 'B']);
    expect(subjects(await g.findTaggedEvents('me', { kind: 'learningWalk', planId: plan }))).toEqual(['A']);
    const walks = await g.findTaggedEvents('me', { kind: 'learningWalk' });
    expect(subjects(walks.filter((f) => f.tag.planId.startsWith(plan)))).toEqual(['A', 'C']);
    expect(walks.every((f) => f.tag.kind === 'learningWalk')).toBe(true);
  });
});

describe('calendarView', () => {
  it('follows @odata.nextLink until every event is collected', async () => {
    // A principal's own calendar: a coach sees other people's free/busy only (unless they shared it).
    const upn = getWorld().principals[3]!.upn;
    const g = getWorld().gateway({ as: upn });
    const all = await g.calendarView(upn, dayFromToday(-7), dayFromToday(21), { maxPageSize: 1000 }).collect();
    getWorld().sim.stats.reset();
    const paged: Event[] = [];
    for await (const e of g.calendarView(upn, dayFromToday(-7), dayFromToday(21), { maxPageSize: 5, select: ['subject', 'start', 'end', 'showAs'] })) paged.push(e);
    expect(all.length).toBeGreaterThan(10);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(getWorld().sim.stats.byRoute['GET /users/{userId}/calendarView']).toBe(Math.ceil(all.length / 5));
    expect(Object.keys(paged[0]!).sort()).toEqual(expect.arrayContaining(['end', 'id', 'showAs', 'start', 'subject']));
    expect(paged[0]!.attendees).toBeUndefined();
  });
});

describe('respond', () => {
  it('records an attendee answer with a comment on the organizer copy', async () => {
    const organizer = getWorld().gateway();
    const attendee = getWorld().principals[1]!;
    const created = await organizer.createEvent('me', walk('Please answer'), { tag: { kind: 'learningWalk', planId: newPlan() } });
    const mine = getWorld().gateway({ as: attendee.upn });
    const copies = await mine.calendarView('me', dayFromToday(29), dayFromToday(31)).collect();
    const copy = copies.find((e) => e.subject === 'Please answer');
    expect(copy).toBeDefined();
    await mine.respond(copy!.id!, 'tentativelyAccept', { comment: 'I can host after 9:30.' });
    const seen = await organizer.getEvent('me', created.id!);
    const status = seen.attendees?.find((a) => a.emailAddress?.address?.toLowerCase() === attendee.upn.toLowerCase())?.status;
    expect(status?.response).toBe('tentativelyAccepted');
  });

  it('carries a proposed new time with a decline to the organizer', async () => {
    const organizer = getWorld().gateway();
    const attendee = getWorld().principals[0]!;
    const created = await organizer.createEvent('me', walk('Propose another time'), { tag: { kind: 'peerCoaching', planId: newPlan() } });
    const mine = getWorld().gateway({ as: attendee.upn });
    const copy = (await mine.calendarView('me', dayFromToday(29), dayFromToday(31)).collect()).find((e) => e.subject === 'Propose another time');
    const day = dayFromToday(31).slice(0, 10);
    const proposedNewTime = { start: { dateTime: `${day}T13:00:00`, timeZone: 'UTC' }, end: { dateTime: `${day}T15:00:00`, timeZone: 'UTC' } };
    await mine.respond(copy!.id!, 'decline', { comment: 'State testing that morning.', proposedNewTime });
    const seen = await organizer.getEvent('me', created.id!);
    const answer = seen.attendees?.find((a) => a.emailAddress?.address?.toLowerCase() === attendee.upn.toLowerCase());
    expect(answer?.status?.response).toBe('declined');
    expect(answer?.proposedNewTime?.start?.dateTime).toMatch(new RegExp(`^${day}T13:00:00`));
  });

  it('refuses a proposed new time with accept before sending anything', async () => {
    const slot = { start: { dateTime: '2026-12-08T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-12-08T11:00:00', timeZone: 'UTC' } };
    await expect(getWorld().gateway().respond('some-id', 'accept', { proposedNewTime: slot })).rejects.toThrow(/proposedNewTime: .*tentativelyAccept or decline/);
    expect(getWorld().sim.stats.httpRequests).toBe(0);
  });
});

describe('updateEvent', () => {
  it('updates with If-Match and reports a stale ETag as a conflict', async () => {
    const g = getWorld().gateway();
    const created = await g.createEvent('me', walk('Data dig'), { tag: { kind: 'dataDig', planId: newPlan() } });
    const etag = created['@odata.etag' as keyof Event] as string;
    expect(etag).toMatch(/^W\//);
    const updated = await g.updateEvent('me', created.id!, { subject: 'Data dig: spring benchmarks' }, { etag });
    expect(updated.subject).toBe('Data dig: spring benchmarks');
    const error = await g.updateEvent('me', created.id!, { subject: 'Stale change' }, { etag }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphConflictError);
    expect(error).toMatchObject({ kind: 'conflict', status: 412 });
    expect((error as Error).message).toBe('The event "Stale change" in your calendar could not be updated: someone changed it after it was loaded; reload it and try again.');
    expect((await g.getEvent('me', created.id!)).subject).toBe('Data dig: spring benchmarks');
  });
});

describe('typed errors', () => {
  it('401: a token the tenant does not accept', async () => {
    const g = createGraphGateway({ baseUrl: getWorld().sim.graphUrl, getToken: async () => 'not-a-token' });
    const error = await g
      .calendarView('me', dayFromToday(0), dayFromToday(1))
      .collect()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphRequestError', kind: 'unauthorized', status: 401 });
    expect((error as GraphRequestError).requestId).toBeTruthy();
    expect((error as Error).message).toBe('Your calendar could not be read: the sign-in is missing or has expired; sign in again.');
  });

  it('401: an expired token', async () => {
    const g = createGraphGateway({ baseUrl: getWorld().sim.graphUrl, getToken: () => getWorld().sim.tokenFor(getWorld().coach.upn, { lifetimeSeconds: -60 }) });
    await expect(g.getMailboxSettings('me')).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it("403: a token without permission for a colleague's calendar", async () => {
    const principal = getWorld().principals[0]!;
    const g = getWorld().gateway({ getToken: () => getWorld().sim.tokenFor(getWorld().coach.upn, { scopes: ['Calendars.ReadWrite'] }) });
    const error = await g
      .calendarView(principal.upn, dayFromToday(0), dayFromToday(1))
      .collect()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphRequestError', kind: 'forbidden', status: 403, code: 'ErrorAccessDenied' });
    expect((error as Error).message).toBe(
      `The calendar of ${principal.name} (${principal.upn}) could not be read: no permission: they have not shared their calendar with you (everyone can see free/busy only).`,
    );
    expect((error as GraphRequestError).requestId).toBeTruthy();
  });

  it('404: names the person whose calendar was asked for', async () => {
    const principal = getWorld().principals[0]!;
    const error = await getWorld()
      .gateway({ as: principal.upn })
      .getEvent(principal.upn, 'AAMkNoSuchEvent=')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'notFound', status: 404 });
    expect((error as Error).message).toBe(
      `An event in the calendar of ${principal.name} (${principal.upn}) could not be read: not found; check the address or that it still exists.`,
    );
    const unknownUser = await getWorld()
      .gateway()
      .calendarView('nobody@elsewhere.example', dayFromToday(0), dayFromToday(1))
      .collect()
      .catch((e: unknown) => e);
    expect(unknownUser).toMatchObject({ kind: 'notFound' });
    expect((unknownUser as Error).message).toMatch(/^The calendar of nobody@elsewhere\.example could not be read: not found/);
  });
});
