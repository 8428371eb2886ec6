/**
 * Books a plan: for each draft, a last look at free/busy, the create (its transactionId makes any retry a
 * no-op), then a look at the invitees' calendars to settle a race with another coach. Resumable: a re-run
 * of the same plan finds what already exists (our tag, then the transactionId) and creates only the rest.
 * Retries, throttling and batching stay in the gateway.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { findTakers, meetingsSpan, nextBestSlot, nextBestWindow, raceVerdict, toGraphEvent, walkRosterOf, type BookingPlan, type EventDraft, type SeenMeeting } from '../../core/booking/index.js';
import type { Interval } from '../../core/time/interval.js';
import { ME, type BookingGateway } from './bookingGateway.js';
import { readSchedules, readSeenMeetings } from './graphReads.js';
import { conflictMessage, conflictPeople } from './messages.js';
import { countOutcomes, type BookingProgress, type BookingReport, type DraftOutcome } from './outcomes.js';
import { checkPlanShape, errorMessage } from './planChecks.js';

export interface BookPlanOptions {
  readonly onProgress?: (progress: BookingProgress) => void;
  /** Stops before the next draft; drafts not tried are reported as notStarted (run the plan again later). */
  readonly signal?: AbortSignal;
  /** Learning walks: invite only the host now, the visitors once the host accepts (see inviteVisitors). */
  readonly hostFirst?: boolean;
  /** Drafts booked at the same time (default 2); Graph's per-mailbox limits are kept by the gateway. */
  readonly concurrency?: number;
}

/** Where the plan's events live: the signed-in coach's calendar, or the shared calendar that organizes them. */
export function organizerMailbox(plan: BookingPlan): string {
  return plan.organizerMailbox ?? ME;
}

/** The plan's events already in the organizer's calendar, by transactionId. */
export async function existingEvents(gateway: BookingGateway, plan: BookingPlan): Promise<Map<string, Event>> {
  const tagged = await gateway.findTaggedEvents(organizerMailbox(plan), { kind: plan.kind, planId: plan.planId });
  const byTransaction = new Map<string, Event>();
  for (const { event } of tagged) if (event.transactionId) byTransaction.set(event.transactionId, event);
  return byTransaction;
}

/**
 * What each invitee's calendar holds around the draft. A calendar that cannot be read (no permission, a
 * guest from outside the tenant) shows no rival: the event is already created, and the other coach, whose
 * own look decides the same pair, still sees it in the calendars both can read.
 */
async function seenBy(gateway: BookingGateway, addresses: readonly string[], window: Interval): Promise<Map<string, SeenMeeting[]>> {
  const seen = await Promise.all(addresses.map(async (a) => [a, await readSeenMeetings(gateway, a, window).catch((): SeenMeeting[] => [])] as const));
  return new Map(seen);
}

/** The week after the taken time is read only when a time was taken, to offer the next one. */
async function offerNextBest(gateway: BookingGateway, plan: BookingPlan, draft: EventDraft): Promise<Interval | undefined> {
  if (draft.occurrences.length !== 1) return undefined;
  return nextBestSlot(draft, await readSchedules(gateway, draft.mustBeFree, nextBestWindow(draft)), plan.tentative);
}

async function bookDraft(gateway: BookingGateway, plan: BookingPlan, draft: EventDraft, existing: ReadonlyMap<string, Event>, hostFirst: boolean): Promise<DraftOutcome> {
  const base = { key: draft.key, subject: draft.subject, slot: draft.slot };
  const already = existing.get(draft.transactionId);
  if (already?.id) return { ...base, status: 'alreadyExisted', eventId: already.id };
  try {
    const takers = findTakers(draft, await readSchedules(gateway, draft.mustBeFree, meetingsSpan(draft)), plan.tentative);
    if (takers.length > 0) {
      // Another run of this plan (a double click, two tabs) may have booked this very event since we looked,
      // and then it is what makes the time look taken: report it as there rather than as a conflict.
      const meanwhile = (await existingEvents(gateway, plan)).get(draft.transactionId);
      if (meanwhile?.id) return { ...base, status: 'alreadyExisted', eventId: meanwhile.id };
      const nextBest = await offerNextBest(gateway, plan, draft);
      const who = conflictPeople(draft, takers);
      return { ...base, status: 'conflict', who, message: conflictMessage(draft, who, takers[0]!.at, nextBest, false), ...(nextBest ? { nextBest } : {}) };
    }
    const invited = hostFirst && draft.host ? 'hostOnly' : 'all';
    const roster = walkRosterOf(draft);
    const created = await gateway.createEvent(organizerMailbox(plan), toGraphEvent(draft, { invite: invited }), { tag: draft.tag, ...(roster ? { roster } : {}) });
    if (!created.id) return { ...base, status: 'failed', message: `Graph created "${draft.subject}" but returned no id; run the booking again to pick it up.` };
    const verdict = raceVerdict(
      { meetingId: created.iCalUId ?? created.id, createdMs: Date.parse(created.createdDateTime ?? '') || 0, occurrences: draft.occurrences },
      await seenBy(gateway, draft.mustBeFree, meetingsSpan(draft)),
      plan.tentative,
    );
    if (!verdict.lost) return { ...base, status: 'created', eventId: created.id, invited };
    try {
      await gateway.deleteEvent(organizerMailbox(plan), created.id);
    } catch (error) {
      const message = `"${draft.subject}" overlaps a booking another coach made a moment earlier for the same people, and withdrawing yours failed (${(error as Error).message}) Delete it in Outlook so nobody is booked twice.`;
      return { ...base, status: 'failed', message };
    }
    const who = conflictPeople(draft, verdict.who.map((address) => ({ address, reason: 'booked' })));
    const nextBest = await offerNextBest(gateway, plan, draft);
    return { ...base, status: 'conflict', who, message: conflictMessage(draft, who, draft.slot, nextBest, true), ...(nextBest ? { nextBest } : {}) };
  } catch (error) {
    return { ...base, status: 'failed', message: errorMessage(error, draft), ...(typeof (error as { kind?: unknown }).kind === 'string' ? { errorKind: (error as { kind: string }).kind } : {}) };
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
  let existing: Map<string, Event>;
  try {
    existing = await existingEvents(gateway, plan);
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
        : await bookDraft(gateway, plan, draft, existing, options.hostFirst === true);
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
