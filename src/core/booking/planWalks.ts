/**
 * A learning-walk rotation as events: one visit per placed school, at the host school's address, the host
 * principal invited first (so host-first booking can ask them alone), the visitors after.
 */
import type { AgendaTemplate } from '../agenda/index.js';
import type { RotationPlan } from '../planning/index.js';
import type { SlotConstraints } from '../slots/constraints.js';
import { buildDraft } from './buildDraft.js';
import { BookingInputError } from './errors.js';
import { checkPlanId, derivePlanId } from './identifiers.js';
import type { AgendaChoice, BookingPerson, BookingPlan, HostSchool } from './model.js';
import { checkTentative, checkZoneName } from './planSession.js';

export interface WalkPlanInput {
  readonly planId?: string;
  readonly organizer: BookingPerson;
  readonly timeZone: string;
  readonly rotation: RotationPlan;
  /** Each rotation id (the planner's `RotationPrincipal.id`) as a person to invite. */
  readonly people: Readonly<Record<string, BookingPerson>>;
  /** Each school id with its name and street address. */
  readonly schools: Readonly<Record<string, HostSchool & { readonly constraints?: SlotConstraints }>>;
  /** The agenda for every walk, and per school the host's own fields (focus question, classrooms…). */
  readonly agenda?: AgendaChoice;
  readonly agendaBySchool?: Readonly<Record<string, AgendaChoice>>;
  readonly templates?: readonly AgendaTemplate[];
  readonly tentative?: 'busy' | 'free';
}

export function planWalks(input: WalkPlanInput): BookingPlan {
  const timeZone = checkZoneName(input.timeZone);
  const visits = input.rotation?.visits ?? [];
  if (visits.length === 0) throw new BookingInputError('rotation.visits', 'the rotation placed no visit; widen the window or look at why each school was unplaced.');
  const personOf = (id: string, field: string): BookingPerson => {
    const person = input.people[id];
    if (!person) throw new BookingInputError(field, `no person for the rotation id "${id}"; add them to people.`);
    return person;
  };
  const parts = visits.map((visit, v) => {
    const field = `rotation.visits[${v}]`;
    const school = input.schools[visit.schoolId];
    if (!school) throw new BookingInputError(`${field}.schoolId`, `no school "${visit.schoolId}" in schools; add its name and address.`);
    const hostEntry = visit.attendees.find((a) => a.role === 'host');
    if (!hostEntry) throw new BookingInputError(`${field}.attendees`, 'the visit has no host; every walk is hosted by the school’s principal.');
    const host = personOf(hostEntry.id, `${field}.attendees`);
    const visitors = visit.attendees.filter((a) => a.role !== 'host').map((a) => personOf(a.id, `${field}.attendees`));
    return { visit, school, host, attendees: [host, ...visitors], key: `walk:${visit.schoolId}` };
  });
  const planId =
    input.planId !== undefined
      ? checkPlanId(input.planId)
      : derivePlanId(
          'learningWalk',
          input.organizer?.address ?? '',
          parts.map((p) => ({ key: p.key, people: p.attendees.map((a) => a.address), slot: p.visit })),
        );
  const drafts = parts.map((p, v) => {
    const own = input.agendaBySchool?.[p.visit.schoolId];
    const agenda: AgendaChoice = {
      ...(input.agenda ?? {}),
      ...(own ?? {}),
      fields: { ...(input.agenda?.fields ?? {}), ...(own?.fields ?? {}) },
    };
    return buildDraft({
      planId,
      key: p.key,
      kind: 'learningWalk',
      organizer: input.organizer,
      attendees: p.attendees,
      host: p.host,
      mustBeFree: p.attendees.map((a) => a.address),
      occurrences: [{ start: p.visit.start, end: p.visit.end }],
      timeZone,
      hostSchool: p.school,
      agenda,
      ...(input.templates ? { templates: input.templates } : {}),
      ...(p.school.constraints ? { constraints: p.school.constraints } : {}),
      field: `rotation.visits[${v}]`,
    });
  });
  return { planId, kind: 'learningWalk', organizer: input.organizer, timeZone, tentative: checkTentative(input.tentative), drafts };
}
