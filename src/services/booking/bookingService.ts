/**
 * The seam the app's BookingPanel calls (src/ui/booking/bookingTypes.ts): `book(plan)` from the Find time
 * screen's plan, answered in the panel's terms. Safe to call twice for the same plan: the plan id and the
 * transactionIds derive from what is booked, so the second call reports the events as already booked.
 */
import { AgendaInputError, type AgendaTemplate, type TemplateKind } from '../../core/agenda/index.js';
import { BookingInputError, planSession, planWalks, type AgendaChoice, type BookingPlan, type WalkPlanInput } from '../../core/booking/index.js';
import type { RecurrenceSpec } from '../../core/planning/index.js';
import type { Interval } from '../../core/time/interval.js';
import type { BookingGateway } from './bookingGateway.js';
import { bookPlan, type BookPlanOptions } from './bookPlan.js';
import { inviteAnswers, respondToInvite, type InviteAction, type RespondInput } from './invites.js';
import type { BookingProgress, BookingReport } from './outcomes.js';
import { inviteVisitors, walkRotations, walkStatus, type Answer, type VisitorInviteOutcome, type WalkRotation, type WalkStatus } from './walks.js';

/** A person as the Find time screen knows them. */
export interface ScreenPerson {
  readonly id: string;
  readonly upn: string;
  readonly name: string;
}

/** The Find time screen's plan (SinglePlan | RecurringPlan), plus what booking also needs. */
export interface ScreenPlan {
  readonly kind: 'single' | 'recurring';
  readonly sessionKind: string;
  readonly subject: string;
  readonly organizer: ScreenPerson;
  readonly attendees: readonly ScreenPerson[];
  readonly timeZone: string;
  readonly reasons: readonly string[];
  readonly slot: Interval;
  /** For 'recurring': the RecurrenceSpec of the chosen RecurringTime (`time.recurrence`). */
  readonly recurrence?: unknown;
  /** The agenda template and the fields the coach filled in; every built-in has required fields. */
  readonly agenda?: AgendaChoice;
  /** UPNs of the attendees who were free for the suggestion (default: all); only they are checked again. */
  readonly expectedFree?: readonly string[];
}

export interface ScreenBookedEvent {
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly outcome: 'created' | 'alreadyExisted' | 'failed';
  readonly message?: string;
}

export type ScreenOutcome =
  | { readonly status: 'booked'; readonly events: readonly ScreenBookedEvent[]; readonly report?: BookingReport }
  | { readonly status: 'conflict'; readonly who: readonly string[]; readonly message: string; readonly nextBest?: Interval; readonly report?: BookingReport }
  | { readonly status: 'failed'; readonly message: string; readonly events: readonly ScreenBookedEvent[]; readonly report?: BookingReport };

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
  book(plan: ScreenPlan, onProgress?: (progress: BookingProgress) => void): Promise<ScreenOutcome>;
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

/** Turns the screen's plan into the core's; throws BookingInputError or AgendaInputError naming the field. */
export function planFromScreen(plan: ScreenPlan, options: BookingServiceOptions = {}): BookingPlan {
  if (plan.kind === 'recurring' && !looksLikeSpec(plan.recurrence)) {
    throw new BookingInputError('recurrence', 'pass the RecurrenceSpec of the chosen recurring time (RecurringTime.recurrence), not Graph’s patternedRecurrence.');
  }
  return planSession({
    // planSession checks the kind and names the field when it is not one.
    kind: plan.sessionKind as TemplateKind,
    organizer: { address: plan.organizer.upn, name: plan.organizer.name },
    attendees: plan.attendees.map((p) => ({ address: p.upn, name: p.name })),
    timeZone: plan.timeZone,
    subject: plan.subject,
    ...(plan.kind === 'recurring' ? { recurrence: plan.recurrence as RecurrenceSpec } : { slot: plan.slot }),
    ...(plan.agenda ? { agenda: plan.agenda } : {}),
    ...(plan.expectedFree ? { expectedFree: plan.expectedFree } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
  });
}

function inputMessage(error: unknown): string | undefined {
  if (error instanceof AgendaInputError) return `The agenda needs attention: ${error.problems.map((p) => `${p.message} (${p.fix})`).join('; ')}.`;
  if (error instanceof BookingInputError) return `${error.message}`;
  return undefined;
}

export function toScreenOutcome(report: BookingReport): ScreenOutcome {
  const events = report.outcomes.map((o): ScreenBookedEvent => ({
    subject: o.subject,
    start: o.slot.start,
    end: o.slot.end,
    outcome: o.status === 'created' || o.status === 'alreadyExisted' ? o.status : 'failed',
    ...('message' in o ? { message: o.message } : o.status === 'created' && o.notice ? { message: o.notice } : {}),
  }));
  const conflict = report.outcomes.find((o) => o.status === 'conflict');
  if (conflict?.status === 'conflict') {
    return { status: 'conflict', who: conflict.who.map((p) => p.name ?? p.address), message: conflict.message, ...(conflict.nextBest ? { nextBest: conflict.nextBest } : {}), report };
  }
  if (report.complete) return { status: 'booked', events, report };
  const firstProblem = report.outcomes.find((o) => o.status === 'failed' || o.status === 'notStarted');
  return { status: 'failed', message: firstProblem && 'message' in firstProblem ? firstProblem.message : 'Not everything was booked; run the booking again to continue.', events, report };
}

export function createBookingService(gateway: BookingGateway, options: BookingServiceOptions = {}): BookingService {
  return {
    async book(screenPlan, onProgress) {
      let plan: BookingPlan;
      try {
        plan = planFromScreen(screenPlan, options);
      } catch (error) {
        const message = inputMessage(error);
        if (message === undefined) throw error;
        return { status: 'failed', message, events: [] };
      }
      return toScreenOutcome(await bookPlan(gateway, plan, onProgress ? { onProgress } : {}));
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
