/**
 * Learning walks need two yeses: the host agrees to host, then the visitors come. Host-first booking asks
 * the host alone (bookPlan with hostFirst); inviteVisitors adds the visitors to each walk whose host has
 * accepted; walkStatus shows each walk's host and visitor answers, read back from the organizer's copy.
 */
import { findTakers, type BookingPerson, type BookingPlan, type EventDraft } from '../../core/booking/index.js';
import type { AttendeeAnswer } from '../../core/invites/model.js';
import type { Interval } from '../../core/time/interval.js';
import type { BookingCalendar, CalendarEvent } from '../../graph/index.js';
import { calendarOf, type BookingGateway } from './bookingGateway.js';
import { errorMessage } from './planChecks.js';

/** An attendee's answer, as the organizer's copy records it. */
export type Answer = AttendeeAnswer;

export type WalkStage = 'waitingForHost' | 'hostDeclined' | 'hostAcceptedVisitorsNotInvited' | 'visitorsInvited';

export interface WalkStatus {
  readonly eventId: string;
  /** The walk's key in its plan (`walk:<school>`), from the plan or the roster on the event; absent if neither. */
  readonly key?: string;
  readonly subject: string;
  readonly school: string;
  readonly start: number;
  readonly end: number;
  readonly host: Answer;
  /** Visitors invited so far, with their answers; the plan's visitors not yet invited are in `notInvited`. */
  readonly visitors: readonly Answer[];
  readonly notInvited: readonly BookingPerson[];
  readonly stage: WalkStage;
  /** The host said yes and at least one visitor did too. */
  readonly twoYeses: boolean;
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** Who a walk is for: from the plan when the caller has it, else from the roster kept on the event in Graph. */
type Roster = Pick<EventDraft, 'key' | 'host' | 'attendees'>;

function rosterFor(plan: BookingPlan | undefined, event: CalendarEvent): Roster | undefined {
  const draft = plan?.drafts.find((d) => d.transactionId === event.transactionId);
  if (draft) return draft;
  const kept = event.roster;
  return kept ? { key: kept.key, host: kept.host, attendees: [kept.host, ...kept.visitors] } : undefined;
}

function statusOf(event: CalendarEvent, draft: Roster | undefined): WalkStatus {
  const attendees = event.attendees;
  const hostAddress = lower(draft?.host?.address ?? attendees[0]?.address);
  const host = attendees.find((a) => lower(a.address) === hostAddress) ?? { address: hostAddress, response: 'none' };
  const visitors = attendees.filter((a) => lower(a.address) !== hostAddress);
  const invited = new Set(attendees.map((a) => lower(a.address)));
  const notInvited = (draft?.attendees ?? []).filter((p) => !invited.has(lower(p.address)));
  const stage: WalkStage =
    host.response === 'declined'
      ? 'hostDeclined'
      : host.response !== 'accepted'
        ? visitors.length > 0
          ? 'visitorsInvited'
          : 'waitingForHost'
        : notInvited.length > 0 || visitors.length === 0
          ? 'hostAcceptedVisitorsNotInvited'
          : 'visitorsInvited';
  return {
    eventId: event.id,
    ...(draft ? { key: draft.key } : {}),
    subject: event.subject,
    school: event.location ?? '',
    start: event.start,
    end: event.end,
    host,
    visitors,
    notInvited,
    stage,
    twoYeses: host.response === 'accepted' && visitors.some((v) => v.response === 'accepted'),
  };
}

/**
 * Each walk of the plan with its host's and visitors' answers, in time order. Who is still to be invited
 * comes from the plan when given, else from the roster each walk carries in Graph (any browser, plan id alone).
 */
export async function walkStatus(gateway: BookingGateway, planOrId: BookingPlan | string): Promise<WalkStatus[]> {
  const plan = typeof planOrId === 'string' ? undefined : planOrId;
  const planId = typeof planOrId === 'string' ? planOrId : planOrId.planId;
  const tagged = await calendarOf(gateway).findTagged({ kind: 'learningWalk', planId });
  return tagged.map(({ event }) => statusOf(event, rosterFor(plan, event))).sort((a, b) => a.start - b.start);
}

export type VisitorInviteOutcome =
  /** `nowBusy`: visitors invited although their time was taken since the walk was planned (they may decline). */
  | { readonly key: string; readonly status: 'invited'; readonly eventId: string; readonly added: readonly string[]; readonly nowBusy: readonly string[] }
  | { readonly key: string; readonly status: 'alreadyInvited' | 'waitingForHost' | 'hostDeclined' | 'notBooked'; readonly message: string }
  | { readonly key: string; readonly status: 'failed'; readonly message: string };

/** One walk to invite visitors to: from a plan's draft, or re-derived from the walk's event in Graph. */
interface WalkToInvite {
  readonly key: string;
  readonly subject: string;
  readonly transactionId?: string;
  readonly eventId?: string;
  /** Absent for a walk whose visitors are not kept in Graph (booked before rosters were). */
  readonly roster?: Roster;
  readonly occurrences: readonly Interval[];
}

async function walksToInvite(calendar: BookingCalendar, planOrId: BookingPlan | string): Promise<{ walks: WalkToInvite[]; tentative: 'busy' | 'free' }> {
  const plan = typeof planOrId === 'string' ? undefined : planOrId;
  const planId = typeof planOrId === 'string' ? planOrId : planOrId.planId;
  const tagged = await calendar.findTagged({ kind: 'learningWalk', planId });
  if (plan) {
    const byTransaction = new Map(tagged.flatMap(({ event }) => (event.transactionId ? [[event.transactionId, event] as const] : [])));
    const walks = plan.drafts
      .filter((d) => d.host !== undefined)
      .map((d): WalkToInvite => {
        const id = byTransaction.get(d.transactionId)?.id;
        return { key: d.key, subject: d.subject, transactionId: d.transactionId, roster: d, occurrences: d.occurrences, ...(id ? { eventId: id } : {}) };
      });
    return { walks, tentative: plan.tentative };
  }
  const walks = tagged.flatMap(({ event }): WalkToInvite[] => {
    const kept = event.roster;
    if (!event.id) return [];
    // A walk booked before rosters were kept in Graph: its visitors are known only to the plan that booked it.
    if (!kept) return [{ key: event.id, subject: event.subject, eventId: event.id, occurrences: [] }];
    const slot = { start: event.start, end: event.end };
    const transactionId = event.transactionId;
    return [
      {
        key: kept.key,
        subject: event.subject,
        eventId: event.id,
        roster: { key: kept.key, host: kept.host, attendees: [kept.host, ...kept.visitors] },
        occurrences: [slot],
        ...(transactionId ? { transactionId } : {}),
      },
    ];
  });
  // Without the plan the coach's tentative rule is unknown; reading tentative as busy only warns more.
  return { walks: walks.sort((a, b) => (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0)), tentative: 'busy' };
}

/**
 * For each walk of the plan whose host has accepted, adds the visitors not yet invited, with If-Match so a
 * change made meanwhile (the host's answer, an edit in Outlook) is never overwritten: on 412 the event is
 * read again and the merge is redone once. Given only the plan id, the walks and their visitors are read
 * from Graph (each walk's roster property), so this works from any browser.
 */
export async function inviteVisitors(gateway: BookingGateway, planOrId: BookingPlan | string): Promise<VisitorInviteOutcome[]> {
  const calendar = calendarOf(gateway);
  const { walks, tentative } = await walksToInvite(calendar, planOrId);
  return Promise.all(
    walks.map(async (walk): Promise<VisitorInviteOutcome> => {
      const eventId = walk.eventId;
      if (!eventId) return { key: walk.key, status: 'notBooked', message: `"${walk.subject}" is not booked yet; book the plan first.` };
      if (!walk.roster)
        return {
          key: walk.key,
          status: 'failed',
          message: `"${walk.subject}" does not say who its visitors are (it was booked before Common Time kept them on the walk); invite them from the browser that booked the rotation.`,
        };
      for (let attempt = 0; ; attempt++) {
        try {
          const event = await calendar.readEvent(eventId);
          const status = statusOf({ ...event, ...(walk.transactionId ? { transactionId: walk.transactionId } : {}) }, walk.roster);
          if (status.host.response === 'declined')
            return { key: walk.key, status: 'hostDeclined', message: `${status.host.name ?? status.host.address} declined to host "${walk.subject}"; visitors were not invited.` };
          if (status.host.response !== 'accepted')
            return { key: walk.key, status: 'waitingForHost', message: `Waiting for ${status.host.name ?? status.host.address} to accept hosting "${walk.subject}".` };
          if (status.notInvited.length === 0) return { key: walk.key, status: 'alreadyInvited', message: `Visitors are already invited to "${walk.subject}".` };
          const added = status.notInvited.map((p) => p.address);
          const schedules = await calendar.readSchedules(added, { start: walk.occurrences[0]!.start, end: walk.occurrences[walk.occurrences.length - 1]!.end });
          const nowBusy = findTakers({ occurrences: walk.occurrences, mustBeFree: added }, schedules, tentative).map((t) => t.address);
          await calendar.addAttendees(event, status.notInvited);
          return { key: walk.key, status: 'invited', eventId, added, nowBusy };
        } catch (error) {
          if ((error as { kind?: string }).kind === 'conflict' && attempt === 0) continue;
          return { key: walk.key, status: 'failed', message: errorMessage(error, { subject: walk.subject }) };
        }
      }
    }),
  );
}

/** A learning-walk rotation found in the coach's calendar: its plan id and when its walks are. */
export interface WalkRotation {
  readonly planId: string;
  readonly walks: number;
  /** The first walk's start and the last walk's end, UTC epoch ms. */
  readonly firstStart: number;
  readonly lastEnd: number;
}

/**
 * The coach's learning-walk rotations as Graph knows them (tagged walks grouped by plan id), newest first:
 * what a browser that did not book them (or whose storage was cleared) lists and works from.
 */
export async function walkRotations(gateway: BookingGateway): Promise<WalkRotation[]> {
  const tagged = await calendarOf(gateway).findTagged({ kind: 'learningWalk' });
  const byPlan = new Map<string, WalkRotation>();
  for (const { event, tag } of tagged) {
    const { start, end } = event;
    const seen = byPlan.get(tag.planId);
    byPlan.set(
      tag.planId,
      seen
        ? { planId: tag.planId, walks: seen.walks + 1, firstStart: Math.min(seen.firstStart, start), lastEnd: Math.max(seen.lastEnd, end) }
        : { planId: tag.planId, walks: 1, firstStart: start, lastEnd: end },
    );
  }
  return [...byPlan.values()].sort((a, b) => b.firstStart - a.firstStart);
}
