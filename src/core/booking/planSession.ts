/**
 * A session for a group: one meeting (a chosen suggestion) or a recurring series (a cohort's standing time),
 * booked as one event by the signed-in coach.
 */
import type { AgendaTemplate, TemplateKind } from '../agenda/index.js';
import { TEMPLATE_KINDS } from '../agenda/index.js';
import { checkRecurrence, recurrenceOccurrences, type RecurrenceSpec } from '../planning/index.js';
import type { SlotConstraints } from '../slots/constraints.js';
import type { Interval } from '../time/interval.js';
import { DateTime } from 'luxon';
import { resolveZone } from '../time/zones.js';
import { buildDraft } from './buildDraft.js';
import { BookingInputError } from './errors.js';
import { checkPlanId, sessionPlanId } from './identifiers.js';
import type { AgendaChoice, BookingPerson, BookingPlan, HostSchool } from './model.js';

export interface SessionPlanInput {
  /** Leave out to derive one from what is booked (the same suggestion always gives the same plan). */
  readonly planId?: string;
  readonly kind: TemplateKind;
  /** The signed-in coach. */
  readonly organizer: BookingPerson;
  readonly attendees: readonly BookingPerson[];
  /**
   * Who was free when the coach chose (default: every required attendee); only they, and the organizer,
   * are checked again before booking. Optional people are never checked.
   */
  readonly expectedFree?: readonly string[];
  /** The organizer attends and their own calendar must be free too (default true). */
  readonly organizerAttends?: boolean;
  /** The coach's zone (IANA or Windows name). */
  readonly timeZone: string;
  /** One meeting, or the first of a series when `recurrence` is given. */
  readonly slot?: Interval;
  /** A recurring series (from findRecurringTimes or written by hand). */
  readonly recurrence?: RecurrenceSpec;
  readonly agenda?: AgendaChoice;
  readonly templates?: readonly AgendaTemplate[];
  readonly subject?: string;
  /** Meet in person here; without it the session is a Teams meeting. */
  readonly place?: HostSchool;
  readonly tentative?: 'busy' | 'free';
  readonly constraints?: SlotConstraints;
  /**
   * Local dates of the series that fall on district closures and are skipped or moved right after the
   * create (settleSeriesClosures): the last look leaves them out, since nobody meets there.
   */
  readonly closureDates?: readonly string[];
}

export function checkKind(kind: unknown, field = 'kind'): TemplateKind {
  if (typeof kind !== 'string' || !(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
    throw new BookingInputError(field, `"${String(kind)}" is not a session kind; use one of ${TEMPLATE_KINDS.join(', ')}.`);
  }
  return kind as TemplateKind;
}

export function checkZoneName(zone: unknown, field = 'timeZone'): string {
  try {
    return resolveZone(zone as string, field);
  } catch (error) {
    throw new BookingInputError(field, (error as Error).message.replace(/^[^:]*: /, ''));
  }
}

export function checkTentative(value: unknown, field = 'tentative'): 'busy' | 'free' {
  if (value === undefined) return 'busy';
  if (value !== 'busy' && value !== 'free') throw new BookingInputError(field, `use "busy" or "free" (got ${JSON.stringify(value)}).`);
  return value;
}

/**
 * The addresses to re-check: the expected-free list (default every required attendee), matched to attendees
 * without letter case; optional people never block, so they are left out even when listed.
 */
export function mustBeFreeOf(attendees: readonly BookingPerson[], expectedFree: readonly string[] | undefined, field: string): string[] {
  if (expectedFree === undefined) return attendees.filter((a) => a.optional !== true).map((a) => a.address);
  const invited = new Map(attendees.map((a) => [a.address.toLowerCase(), a]));
  return expectedFree.flatMap((address, i) => {
    const found = invited.get(String(address).toLowerCase());
    if (found === undefined) throw new BookingInputError(`${field}[${i}]`, `${JSON.stringify(address)} is not among the attendees; list only invited people.`);
    return found.optional === true ? [] : [found.address];
  });
}

/** The organizer first (unless they do not attend), then the others, each address once. */
export function withOrganizer(organizer: BookingPerson | undefined, addresses: readonly string[], attends = true): string[] {
  const own = attends && organizer && typeof organizer.address === 'string' ? [organizer.address] : [];
  const seen = new Set(own.map((a) => a.toLowerCase()));
  return [...own, ...addresses.filter((a) => !seen.has(a.toLowerCase()))];
}

export function planSession(input: SessionPlanInput): BookingPlan {
  const kind = checkKind(input.kind);
  const timeZone = checkZoneName(input.timeZone);
  const mustBeFree = withOrganizer(input.organizer, mustBeFreeOf(input.attendees ?? [], input.expectedFree, 'expectedFree'), input.organizerAttends !== false);
  let occurrences: Interval[];
  let recurrence: RecurrenceSpec | undefined;
  let seriesZone: string | undefined;
  if (input.recurrence !== undefined) {
    let spec: RecurrenceSpec;
    try {
      spec = checkRecurrence(input.recurrence);
    } catch (error) {
      const e = error as { field?: string; message: string };
      throw new BookingInputError(e.field ?? 'recurrence', e.message.replace(/^[^:]*: /, ''));
    }
    const closed = new Set(input.closureDates ?? []);
    occurrences = recurrenceOccurrences(spec)
      .filter((o) => !closed.has(DateTime.fromMillis(o.start, { zone: resolveZone(spec.timeZone) }).toISODate()!))
      .map((o) => ({ start: o.start, end: o.end }));
    if (occurrences.length === 0) throw new BookingInputError('recurrence', 'the series has no meeting between firstDate and endDate; move the dates.');
    // In the series' own zone, so the meetings keep their local time across clock changes.
    recurrence = spec;
    seriesZone = spec.timeZone;
  } else if (input.slot !== undefined) {
    occurrences = [input.slot];
  } else {
    throw new BookingInputError('slot', 'give the chosen time (slot) or a recurring series (recurrence).');
  }
  const planId = input.planId !== undefined ? checkPlanId(input.planId) : sessionPlanId(kind, input.organizer, input.attendees ?? [], occurrences[0]!);
  const draft = buildDraft({
    planId,
    key: 'session',
    kind,
    organizer: input.organizer,
    attendees: input.attendees ?? [],
    mustBeFree,
    occurrences,
    timeZone: seriesZone ?? timeZone,
    ...(recurrence ? { recurrence } : {}),
    ...(input.place ? { place: input.place } : {}),
    ...(input.agenda ? { agenda: input.agenda } : {}),
    ...(input.templates ? { templates: input.templates } : {}),
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    ...(input.constraints ? { constraints: input.constraints } : {}),
    field: 'plan',
  });
  return { planId, kind, organizer: input.organizer, timeZone, tentative: checkTentative(input.tentative), drafts: [draft] };
}
