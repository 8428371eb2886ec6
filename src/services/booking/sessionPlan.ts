/**
 * The plan a coach books from Find time: one meeting at one time, or a series checked on every date.
 * The booking service owns this type; the screens build it from the suggestion the coach chose.
 */
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import type { RecurrenceSpec } from '../../core/planning/index.js';
import type { Interval } from '../../core/time/interval.js';
import { sessionPlanId } from '../../core/booking/identifiers.js';
import type { SeriesSuggestion } from '../findTime/suggestSeries.js';
import type { Suggestion } from '../findTime/suggestTimes.js';

/** A person on the plan. */
export interface PlanPerson {
  /** Directory id or UPN, as the gateway returned it. */
  readonly id: string;
  readonly upn: string;
  readonly name: string;
  /** Invited as optional (as in Outlook): never checked, never blocking. */
  readonly optional?: boolean;
}

/** The signed-in coach who books: they organize, and are never an attendee of their own invite. */
export interface Organizer {
  readonly upn: string;
  readonly displayName: string;
}

/** The agenda template and the field values the coach typed (checked by the booking service). */
export interface AgendaEntry {
  readonly templateId?: string;
  /** Field id to value: a string, or a list of strings for list fields. */
  readonly fields?: Readonly<Record<string, string | readonly string[]>>;
}

interface SessionPlanBase {
  /** Session kind id, e.g. 'cohortMeeting', 'learningWalk', 'peerCoaching', 'dataDig'. */
  readonly sessionKind: string;
  /** Invite subject the coach can edit before booking. */
  readonly subject: string;
  readonly organizer: PlanPerson;
  readonly attendees: readonly PlanPerson[];
  /** The zone the coach planned in (IANA), for wording and recurrence. */
  readonly timeZone: string;
  /** The suggestion's reasons, kept so the booking screen can show why this time was chosen. */
  readonly reasons: readonly string[];
  readonly agenda?: AgendaEntry;
  /** Addresses of the attendees who were free for the suggestion; only they are checked again before booking. */
  readonly expectedFree?: readonly string[];
  /** The other suggestions on screen: after a conflict, those still open are offered. */
  readonly alternatives?: readonly Interval[];
  /**
   * A shared calendar that organizes the session instead of the coach (the district's peer-coaching calendar,
   * for pairs): the coach is then not an attendee and their calendar is not shown busy by it.
   */
  readonly organizerMailbox?: string;
}

/** One meeting at one time. */
export interface SingleSessionPlan extends SessionPlanBase {
  readonly kind: 'single';
  readonly slot: Interval;
}

/** A recurring series, checked on every occurrence. */
export interface SeriesSessionPlan extends SessionPlanBase {
  readonly kind: 'recurring';
  /** The first occurrence. */
  readonly slot: Interval;
  /** Every occurrence that was checked, in order. */
  readonly occurrences: readonly Interval[];
  /** The series as the planner found it (local start time, pattern, first date, count). */
  readonly recurrence: RecurrenceSpec;
  /**
   * Local dates of the series on district closures, skipped or moved right after the create as the coach
   * chose (settleSeriesClosures): the last look before booking leaves them out.
   */
  readonly closureDates?: readonly string[];
}

export type SessionPlan = SingleSessionPlan | SeriesSessionPlan;

function kindLabel(kind: string): string {
  return TEMPLATE_KIND_LABELS[kind as TemplateKind] ?? 'Collaboration time';
}

const isOrganizer = (person: DirectoryPerson, organizer: Organizer): boolean => person.mail.toLowerCase() === organizer.upn.toLowerCase();

/** Everyone invited: the whole cohort, also those who cannot come this time (they may decline); optional people as optional. */
function planBase({ cohort, organizer, kind, timeZone, optional }: SessionPlanInput, reasons: readonly string[]) {
  const marked = new Set((optional ?? []).map((a) => a.toLowerCase()));
  return {
    sessionKind: kind,
    organizer: { id: organizer.upn, upn: organizer.upn, name: organizer.displayName },
    attendees: cohort
      .filter((p) => !isOrganizer(p, organizer))
      .map((p) => ({ id: p.id, upn: p.mail, name: p.displayName, ...(marked.has(p.mail.toLowerCase()) && { optional: true }) })),
    timeZone,
    reasons,
  };
}

export interface SessionPlanInput {
  readonly cohort: readonly DirectoryPerson[];
  readonly organizer: Organizer;
  readonly kind: string;
  readonly timeZone: string;
  /** Addresses of the people invited as optional (never checked, never blocking). */
  readonly optional?: readonly string[];
}

/** The plan id booking will give this suggestion, so a screen can ask Graph whether it is booked. */
export function suggestionPlanId(suggestion: Pick<Suggestion, 'start' | 'end'>, { cohort, organizer, kind }: SessionPlanInput): string {
  const attendees = cohort.filter((p) => !isOrganizer(p, organizer)).map((p) => ({ address: p.mail }));
  return sessionPlanId(kind, { address: organizer.upn }, attendees, { start: suggestion.start, end: suggestion.end });
}

/** The plan id booking gives this plan (the same as planSession derives), to ask Graph whether it is booked. */
export function bookingPlanId(plan: SessionPlan): string {
  return sessionPlanId(
    plan.sessionKind,
    { address: plan.organizerMailbox ?? plan.organizer.upn },
    plan.attendees.map((a) => ({ address: a.upn })),
    plan.slot,
  );
}

export function singleSessionPlan(suggestion: Suggestion, input: SessionPlanInput): SingleSessionPlan {
  const { organizer, kind } = input;
  return {
    ...planBase(input, suggestion.reasons),
    kind: 'single',
    subject: kindLabel(kind),
    slot: { start: suggestion.start, end: suggestion.end },
    expectedFree: suggestion.available.filter((p) => !isOrganizer(p, organizer)).map((p) => p.mail),
  };
}

export function seriesSessionPlan(series: SeriesSuggestion, input: SessionPlanInput): SeriesSessionPlan {
  const { kind } = input;
  const first = series.dates[0]!;
  return {
    ...planBase(input, [series.summary, ...series.reasons]),
    kind: 'recurring',
    subject: `${kindLabel(kind)} (series)`,
    slot: { start: first.start, end: first.end },
    occurrences: series.dates.map((d) => ({ start: d.start, end: d.end })),
    recurrence: series.spec,
  };
}
