/**
 * The calendar endpoints of the demo tenant on the shared router: events (create, list, get, update,
 * delete, respond, cancel), calendarView and getSchedule. Handlers are thin: they adapt the request to
 * the pure operations in this folder and shape the answer (`@odata.context`, `Prefer` handling, paging).
 */
import { GraphError } from '../errors.js';
import { applySelect, metadataUrl } from '../odata.js';
import { page } from '../paging.js';
import type { Router } from '../router.js';
import { findUser, type TenantState } from '../state.js';
import type { Handler, SimContext, SimRequest, SimResponse } from '../types.js';
import { callerRole, readsOthersMailbox, requireCalendarAccess, requireFreeBusyAccess, type CalendarNeed } from './access.js';
import { cancelEvent, deleteEvent, itemNotFound, updateEvent } from './change.js';
import { cancelOccurrence, deleteOccurrence, findOccurrence, updateOccurrence } from './occurrences.js';
import { createEvent } from './create.js';
import { calendarOf, type MailboxDirectory, type MailboxOwner, type StoredEvent } from './model.js';
import { EVENT_PROPERTIES, presentEvent, type OccurrenceSlot, type PresentOptions } from './present.js';
import { eventsAsSeenBy, hidesPrivateItems, isPrivateEvent } from './privacy.js';
import { roleOf, seesScheduleDetails } from './sharing.js';
import { parseEventFilter, parseExpand } from './query.js';
import { respondToEvent, type ResponseAction } from './respond.js';
import { deliverResponse } from '../mail/responses.js';
import { getSchedule, readScheduleQuery } from './schedule.js';
import { forwardEvent } from './forward.js';
import { calendarView, seriesOccurrences } from './view.js';
import { checkViewWindow } from './windowLimit.js';
import { ianaZoneFor, parseQueryInstant } from './zones.js';

/** No documented default page size for events or calendarView was found; Outlook's answers use 10. */
const DEFAULT_PAGE = 10;
const MAX_TOP = 1000;

function ownerOf(user: { id: string; mail: string; displayName: string }): MailboxOwner {
  return { id: user.id, mail: user.mail, displayName: user.displayName };
}

/** The tenant's directory, as the calendar operations look people up. */
export function tenantDirectory(state: TenantState): MailboxDirectory {
  return {
    byId: (id) => {
      const u = state.users.find((x) => x.id === id);
      return u ? ownerOf(u) : undefined;
    },
    byAddress: (address) => {
      const u = address ? findUser(state, address) : undefined;
      return u ? ownerOf(u) : undefined;
    },
  };
}

/** The zone for returned times, and the Preference-Applied header when a valid Prefer zone was honoured. */
function outputZone(req: SimRequest): { label: string; applied?: string } {
  const wanted = req.prefer.timeZone;
  if (wanted !== undefined && ianaZoneFor(wanted) !== undefined) return { label: wanted, applied: `outlook.timezone="${wanted}"` };
  return { label: 'UTC' };
}

function preferenceHeader(applied: (string | undefined)[]): Record<string, string> {
  const list = applied.filter((a): a is string => a !== undefined);
  return list.length > 0 ? { 'Preference-Applied': list.join(', ') } : {};
}

function presentOptions(req: SimRequest, zone: string): PresentOptions {
  const expand = parseExpand(req.query.get('$expand'));
  const select = req.query.get('$select');
  const fields = select ? new Set(select.split(',').map((f) => f.trim().toLowerCase())) : undefined;
  return { timeZone: zone, ...(expand ? { expandProperties: expand } : {}), ...(fields ? { fields } : {}) };
}

/** `$select` keeps the listed properties (plus id and @odata.etag); an `$expand`ed collection stays. */
function select(rows: Record<string, unknown>[], req: SimRequest): Record<string, unknown>[] {
  const selected = applySelect(rows, req, EVENT_PROPERTIES, 'microsoft.graph.event');
  return selected.map((row, i) => {
    const expanded = rows[i]!['singleValueExtendedProperties'];
    return expanded === undefined ? row : { ...row, singleValueExtendedProperties: expanded };
  });
}

function entityContext(ctx: SimContext, userId: string): string {
  return metadataUrl(ctx.baseUrl, `users('${userId}')/events/$entity`);
}

function requireBody(req: SimRequest): unknown {
  if (req.body === undefined) throw new GraphError(400, 'ErrorInvalidRequest', 'This request needs a JSON body.');
  return req.body;
}

const create: Handler = (req, ctx) => {
  const userId = req.user!.id;
  const { event } = createEvent(ctx.state.calendars, tenantDirectory(ctx.state), userId, requireBody(req), ctx.now());
  ctx.persist();
  // The fault hook for "committed, then the connection dropped": the event exists, the reply is lost.
  ctx.faults.shouldDropAfterCommit(req);
  const zone = outputZone(req);
  return {
    status: 201,
    headers: preferenceHeader([zone.applied]),
    body: { '@odata.context': entityContext(ctx, userId), ...presentEvent(event, { timeZone: zone.label }) },
  };
};

/** A stored event, or an occurrence of a stored series by its occurrence id. */
function findItem(state: TenantState, userId: string, eventId: string): { event: StoredEvent; occurrence?: OccurrenceSlot } {
  const calendar = calendarOf(state.calendars, userId);
  const stored = calendar.events[eventId];
  if (stored) return { event: stored };
  const found = findOccurrence(state.calendars, userId, eventId);
  if (found) return { event: found.master, occurrence: found.occurrence };
  throw itemNotFound();
}

const getOne: Handler = (req, ctx) => {
  const userId = req.user!.id;
  const { event, occurrence } = findItem(ctx.state, userId, req.params['eventId']!);
  const zone = outputZone(req);
  const seen = eventsAsSeenBy(callerRole(req, ctx.state))(event);
  const [row] = select([presentEvent(seen, presentOptions(req, zone.label), occurrence)], req);
  return { status: 200, headers: preferenceHeader([zone.applied]), body: { '@odata.context': entityContext(ctx, userId), ...row } };
};

const LIST_OPTIONS = new Set(['$select', '$filter', '$expand', '$top', '$skiptoken', '$orderby', '$count']);

/** An option we do not implement gets a 400 naming the ones we do, never a silently unfiltered answer. */
function rejectUnsupportedOptions(req: SimRequest): void {
  for (const key of req.query.keys()) {
    if (key.startsWith('$') && !LIST_OPTIONS.has(key.toLowerCase())) {
      throw new GraphError(400, 'BadRequest', `The query option '${key}' is not supported here; use ${[...LIST_OPTIONS].join(', ')}, and page with @odata.nextLink.`);
    }
  }
}

/** Paging for both lists: `$top` 1..1000 or `Prefer: odata.maxpagesize`, then `@odata.nextLink`; `$count=true` adds the total. */
function pagedList(req: SimRequest, ctx: SimContext, collection: string, rows: Record<string, unknown>[], zoneApplied?: string): SimResponse {
  const result = page(select(rows, req), req, { defaultTop: DEFAULT_PAGE, maxTop: MAX_TOP });
  const pageSizeApplied = req.prefer.maxPageSize !== undefined && req.query.get('$top') === null ? `odata.maxpagesize=${Math.min(req.prefer.maxPageSize, MAX_TOP)}` : undefined;
  const select$ = req.query.get('$select');
  const context = metadataUrl(ctx.baseUrl, `users('${req.user!.id}')/${collection}${select$ ? `(${select$})` : ''}`);
  const body: Record<string, unknown> = { '@odata.context': context };
  const count = req.query.get('$count');
  if (count !== null && count.toLowerCase() !== 'false') {
    if (count.toLowerCase() !== 'true') throw new GraphError(400, 'BadRequest', `Invalid value '${count}' for $count: use true or false.`);
    body['@odata.count'] = rows.length;
  }
  body['value'] = result.value;
  if (result['@odata.nextLink'] !== undefined) body['@odata.nextLink'] = result['@odata.nextLink'];
  return { status: 200, headers: preferenceHeader([zoneApplied, pageSizeApplied]), body };
}

const ORDER_KEYS: Record<string, (e: StoredEvent) => number | string> = {
  'start/datetime': (e) => e.sim.startMs,
  'end/datetime': (e) => e.sim.endMs,
  createddatetime: (e) => e.createdDateTime,
  lastmodifieddatetime: (e) => e.lastModifiedDateTime,
  subject: (e) => e.subject.toLowerCase(),
};

/** `$orderby` on events: one of ORDER_KEYS, asc or desc; creation order when absent. */
function orderEvents(events: StoredEvent[], raw: string | null): StoredEvent[] {
  if (raw === null) return events;
  const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(raw);
  const key = m ? ORDER_KEYS[m[1]!.toLowerCase()] : undefined;
  if (!m || key === undefined) {
    throw new GraphError(
      400,
      'BadRequest',
      `$orderby '${raw}' is not supported on events; order by start/dateTime, end/dateTime, createdDateTime, lastModifiedDateTime or subject.`,
    );
  }
  const dir = m[2]?.toLowerCase() === 'desc' ? -1 : 1;
  return [...events].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return dir * (x < y ? -1 : x > y ? 1 : 0);
  });
}

const list: Handler = (req, ctx) => {
  rejectUnsupportedOptions(req);
  const predicate = parseEventFilter(req.query.get('$filter'));
  const zone = outputZone(req);
  const options = presentOptions(req, zone.label);
  const seen = Object.values(calendarOf(ctx.state.calendars, req.user!.id).events).map(eventsAsSeenBy(callerRole(req, ctx.state)));
  const events = orderEvents(seen.filter(predicate), req.query.get('$orderby'));
  return pagedList(
    req,
    ctx,
    'events',
    events.map((e) => presentEvent(e, options)),
    zone.applied,
  );
};

function queryParam(req: SimRequest, name: string): string | null {
  for (const [key, value] of req.query) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

const WINDOW_REQUIRED = 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

const view: Handler = (req, ctx) => {
  rejectUnsupportedOptions(req);
  const rawStart = queryParam(req, 'startDateTime');
  const rawEnd = queryParam(req, 'endDateTime');
  if (rawStart === null || rawEnd === null) throw new GraphError(400, 'ErrorInvalidParameter', WINDOW_REQUIRED);
  const start = parseQueryInstant(rawStart);
  const end = parseQueryInstant(rawEnd);
  if (start === undefined || end === undefined) {
    throw new GraphError(400, 'ErrorInvalidParameter', `${WINDOW_REQUIRED} Both must be ISO 8601, such as 2026-03-02T00:00:00-05:00 or 2026-03-02T05:00:00Z.`);
  }
  if (end < start) throw new GraphError(400, 'ErrorInvalidParameter', 'endDateTime is before startDateTime; swap them.');
  checkViewWindow(start, end);
  const orderBy = req.query.get('$orderby');
  if (orderBy !== null && !/^\s*start\/dateTime(\s+asc)?\s*$/i.test(orderBy)) {
    throw new GraphError(400, 'BadRequest', `$orderby '${orderBy}' is not supported on calendarView; results come sorted by start/dateTime.`);
  }
  const predicate = parseEventFilter(req.query.get('$filter'));
  const zone = outputZone(req);
  const options = presentOptions(req, zone.label);
  const asSeen = eventsAsSeenBy(callerRole(req, ctx.state));
  const rows = calendarView(calendarOf(ctx.state.calendars, req.user!.id), start, end)
    .map((item) => ({ ...item, event: asSeen(item.event) }))
    .filter((item) => predicate(item.event))
    .map((item) => presentEvent(item.event, options, item.occurrence));
  return pagedList(req, ctx, 'calendarView', rows, zone.applied);
};

/** A series' occurrences and exceptions in a window (event-list-instances.md); both window ends are required. */
const instances: Handler = (req, ctx) => {
  rejectUnsupportedOptions(req);
  const rawStart = queryParam(req, 'startDateTime');
  const rawEnd = queryParam(req, 'endDateTime');
  const start = rawStart === null ? undefined : parseQueryInstant(rawStart);
  const end = rawEnd === null ? undefined : parseQueryInstant(rawEnd);
  if (start === undefined || end === undefined) throw new GraphError(400, 'ErrorInvalidParameter', WINDOW_REQUIRED);
  if (end < start) throw new GraphError(400, 'ErrorInvalidParameter', 'endDateTime is before startDateTime; swap them.');
  const { event, occurrence } = findItem(ctx.state, req.user!.id, req.params['eventId']!);
  if (occurrence || event.type !== 'seriesMaster' || !event.recurrence) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'Instances can be listed only for a series master (an event with type seriesMaster).');
  }
  const zone = outputZone(req);
  const options = presentOptions(req, zone.label);
  const seen = eventsAsSeenBy(callerRole(req, ctx.state))(event);
  const rows = seriesOccurrences(event, start, end)
    .filter((o) => !event.sim.exceptions?.[String(o.startMs)]?.removed)
    .map((o) => presentEvent(seen, options, o));
  return pagedList(req, ctx, `events('${event.id}')/instances`, rows, zone.applied);
};

const patch: Handler = (req, ctx) => {
  const userId = req.user!.id;
  const found = findOccurrence(ctx.state.calendars, userId, req.params['eventId']!);
  if (found) {
    const moved = updateOccurrence(ctx.state.calendars, tenantDirectory(ctx.state), userId, found, requireBody(req), ctx.now());
    ctx.persist();
    const zone = outputZone(req);
    return {
      status: 200,
      headers: preferenceHeader([zone.applied]),
      body: { '@odata.context': entityContext(ctx, userId), ...presentEvent(found.master, { timeZone: zone.label }, moved) },
    };
  }
  const event = updateEvent(ctx.state.calendars, tenantDirectory(ctx.state), userId, req.params['eventId']!, requireBody(req), req.headers['if-match'], ctx.now());
  ctx.persist();
  const zone = outputZone(req);
  return {
    status: 200,
    headers: preferenceHeader([zone.applied]),
    body: { '@odata.context': entityContext(ctx, userId), ...presentEvent(event, { timeZone: zone.label }) },
  };
};

const remove: Handler = (req, ctx) => {
  const found = findOccurrence(ctx.state.calendars, req.user!.id, req.params['eventId']!);
  if (found) {
    deleteOccurrence(ctx.state.calendars, tenantDirectory(ctx.state), req.user!.id, found, ctx.now());
    ctx.persist();
    return { status: 204 };
  }
  deleteEvent(ctx.state.calendars, tenantDirectory(ctx.state), req.user!.id, req.params['eventId']!, ctx.now());
  ctx.persist();
  return { status: 204 };
};

const cancel: Handler = (req, ctx) => {
  const found = findOccurrence(ctx.state.calendars, req.user!.id, req.params['eventId']!);
  if (found) {
    cancelOccurrence(ctx.state.calendars, tenantDirectory(ctx.state), req.user!.id, found, req.body, ctx.now());
    ctx.persist();
    return { status: 202 };
  }
  cancelEvent(ctx.state.calendars, tenantDirectory(ctx.state), req.user!.id, req.params['eventId']!, req.body, ctx.now());
  ctx.persist();
  return { status: 202 };
};

function respond(action: ResponseAction): Handler {
  return (req, ctx) => {
    const now = ctx.now();
    const sent = respondToEvent(ctx.state.calendars, tenantDirectory(ctx.state), req.user!.id, req.params['eventId']!, action, req.body, now);
    if (sent) deliverResponse((ctx.state.mailboxes ??= {}), sent, now);
    ctx.persist();
    return { status: 202 };
  };
}

const forward: Handler = (req, ctx) => {
  forwardEvent(ctx.state.calendars, req.user!.id, req.params['eventId']!, req.body, ctx.now());
  ctx.persist();
  return { status: 202 };
};

const schedule: Handler = (req, ctx) => {
  const query = readScheduleQuery(requireBody(req));
  const zone = outputZone(req);
  const { caller } = req;
  // Subject and location only for the owner, apps, and people the owner shared more than free/busy with.
  const showsDetails = (ownerId: string): boolean => caller.kind === 'app' || ownerId === caller.userId || seesScheduleDetails(roleOf(ctx.state, ownerId, caller.userId ?? ''));
  const value = getSchedule(
    ctx.state.calendars,
    (address) => {
      const user = findUser(ctx.state, address);
      return user ? { owner: ownerOf(user), workingHours: user.mailboxSettings.workingHours, showsDetails: showsDetails(user.id) } : undefined;
    },
    query,
    zone.label,
  );
  return {
    status: 200,
    headers: preferenceHeader([zone.applied]),
    body: { '@odata.context': metadataUrl(ctx.baseUrl, 'Collection(microsoft.graph.scheduleInformation)'), value },
  };
};

/** The handler, after the caller's permission for `need` on the addressed mailbox is checked. */
function guarded(need: CalendarNeed, handler: Handler): Handler {
  return (req, ctx) => {
    requireCalendarAccess(req, need, ctx.state);
    hidePrivateItemFromSharee(req, ctx.state);
    return handler(req, ctx);
  };
}

/** A sharee addressing a private item by id gets "not found", as from Exchange (see privacy.ts). */
function hidePrivateItemFromSharee(req: SimRequest, state: TenantState): void {
  const id = req.params['eventId'];
  if (id === undefined || !readsOthersMailbox(req) || !hidesPrivateItems(callerRole(req, state))) return;
  if (isPrivateEvent(findItem(state, req.user!.id, id).event)) throw itemNotFound();
}

export function registerCalendarRoutes(router: Router): void {
  for (const base of ['/users/{userId}/events', '/users/{userId}/calendar/events']) {
    router.add('POST', base, guarded('write', create));
    router.add('GET', base, guarded('read', list));
    router.add('GET', `${base}/{eventId}`, guarded('read', getOne));
    router.add('GET', `${base}/{eventId}/instances`, guarded('read', instances));
    router.add('PATCH', `${base}/{eventId}`, guarded('write', patch));
    router.add('DELETE', `${base}/{eventId}`, guarded('write', remove));
    router.add('POST', `${base}/{eventId}/accept`, guarded('write', respond('accept')));
    router.add('POST', `${base}/{eventId}/tentativelyAccept`, guarded('write', respond('tentativelyAccept')));
    router.add('POST', `${base}/{eventId}/decline`, guarded('write', respond('decline')));
    router.add('POST', `${base}/{eventId}/cancel`, guarded('write', cancel));
    // Forwarding only reads the event (event-forward.md: Calendars.Read).
    router.add('POST', `${base}/{eventId}/forward`, guarded('read', forward));
  }
  router.add('GET', '/users/{userId}/calendarView', guarded('read', view));
  router.add('GET', '/users/{userId}/calendar/calendarView', guarded('read', view));
  router.add('POST', '/users/{userId}/calendar/getSchedule', (req, ctx) => {
    requireFreeBusyAccess(req);
    return schedule(req, ctx);
  });
}
