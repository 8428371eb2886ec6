/** Turns the suggestion a coach chose into the plan the booking service books. */
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import type { SinglePlan } from '../booking/bookingTypes.js';
import type { DirectoryPerson } from '../graph/appGateway.js';
import type { Suggestion } from './planSuggestions.js';

export interface SinglePlanInput {
  readonly suggestion: Suggestion;
  /** Everyone invited: the whole cohort, also those who cannot come this time (they may decline). */
  readonly cohort: readonly DirectoryPerson[];
  readonly organizer: SignedInUser;
  readonly kind: string;
  readonly timeZone: string;
}

export function buildSinglePlan({ suggestion, cohort, organizer, kind, timeZone }: SinglePlanInput): SinglePlan {
  const label = TEMPLATE_KIND_LABELS[kind as TemplateKind] ?? 'Collaboration time';
  return {
    kind: 'single',
    sessionKind: kind,
    subject: label,
    organizer: { id: organizer.upn, upn: organizer.upn, name: organizer.displayName },
    attendees: cohort.filter((p) => p.mail.toLowerCase() !== organizer.upn.toLowerCase()).map((p) => ({ id: p.id, upn: p.mail, name: p.displayName })),
    timeZone,
    reasons: suggestion.reasons,
    slot: { start: suggestion.start, end: suggestion.end },
  };
}
