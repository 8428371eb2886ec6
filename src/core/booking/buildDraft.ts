/** One event draft from its people, times and agenda: the piece every plan builder shares. */
import { TEMPLATE_KIND_LABELS, type AgendaTemplate, type TemplateKind } from '../agenda/index.js';
import { describeRecurrence, type RecurrenceSpec } from '../planning/recurrence.js';
import type { SlotConstraints } from '../slots/constraints.js';
import type { Interval } from '../time/interval.js';
import { chooseTemplate, renderDraftAgenda } from './agendaBody.js';
import { BookingInputError } from './errors.js';
import { transactionIdFor } from './identifiers.js';
import { addressLine, schoolLocation, TEAMS_MEETING_WORDS } from './location.js';
import type { AgendaChoice, BookingPerson, EventDraft, HostSchool } from './model.js';
import { clockWords, whenWords } from './words.js';

export const PROTECTED_CATEGORY = 'Protected collaboration';

export interface DraftInput {
  readonly planId: string;
  readonly key: string;
  readonly kind: TemplateKind;
  readonly organizer: BookingPerson;
  readonly attendees: readonly BookingPerson[];
  readonly host?: BookingPerson;
  readonly mustBeFree: readonly string[];
  readonly occurrences: readonly Interval[];
  readonly timeZone: string;
  /** A series (checked by the caller); `occurrences` are its meetings that are booked. */
  readonly recurrence?: RecurrenceSpec;
  /** A place to meet; without one the session is a Teams meeting. */
  readonly place?: HostSchool;
  readonly hostSchool?: HostSchool;
  readonly agenda?: AgendaChoice;
  readonly templates?: readonly AgendaTemplate[];
  readonly subject?: string;
  /** Rules a next-best time must also keep (a school day, bells), used when a conflict offers another slot. */
  readonly constraints?: SlotConstraints;
  readonly field: string;
}

function checkPeople(people: readonly BookingPerson[], field: string): void {
  people.forEach((p, i) => {
    if (!p || typeof p.address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(p.address.trim())) {
      throw new BookingInputError(`${field}[${i}].address`, `give the person's email address or user principal name (got ${JSON.stringify(p?.address)}).`);
    }
  });
}

export function buildDraft(input: DraftInput): EventDraft {
  const { field } = input;
  checkPeople([input.organizer], `${field}.organizer`);
  checkPeople(input.attendees, `${field}.attendees`);
  if (input.attendees.length === 0) throw new BookingInputError(`${field}.attendees`, 'invite at least one person.');
  const first = input.occurrences[0];
  if (!first || input.occurrences.some((o) => !Number.isFinite(o.start) || !Number.isFinite(o.end) || o.end <= o.start)) {
    throw new BookingInputError(`${field}.slot`, 'give at least one meeting time whose end is after its start.');
  }
  const template = chooseTemplate(input.kind, input.agenda, input.templates, `${field}.agenda`);
  const place = input.hostSchool ?? input.place;
  const location = place ? schoolLocation(place) : undefined;
  const start = input.recurrence ? describeRecurrence(input.recurrence) : whenWords(first.start, input.timeZone);
  const rendered = renderDraftAgenda(
    template,
    input.agenda,
    {
      kind: input.kind,
      ...(input.subject !== undefined && input.subject.trim() !== '' ? { title: input.subject } : {}),
      start: input.recurrence ? `${start}, first on ${whenWords(first.start, input.timeZone)}` : start,
      end: clockWords(first.end, input.timeZone),
      // A school with no address in the directory reads "Lincoln Elementary", not "Lincoln Elementary, Lincoln Elementary".
      location: place ? (place.address ? `${place.name}, ${addressLine(place)}` : place.name) : TEAMS_MEETING_WORDS,
      ...(input.hostSchool ? { hostSchool: input.hostSchool.name } : {}),
      ...(input.organizer.name ? { coachName: input.organizer.name } : {}),
      attendees: input.attendees.map((a) => a.name ?? a.address),
    },
    input.hostSchool ? { address: addressLine(input.hostSchool) } : {},
  );
  return {
    key: input.key,
    kind: input.kind,
    organizer: input.organizer,
    attendees: input.attendees,
    ...(input.host ? { host: input.host } : {}),
    mustBeFree: input.mustBeFree,
    subject: rendered.subject,
    bodyHtml: rendered.html,
    bodyText: rendered.text,
    ...(location ? { location } : {}),
    online: location === undefined,
    categories: [PROTECTED_CATEGORY, TEMPLATE_KIND_LABELS[input.kind]],
    tag: { kind: input.kind, planId: input.planId },
    slot: first,
    occurrences: input.occurrences,
    timeZone: input.timeZone,
    ...(input.recurrence ? { recurrence: input.recurrence } : {}),
    ...(input.constraints ? { constraints: input.constraints } : {}),
    transactionId: transactionIdFor(input.planId, input.key, first),
  };
}
