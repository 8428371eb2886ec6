/**
 * What booking works with: a BookingPlan is the list of Outlook events a coach is about to create, each an
 * EventDraft that is complete and deterministic (same input, same drafts, same transactionIds), so a retry,
 * a double click or a re-run after a failure asks Graph for exactly the same events again.
 */
import type { TemplateKind } from '../agenda/model.js';
import type { RecurrenceSpec } from '../planning/recurrence.js';
import type { SlotConstraints } from '../slots/constraints.js';
import type { Interval } from '../time/interval.js';

/** Someone on an invite: the address free/busy and invites use (UPN or mail), and a name for people to read. */
export interface BookingPerson {
  readonly address: string;
  readonly name?: string;
  /** Invited as optional, as in Outlook: told about the session, never checked for it, never blocking it. */
  readonly optional?: boolean;
}

/** A school that hosts a learning walk: its name and street address become the event's location. */
export interface HostSchool {
  readonly name: string;
  readonly address?: {
    readonly street?: string;
    readonly city?: string;
    readonly state?: string;
    readonly postalCode?: string;
    readonly countryOrRegion?: string;
  };
}

/** Where the session happens: the place's name and, when the directory has it, its street address. */
export interface DraftLocation {
  readonly displayName: string;
  readonly address?: HostSchool['address'];
}

/** The Common Time tag (`kind=…;plan=…`), the same shape as src/graph's CommonTimeTag. */
export interface DraftTag {
  readonly kind: TemplateKind;
  readonly planId: string;
}

export interface EventDraft {
  /** Unique within the plan and stable across re-runs: 'session', 'walk:<school>', 'pair:<a>+<b>'. */
  readonly key: string;
  readonly kind: TemplateKind;
  readonly organizer: BookingPerson;
  /** Everyone invited as required, the host first for a learning walk. */
  readonly attendees: readonly BookingPerson[];
  /** A learning walk's host principal: asked first when the coach books host-first. */
  readonly host?: BookingPerson;
  /**
   * Addresses that were free when the coach chose this time and are checked again just before the create:
   * the organizer first (their own calendar counts like anyone's), then the required attendees who were
   * free; people the coach invited although they could not come, and optional people, are not re-checked.
   */
  readonly mustBeFree: readonly string[];
  readonly subject: string;
  /** Sanitized agenda HTML from renderAgenda. */
  readonly bodyHtml: string;
  readonly bodyText: string;
  /** A place (a learning walk's host school) or, when absent, a Teams meeting. */
  readonly location?: DraftLocation;
  readonly online: boolean;
  readonly categories: readonly string[];
  readonly tag: DraftTag;
  /** The first meeting, UTC epoch ms, half-open. */
  readonly slot: Interval;
  /** Every meeting of the event (one for a single event), checked before the create. */
  readonly occurrences: readonly Interval[];
  /** The coach's zone (IANA) in which the event is written: for a series, the series' own zone. */
  readonly timeZone: string;
  /**
   * For a series, the series as planned (the pattern from its first date, in `timeZone`); src/graph writes it
   * as Graph's patternedRecurrence. It may hold dates `occurrences` leaves out (district
   * closures, not checked). Absent for a single event, which is `slot`.
   */
  readonly recurrence?: RecurrenceSpec;
  /** Rules a next-best time must keep too (a host school's day and bells), when a conflict offers another. */
  readonly constraints?: SlotConstraints;
  /** Derived from plan id, draft key and slot: the same create always carries the same id. */
  readonly transactionId: string;
}

export interface BookingPlan {
  readonly planId: string;
  readonly kind: TemplateKind;
  readonly organizer: BookingPerson;
  readonly timeZone: string;
  /** Whether a tentative item takes the time, as when the coach searched (default: it does). */
  readonly tentative: 'busy' | 'free';
  readonly drafts: readonly EventDraft[];
  /**
   * The mailbox whose calendar organizes the events, when it is not the signed-in coach's own: a shared
   * calendar the coach may edit (the district's peer-coaching calendar), so the coach is not shown busy by
   * meetings they arrange for others. The organizer is then that mailbox.
   */
  readonly organizerMailbox?: string;
}

/** The agenda to put in the body: which template (default: the first built-in of the kind) and its fields. */
export interface AgendaChoice {
  readonly templateId?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}
