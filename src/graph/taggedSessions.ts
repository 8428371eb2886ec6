/**
 * The district report's read: each organizer's Common Time sessions in a window, for many calendars at
 * once. Our tag lives on the organizer's copy only, so for each mailbox this asks
 * `/events?$filter=<tag>` (the documented extended-property filter: only tagged events are read, no
 * other event's subject, body or attendees), then expands each series that may reach the window with
 * `/events/{id}/instances` (occurrences and exceptions, each with its own attendee answers). Every read
 * travels as `$batch` parts (20 a batch, 4 a mailbox), pages are followed, throttled parts retried.
 * A mailbox that cannot be read fully is reported with its error, never as empty.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import type { SessionAnswer, TaggedSession } from '../core/report/model.js';
import { runSteps, type BatchStep } from './batchRunner.js';
import { EXPAND_TAG, parseCommonTimeTag, taggedEventsFilter } from './commonTimeTag.js';
import type { GraphCaller } from './graphCaller.js';
import type { GraphRequestError } from './graphRequestError.js';
import { relativeToRoot } from './mailbox.js';
import { calendarOf, userPath } from './people.js';
import { toInstant, utcIso } from './scheduleWindow.js';
import { stepError } from './stepError.js';
import { parseWalkRoster } from './walkRoster.js';

export type TaggedSessionsResult =
  | { readonly user: string; readonly sessions: TaggedSession[]; readonly error?: undefined }
  | { readonly user: string; readonly sessions?: undefined; readonly error: GraphRequestError };

export interface TaggedSessionsOptions {
  /** Told as mailboxes finish: `done` of `total`. */
  readonly onProgress?: (progress: { done: number; total: number }) => void;
  /** Items per page (`$top`); default 250. */
  readonly pageSize?: number;
}

const FIELDS = ['iCalUId', 'subject', 'start', 'end', 'organizer', 'attendees', 'isCancelled', 'type', 'seriesMasterId', 'recurrence', 'isOrganizer'];
const INSTANCE_FIELDS = ['iCalUId', 'subject', 'start', 'end', 'attendees', 'isCancelled', 'type', 'seriesMasterId'];

interface Page {
  value?: Event[];
  '@odata.nextLink'?: string;
}

/** Reads every page of one path per mailbox, in batches; returns the items or the first error. */
async function readAllPages(
  graph: GraphCaller,
  first: ReadonlyArray<{ owner: number; path: string }>,
  what: (owner: number) => string,
  onFirstPages?: (done: number, total: number) => void,
): Promise<Map<number, Event[] | GraphRequestError>> {
  const results = new Map<number, Event[] | GraphRequestError>();
  const items = new Map<number, Event[]>();
  let round = first.map((r) => ({ ...r }));
  while (round.length > 0) {
    const steps: BatchStep[] = round.map((r) => ({ method: 'GET', url: r.path, safety: 'idempotent' }));
    // Progress counts first pages: one a calendar, which is what a person waiting can picture.
    const progress = round.length === first.length && onFirstPages ? { onProgress: onFirstPages } : {};
    const outcomes = await runSteps(graph, steps, { operation: { subject: "Common Time sessions in the district's calendars", verb: 'read' }, ...progress });
    const next: typeof round = [];
    outcomes.forEach((outcome, i) => {
      const { owner, path } = round[i]!;
      if (results.get(owner) instanceof Error) return;
      if (outcome.status < 200 || outcome.status >= 300) {
        results.set(owner, stepError(outcome, { subject: what(owner), verb: 'read' }, graph.now()));
        return;
      }
      const page = (outcome.body ?? {}) as Page;
      const list = items.get(owner) ?? [];
      list.push(...(page.value ?? []));
      items.set(owner, list);
      const link = page['@odata.nextLink'];
      if (typeof link === 'string') {
        const relative = relativeToRoot(link, graph.apiRoot);
        if (relative !== undefined && relative !== path) next.push({ owner, path: relative });
      }
    });
    round = next;
  }
  for (const r of first) if (!results.has(r.owner)) results.set(r.owner, items.get(r.owner) ?? []);
  return results;
}

/** A series that may have occurrences in the window (its range starts before the end and has not ended before the start). */
function seriesMayReach(event: Event, startMs: number, endMs: number): boolean {
  const range = event.recurrence?.range;
  if (!range?.startDate) return true;
  if (Date.parse(`${range.startDate}T00:00:00Z`) - 86_400_000 >= endMs) return false;
  if (range.type === 'endDate' && range.endDate && !range.endDate.startsWith('0001') && Date.parse(`${range.endDate}T00:00:00Z`) + 2 * 86_400_000 < startMs) return false;
  return true;
}

const ANSWERS: Record<string, SessionAnswer> = {
  accepted: 'accepted',
  organizer: 'accepted',
  tentativelyAccepted: 'tentative',
  declined: 'declined',
  none: 'pending',
  notResponded: 'pending',
};

function answersOf(attendees: readonly Attendee[] | null | undefined): Record<string, SessionAnswer> {
  const out: Record<string, SessionAnswer> = {};
  for (const a of attendees ?? []) {
    const address = a.emailAddress?.address?.toLowerCase();
    if (address) out[address] = ANSWERS[a.status?.response ?? 'none'] ?? 'pending';
  }
  return out;
}

/** Graph's event (or occurrence, with its master's tag and roster) as a session; undefined when not ours. */
export function toSession(event: Event, master: Event, owner: string): TaggedSession | undefined {
  const tag = parseCommonTimeTag(master);
  if (!tag || !event.start || !event.end) return undefined;
  const roster = master.type === 'seriesMaster' || master === event ? parseWalkRoster(master) : undefined;
  return {
    id: event.id ?? '',
    ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
    ...(event.seriesMasterId ? { seriesId: event.seriesMasterId } : {}),
    subject: event.subject ?? master.subject ?? '',
    kind: tag.kind,
    planId: tag.planId,
    organizer: (master.organizer?.emailAddress?.address ?? owner).toLowerCase(),
    startMs: toInstant(event.start, 'event.start'),
    endMs: toInstant(event.end, 'event.end'),
    cancelled: event.isCancelled === true || master.isCancelled === true,
    answers: answersOf(event.attendees ?? master.attendees),
    ...(roster ? { walk: { host: roster.host.address.toLowerCase(), visitors: roster.visitors.map((v) => v.address.toLowerCase()) } } : {}),
  };
}

export async function readTaggedSessions(
  graph: GraphCaller,
  users: readonly string[],
  window: { start: string; end: string },
  options: TaggedSessionsOptions = {},
): Promise<TaggedSessionsResult[]> {
  const startMs = toInstant(window.start, 'window.start');
  const endMs = toInstant(window.end, 'window.end');
  if (endMs <= startMs) throw new RangeError('window.end: must be after window.start.');
  const top = options.pageSize ?? 250;
  const describe = (i: number) => calendarOf(graph.nameOf, users[i]!);
  const listed = await readAllPages(
    graph,
    users.map((u, i) => ({
      owner: i,
      path: `${userPath(u, `users[${i}]`)}/events?$filter=${encodeURIComponent(taggedEventsFilter())}&$expand=${encodeURIComponent(EXPAND_TAG)}&$select=${FIELDS.join(',')}&$top=${top}`,
    })),
    describe,
    (done, total) => options.onProgress?.({ done, total }),
  );

  // Series that may reach the window are expanded; their occurrences carry their own answers.
  const masters: Array<{ owner: number; master: Event }> = [];
  listed.forEach((result, owner) => {
    if (result instanceof Error) return;
    for (const e of result) if (e.type === 'seriesMaster' && e.isOrganizer !== false && seriesMayReach(e, startMs, endMs)) masters.push({ owner, master: e });
  });
  const window$ = `startDateTime=${encodeURIComponent(utcIso(startMs))}&endDateTime=${encodeURIComponent(utcIso(endMs))}`;
  const expanded = await readAllPages(
    graph,
    masters.map((m, i) => ({
      owner: i,
      path: `${userPath(users[m.owner]!)}/events/${encodeURIComponent(m.master.id ?? '')}/instances?${window$}&$select=${INSTANCE_FIELDS.join(',')}&$top=${top}`,
    })),
    (i) => `The series "${masters[i]!.master.subject ?? ''}" in ${calendarOf(graph.nameOf, users[masters[i]!.owner]!, false)}`,
  );

  const results: TaggedSessionsResult[] = users.map((user, owner) => {
    const list = listed.get(owner);
    if (list instanceof Error) return { user, error: list };
    const sessions: TaggedSession[] = [];
    for (const e of list ?? []) {
      if (e.isOrganizer === false || e.type === 'seriesMaster') continue;
      const s = toSession(e, e, user);
      if (s && s.startMs < endMs && s.endMs > startMs) sessions.push(s);
    }
    return { user, sessions };
  });
  for (const [i, occurrences] of expanded) {
    const { owner, master } = masters[i]!;
    const current = results[owner]!;
    if (current.error) continue;
    if (occurrences instanceof Error) {
      results[owner] = { user: current.user, error: occurrences };
      continue;
    }
    for (const o of occurrences) {
      const s = toSession(o, master, current.user);
      if (s) current.sessions.push(s);
    }
  }
  return results;
}

export type CalendarPresenceResult =
  | { readonly user: string; readonly iCalUIds: ReadonlySet<string>; readonly error?: undefined }
  | { readonly user: string; readonly iCalUIds?: undefined; readonly error: GraphRequestError };

/**
 * Which meetings are still on each calendar in a window, by `iCalUId` alone (`$select=iCalUId`: no
 * subject, body or attendees of any event is asked for). An attendee who deleted an invitation without
 * answering leaves the organizer's copy saying "not answered"; their own calendar tells the truth.
 */
export async function readCalendarPresence(
  graph: GraphCaller,
  users: readonly string[],
  window: { start: string; end: string },
  options: { onProgress?: (progress: { done: number; total: number }) => void } = {},
): Promise<CalendarPresenceResult[]> {
  const startMs = toInstant(window.start, 'window.start');
  const endMs = toInstant(window.end, 'window.end');
  const window$ = `startDateTime=${encodeURIComponent(utcIso(startMs))}&endDateTime=${encodeURIComponent(utcIso(endMs))}`;
  const read = await readAllPages(
    graph,
    users.map((u, i) => ({ owner: i, path: `${userPath(u, `users[${i}]`)}/calendarView?${window$}&$select=iCalUId&$top=1000` })),
    (i) => calendarOf(graph.nameOf, users[i]!),
    (done, total) => options.onProgress?.({ done, total }),
  );
  return users.map((user, i) => {
    const result = read.get(i);
    if (result instanceof Error) return { user, error: result };
    return { user, iCalUIds: new Set((result ?? []).map((e) => e.iCalUId).filter((id): id is string => typeof id === 'string')) };
  });
}
