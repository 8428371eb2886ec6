/**
 * What the compose pane does to the meeting being written, as plain async functions over the Office
 * item (src/ui/host/office), the find-time service and the add-in's calendar (src/graph): insert the
 * agenda, find common time for the item's attendees, use a time, mark the meeting as protected
 * collaboration. No React here.
 */
import type { AddinCalendar } from '../../graph/index.js';
import { BUILT_IN_TEMPLATES } from '../../core/agenda/builtins/index.js';
import { templatesOfKind } from '../../core/agenda/findTemplate.js';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { AgendaTemplate, TemplateKind } from '../../core/agenda/model.js';
import { renderAgenda } from '../../core/agenda/renderAgenda.js';
import { PROTECTED_CATEGORY } from '../../core/booking/buildDraft.js';
import type { ComposeMeeting, ItemPerson } from '../../ui/host/office/index.js';
import { OfficeCallError, OfficeUnsupportedError } from '../../ui/host/office/index.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import type { FindTimeService, Suggestions } from '../../services/findTime/index.js';
import type { WorkProgress } from '../../services/longWork.js';
import { formatSlot } from '../../ui/common/formatTime.js';
import { placeAgendaInHtml, placeAgendaInText } from './agendaInBody.js';

/** Words for a required field the organizer has not filled in yet: they edit them in the body. */
const TO_FILL_IN = '(to fill in)';
/** How far ahead the pane looks for a common time. */
export const SEARCH_DAYS = 14;

export const KINDS = (Object.keys(TEMPLATE_KIND_LABELS) as TemplateKind[]).filter((k) => templatesOfKind(BUILT_IN_TEMPLATES, k).length > 0);

export function templateFor(kind: TemplateKind): AgendaTemplate {
  const [template] = templatesOfKind(BUILT_IN_TEMPLATES, kind);
  if (!template) throw new RangeError(`kind: there is no agenda template for "${kind}".`);
  return template;
}

export interface AgendaDetails {
  readonly kind: TemplateKind;
  readonly coachName?: string;
  readonly hostSchool?: string;
  readonly location?: string;
  /** The meeting's time, already formatted for the reader. */
  readonly when?: { readonly start: string; readonly end: string };
}

/** Field values: the template's defaults, and a visible "(to fill in)" for required fields without one. */
function draftValues(template: AgendaTemplate, details: AgendaDetails): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of template.fields) {
    if (field.default !== undefined) values[field.id] = field.default;
    else if (field.id === 'address' && details.location) values[field.id] = details.location;
    else if (field.required) values[field.id] = field.type === 'list' ? [TO_FILL_IN] : TO_FILL_IN;
  }
  return values;
}

/** Writes the kind's agenda into the body: replaces an earlier Common Time agenda, else goes first. */
export async function insertAgenda(item: ComposeMeeting, details: AgendaDetails): Promise<{ readonly replaced: boolean }> {
  const template = templateFor(details.kind);
  const [subject, attendees, body] = await Promise.all([item.subject(), item.attendees(), item.body()]);
  const agenda = renderAgenda(template, draftValues(template, details), {
    kind: details.kind,
    ...(subject.trim() && { title: subject.trim() }),
    ...(details.coachName && { coachName: details.coachName }),
    ...(details.hostSchool && { hostSchool: details.hostSchool }),
    ...(details.location && { location: details.location }),
    ...(details.when && { start: details.when.start, end: details.when.end }),
    attendees: [...attendees.required, ...attendees.optional].map((p) => p.name),
  });
  const next = body.type === 'html' ? placeAgendaInHtml(body.content, agenda.html) : placeAgendaInText(body.content, agenda.text);
  const replaced = body.content.includes('Protected collaboration time.');
  await item.setBody(next, body.type);
  return { replaced };
}

/** The people whose calendars count: the organizer and everyone on the item, once each. */
export function meetingPeople(organizer: ItemPerson, attendees: { readonly required: readonly ItemPerson[]; readonly optional: readonly ItemPerson[] }): DirectoryPerson[] {
  const seen = new Set<string>();
  const people: DirectoryPerson[] = [];
  for (const p of [organizer, ...attendees.required, ...attendees.optional]) {
    const key = p.address.toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    people.push({ id: key, displayName: p.name || p.address, mail: p.address });
  }
  return people;
}

export interface FindTimeRequest {
  readonly kind: TemplateKind;
  readonly organizer: ItemPerson;
  /** Epoch ms "now" (the shell's clock); the search starts at the next half hour. */
  readonly now: number;
  readonly timeZone: string;
  readonly onProgress?: (progress: WorkProgress) => void;
}

export interface FoundTimes {
  readonly people: readonly DirectoryPerson[];
  /** Addresses (lower case) from the item's Optional line: read, never deciding the time. */
  readonly optional: readonly string[];
  readonly durationMinutes: number;
  readonly suggestions: Suggestions;
}

export class NoAttendeesError extends Error {
  override name = 'NoAttendeesError';
  constructor() {
    super('Add the people to invite to the meeting first (To or Optional), then find a time.');
  }
}

/** Free/busy for the item's attendees, through the tab's own find-time service (the same engine and ranking). */
export async function findTimesForItem(item: ComposeMeeting, findTime: Pick<FindTimeService, 'findTimes'>, request: FindTimeRequest): Promise<FoundTimes> {
  const attendees = await item.attendees();
  const people = meetingPeople(request.organizer, attendees);
  if (people.length < 2) throw new NoAttendeesError();
  // Outlook's Optional line, as in the tab: invited and said how they stand, never deciding the time.
  const decides = new Set([request.organizer, ...attendees.required].map((p) => p.address.toLowerCase()));
  const optional = attendees.optional.map((p) => p.address.toLowerCase()).filter((a) => a && !decides.has(a));
  const halfHour = 30 * 60_000;
  const start = Math.ceil(request.now / halfHour) * halfHour;
  const window = { start, end: start + SEARCH_DAYS * 86_400_000 };
  const durationMinutes = templateFor(request.kind).durationMinutes;
  const found = await findTime.findTimes(
    { cohort: people, optional, timeZone: request.timeZone, tentativeCountsAsFree: false, window, durationMinutes },
    { ...(request.onProgress && { onProgress: request.onProgress }) },
  );
  return { people, optional, durationMinutes, suggestions: found.result };
}

/** One click: the item's start and end, and its location when there is one (a learning walk's host school). */
export async function useTime(item: ComposeMeeting, slot: { readonly start: number; readonly end: number }, location?: string): Promise<void> {
  await item.setTime(slot.start, slot.end);
  if (location) await item.setLocation(location);
}

export function describeSlot(slot: { start: number; end: number }, zone: string): string {
  return formatSlot(slot.start, slot.end, zone);
}

export type ProtectOutcome =
  /** Category on the item and the tag on the saved meeting. */
  | { readonly status: 'tagged'; readonly eventId: string }
  /** Category on the item; the tag waits until the meeting is saved. */
  | { readonly status: 'awaitingSave'; readonly categoryOnItem: boolean };

export function protectedCategories(kind: TemplateKind): string[] {
  return [PROTECTED_CATEGORY, TEMPLATE_KIND_LABELS[kind]];
}

/**
 * Marks the meeting as protected collaboration time: the categories on the item now (Outlook applies
 * only categories in the mailbox's list; when it refuses, they are set through Graph with the tag), and
 * Common Time's tag on the saved meeting through Graph. With `save`, the meeting is saved first.
 */
export async function markProtected(
  item: ComposeMeeting,
  calendar: Pick<AddinCalendar, 'protectMeeting'>,
  kind: TemplateKind,
  options: { save?: boolean; planId?: string } = {},
): Promise<ProtectOutcome> {
  const categories = protectedCategories(kind);
  let categoryOnItem = true;
  try {
    await item.addCategories(categories);
  } catch (error) {
    if (!(error instanceof OfficeCallError) && !(error instanceof OfficeUnsupportedError)) throw error;
    categoryOnItem = false;
  }
  const eventId = (await item.savedId()) ?? (options.save ? await item.save() : undefined);
  if (!eventId) return { status: 'awaitingSave', categoryOnItem };
  await calendar.protectMeeting(eventId, { kind, ...(options.planId && { planId: options.planId }) }, categories);
  return { status: 'tagged', eventId };
}
