/** Turns the suggestion a coach chose into the plan the booking service books. */
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import type { RecurringPlan, SinglePlan } from '../booking/bookingTypes.js';
import type { DirectoryPerson } from '../graph/appGateway.js';
import type { SeriesSuggestion } from './planRecurring.js';
import type { Suggestion } from './planSuggestions.js';

function kindLabel(kind: string): string {
  return TEMPLATE_KIND_LABELS[kind as TemplateKind] ?? 'Collaboration time';
}

/** The organizer is never an attendee of their own invite. */
function invitedAddresses(people: readonly DirectoryPerson[], organizer: SignedInUser): string[] {
  return people.filter((p) => p.mail.toLowerCase() !== organizer.upn.toLowerCase()).map((p) => p.mail);
}

/** Everyone invited: the whole cohort, also those who cannot come this time (they may decline). */
function planBase(cohort: readonly DirectoryPerson[], organizer: SignedInUser, kind: string, timeZone: string, reasons: readonly string[]) {
  return {
    sessionKind: kind,
    organizer: { id: organizer.upn, upn: organizer.upn, name: organizer.displayName },
    attendees: cohort.filter((p) => invitedAddresses([p], organizer).length > 0).map((p) => ({ id: p.id, upn: p.mail, name: p.displayName })),
    timeZone,
    reasons,
  };
}

export interface SinglePlanInput {
  readonly suggestion: Suggestion;
  readonly cohort: readonly DirectoryPerson[];
  readonly organizer: SignedInUser;
  readonly kind: string;
  readonly timeZone: string;
}

export function buildSinglePlan({ suggestion, cohort, organizer, kind, timeZone }: SinglePlanInput): SinglePlan {
  return {
    ...planBase(cohort, organizer, kind, timeZone, suggestion.reasons),
    kind: 'single',
    subject: kindLabel(kind),
    slot: { start: suggestion.start, end: suggestion.end },
    expectedFree: invitedAddresses(suggestion.available, organizer),
  };
}

export interface RecurringPlanInput {
  readonly series: SeriesSuggestion;
  readonly cohort: readonly DirectoryPerson[];
  readonly organizer: SignedInUser;
  readonly kind: string;
  readonly timeZone: string;
}

export function buildRecurringPlan({ series, cohort, organizer, kind, timeZone }: RecurringPlanInput): RecurringPlan {
  const first = series.dates[0]!;
  return {
    ...planBase(cohort, organizer, kind, timeZone, [series.summary, ...series.reasons]),
    kind: 'recurring',
    subject: `${kindLabel(kind)} (series)`,
    slot: { start: first.start, end: first.end },
    occurrences: series.dates.map((d) => ({ start: d.start, end: d.end })),
    recurrence: series.spec,
  };
}
