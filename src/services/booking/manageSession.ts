/**
 * A booked session changes the way Outlook changes a meeting: moved to a new time (checked again like a new
 * booking, then Graph's PATCH of start and end, which tells every attendee), or cancelled with a message
 * (Graph's `cancel` action). Either applies to the whole series (its id) or one occurrence (the
 * occurrence's id, as calendarView lists it).
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { findTakers, graphZoneName, nextBestSlot } from '../../core/booking/index.js';
import type { Interval } from '../../core/time/interval.js';
import { DateTime } from 'luxon';
import { ME, type BookingGateway } from './bookingGateway.js';
import { instantOf, readSchedules } from './graphReads.js';
import { conflictMessage, conflictPeople, type ConflictSubject } from './messages.js';
import type { ConflictPerson } from './outcomes.js';

/** The gateway's errors already say what failed and why; anything else gets a plain sentence. */
function failure(error: unknown, what: string): string {
  if (error instanceof Error && (error.name === 'GraphRequestError' || error.name === 'GraphConflictError')) return `${error.message} Nothing was changed; try again.`;
  return `Something went wrong while ${what}; nothing was changed. Try again.`;
}

export interface MoveInput {
  /** The event, or one occurrence of a series, in the coach's calendar. */
  readonly eventId: string;
  readonly to: Interval;
  /** The coach's zone (IANA): the new times are written in it. */
  readonly timeZone: string;
  readonly tentative?: 'busy' | 'free';
}

export type MoveOutcome =
  | { readonly status: 'moved'; readonly eventId: string; readonly start: number; readonly end: number; readonly message: string }
  | { readonly status: 'conflict'; readonly who: readonly ConflictPerson[]; readonly message: string; readonly nextBest?: Interval }
  | { readonly status: 'failed'; readonly message: string };

export type CancelOutcome = { readonly status: 'cancelled'; readonly message: string } | { readonly status: 'failed'; readonly message: string };

const MOVE_FIELDS = ['subject', 'start', 'end', 'attendees', 'organizer', 'type', 'seriesMasterId', 'isOrganizer', 'isCancelled'];

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** The organizer and every required attendee who has not declined must be free at the new time. */
function mustBeFreeOf(event: Event): string[] {
  const organizer = event.organizer?.emailAddress?.address;
  const required = (event.attendees ?? [])
    .filter((a) => a.type !== 'optional' && a.type !== 'resource' && a.status?.response !== 'declined')
    .map((a) => a.emailAddress?.address ?? '')
    .filter((a) => a !== '' && lower(a) !== lower(organizer));
  return [...(organizer ? [organizer] : []), ...required];
}

const wallClock = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");

/**
 * Moves a booked session (or one occurrence) after checking its people at the new time. The session's own
 * current time is not counted against it (moving a meeting by half an hour overlaps itself).
 */
export async function moveSession(gateway: BookingGateway, input: MoveInput): Promise<MoveOutcome> {
  const tentative = input.tentative ?? 'busy';
  try {
    if (!(input.to.end > input.to.start)) return { status: 'failed', message: 'Choose a new time whose end is after its start.' };
    const event = await gateway.getEvent(ME, input.eventId, { select: MOVE_FIELDS });
    if (event.isOrganizer === false) return { status: 'failed', message: `Only the organizer can move "${event.subject ?? 'this meeting'}"; propose a new time instead.` };
    const current = { start: instantOf(event.start, 'event.start'), end: instantOf(event.end, 'event.end') };
    const people = mustBeFreeOf(event);
    const draft: ConflictSubject & { mustBeFree: string[]; slot: Interval } = {
      subject: event.subject ?? 'The session',
      timeZone: input.timeZone,
      organizer: { address: event.organizer?.emailAddress?.address ?? '' },
      attendees: (event.attendees ?? []).map((a) => ({ address: a.emailAddress?.address ?? '', ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}) })),
      mustBeFree: people,
      occurrences: [input.to],
      slot: input.to,
    };
    const notItself = (window: Interval) => readSchedules(gateway, people, window).then((schedules) =>
      schedules.map((s) => ({ ...s, items: s.items.filter((i) => !(i.start === current.start && i.end === current.end)) })));
    const takers = findTakers(draft, await notItself(input.to), tentative);
    if (takers.length > 0) {
      const who = conflictPeople(draft, takers);
      const window = { start: input.to.start, end: input.to.start + 7 * 86_400_000 };
      const nextBest = nextBestSlot(draft, await notItself(window), tentative);
      return { status: 'conflict', who, message: conflictMessage(draft, who, input.to, nextBest, false).replace('was not booked', 'was not moved'), ...(nextBest ? { nextBest } : {}) };
    }
    const zone = graphZoneName(input.timeZone);
    const moved = await gateway.updateEvent(ME, input.eventId, {
      start: { dateTime: wallClock(input.to.start, input.timeZone), timeZone: zone },
      end: { dateTime: wallClock(input.to.end, input.timeZone), timeZone: zone },
    });
    return {
      status: 'moved',
      eventId: moved.id ?? input.eventId,
      start: input.to.start,
      end: input.to.end,
      message: `"${draft.subject}" moved; ${people.length > 1 ? 'everyone invited was told and asked again' : 'the invitation was updated'}.`,
    };
  } catch (error) {
    return { status: 'failed', message: failure(error, 'moving the session') };
  }
}

/** Cancels a booked session, the whole series or one occurrence (by its id), with a message to everyone invited. */
export async function cancelSession(gateway: BookingGateway, eventId: string, comment?: string): Promise<CancelOutcome> {
  try {
    const event = await gateway.getEvent(ME, eventId, { select: ['subject', 'type', 'isOrganizer'] });
    if (event.isOrganizer === false) return { status: 'failed', message: `Only the organizer can cancel "${event.subject ?? 'this meeting'}"; decline it instead.` };
    await gateway.cancelEvent(ME, eventId, comment);
    const what = event.type === 'occurrence' || event.type === 'exception' ? 'This meeting of the series was' : event.type === 'seriesMaster' ? 'Every meeting of the series was' : 'The meeting was';
    return { status: 'cancelled', message: `${what} cancelled${comment && comment.trim() !== '' ? ' and your message sent' : ''}: "${event.subject ?? ''}".` };
  } catch (error) {
    return { status: 'failed', message: failure(error, 'cancelling the session') };
  }
}
