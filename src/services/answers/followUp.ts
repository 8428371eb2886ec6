/**
 * Answers the coach can act on (Sent invites): each invitee's answer with their note and proposed time, when
 * they were reminded; remind those who have not answered in one go; move the session to a proposed time
 * (checked again against everyone's free/busy first) or keep the time. The principal's side: answer and keep
 * their own note and proposal on their copy, so they see what they said.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { findTakers } from '../../core/booking/index.js';
import type { Interval } from '../../core/time/interval.js';
import { buildFollowUpProperty, buildMyAnswerProperty, parseFollowUp, type GraphGateway, type MyAnswer } from '../../graph/index.js';
import { ME } from '../booking/bookingGateway.js';
import { instantOf, readSchedules } from '../booking/graphReads.js';
import { respondToInvite, type InviteAction, type RespondInput } from '../booking/invites.js';
import { answerOf } from '../booking/walks.js';

import type { BookingGateway } from '../booking/bookingGateway.js';

export type FollowUpGateway = BookingGateway & Pick<GraphGateway, 'forwardEvent' | 'responseNotes'>;

const NOT_ANSWERED = new Set(['none', 'notResponded']);
const lower = (s: string): string => s.trim().toLowerCase();

export interface InviteeAnswer {
  readonly address: string;
  readonly name?: string;
  /** Graph's responseStatus.response. */
  readonly response: string;
  readonly answeredAt?: string;
  /** Their note, from their response message ('' when they wrote none or have not answered). */
  readonly note: string;
  /** The time they proposed (on the organizer's copy, and in their response). */
  readonly proposedNewTime?: Interval;
  /** When the coach last reminded them (epoch ms). */
  readonly remindedMs?: number;
  /** When the coach chose to keep the time despite their proposal. */
  readonly keptMs?: number;
}

export interface SessionAnswers {
  readonly eventId: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly isSeries: boolean;
  readonly answers: readonly InviteeAnswer[];
}

const FIELDS = ['subject', 'start', 'end', 'attendees', 'organizer', 'createdDateTime', 'type', 'recurrence'];

async function readEvent(gateway: FollowUpGateway, calendar: string, eventId: string): Promise<Event> {
  return gateway.getEvent(calendar, eventId, { select: FIELDS });
}

/** Everyone invited, in invitation order, with what they said. `calendar`: 'me' or a shared calendar's address. */
export async function sessionAnswers(gateway: FollowUpGateway, eventId: string, calendar = ME): Promise<SessionAnswers> {
  const event = await readEvent(gateway, calendar, eventId);
  const created = Date.parse(event.createdDateTime ?? '') || 0;
  const notes = await gateway.responseNotes(calendar, { id: eventId, subject: event.subject ?? '', sinceMs: created });
  const followUp = parseFollowUp(event);
  const organizer = lower(event.organizer?.emailAddress?.address ?? '');
  const answers = (event.attendees ?? [])
    .filter((a) => a.type !== 'resource' && lower(a.emailAddress?.address ?? '') !== organizer)
    .map((a): InviteeAnswer => {
      const base = answerOf(a);
      const key = lower(base.address);
      // Their newest response message carries the note (and the proposal, if the organizer's copy lost it).
      const latest = notes.find((n) => lower(n.from.address) === key);
      const proposal = base.proposedNewTime ?? (latest?.response === base.response ? latest?.proposedNewTime : undefined);
      return {
        ...base,
        note: NOT_ANSWERED.has(base.response) ? '' : latest?.note ?? '',
        ...(proposal ? { proposedNewTime: proposal } : {}),
        ...(followUp.reminded[key] !== undefined ? { remindedMs: followUp.reminded[key] } : {}),
        ...(followUp.kept[key] !== undefined ? { keptMs: followUp.kept[key] } : {}),
      };
    });
  return {
    eventId,
    subject: event.subject ?? '',
    start: instantOf(event.start, 'start'),
    end: instantOf(event.end, 'end'),
    isSeries: event.type === 'seriesMaster' || Boolean(event.recurrence),
    answers,
  };
}

/**
 * Sends the invitation again to everyone who has not answered, in one forward, and records when. Returns who
 * was reminded (nobody when all have answered). `nowMs` from the app's clock.
 */
export async function remindNonResponders(gateway: FollowUpGateway, eventId: string, options: { nowMs: number; comment?: string; calendar?: string }): Promise<{ reminded: readonly string[]; at: number }> {
  const calendar = options.calendar ?? ME;
  const event = await readEvent(gateway, calendar, eventId);
  const organizer = lower(event.organizer?.emailAddress?.address ?? '');
  const waiting = (event.attendees ?? []).filter((a) => a.type !== 'resource' && NOT_ANSWERED.has(a.status?.response ?? 'none') && a.emailAddress?.address && lower(a.emailAddress.address) !== organizer);
  if (waiting.length === 0) return { reminded: [], at: options.nowMs };
  const to = waiting.map((a) => ({ address: a.emailAddress!.address!, ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}) }));
  await gateway.forwardEvent(calendar, eventId, to, options.comment ?? 'A reminder: please accept, tentatively accept or decline, with a note if you like.');
  const followUp = parseFollowUp(event);
  const reminded = { ...followUp.reminded, ...Object.fromEntries(to.map((r) => [lower(r.address), options.nowMs])) };
  // Only our property changes: Graph sends attendees no update for it.
  await gateway.updateEvent(calendar, eventId, { singleValueExtendedProperties: [buildFollowUpProperty({ ...followUp, reminded })] });
  return { reminded: to.map((r) => r.address), at: options.nowMs };
}

export type MoveOutcome =
  | { readonly status: 'moved'; readonly slot: Interval }
  | { readonly status: 'taken'; readonly who: readonly string[]; readonly message: string }
  | { readonly status: 'notPossible'; readonly message: string };

/**
 * Moves a single session to the time one invitee proposed, after checking that every other invitee and the
 * organizer are free then. Graph then sends everyone the new time and asks them to answer again.
 */
export async function moveToProposal(gateway: FollowUpGateway, eventId: string, proposer: string, options: { calendar?: string; tentative?: 'busy' | 'free' } = {}): Promise<MoveOutcome> {
  const calendar = options.calendar ?? ME;
  const event = await gateway.getEvent(calendar, eventId, { select: FIELDS });
  if (event.type === 'seriesMaster' || event.recurrence) {
    return { status: 'notPossible', message: 'This is a series: a proposed time is for one meeting of it. Move that meeting in Outlook, or keep the series as it is.' };
  }
  const attendee = (event.attendees ?? []).find((a) => lower(a.emailAddress?.address ?? '') === lower(proposer));
  const proposal = attendee ? answerOf(attendee).proposedNewTime : undefined;
  if (!proposal) return { status: 'notPossible', message: `${attendee?.emailAddress?.name ?? proposer} has not proposed another time for this session.` };
  const people = [...new Set([event.organizer?.emailAddress?.address, ...(event.attendees ?? []).filter((a) => a.type !== 'resource').map((a) => a.emailAddress?.address)].filter((a): a is string => Boolean(a)))];
  const takers = findTakers({ mustBeFree: people, occurrences: [proposal] }, await readSchedules(gateway, people, proposal), options.tentative ?? 'busy');
  if (takers.length > 0) {
    const names = takers.map((t) => (event.attendees ?? []).find((a) => lower(a.emailAddress?.address ?? '') === lower(t.address))?.emailAddress?.name ?? t.address);
    return { status: 'taken', who: takers.map((t) => t.address), message: `The proposed time is no longer free for ${names.join(', ')}; keep the time, or pick another.` };
  }
  const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });
  await gateway.updateEvent(calendar, eventId, { start: utc(proposal.start), end: utc(proposal.end) });
  return { status: 'moved', slot: proposal };
}

/** Keeps the time although `proposer` proposed another; recorded so the proposal shows as handled. */
export async function keepTime(gateway: FollowUpGateway, eventId: string, proposer: string, options: { nowMs: number; calendar?: string }): Promise<void> {
  const calendar = options.calendar ?? ME;
  const event = await readEvent(gateway, calendar, eventId);
  const followUp = parseFollowUp(event);
  await gateway.updateEvent(calendar, eventId, { singleValueExtendedProperties: [buildFollowUpProperty({ ...followUp, kept: { ...followUp.kept, [lower(proposer)]: options.nowMs } })] });
}

/**
 * The principal answers and keeps what they said (note, proposal) on their own copy, where Graph keeps only
 * the answer itself: their view shows it after answering, in any browser. Their copy's change goes to nobody.
 * A decline removes the copy, so a decline's note is returned (for the screen) but not kept.
 */
export async function answerAndKeep(gateway: FollowUpGateway, eventId: string, action: InviteAction, input: RespondInput & { readonly nowMs: number }): Promise<MyAnswer> {
  const { nowMs, ...respondInput } = input;
  await respondToInvite(gateway, eventId, action, respondInput);
  const answer: MyAnswer = {
    response: { accept: 'accepted', tentativelyAccept: 'tentativelyAccepted', decline: 'declined' }[action],
    note: (input.comment ?? '').trim(),
    ...(input.proposedNewTime ? { proposedNewTime: input.proposedNewTime } : {}),
    answeredMs: nowMs,
  };
  // A decline removes the invitation from their calendar (Exchange moves it to Deleted Items): nothing to keep it on.
  if (action !== 'decline') await gateway.updateEvent(input.user ?? ME, eventId, { singleValueExtendedProperties: [buildMyAnswerProperty(answer)] });
  return answer;
}
