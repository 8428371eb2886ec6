/**
 * The demo tenant against Graph's v1.0 schemas, over real HTTP: every resource and method Common Time
 * uses, each answer checked property by property (names, types, enums, nullability) with ajv against
 * test/fixtures/graph-openapi/openapi-v1.0-subset.json (see test/support/graphSchema.ts for how the
 * OpenAPI schemas are made strict), `$select` returning only what was selected (plus `id` and
 * `@odata.etag` on Outlook items, which Outlook always adds), action parameters in the letter case
 * Graph's metadata gives them, and each route's methods against the methods the subset allows.
 * Not covered by the subset: message (a placeholder there; the response messages get an envelope check)
 * and `/users/{id}/manager` (neither in the subset nor served by the demo tenant, and Common Time does
 * not read it).
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { planSession } from '../../src/core/booking/index.js';
import { toGraphEvent } from '../../src/graph/eventDraft.js';
import { startSim, type SimHandle } from '../../src/sim/server.js';
import type { SimUser } from '../../src/sim/state.js';
import { allowedMethods, graphSchema, openApiSubset, requestBodyProperties } from '../support/graphSchema.js';

const NOW = Date.parse('2026-03-02T15:00:00Z');
const TAG = 'String {66f5a359-4659-4830-9070-00040ec6ac6e} Name CommonTime.Kind';
const WEEK = 'startDateTime=2026-03-09T00:00:00Z&endDateTime=2026-03-14T00:00:00Z';

let sim: SimHandle;
let coach: SimUser;
let principals: SimUser[];
const tokens = new Map<string, string>();

interface Reply {
  status: number;
  body: any;
}

async function call(as: SimUser | 'app', method: string, path: string, body?: unknown): Promise<Reply> {
  const key = as === 'app' ? 'app' : as.id;
  let token = tokens.get(key);
  if (token === undefined) {
    token = as === 'app' ? await sim.appToken() : await sim.tokenFor(as.userPrincipalName);
    tokens.set(key, token);
  }
  const res = await fetch(`${sim.graphUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The answer has the status and conforms to the Graph type; the problems are listed when it does not. */
function expectConforms(reply: Reply, status: number, type: string, expanded: readonly string[] = []): void {
  expect({ status: reply.status, problems: graphSchema(type, expanded).problems(reply.body) }).toEqual({ status, problems: [] });
}

/** The property names of an object, OData control annotations set apart by `annotations`. */
function keys(row: Record<string, unknown>, annotations: readonly string[] = []): string[] {
  return Object.keys(row)
    .filter((k) => !k.startsWith('@odata.') || annotations.includes(k))
    .sort();
}

function meeting(subject: string, day: string, attendees: SimUser[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject,
    body: { contentType: 'HTML', content: '<p>Agenda</p>' },
    start: { dateTime: `${day}T10:00:00`, timeZone: 'Eastern Standard Time' },
    end: { dateTime: `${day}T11:00:00`, timeZone: 'Eastern Standard Time' },
    location: { displayName: 'Maple Grove Elementary' },
    attendees: attendees.map((a) => ({ emailAddress: { address: a.mail, name: a.displayName }, type: 'required' })),
    categories: ['Protected collaboration time'],
    showAs: 'busy',
    ...extra,
  };
}

beforeAll(async () => {
  sim = await startSim({ port: 0, now: () => NOW });
  coach = sim.state.users.find((u) => u.role === 'coach')!;
  principals = sim.state.users.filter((u) => u.role === 'principal');
});
afterAll(async () => sim.close());

describe('the checker itself', () => {
  it('flags unknown properties, wrong types, enum values in the wrong case and null where Graph has none', () => {
    const event = graphSchema('microsoft.graph.event');
    const where = (value: unknown): string[] => [...new Set(event.problems(value).map((p) => p.path))];
    expect(event.problems({ id: 'x', subject: 'ok', body: null, showAs: 'busy', attendees: [] })).toEqual([]);
    expect(event.problems({ id: 'x', subject: 5 })).toEqual([{ path: '/subject', problem: 'must be string,null' }]);
    expect(where({ id: 'x', showAs: 'Busy' })).toEqual(['/showAs']);
    expect(where({ id: 'x', attendees: null })).toEqual(['/attendees']);
    expect(event.problems({ id: 'x', colour: 'red' })).toEqual([{ path: '/', problem: "property 'colour' is not in Graph's v1.0 schema" }]);
    expect(where({ id: 'x', start: { dateTime: '2026-03-10T10:00:00', timeZone: 'UTC', zone: 'x' } })).toEqual(['/start']);
    // Annotations are Graph's own additions and always allowed.
    expect(event.problems({ '@odata.etag': 'W/"1"', id: 'x', 'subject@odata.type': '#String' })).toEqual([]);
  });
});

describe('what Common Time sends', () => {
  it('the event body the booking builds uses only Graph’s v1.0 event properties, types and enum values', () => {
    const attendees = [
      { address: 'ana@district.example', name: 'Ana' },
      { address: 'ben@district.example', name: 'Ben' },
    ];
    const plan = planSession({
      kind: 'dataDig',
      organizer: { address: 'coach@district.example', name: 'Coach' },
      attendees,
      timeZone: 'America/New_York',
      slot: { start: NOW, end: NOW + 3_600_000 },
      agenda: { fields: { dataSet: 'Attendance' } },
    });
    for (const invite of ['all', 'hostOnly'] as const) {
      expect(graphSchema('microsoft.graph.event', ['singleValueExtendedProperties']).problems(toGraphEvent(plan.drafts[0]!, { invite }))).toEqual([]);
    }
  });
});

describe('directory', () => {
  it('users, a user and /me conform to microsoft.graph.user', async () => {
    expectConforms(await call(coach, 'GET', '/users?$top=5'), 200, 'microsoft.graph.userCollectionResponse');
    expectConforms(await call(coach, 'GET', `/users/${principals[0]!.id}`), 200, 'microsoft.graph.user');
    expectConforms(await call(coach, 'GET', `/users/${principals[0]!.userPrincipalName}`), 200, 'microsoft.graph.user');
    expectConforms(await call(coach, 'GET', '/me'), 200, 'microsoft.graph.user');
  });

  it('$select on users returns exactly what was selected: no id unless asked for', async () => {
    const one = await call(coach, 'GET', `/users/${principals[0]!.id}?$select=streetAddress`);
    expectConforms(one, 200, 'microsoft.graph.user');
    expect(keys(one.body)).toEqual(['streetAddress']);
    const address = await call(coach, 'GET', `/users/${principals[0]!.id}?$select=officeLocation,streetAddress,city,state,postalCode,country`);
    expect(keys(address.body)).toEqual(['city', 'country', 'officeLocation', 'postalCode', 'state', 'streetAddress']);
    const list = await call(coach, 'GET', '/users?$select=displayName,mail&$top=3');
    expectConforms(list, 200, 'microsoft.graph.userCollectionResponse');
    for (const row of list.body.value) expect(keys(row)).toEqual(['displayName', 'mail']);
    const withId = await call(coach, 'GET', `/users/${principals[0]!.id}?$select=id,displayName`);
    expect(keys(withId.body)).toEqual(['displayName', 'id']);
  });

  it('groups, a group and its members conform; members come typed and $select keeps only what was asked', async () => {
    const group = sim.state.groups[0]!;
    expectConforms(await call(coach, 'GET', '/groups'), 200, 'microsoft.graph.groupCollectionResponse');
    expectConforms(await call(coach, 'GET', `/groups/${group.id}`), 200, 'microsoft.graph.group');
    const selectedGroups = await call(coach, 'GET', '/groups?$select=id,displayName,description');
    for (const row of selectedGroups.body.value) expect(keys(row)).toEqual(['description', 'displayName', 'id']);
    const members = await call(coach, 'GET', `/groups/${group.id}/members`);
    expectConforms(members, 200, 'microsoft.graph.directoryObjectCollectionResponse');
    expect(members.body.value.every((m: any) => m['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    const selected = await call(coach, 'GET', `/groups/${group.id}/members?$select=id,displayName,mail,userPrincipalName,jobTitle,officeLocation`);
    expectConforms(selected, 200, 'microsoft.graph.directoryObjectCollectionResponse');
    for (const row of selected.body.value)
      expect(keys(row, ['@odata.type'])).toEqual(['@odata.type', 'displayName', 'id', 'jobTitle', 'mail', 'officeLocation', 'userPrincipalName']);
  });

  it('a supervisor’s direct reports conform: typed directoryObjects, $select keeping only what was asked', async () => {
    const supervisorId = principals[0]!.managerId!;
    const reports = await call(coach, 'GET', `/users/${supervisorId}/directReports`);
    expectConforms(reports, 200, 'microsoft.graph.directoryObjectCollectionResponse');
    expect(reports.body.value.length).toBeGreaterThan(0);
    expect(reports.body.value.every((m: any) => m['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    const selected = await call(coach, 'GET', `/users/${supervisorId}/directReports?$select=id,displayName,mail,userPrincipalName,jobTitle,officeLocation`);
    expectConforms(selected, 200, 'microsoft.graph.directoryObjectCollectionResponse');
    for (const row of selected.body.value)
      expect(keys(row, ['@odata.type'])).toEqual(['@odata.type', 'displayName', 'id', 'jobTitle', 'mail', 'officeLocation', 'userPrincipalName']);
  });

  it('people conform to microsoft.graph.person', async () => {
    expectConforms(await call(coach, 'GET', '/me/people?$top=10'), 200, 'microsoft.graph.personCollectionResponse');
  });

  it('mailboxSettings conform to v1.0: userPurpose is the plain enum string', async () => {
    const own = await call(principals[0]!, 'GET', '/me/mailboxSettings');
    expectConforms(own, 200, 'microsoft.graph.mailboxSettings');
    expect(own.body.userPurpose).toBe('user');
    expectConforms(await call('app', 'GET', `/users/${principals[1]!.id}/mailboxSettings`), 200, 'microsoft.graph.mailboxSettings');
  });
});

describe('calendar', () => {
  let eventId: string;

  beforeAll(async () => {
    const created = await call(
      coach,
      'POST',
      '/me/events',
      meeting('Data dig', '2026-03-10', principals.slice(0, 3), {
        transactionId: 'conformance-1',
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        singleValueExtendedProperties: [{ id: TAG, value: 'dataDig' }],
      }),
    );
    expectConforms(created, 201, 'microsoft.graph.event');
    eventId = created.body.id;
  });

  it('getSchedule conforms, for people seen as free/busy only, for the owner and for an unknown address', async () => {
    const body = {
      schedules: [...principals.slice(0, 3).map((p) => p.mail), 'nobody@elsewhere.example'],
      startTime: { dateTime: '2026-03-09T08:00:00', timeZone: 'Eastern Standard Time' },
      endTime: { dateTime: '2026-03-13T17:00:00', timeZone: 'Eastern Standard Time' },
      availabilityViewInterval: 30,
    };
    expectConforms(await call(coach, 'POST', '/me/calendar/getSchedule', body), 200, 'microsoft.graph.scheduleInformationCollectionResponse');
    expectConforms(
      await call(principals[0]!, 'POST', `/users/${principals[0]!.id}/calendar/getSchedule`, { ...body, schedules: [principals[0]!.mail] }),
      200,
      'microsoft.graph.scheduleInformationCollectionResponse',
    );
    // The metadata's own parameter names (PascalCase) work as the documented camelCase ones do.
    const names = Object.keys(requestBodyProperties('/me/calendar/getSchedule', 'post') ?? {});
    expect(names.sort()).toEqual(['AvailabilityViewInterval', 'EndTime', 'Schedules', 'StartTime']);
    const pascal = Object.fromEntries(names.map((n) => [n, body[(n[0]!.toLowerCase() + n.slice(1)) as keyof typeof body]]));
    expectConforms(await call(coach, 'POST', '/me/calendar/getSchedule', pascal), 200, 'microsoft.graph.scheduleInformationCollectionResponse');
  });

  it('events, an event, an expanded event and an update conform to microsoft.graph.event', async () => {
    expectConforms(await call(coach, 'GET', '/me/events?$top=50'), 200, 'microsoft.graph.eventCollectionResponse');
    expectConforms(await call(coach, 'GET', `/me/events/${eventId}`), 200, 'microsoft.graph.event');
    const expanded = await call(coach, 'GET', `/me/events/${eventId}?$expand=singleValueExtendedProperties($filter=id eq '${TAG}')`);
    expectConforms(expanded, 200, 'microsoft.graph.event', ['singleValueExtendedProperties']);
    expect(expanded.body.singleValueExtendedProperties).toEqual([{ id: TAG, value: 'dataDig' }]);
    // Without $expand, a navigation property is not in the answer.
    expect(graphSchema('microsoft.graph.event').problems(expanded.body)).toEqual([
      { path: '/', problem: "property 'singleValueExtendedProperties' is not in Graph's v1.0 schema" },
    ]);
    const tagged = await call(coach, 'GET', `/me/events?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '${TAG}' and ep/value eq 'dataDig')`);
    expectConforms(tagged, 200, 'microsoft.graph.eventCollectionResponse');
    expectConforms(await call(coach, 'PATCH', `/me/events/${eventId}`, { body: { contentType: 'HTML', content: '<p>Agenda, revised</p>' } }), 200, 'microsoft.graph.event');
  });

  it('calendarView conforms, occurrences of a series included', async () => {
    const series = await call(
      coach,
      'POST',
      '/me/events',
      meeting('Cohort meeting', '2026-03-11', principals.slice(3, 5), {
        recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] }, range: { type: 'numbered', startDate: '2026-03-11', numberOfOccurrences: 4 } },
      }),
    );
    expectConforms(series, 201, 'microsoft.graph.event');
    const view = await call(coach, 'GET', `/me/calendarView?${WEEK}&$top=100`);
    expectConforms(view, 200, 'microsoft.graph.eventCollectionResponse');
    expect(view.body.value.some((e: any) => e.type === 'occurrence')).toBe(true);
    expectConforms(await call(principals[3]!, 'GET', `/me/calendar/calendarView?${WEEK}&$top=100`), 200, 'microsoft.graph.eventCollectionResponse');
    expectConforms(await call('app', 'GET', `/users/${principals[4]!.id}/calendarView?${WEEK}&$top=100`), 200, 'microsoft.graph.eventCollectionResponse');
  });

  it('$select on events returns what was selected plus id and @odata.etag, as Outlook does', async () => {
    const one = await call(coach, 'GET', `/me/events/${eventId}?$select=subject,start`);
    expectConforms(one, 200, 'microsoft.graph.event');
    expect(keys(one.body, ['@odata.etag'])).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    const view = await call(coach, 'GET', `/me/calendarView?${WEEK}&$select=subject,showAs,attendees&$top=5`);
    expectConforms(view, 200, 'microsoft.graph.eventCollectionResponse');
    for (const row of view.body.value) expect(keys(row, ['@odata.etag'])).toEqual(['@odata.etag', 'attendees', 'id', 'showAs', 'subject']);
  });

  it('accept, tentativelyAccept and decline take their parameters in the metadata’s letter case and in camelCase', async () => {
    const made = await call(coach, 'POST', '/me/events', meeting('Learning walk', '2026-03-12', principals.slice(5, 11)));
    expect(made.status).toBe(201);
    const copyOf = async (p: SimUser): Promise<string> => {
      const view = await call(p, 'GET', `/me/calendarView?${WEEK}&$top=200&$select=subject`);
      return view.body.value.find((e: any) => e.subject === 'Learning walk').id;
    };
    const slot = { start: { dateTime: '2026-03-12T13:00:00', timeZone: 'Eastern Standard Time' }, end: { dateTime: '2026-03-12T14:00:00', timeZone: 'Eastern Standard Time' } };
    const values: Record<string, unknown> = { comment: 'I can host.', sendresponse: true, proposednewtime: slot };
    let who = 5;
    for (const action of ['accept', 'tentativelyAccept', 'decline']) {
      const names = Object.keys(requestBodyProperties(`/me/events/{event-id}/${action}`, 'post') ?? {});
      expect(names).toEqual(expect.arrayContaining(['Comment', 'SendResponse']));
      if (action !== 'accept') expect(names).toContain('ProposedNewTime');
      const pascal = Object.fromEntries(names.map((n) => [n, values[n.toLowerCase()]]));
      const camel = Object.fromEntries(names.map((n) => [n[0]!.toLowerCase() + n.slice(1), values[n.toLowerCase()]]));
      for (const body of [pascal, camel]) {
        const p = principals[who++]!;
        const answer = await call(p, 'POST', `/me/events/${await copyOf(p)}/${action}`, body);
        expect([action, answer.status, answer.body]).toEqual([action, 202, undefined]);
      }
    }
    const organizer = await call(coach, 'GET', `/me/events/${made.body.id}`);
    expectConforms(organizer, 200, 'microsoft.graph.event');
    expect(organizer.body.attendees.map((a: any) => a.status.response).sort()).toEqual([
      'accepted',
      'accepted',
      'declined',
      'declined',
      'tentativelyAccepted',
      'tentativelyAccepted',
    ]);
  });

  it('deleting an event answers 204 with no body', async () => {
    const made = await call(coach, 'POST', '/me/events', meeting('To delete', '2026-03-13', []));
    const gone = await call(coach, 'DELETE', `/me/events/${made.body.id}`);
    expect([gone.status, gone.body]).toEqual([204, undefined]);
  });
});

describe('messages, $batch and errors', () => {
  it('the organizer’s response messages come in a conforming collection envelope (message itself is not in the subset)', async () => {
    const list = await call(coach, 'GET', '/me/messages?$top=50');
    const { value: _items, ...envelope } = list.body as Record<string, unknown>;
    expectConforms({ status: list.status, body: envelope }, 200, 'BaseCollectionPaginationCountResponse');
    expect(list.body.value.length).toBeGreaterThan(0);
    for (const m of list.body.value) expect(m).toMatchObject({ '@odata.type': '#microsoft.graph.eventMessageResponse', id: expect.any(String) });
    const selected = await call(coach, 'GET', '/me/messages?$select=subject&$top=1');
    expect(keys(selected.body.value[0], ['@odata.etag'])).toEqual(['@odata.etag', 'id', 'subject']);
  });

  it('$batch: each inner answer conforms to its resource', async () => {
    const group = sim.state.groups[1]!;
    const res = await call(coach, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me?$select=displayName,mail' },
        { id: '2', method: 'GET', url: `/groups/${group.id}/members` },
        { id: '3', method: 'GET', url: `/me/calendarView?${WEEK}` },
        {
          id: '4',
          method: 'POST',
          url: '/me/calendar/getSchedule',
          headers: { 'Content-Type': 'application/json' },
          body: {
            schedules: [principals[0]!.mail],
            startTime: { dateTime: '2026-03-09T08:00:00', timeZone: 'UTC' },
            endTime: { dateTime: '2026-03-09T17:00:00', timeZone: 'UTC' },
          },
        },
        { id: '5', method: 'GET', url: `/users/${principals[0]!.id}/calendarView?${WEEK}` },
      ],
    });
    expect(res.status).toBe(200);
    const byId = new Map((res.body.responses as { id: string; status: number; body: unknown }[]).map((r) => [r.id, r]));
    expectConforms(byId.get('1')!, 200, 'microsoft.graph.user');
    expect(keys(byId.get('1')!.body as Record<string, unknown>)).toEqual(['displayName', 'mail']);
    expectConforms(byId.get('2')!, 200, 'microsoft.graph.directoryObjectCollectionResponse');
    expectConforms(byId.get('3')!, 200, 'microsoft.graph.eventCollectionResponse');
    expectConforms(byId.get('4')!, 200, 'microsoft.graph.scheduleInformationCollectionResponse');
    // A principal's calendar is not shared with this coach: Exchange's refusal, in Graph's error shape.
    expectConforms(byId.get('5')!, 403, 'microsoft.graph.ODataErrors.ODataError');
  });

  it('errors conform to Graph’s OData error', async () => {
    expectConforms(await call(coach, 'GET', '/me/events/AAMkNoSuchEvent='), 404, 'microsoft.graph.ODataErrors.ODataError');
    expectConforms(await call(coach, 'GET', `/users/${principals[0]!.id}/calendarView?${WEEK}`), 403, 'microsoft.graph.ODataErrors.ODataError');
    expectConforms(await call(coach, 'GET', '/users/nobody@elsewhere.example'), 404, 'microsoft.graph.ODataErrors.ODataError');
    expectConforms(await call(coach, 'GET', '/users?$select=noSuchProperty'), 400, 'microsoft.graph.ODataErrors.ODataError');
    sim.faults.throttleNext(1, 2);
    const throttled = await call(coach, 'GET', '/me/events');
    sim.faults.clear();
    expectConforms(throttled, 429, 'microsoft.graph.ODataErrors.ODataError');
    // An error body is closed where Graph's is: nothing beside code, message and innerError.
    expect(graphSchema('microsoft.graph.ODataErrors.ODataError').problems({ error: { code: 'x', message: 'y', detail: 'z' } })).toEqual([
      { path: '/error', problem: "property 'detail' is not in Graph's v1.0 schema" },
    ]);
  });
});

describe('methods', () => {
  /** The subset's template for a demo-tenant route, `/users/{userId}/events/{eventId}` → `/users/{user-id}/events/{event-id}`. */
  const template = (pattern: string): string => pattern.replace(/\{(\w+)Id\}/g, (_, name: string) => `{${name}-id}`);

  it('every route the demo tenant serves on a path of the subset uses a method Graph allows there', () => {
    const served = sim.router.list().filter((r) => openApiSubset().paths[template(r.pattern)] !== undefined);
    expect(served.length).toBeGreaterThan(10);
    const wrong = served.filter((r) => !allowedMethods(template(r.pattern))!.includes(r.method.toLowerCase()));
    expect(wrong).toEqual([]);
  });

  it('every path of the subset Common Time uses is served by the demo tenant with the methods it uses', () => {
    const uses: Record<string, string[]> = {
      '/users': ['get'],
      '/users/{user-id}': ['get'],
      '/groups': ['get'],
      '/groups/{group-id}': ['get'],
      '/groups/{group-id}/members': ['get'],
      '/users/{user-id}/people': ['get'],
      '/users/{user-id}/mailboxSettings': ['get'],
      '/users/{user-id}/calendar/getSchedule': ['post'],
      '/users/{user-id}/events': ['get', 'post'],
      '/users/{user-id}/events/{event-id}': ['get', 'patch', 'delete'],
      '/users/{user-id}/calendarView': ['get'],
      '/users/{user-id}/events/{event-id}/accept': ['post'],
      '/users/{user-id}/events/{event-id}/tentativelyAccept': ['post'],
      '/users/{user-id}/events/{event-id}/decline': ['post'],
    };
    const served = new Set(sim.router.list().map((r) => `${r.method.toLowerCase()} ${template(r.pattern).toLowerCase()}`));
    const missing = Object.entries(uses).flatMap(([path, methods]) => methods.filter((m) => !served.has(`${m} ${path.toLowerCase()}`)).map((m) => `${m} ${path}`));
    expect(missing).toEqual([]);
    for (const [path, methods] of Object.entries(uses)) expect(allowedMethods(path)).toEqual(expect.arrayContaining(methods));
  });
});
