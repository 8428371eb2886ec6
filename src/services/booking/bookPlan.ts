/**
 * Books a plan: for each draft, a last look at free/busy, the create (its transactionId makes any retry a
 * no-op), then a second look at the invitees' free/busy to settle a race with another booking (see
 * src/core/booking/race.ts for what that check promises and what it cannot). Resumable: a re-run
 * of the same plan finds what already exists (our tag, then the transactionId) and creates only the rest.
 * Retries, throttling and batching stay in the gateway.
 */
import { findTakers, meetingsSpan, raceVerdict, type BookingPlan, type EventDraft, type RaceVerdict } from '../../core/booking/index.js';
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import type { BookingCalendar, CalendarEvent } from '../../graph/index.js';
import type { Interval } from '../../core/time/interval.js';
import { calendarOf, type BookingGateway } from './bookingGateway.js';
import { conflictMessage, conflictPeople, uncheckedNotice } from './messages.js';
import { countOutcomes, type ConflictWays, type BookingProgress, type BookingReport, type DraftOutcome } from './outcomes.js';
import { checkPlanShape, errorMessage } from './planChecks.js';
import { waysForward, type WaysForward } from './waysForward.js';

export interface BookPlanOptions {
  readonly onProgress?: (progress: BookingProgress) => void;
  /** Stops before the next draft; drafts not tried are reported as notStarted (run the plan again later). */
  readonly signal?: AbortSignal;
  /** Learning walks: invite only the host now, the visitors once the host accepts (see inviteVisitors). */
  readonly hostFirst?: boolean;
  /** Drafts booked at the same time (default 2); Graph's per-mailbox limits are kept by the gateway. */
  readonly concurrency?: number;
  /** The coach's other suggestions: after a conflict, those still open are offered (single meetings). */
  readonly alternatives?: readonly Interval[];
}

/** The plan's events already in the organizer's calendar, by transactionId. */
async function existingEvents(calendar: BookingCalendar, plan: BookingPlan): Promise<Map<string, CalendarEvent>> {
  const tagged = await calendar.findTagged({ kind: plan.kind, planId: plan.planId });
  const byTransaction = new Map<string, CalendarEvent>();
  for (const { event } of tagged) if (event.transactionId) byTransaction.set(event.transactionId, event);
  return byTransaction;
}

/**
 * The race check after our create: the invitees' free/busy again, compared with the look before it. A
 * failed look leaves the booking in place and says the check could not be made (a re-run of the plan
 * finds the event and does not book it twice).
 */
async function settleRace(calendar: BookingCalendar, plan: BookingPlan, draft: EventDraft, before: readonly ScheduleInput[]): Promise<RaceVerdict> {
  let after: ScheduleInput[];
  try {
    after = await calendar.readSchedules(draft.mustBeFree, meetingsSpan(draft));
  } catch {
    return { lost: false, who: [], unchecked: [...draft.mustBeFree] };
  }
  return raceVerdict(draft, draft.mustBeFree, before, after, plan.tentative);
}

/**
 * A walk's ways forward keep clear of the rotation's other walks for everyone in them: booked host-first,
 * the visitors' calendars do not show the other walks yet, so the plan itself says where they will be.
 */
function besideOtherWalks(calendar: BookingCalendar, plan: BookingPlan, draft: EventDraft): Pick<BookingCalendar, 'readSchedules'> {
  const others = plan.kind === 'learningWalk' ? plan.drafts.filter((d) => d.key !== draft.key) : [];
  if (others.length === 0) return calendar;
  return {
    readSchedules: async (addresses, window) =>
      (await calendar.readSchedules(addresses, window)).map((schedule) => {
        const id = schedule.id.toLowerCase();
        const walks = others.filter((d) => d.mustBeFree.some((a) => a.toLowerCase() === id));
        const items = walks.flatMap((d) => d.occurrences.map((o) => ({ start: o.start, end: o.end, status: 'busy' as const, subject: d.subject })));
        return items.length === 0 ? schedule : { ...schedule, items: [...schedule.items, ...items] };
      }),
  };
}

/** What a conflict offers besides its sentence (the week after is read only when a time was taken). */
function conflictOutcome(ways: WaysForward): ConflictWays {
  return {
    ...(ways.nextBest ? { nextBest: ways.nextBest } : {}),
    ...(ways.bestPartial ? { bestPartial: ways.bestPartial } : {}),
    ...(ways.stillOpen.length > 0 ? { stillOpen: ways.stillOpen } : {}),
  };
}

async function bookDraft(
  calendar: BookingCalendar,
  plan: BookingPlan,
  draft: EventDraft,
  existing: ReadonlyMap<string, CalendarEvent>,
  hostFirst: boolean,
  alternatives: readonly Interval[],
): Promise<DraftOutcome> {
  const base = { key: draft.key, subject: draft.subject, slot: draft.slot };
  const already = existing.get(draft.transactionId);
  if (already?.id) return { ...base, status: 'alreadyExisted', eventId: already.id };
  try {
    const before = await calendar.readSchedules(draft.mustBeFree, meetingsSpan(draft));
    const takers = findTakers(draft, before, plan.tentative);
    if (takers.length > 0) {
      // Another run of this plan (a double click, two tabs) may have booked this very event since we looked,
      // and then it is what makes the time look taken: report it as there rather than as a conflict.
      const meanwhile = (await existingEvents(calendar, plan)).get(draft.transactionId);
      if (meanwhile?.id) return { ...base, status: 'alreadyExisted', eventId: meanwhile.id };
      const ways = await waysForward(besideOtherWalks(calendar, plan, draft), draft, plan.tentative, alternatives);
      const who = conflictPeople(draft, takers);
      return { ...base, status: 'conflict', who, message: conflictMessage(draft, who, takers[0]!.at, ways, false), ...conflictOutcome(ways) };
    }
    const invited = hostFirst && draft.host ? 'hostOnly' : 'all';
    const created = await calendar.createDraft(draft, invited);
    if (!created.id) return { ...base, status: 'failed', message: `Graph created "${draft.subject}" but returned no id; run the booking again to pick it up.` };
    const verdict = await settleRace(calendar, plan, draft, before);
    if (!verdict.lost) {
      const notice = uncheckedNotice(draft, verdict.unchecked);
      return { ...base, status: 'created', eventId: created.id, invited, ...(notice ? { notice } : {}) };
    }
    try {
      await calendar.deleteEvent(created.id);
    } catch (error) {
      const message = `"${draft.subject}" overlaps another booking made at the same moment for the same people, and withdrawing yours failed (${(error as Error).message}) Delete it in Outlook so nobody is booked twice.`;
      return { ...base, status: 'failed', message };
    }
    const who = conflictPeople(
      draft,
      verdict.who.map((address) => ({ address, reason: 'booked' })),
    );
    const ways = await waysForward(besideOtherWalks(calendar, plan, draft), draft, plan.tentative, alternatives);
    return { ...base, status: 'conflict', who, message: conflictMessage(draft, who, draft.slot, ways, true), ...conflictOutcome(ways) };
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      message: errorMessage(error, draft),
      ...(typeof (error as { kind?: unknown }).kind === 'string' ? { errorKind: (error as { kind: string }).kind } : {}),
    };
  }
}

function progressLine(outcome: DraftOutcome, done: number, total: number): string {
  const verb = { created: 'Booked', alreadyExisted: 'Already booked', conflict: 'Not booked (time taken)', failed: 'Could not book', notStarted: 'Not started' }[outcome.status];
  return `${verb}: ${outcome.subject} (${done} of ${total})`;
}

export async function bookPlan(gateway: BookingGateway, plan: BookingPlan, options: BookPlanOptions = {}): Promise<BookingReport> {
  checkPlanShape(plan);
  const total = plan.drafts.length;
  const outcomes: DraftOutcome[] = new Array(total);
  options.onProgress?.({ done: 0, total, message: `Checking what is already booked for ${total} ${total === 1 ? 'event' : 'events'}` });
  // A plan organized by a shared calendar (the district's peer-coaching calendar) is booked there.
  const calendar = calendarOf(gateway, plan.organizerMailbox);
  let existing: Map<string, CalendarEvent>;
  try {
    existing = await existingEvents(calendar, plan);
  } catch (error) {
    const message = errorMessage(error, undefined);
    const failed = plan.drafts.map((d): DraftOutcome => ({ key: d.key, subject: d.subject, slot: d.slot, status: 'failed', message }));
    return { planId: plan.planId, outcomes: failed, complete: false, counts: countOutcomes(failed) };
  }
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const draft = plan.drafts[index]!;
      const outcome: DraftOutcome = options.signal?.aborted
        ? { key: draft.key, subject: draft.subject, slot: draft.slot, status: 'notStarted', message: 'Booking was stopped before this event; run it again to continue.' }
        : await bookDraft(calendar, plan, draft, existing, options.hostFirst === true, options.alternatives ?? []);
      outcomes[index] = outcome;
      done++;
      options.onProgress?.({ done, total, message: progressLine(outcome, done, total), outcome });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, total));
  await Promise.all(Array.from({ length: workers }, worker));
  const counts = countOutcomes(outcomes);
  return { planId: plan.planId, outcomes, complete: counts.created + counts.alreadyExisted === total, counts };
}
