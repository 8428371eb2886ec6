/**
 * A booked session changes the way Outlook changes a meeting: moved to a new time (checked again like a new
 * booking, then moved, which tells every attendee), or cancelled with a message (Graph's `cancel`). Either
 * applies to the whole series (its id) or one occurrence (the occurrence's id).
 */
import { findTakers, nextBestSlot, nextFreeSlots } from '../../core/booking/index.js';
import type { SessionCalendar, SessionEvent } from '../../core/booking/sessionEvents.js';
import { DEFAULT_NOTICE, earliestStart, seriesOnClosures, withDistrictCalendar, type DistrictCalendar } from '../../core/district/index.js';
import type { Interval } from '../../core/time/interval.js';
import { formatWhen, SENTENCE_LOCALE } from '../../core/time/readableTime.js';
import { conflictMessage, conflictPeople, type ConflictSubject } from './messages.js';
import type { ConflictPerson } from './outcomes.js';

/** Free/busy as the engine takes it: booking's calendar and the session calendar both answer it. */
export type ScheduleReader = Pick<SessionCalendar, 'readSchedules'>;

export interface MoveInput {
  /** The event, or one occurrence of a series, in the coach's calendar. */
  readonly eventId: string;
  readonly to: Interval;
  /** The coach's zone (IANA): the new times are written in it. */
  readonly timeZone: string;
  readonly tentative?: 'busy' | 'free';
  /** No earlier than this (the notice people need; the past is never offered). */
  readonly notBefore?: number;
  /** The district's closures: a session is never moved onto one. */
  readonly districtCalendar?: DistrictCalendar;
}

export type MoveOutcome =
  | { readonly status: 'moved'; readonly eventId: string; readonly start: number; readonly end: number; readonly message: string }
  | { readonly status: 'conflict'; readonly who: readonly ConflictPerson[]; readonly message: string; readonly nextBest?: Interval }
  | { readonly status: 'failed'; readonly message: string };

export type CancelOutcome = { readonly status: 'cancelled'; readonly message: string } | { readonly status: 'failed'; readonly message: string };

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
const DAY_MS = 86_400_000;

/** The gateway's errors already say what failed and why; anything else gets a plain sentence. */
function failure(error: unknown, what: string): string {
  if (error instanceof Error && (error.name === 'GraphRequestError' || error.name === 'GraphConflictError')) return `${error.message} Nothing was changed; try again.`;
  return `Something went wrong while ${what}; nothing was changed. Try again.`;
}

/** The organizer and every required attendee who has not declined must be free at the new time. */
function mustBeFreeOf(event: SessionEvent): string[] {
  const required = event.attendees
    .filter((a) => a.type === 'required' && a.response !== 'declined' && a.address !== '' && lower(a.address) !== lower(event.organizer))
    .map((a) => a.address);
  return [...(event.organizer ? [event.organizer] : []), ...required];
}

/**
 * Moves a booked session (or one occurrence) after checking its people at the new time. The session's own
 * current time is not counted against it (moving a meeting by half an hour overlaps itself).
 */
export async function moveSession(calendar: SessionCalendar, input: MoveInput): Promise<MoveOutcome> {
  const tentative = input.tentative ?? 'busy';
  try {
    if (!(input.to.end > input.to.start)) return { status: 'failed', message: 'Choose a new time whose end is after its start.' };
    if (input.notBefore !== undefined && input.to.start < input.notBefore) {
      const when = formatWhen(input.notBefore, { locale: SENTENCE_LOCALE, timeZone: input.timeZone });
      return { status: 'failed', message: `That time is too soon: people need notice to prepare. Choose a time from ${when} on.` };
    }
    const closed = seriesOnClosures([input.to], input.timeZone, input.districtCalendar)[0];
    if (closed) return { status: 'failed', message: `Schools are closed then (${closed.closure.name}, ${closed.date}); choose another day.` };
    const event = await calendar.readSession(input.eventId);
    if (!event.isOrganizer) return { status: 'failed', message: `Only the organizer can move "${event.subject}"; propose a new time instead.` };
    const people = mustBeFreeOf(event);
    const draft: ConflictSubject & { mustBeFree: string[]; slot: Interval } = {
      subject: event.subject || 'The session',
      timeZone: input.timeZone,
      organizer: { address: event.organizer ?? '' },
      attendees: event.attendees.map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) })),
      mustBeFree: people,
      occurrences: [input.to],
      slot: input.to,
    };
    const notItself = async (window: Interval) =>
      (await calendar.readSchedules(people, window)).map((s) => ({ ...s, items: s.items.filter((i) => !(i.start === event.start && i.end === event.end)) }));
    const takers = findTakers(draft, await notItself(input.to), tentative);
    if (takers.length > 0) {
      const who = conflictPeople(draft, takers);
      const nextBest = nextBestSlot(draft, await notItself({ start: input.to.start, end: input.to.start + 7 * DAY_MS }), tentative);
      return {
        status: 'conflict',
        who,
        message: conflictMessage(draft, who, input.to, nextBest, false).replace('was not booked', 'was not moved'),
        ...(nextBest ? { nextBest } : {}),
      };
    }
    await calendar.moveSession(input.eventId, input.to, input.timeZone);
    return {
      status: 'moved',
      eventId: input.eventId,
      start: input.to.start,
      end: input.to.end,
      message: `"${draft.subject}" moved; ${people.length > 1 ? 'everyone invited was told and asked again' : 'the invitation was updated'}.`,
    };
  } catch (error) {
    return { status: 'failed', message: failure(error, 'moving the session') };
  }
}

/** Cancels a booked session, the whole series or one occurrence (by its id), with a message to everyone invited. */
export async function cancelSession(calendar: SessionCalendar, eventId: string, comment?: string): Promise<CancelOutcome> {
  try {
    const event = await calendar.readSession(eventId);
    if (!event.isOrganizer) return { status: 'failed', message: `Only the organizer can cancel "${event.subject}"; decline it instead.` };
    await calendar.cancelSession(eventId, comment);
    const what =
      event.type === 'occurrence' || event.type === 'exception'
        ? 'This meeting of the series was'
        : event.type === 'seriesMaster'
          ? 'Every meeting of the series was'
          : 'The meeting was';
    return { status: 'cancelled', message: `${what} cancelled${comment && comment.trim() !== '' ? ' and your message sent' : ''}: "${event.subject}".` };
  } catch (error) {
    return { status: 'failed', message: failure(error, 'cancelling the session') };
  }
}

export interface MoveTimesInput {
  readonly eventId: string;
  readonly timeZone: string;
  /** "Now" from the app's one clock. */
  readonly now: number;
  readonly districtCalendar?: DistrictCalendar;
  /** How many times to offer (default 3). */
  readonly count?: number;
  /** How far ahead to look (default 14 days). */
  readonly days?: number;
  readonly tentative?: 'busy' | 'free';
}

/**
 * The next times its people (the organizer and every required attendee who has not declined) are all free
 * inside their working hours, on school days, from the notice people need on: what Move offers first.
 */
export async function nextMoveTimes(
  calendar: SessionCalendar,
  input: MoveTimesInput,
): Promise<{ readonly event: SessionEvent; readonly times: readonly Interval[]; readonly notBefore: number }> {
  const event = await calendar.readSession(input.eventId);
  const notBefore = earliestStart(input.now, input.timeZone, DEFAULT_NOTICE, input.districtCalendar).at;
  const window = { start: notBefore, end: notBefore + (input.days ?? 14) * DAY_MS };
  const people = mustBeFreeOf(event);
  const schedules = (await calendar.readSchedules(people, window)).map((s) => ({ ...s, items: s.items.filter((i) => !(i.start === event.start && i.end === event.end)) }));
  const constraints = withDistrictCalendar({ timeZone: input.timeZone }, input.districtCalendar);
  const draft = {
    occurrences: [{ start: event.start, end: event.end }],
    mustBeFree: people,
    slot: { start: event.start, end: event.end },
    ...(constraints ? { constraints } : {}),
  };
  return { event, times: nextFreeSlots(draft, schedules, input.tentative ?? 'busy', input.count ?? 3, window), notBefore };
}
