/**
 * A booked session changes the way Outlook changes a meeting: moved to a new time (checked again like a new
 * booking, then moved, which tells every attendee), or cancelled with a message (Graph's `cancel`). Either
 * applies to the whole series (its id) or one occurrence (the occurrence's id).
 */
import { DateTime } from 'luxon';
import { findTakers, nextBestSlot, nextFreeSlots } from '../../core/booking/index.js';
import type { SessionCalendar, SessionEvent } from '../../core/booking/sessionEvents.js';
import { DEFAULT_NOTICE, earliestStart, seriesOnClosures, withDistrictCalendar, type DistrictCalendar } from '../../core/district/index.js';
import type { Interval } from '../../core/time/interval.js';
import { formatWhen, SENTENCE_LOCALE } from '../../core/time/readableTime.js';
import { localDateTimeToInstant, resolveZone } from '../../core/time/zones.js';
import { conflictMessage, conflictPeople, REASON_WORDS, type ConflictSubject } from './messages.js';
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

export interface SeriesMoveInput {
  /** The series master's id in the coach's calendar. */
  readonly seriesId: string;
  /** The new start time of day, like "14:30", in the coach's zone; every meeting keeps its date and length. */
  readonly startTime: string;
  readonly timeZone: string;
  /** "Now" from the app's one clock: meetings already over are not re-checked. */
  readonly now: number;
  readonly notBefore?: number;
  readonly districtCalendar?: DistrictCalendar;
  readonly tentative?: 'busy' | 'free';
  /** How far ahead the series' meetings are read (default 366 days). */
  readonly days?: number;
}

/** One date of the series that is taken at the new time, and by whom. */
export interface SeriesConflictDate {
  readonly at: Interval;
  readonly who: readonly ConflictPerson[];
}

export type SeriesMoveOutcome =
  | { readonly status: 'moved'; readonly seriesId: string; readonly meetings: number; readonly message: string }
  | { readonly status: 'conflict'; readonly dates: readonly SeriesConflictDate[]; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** The same date in the zone at a new time of day, keeping the length. */
function atTimeOfDay(meeting: Interval, startTime: string, timeZone: string): Interval {
  const date = DateTime.fromMillis(meeting.start, { zone: resolveZone(timeZone) }).toISODate()!;
  const start = localDateTimeToInstant(`${date}T${startTime}`, timeZone, 'new start time');
  return { start, end: start + (meeting.end - meeting.start) };
}

const dayWords = (ms: number, timeZone: string): string =>
  DateTime.fromMillis(ms, { zone: resolveZone(timeZone) })
    .setLocale(SENTENCE_LOCALE)
    .toFormat('cccc, LLLL d');

/**
 * Moves every meeting of a series to a new time of day (same dates, same length): each meeting still to come
 * is checked at the new time (the organizer and required people; optional people never block), and only if
 * all are free is the series master's start and end changed, which keeps the pattern and tells every attendee.
 * A taken date is named with who is busy, and nothing moves.
 */
export async function moveSeries(calendar: SessionCalendar, input: SeriesMoveInput): Promise<SeriesMoveOutcome> {
  const tentative = input.tentative ?? 'busy';
  try {
    if (!/^\d{2}:\d{2}$/.test(input.startTime)) return { status: 'failed', message: 'Enter the new start time like 10:30.' };
    const master = await calendar.readSession(input.seriesId);
    if (master.type !== 'seriesMaster') return { status: 'failed', message: `"${master.subject}" is not a series; move it as one meeting.` };
    if (!master.isOrganizer) return { status: 'failed', message: `Only the organizer can move "${master.subject}"; propose a new time instead.` };
    const meetings = (await calendar.seriesOccurrences(input.seriesId, { start: input.now, end: input.now + (input.days ?? 366) * DAY_MS }))
      .filter((m) => m.end > input.now)
      .sort((a, b) => a.start - b.start);
    if (meetings.length === 0) return { status: 'failed', message: `"${master.subject}" has no meetings left to move.` };
    const moved = meetings.map((m) => atTimeOfDay(m, input.startTime, input.timeZone));
    const tooSoon = moved.find((m) => input.notBefore !== undefined && m.start < input.notBefore);
    if (tooSoon) {
      const when = formatWhen(input.notBefore!, { locale: SENTENCE_LOCALE, timeZone: input.timeZone });
      return {
        status: 'failed',
        message: `The meeting on ${dayWords(tooSoon.start, input.timeZone)} would be too soon at the new time: people need notice to prepare (from ${when} on). Move or cancel that meeting alone first, then move the series.`,
      };
    }
    const closed = seriesOnClosures(moved, input.timeZone, input.districtCalendar);
    if (closed.length > 0) {
      const days = closed.map((c) => `${c.date} (${c.closure.name})`).join(', ');
      return { status: 'failed', message: `Schools are closed on ${days}; skip or move those meetings first, then move the series.` };
    }
    const people = mustBeFreeOf(master);
    const subject: ConflictSubject = {
      subject: master.subject || 'The session',
      timeZone: input.timeZone,
      organizer: { address: master.organizer ?? '' },
      attendees: master.attendees.map((a) => ({ address: a.address, ...(a.name ? { name: a.name } : {}) })),
      occurrences: moved,
    };
    // The series' own meetings are not counted against it (moving by half an hour overlaps itself).
    const own = new Set(meetings.map((m) => `${m.start}-${m.end}`));
    const schedules = (await calendar.readSchedules(people, { start: moved[0]!.start, end: Math.max(...moved.map((m) => m.end)) })).map((s) => ({
      ...s,
      items: s.items.filter((i) => !own.has(`${i.start}-${i.end}`)),
    }));
    const dates: SeriesConflictDate[] = [];
    for (const at of moved) {
      const takers = findTakers({ mustBeFree: people, occurrences: [at] }, schedules, tentative);
      if (takers.length > 0) dates.push({ at, who: conflictPeople(subject, takers) });
    }
    if (dates.length > 0) {
      const named = dates.map(
        (d) => `${dayWords(d.at.start, input.timeZone)}: ${d.who.map((p) => `${p.name ?? p.address} (${(REASON_WORDS[p.reason] ?? p.reason).replace(/^now /, '')})`).join(', ')}`,
      );
      return {
        status: 'conflict',
        dates,
        message: `"${subject.subject}" was not moved: at ${input.startTime} ${dates.length === 1 ? 'one meeting is' : `${dates.length} meetings are`} taken. ${named.join('; ')}. Nothing was changed; choose another time, or move those meetings alone.`,
      };
    }
    await calendar.moveSession(input.seriesId, atTimeOfDay(master, input.startTime, input.timeZone), input.timeZone);
    return {
      status: 'moved',
      seriesId: input.seriesId,
      meetings: meetings.length,
      message: `Every meeting of "${subject.subject}" moved to ${input.startTime}; ${people.length > 1 ? 'everyone invited was told and asked again' : 'the invitation was updated'}.`,
    };
  } catch (error) {
    return { status: 'failed', message: failure(error, 'moving the series') };
  }
}
