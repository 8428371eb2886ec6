/**
 * Following up on answers, in Graph's own terms:
 * - the notes and proposed times attendees sent come as eventMessageResponse messages in the organizer's
 *   mailbox (the event keeps the proposal on the attendee, never the note), matched to the event through the
 *   message's `event` navigation;
 * - a reminder is the meeting request forwarded again to those who have not answered (`POST .../forward`,
 *   202, Calendars.Read), and when each was reminded, or a proposal kept, is kept on the organizer's event in
 *   Common Time's `CommonTime.FollowUp` extended property (Graph stores no such thing);
 * - an attendee's own answer (note and proposal) is kept on their copy in `CommonTime.MyAnswer`, since
 *   Graph keeps the comment only in the sent response.
 * Returned as the domain's shapes: addresses, epoch ms, plain text.
 */
import type { Event, Message, SingleValueLegacyExtendedProperty, TimeSlot } from '@microsoft/microsoft-graph-types';
import type { Interval } from '../core/time/interval.js';
import { localDateTimeToInstant } from '../core/time/zones.js';
import { runSteps } from './batchRunner.js';
import type { HostBrief } from '../core/booking/hostBrief.js';
import { COMMON_TIME_FOLLOW_UP_ID, COMMON_TIME_HOST_BRIEF_ID, COMMON_TIME_MY_ANSWER_ID } from './commonTimeTag.js';
import type { GraphCaller } from './graphCaller.js';
import { paged } from './paging.js';
import { calendarOf, userPath } from './people.js';

export interface Recipient {
  readonly address: string;
  readonly name?: string;
}

/** Sends the meeting request again to `to` (a reminder to those who have not answered). Graph answers 202. */
export async function forwardEvent(graph: GraphCaller, user: string, eventId: string, to: readonly Recipient[], comment?: string): Promise<void> {
  if (!Array.isArray(to) || to.length === 0) throw new RangeError('to: name at least one person to send the invitation to again.');
  await graph.call<unknown>({
    method: 'POST',
    path: `${userPath(user)}/events/${encodeURIComponent(eventId)}/forward`,
    body: { toRecipients: to.map((r) => ({ emailAddress: { address: r.address, ...(r.name ? { name: r.name } : {}) } })), ...(comment ? { comment } : {}) },
    // A second reminder is harmless but not nothing: retry only what surely did not arrive.
    safety: 'unsafe',
    operation: { subject: `The reminder for the invitation in ${calendarOf(graph.nameOf, user, false)}`, verb: 'sent' },
  });
}

/** One attendee's answer as the organizer received it. */
export interface ResponseNote {
  readonly messageId: string;
  readonly from: Recipient;
  /** accepted, tentativelyAccepted or declined. */
  readonly response: string;
  /** The note as text ('' when none). */
  readonly note: string;
  readonly proposedNewTime?: Interval;
  readonly receivedMs: number;
}

function instant(value: { dateTime?: string | null; timeZone?: string | null } | null | undefined, field: string): number | undefined {
  if (!value?.dateTime) return undefined;
  return localDateTimeToInstant(value.dateTime, value.timeZone ?? 'UTC', field);
}

export function proposalOf(slot: TimeSlot | null | undefined): Interval | undefined {
  const start = instant(slot?.start, 'proposedNewTime.start');
  const end = instant(slot?.end, 'proposedNewTime.end');
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };

/**
 * The note as the attendee typed it. Common Time sends a comment HTML-escaped (Exchange puts it into the
 * response's HTML body); read back as text, the escapes are undone once, as Exchange's own text view does.
 */
export function textOfComment(content: string): string {
  return content.replace(/&(?:lt|gt|quot|#39|#x27|amp);/g, (e) => ENTITIES[e] ?? e).trim();
}

const RESPONSE_TYPES = new Set(['accepted', 'tentativelyAccepted', 'declined']);
type ResponseMessage = Message & { responseType?: string; proposedNewTime?: TimeSlot | null; '@odata.type'?: string };

/**
 * The answers to one event in the organizer's mailbox, newest first. Messages are read newest first back to
 * `sinceMs` (the event's creation); candidates by subject are confirmed through their `event` navigation.
 */
export async function responseNotes(graph: GraphCaller, user: string, event: { readonly id: string; readonly subject: string; readonly sinceMs: number }): Promise<ResponseNote[]> {
  const select = ['id', 'subject', 'from', 'body', 'receivedDateTime', 'responseType', 'proposedNewTime'].join(',');
  const candidates: ResponseMessage[] = [];
  const operation = { subject: `The answers in ${calendarOf(graph.nameOf, user, false).replace('calendar', 'mailbox')}`, verb: 'read' } as const;
  for await (const m of paged<ResponseMessage>(graph, `${userPath(user)}/messages?$select=${select}&$top=50`, operation, { Prefer: 'outlook.body-content-type="text"' })) {
    const received = Date.parse(m.receivedDateTime ?? '');
    // Stamps may be whole seconds: allow a minute before the event's creation.
    if (Number.isFinite(received) && received < event.sinceMs - 60_000) break;
    if (!RESPONSE_TYPES.has(m.responseType ?? '') || !(m.subject ?? '').endsWith(event.subject)) continue;
    candidates.push(m);
  }
  if (candidates.length === 0) return [];
  const outcomes = await runSteps(
    graph,
    candidates.map((m) => ({
      method: 'GET' as const,
      url: `${userPath(user)}/messages/${encodeURIComponent(m.id!)}?$select=id&$expand=${encodeURIComponent('microsoft.graph.eventMessage/event')}`,
      safety: 'idempotent' as const,
    })),
    { operation },
  );
  return candidates.flatMap((m, i): ResponseNote[] => {
    const outcome = outcomes[i]!;
    const linked = outcome.status === 200 ? (outcome.body as { event?: Event | null }).event : undefined;
    if (linked?.id !== event.id) return [];
    const address = m.from?.emailAddress?.address;
    if (!address) return [];
    const proposal = proposalOf(m.proposedNewTime);
    return [
      {
        messageId: m.id!,
        from: { address, ...(m.from?.emailAddress?.name ? { name: m.from.emailAddress.name } : {}) },
        response: m.responseType!,
        note: textOfComment(m.body?.content ?? ''),
        ...(proposal ? { proposedNewTime: proposal } : {}),
        receivedMs: Date.parse(m.receivedDateTime ?? '') || 0,
      },
    ];
  });
}

/** What the organizer did about the answers, by lower-case address: when reminded, when a proposal was kept. */
export interface FollowUp {
  readonly reminded: Readonly<Record<string, number>>;
  readonly kept: Readonly<Record<string, number>>;
}

function jsonOf(event: Pick<Event, 'singleValueExtendedProperties'>, id: string): unknown {
  const value = (event.singleValueExtendedProperties ?? []).find((p) => p.id?.toLowerCase() === id.toLowerCase())?.value;
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function instants(raw: unknown): Record<string, number> {
  if (raw === null || typeof raw !== 'object') return {};
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])));
}

export function parseFollowUp(event: Pick<Event, 'singleValueExtendedProperties'>): FollowUp {
  const raw = jsonOf(event, COMMON_TIME_FOLLOW_UP_ID) as { r?: unknown; k?: unknown } | undefined;
  return { reminded: instants(raw?.r), kept: instants(raw?.k) };
}

export function buildFollowUpProperty(followUp: FollowUp): SingleValueLegacyExtendedProperty {
  return { id: COMMON_TIME_FOLLOW_UP_ID, value: JSON.stringify({ r: followUp.reminded, k: followUp.kept }) };
}

/** An attendee's own answer, kept on their copy. */
export interface MyAnswer {
  readonly response: string;
  readonly note: string;
  readonly proposedNewTime?: Interval;
  readonly answeredMs: number;
}

export function parseMyAnswer(event: Pick<Event, 'singleValueExtendedProperties'>): MyAnswer | undefined {
  const raw = jsonOf(event, COMMON_TIME_MY_ANSWER_ID) as { r?: unknown; n?: unknown; p?: unknown; t?: unknown } | undefined;
  if (!raw || typeof raw.r !== 'string' || typeof raw.t !== 'number') return undefined;
  const p = raw.p as { s?: unknown; e?: unknown } | undefined;
  const proposal = typeof p?.s === 'number' && typeof p.e === 'number' ? { start: p.s, end: p.e } : undefined;
  return { response: raw.r, note: typeof raw.n === 'string' ? raw.n : '', ...(proposal ? { proposedNewTime: proposal } : {}), answeredMs: raw.t };
}

export function buildMyAnswerProperty(answer: MyAnswer): SingleValueLegacyExtendedProperty {
  const p = answer.proposedNewTime ? { p: { s: answer.proposedNewTime.start, e: answer.proposedNewTime.end } } : {};
  return { id: COMMON_TIME_MY_ANSWER_ID, value: JSON.stringify({ r: answer.response, n: answer.note, t: answer.answeredMs, ...p }) };
}

/** A walk's host brief as kept on the organizer's event, with when the host sent it. */
export interface StoredHostBrief {
  readonly brief: HostBrief;
  readonly sentMs: number;
  /** The answer it came from: a newer answer (another message) replaces it. */
  readonly messageId: string;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function parseHostBriefProperty(event: Pick<Event, 'singleValueExtendedProperties'>): StoredHostBrief | undefined {
  const raw = jsonOf(event, COMMON_TIME_HOST_BRIEF_ID) as { q?: unknown; c?: unknown; l?: unknown; t?: unknown; m?: unknown } | undefined;
  if (!raw || typeof raw.t !== 'number' || typeof raw.m !== 'string') return undefined;
  return {
    brief: { ...(typeof raw.q === 'string' && raw.q ? { focusQuestion: raw.q } : {}), classrooms: strings(raw.c), lookFors: strings(raw.l) },
    sentMs: raw.t,
    messageId: raw.m,
  };
}

export function buildHostBriefProperty(stored: StoredHostBrief): SingleValueLegacyExtendedProperty {
  const { brief } = stored;
  return {
    id: COMMON_TIME_HOST_BRIEF_ID,
    value: JSON.stringify({ ...(brief.focusQuestion ? { q: brief.focusQuestion } : {}), c: brief.classrooms, l: brief.lookFors, t: stored.sentMs, m: stored.messageId }),
  };
}
