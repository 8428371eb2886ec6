/**
 * Booking, the use cases: `book(plan)` for the session plan a coach chose in Find time, a learning-walk
 * rotation host first, the visitors once hosts accept, and answers. Safe to call twice for the same plan:
 * the plan id and the transactionIds derive from what is booked, so the second call reports the events as
 * already booked.
 */
import { AgendaInputError, type AgendaTemplate, type TemplateKind } from '../../core/agenda/index.js';
import { BookingInputError, planSession, planWalks, type BookingPlan, type WalkPlanInput } from '../../core/booking/index.js';
import type { RecurrenceSpec } from '../../core/planning/index.js';
import type { BookingGateway } from './bookingGateway.js';
import { bookingPlanId, type SessionPlan } from './sessionPlan.js';
import { bookPlan, type BookPlanOptions } from './bookPlan.js';
import { inviteAnswers, respondToInvite, type InviteAction, type RespondInput } from './invites.js';
import type { BookingProgress, BookingReport, ConflictWays } from './outcomes.js';
import { inviteVisitors, walkRotations, walkStatus, type Answer, type VisitorInviteOutcome, type WalkRotation, type WalkStatus } from './walks.js';

export interface BookedEvent {
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly outcome: 'created' | 'alreadyExisted' | 'failed';
  readonly message?: string;
}

/** The outcome of one Book, as a screen shows it; the full report stays attached. */
export type BookingOutcome =
  | { readonly status: 'booked'; readonly events: readonly BookedEvent[]; readonly report?: BookingReport }
  | (ConflictWays & { readonly status: 'conflict'; readonly who: readonly string[]; readonly message: string; readonly report?: BookingReport })
  | { readonly status: 'failed'; readonly message: string; readonly events: readonly BookedEvent[]; readonly report?: BookingReport };

export interface BookWalksOptions extends BookPlanOptions {
  /**
   * Told the plan once it is made, before anything is created: a caller that keeps it (for inviteVisitors
   * later) then has it even if the page closes while the walks are being booked.
   */
  readonly onPlan?: (plan: BookingPlan) => void;
}

export interface BookingServiceOptions {
  /** The district's templates (built-ins merged with its files); default the built-ins. */
  readonly templates?: readonly AgendaTemplate[];
}

export interface BookingService {
  book(plan: SessionPlan, onProgress?: (progress: BookingProgress) => void): Promise<BookingOutcome>;
  /**
   * A learning-walk rotation: plans it (planWalks; throws BookingInputError or AgendaInputError naming the
   * field) and books it, host first unless `hostFirst: false`. Each walk carries its host and visitors in
   * Graph, so inviteVisitors and walkStatus work later with the plan id alone (any browser).
   */
  bookWalks(input: WalkPlanInput, options?: BookWalksOptions): Promise<{ readonly plan: BookingPlan; readonly report: BookingReport }>;
  inviteVisitors(planOrId: BookingPlan | string): Promise<VisitorInviteOutcome[]>;
  walkStatus(planOrId: BookingPlan | string): Promise<WalkStatus[]>;
  /** The coach's learning-walk rotations found in Graph, newest first (any browser). */
  walkRotations(): Promise<WalkRotation[]>;
  respond(eventId: string, action: InviteAction, input?: RespondInput): Promise<void>;
  answers(eventId: string): Promise<Answer[]>;
}

function looksLikeSpec(value: unknown): value is RecurrenceSpec {
  return typeof value === 'object' && value !== null && 'pattern' in value && 'startTime' in value && 'firstDate' in value;
}

/** Turns the coach's session plan into the core's drafts; throws BookingInputError or AgendaInputError naming the field. */
export function bookingPlanFor(plan: SessionPlan, options: BookingServiceOptions = {}): BookingPlan {
  if (plan.kind === 'recurring' && !looksLikeSpec(plan.recurrence)) {
    throw new BookingInputError('recurrence', 'pass the RecurrenceSpec of the chosen recurring time (RecurringTime.recurrence), not Graph’s patternedRecurrence.');
  }
  const planned = planSession({
    // planSession checks the kind and names the field when it is not one.
    kind: plan.sessionKind as TemplateKind,
    // A shared calendar organizes it in the coach's name (the agenda still names the coach) and does not attend.
    organizer: { address: plan.organizerMailbox ?? plan.organizer.upn, name: plan.organizer.name },
    ...(plan.organizerMailbox ? { organizerAttends: false } : {}),
    attendees: plan.attendees.map((p) => ({ address: p.upn, name: p.name, ...(p.optional === true ? { optional: true } : {}) })),
    timeZone: plan.timeZone,
    subject: plan.subject,
    ...(plan.kind === 'recurring' ? { recurrence: plan.recurrence } : { slot: plan.slot }),
    // Without its closure dates the series' first meeting may be a later one: keep the plan's id (booked means booked).
    ...(plan.kind === 'recurring' && plan.closureDates?.length ? { closureDates: plan.closureDates, planId: bookingPlanId(plan) } : {}),
    ...(plan.agenda ? { agenda: plan.agenda } : {}),
    ...(plan.expectedFree ? { expectedFree: plan.expectedFree } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
  });
  return plan.organizerMailbox ? { ...planned, organizerMailbox: plan.organizerMailbox } : planned;
}

/** "The agenda needs attention: ..." naming each field and its fix. */
export function agendaProblems(error: AgendaInputError): string {
  return `The agenda needs attention: ${error.problems.map((p) => `${p.message} (${p.fix})`).join('; ')}.`;
}

function inputMessage(error: unknown): string | undefined {
  if (error instanceof AgendaInputError) return agendaProblems(error);
  if (error instanceof BookingInputError) return `${error.message}`;
  return undefined;
}

export function bookingOutcome(report: BookingReport): BookingOutcome {
  const events = report.outcomes.map((o): BookedEvent => ({
    subject: o.subject,
    start: o.slot.start,
    end: o.slot.end,
    outcome: o.status === 'created' || o.status === 'alreadyExisted' ? o.status : 'failed',
    ...('message' in o ? { message: o.message } : o.status === 'created' && o.notice ? { message: o.notice } : {}),
  }));
  const conflict = report.outcomes.find((o) => o.status === 'conflict');
  if (conflict?.status === 'conflict') {
    return {
      status: 'conflict',
      who: conflict.who.map((p) => p.name ?? p.address),
      message: conflict.message,
      ...(conflict.nextBest ? { nextBest: conflict.nextBest } : {}),
      ...(conflict.bestPartial ? { bestPartial: conflict.bestPartial } : {}),
      ...(conflict.stillOpen ? { stillOpen: conflict.stillOpen } : {}),
      report,
    };
  }
  if (report.complete) return { status: 'booked', events, report };
  const firstProblem = report.outcomes.find((o) => o.status === 'failed' || o.status === 'notStarted');
  return {
    status: 'failed',
    message: firstProblem && 'message' in firstProblem ? firstProblem.message : 'Not everything was booked; run the booking again to continue.',
    events,
    report,
  };
}

export function createBookingService(gateway: BookingGateway, options: BookingServiceOptions = {}): BookingService {
  return {
    async book(sessionPlan, onProgress) {
      let plan: BookingPlan;
      try {
        plan = bookingPlanFor(sessionPlan, options);
      } catch (error) {
        const message = inputMessage(error);
        if (message === undefined) throw error;
        return { status: 'failed', message, events: [] };
      }
      return bookingOutcome(
        await bookPlan(gateway, plan, { ...(onProgress ? { onProgress } : {}), ...(sessionPlan.alternatives ? { alternatives: sessionPlan.alternatives } : {}) }),
      );
    },
    async bookWalks(input, bookOptions = {}) {
      const plan = planWalks({ ...(options.templates ? { templates: options.templates } : {}), ...input });
      const { onPlan, ...planOptions } = bookOptions;
      onPlan?.(plan);
      return { plan, report: await bookPlan(gateway, plan, { hostFirst: true, ...planOptions }) };
    },
    inviteVisitors: (planOrId) => inviteVisitors(gateway, planOrId),
    walkStatus: (planOrId) => walkStatus(gateway, planOrId),
    walkRotations: () => walkRotations(gateway),
    respond: (eventId, action, input) => respondToInvite(gateway, eventId, action, input),
    answers: (eventId) => inviteAnswers(gateway, eventId),
  };
}
