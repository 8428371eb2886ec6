/**
 * Answers the coach can act on (Sent invites): each invitee's answer with their note and proposed time, when
 * they were reminded; remind those who have not answered in one go; move the session to a proposed time
 * (checked again against everyone's free/busy first) or keep the time. The principal's side: answer and keep
 * their own note and proposal on their copy, so they see what they said.
 */
import { findTakers } from '../../core/booking/index.js';
import type { Interval } from '../../core/time/interval.js';
import { createRelationsCalendar, type GraphGateway, type MyAnswer, type RelationsGraph } from '../../graph/index.js';
import { calendarOf, ME, type BookingGateway } from '../booking/bookingGateway.js';
import { respondToInvite, type InviteAction, type RespondInput } from '../booking/invites.js';

export type FollowUpGateway = BookingGateway & RelationsGraph & Pick<GraphGateway, 'forwardEvent' | 'responseNotes'>;

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

/** Everyone invited, in invitation order, with what they said. `calendar`: 'me' or a shared calendar's address. */
export async function sessionAnswers(gateway: FollowUpGateway, eventId: string, calendar = ME): Promise<SessionAnswers> {
  const event = await createRelationsCalendar(gateway).sessionEvent(calendar, eventId);
  const notes = await gateway.responseNotes(calendar, { id: eventId, subject: event.subject, sinceMs: event.createdMs });
  const answers = event.attendees.map((a): InviteeAnswer => {
    const key = lower(a.address);
    // Their newest response message carries the note (and the proposal, if the organizer's copy lost it).
    const latest = notes.find((n) => lower(n.from.address) === key);
    const proposal = a.proposedNewTime ?? (latest?.response === a.response ? latest?.proposedNewTime : undefined);
    return {
      ...a,
      note: NOT_ANSWERED.has(a.response) ? '' : (latest?.note ?? ''),
      ...(proposal ? { proposedNewTime: proposal } : {}),
      ...(event.followUp.reminded[key] !== undefined ? { remindedMs: event.followUp.reminded[key] } : {}),
      ...(event.followUp.kept[key] !== undefined ? { keptMs: event.followUp.kept[key] } : {}),
    };
  });
  return { eventId, subject: event.subject, start: event.start, end: event.end, isSeries: event.isSeries, answers };
}

/**
 * Sends the invitation again to everyone who has not answered, in one forward, and records when. Returns who
 * was reminded (nobody when all have answered). `nowMs` from the app's clock.
 */
export async function remindNonResponders(
  gateway: FollowUpGateway,
  eventId: string,
  options: { nowMs: number; comment?: string; calendar?: string },
): Promise<{ reminded: readonly string[]; at: number }> {
  const calendar = options.calendar ?? ME;
  const relations = createRelationsCalendar(gateway);
  const event = await relations.sessionEvent(calendar, eventId);
  const waiting = event.attendees.filter((a) => NOT_ANSWERED.has(a.response) && a.address);
  if (waiting.length === 0) return { reminded: [], at: options.nowMs };
  const to = waiting.map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) }));
  await gateway.forwardEvent(calendar, eventId, to, options.comment ?? 'A reminder: please accept, tentatively accept or decline, with a note if you like.');
  const reminded = { ...event.followUp.reminded, ...Object.fromEntries(to.map((r) => [lower(r.address), options.nowMs])) };
  await relations.setFollowUp(calendar, eventId, { ...event.followUp, reminded });
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
export async function moveToProposal(
  gateway: FollowUpGateway,
  eventId: string,
  proposer: string,
  options: { calendar?: string; tentative?: 'busy' | 'free' } = {},
): Promise<MoveOutcome> {
  const calendar = options.calendar ?? ME;
  const relations = createRelationsCalendar(gateway);
  const event = await relations.sessionEvent(calendar, eventId);
  if (event.isSeries) {
    return { status: 'notPossible', message: 'This is a series: a proposed time is for one meeting of it. Move that meeting in Outlook, or keep the series as it is.' };
  }
  const attendee = event.attendees.find((a) => lower(a.address) === lower(proposer));
  const proposal = attendee?.proposedNewTime;
  if (!proposal) return { status: 'notPossible', message: `${attendee?.name ?? proposer} has not proposed another time for this session.` };
  const people = [...new Set([event.organizer, ...event.attendees.map((a) => a.address)].filter(Boolean))];
  const takers = findTakers({ mustBeFree: people, occurrences: [proposal] }, await calendarOf(gateway).readSchedules(people, proposal), options.tentative ?? 'busy');
  if (takers.length > 0) {
    const names = takers.map((t) => event.attendees.find((a) => lower(a.address) === lower(t.address))?.name ?? t.address);
    return { status: 'taken', who: takers.map((t) => t.address), message: `The proposed time is no longer free for ${names.join(', ')}; keep the time, or pick another.` };
  }
  await relations.moveEvent(calendar, eventId, proposal);
  return { status: 'moved', slot: proposal };
}

/** Keeps the time although `proposer` proposed another; recorded so the proposal shows as handled. */
export async function keepTime(gateway: FollowUpGateway, eventId: string, proposer: string, options: { nowMs: number; calendar?: string }): Promise<void> {
  const calendar = options.calendar ?? ME;
  const relations = createRelationsCalendar(gateway);
  const { followUp } = await relations.sessionEvent(calendar, eventId);
  await relations.setFollowUp(calendar, eventId, { ...followUp, kept: { ...followUp.kept, [lower(proposer)]: options.nowMs } });
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
  if (action !== 'decline') await createRelationsCalendar(gateway).setMyAnswer(input.user ?? ME, eventId, answer);
  return answer;
}
