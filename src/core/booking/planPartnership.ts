/**
 * A principal-supervisor partnership (Thessin, 2019): one-to-one, the supervisor and one of their principals,
 * built in three stages in order: building the partnership, learning-focused conversations, then joint work
 * on improvement at the principal's school. Each stage is its own booking with its own template; this plans
 * one stage, checking that the stages before it are booked and come first.
 */
import type { AgendaTemplate, TemplateKind } from '../agenda/index.js';
import type { RecurrenceSpec } from '../planning/index.js';
import type { Interval } from '../time/interval.js';
import { BookingInputError } from './errors.js';
import type { AgendaChoice, BookingPerson, BookingPlan, HostSchool } from './model.js';
import { planSession } from './planSession.js';

export const PARTNERSHIP_STAGES = ['partnershipBuilding', 'partnershipLearningConversation', 'partnershipJointWork'] as const satisfies readonly TemplateKind[];
export type PartnershipStage = (typeof PARTNERSHIP_STAGES)[number];

export const STAGE_NAMES: Record<PartnershipStage, string> = {
  partnershipBuilding: 'Stage 1: building the partnership',
  partnershipLearningConversation: 'Stage 2: learning-focused conversation',
  partnershipJointWork: 'Stage 3: joint work at the school',
};

/** A stage already in the supervisor's calendar with this principal: its first meeting's start. */
export interface BookedStage {
  readonly stage: PartnershipStage;
  readonly firstStart: number;
  /** The first meeting's end, where the calendar was read for it (to show the whole time). */
  readonly firstEnd?: number;
}

export interface PartnershipStageInput {
  readonly stage: PartnershipStage;
  /** The principal's supervisor, who organizes: the partnership is theirs. */
  readonly supervisor: BookingPerson;
  /** The one principal. */
  readonly principal: BookingPerson;
  /** The principal's school with its address: where the joint work happens. */
  readonly school?: HostSchool;
  readonly timeZone: string;
  readonly slot?: Interval;
  readonly recurrence?: RecurrenceSpec;
  /** What is already booked for this partnership (read from Graph by the caller). */
  readonly booked: readonly BookedStage[];
  readonly agenda?: AgendaChoice;
  readonly templates?: readonly AgendaTemplate[];
}

export function isPartnershipStage(kind: unknown): kind is PartnershipStage {
  return typeof kind === 'string' && (PARTNERSHIP_STAGES as readonly string[]).includes(kind);
}

/** The stage to book next: the first one not yet booked, or null when all three are. */
export function nextStage(booked: readonly BookedStage[]): PartnershipStage | null {
  return PARTNERSHIP_STAGES.find((s) => !booked.some((b) => b.stage === s)) ?? null;
}

export function planPartnershipStage(input: PartnershipStageInput): BookingPlan {
  if (!isPartnershipStage(input.stage)) throw new BookingInputError('stage', `"${String(input.stage)}" is not a partnership stage; use one of ${PARTNERSHIP_STAGES.join(', ')}.`);
  const index = PARTNERSHIP_STAGES.indexOf(input.stage);
  const first = input.slot?.start;
  for (const earlier of PARTNERSHIP_STAGES.slice(0, index)) {
    const done = input.booked.filter((b) => b.stage === earlier);
    if (done.length === 0) {
      throw new BookingInputError(
        'stage',
        `${STAGE_NAMES[earlier]} is not booked yet with ${input.principal.name ?? input.principal.address}; the stages build on each other, so book it first.`,
      );
    }
    if (first !== undefined && done.every((b) => b.firstStart >= first)) {
      throw new BookingInputError('slot', `${STAGE_NAMES[input.stage]} would come before ${STAGE_NAMES[earlier]}; choose a time after it.`);
    }
  }
  const jointWork = input.stage === 'partnershipJointWork';
  if (jointWork && !input.school) {
    throw new BookingInputError('school', `joint work happens at ${input.principal.name ?? 'the principal'}'s school; give the school (its name and address from the directory).`);
  }
  return planSession({
    kind: input.stage,
    organizer: input.supervisor,
    // One-to-one: the principal alone is invited; the supervisor organizes and attends.
    attendees: [input.principal],
    timeZone: input.timeZone,
    subject: `${STAGE_NAMES[input.stage]}: ${input.supervisor.name ?? input.supervisor.address} and ${input.principal.name ?? input.principal.address}`,
    ...(input.slot ? { slot: input.slot } : {}),
    ...(input.recurrence ? { recurrence: input.recurrence } : {}),
    // Joint work is done in the principal's building (walkthroughs, data, teacher teams), not in Teams.
    ...(jointWork ? { place: input.school! } : {}),
    ...(input.agenda ? { agenda: input.agenda } : {}),
    ...(input.templates ? { templates: input.templates } : {}),
  });
}
