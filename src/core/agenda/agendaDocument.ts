import type { ResolvedValue } from './fieldValues.js';
import { TEMPLATE_KIND_LABELS, type AgendaTemplate, type TemplateField, type TemplateKind } from './model.js';
import { fillPlaceholders } from './placeholders.js';

/**
 * The invite body as a small tree of blocks whose every string is plain text. HTML and plain text are both
 * rendered from this one tree, so they can never disagree, and escaping happens in exactly one place.
 */
export type Block =
  | { readonly type: 'notice'; readonly lead: string; readonly text: string }
  | { readonly type: 'heading'; readonly level: 2 | 3 | 4; readonly text: string }
  | { readonly type: 'facts'; readonly facts: readonly { readonly label: string; readonly value: string }[] }
  | { readonly type: 'paragraphs'; readonly text: string }
  | { readonly type: 'prompts'; readonly items: readonly string[] }
  | { readonly type: 'field'; readonly label: string; readonly fieldType: TemplateField['type']; readonly value: ResolvedValue }
  | { readonly type: 'footer'; readonly text: string };

/** What the booking knows about the session; every string is as typed (or formatted) and is treated as text. */
export interface AgendaContext {
  /** The kind being booked, when it differs from the template's own (a district may reuse a template). */
  readonly kind?: TemplateKind;
  /** The invite subject; defaults to the template title, "at <host school>" when there is one. */
  readonly title?: string;
  /** Already formatted for the reader, e.g. "Tue 4 March 2026, 9:00 AM (Eastern)". */
  readonly start?: string;
  readonly end?: string;
  readonly hostSchool?: string;
  readonly location?: string;
  readonly coachName?: string;
  readonly attendees?: readonly string[];
}

export const PROTECTED_LEAD = 'Protected collaboration time.';
const PROTECTED_TEXT = 'This time is set aside for principals to learn together. Please keep it free.';

export function subjectFor(template: AgendaTemplate, context: AgendaContext): string {
  if (context.title !== undefined && context.title !== '') return context.title;
  return context.hostSchool ? `${template.title} at ${context.hostSchool}` : template.title;
}

function headerFacts(template: AgendaTemplate, context: AgendaContext): Block {
  const when = context.start && context.end ? `${context.start} – ${context.end}` : (context.start ?? '');
  const facts = [
    { label: 'Session', value: TEMPLATE_KIND_LABELS[context.kind ?? template.kind] },
    { label: 'When', value: when },
    { label: 'Where', value: context.location ?? '' },
    { label: 'Host school', value: context.hostSchool ?? '' },
    { label: 'Coach', value: context.coachName ?? '' },
    { label: 'Attendees', value: (context.attendees ?? []).join(', ') },
    { label: 'Suggested length', value: `${template.durationMinutes} minutes` },
  ];
  return { type: 'facts', facts: facts.filter((f) => f.value !== '') };
}

function fieldBlocks(template: AgendaTemplate, ids: readonly string[], values: Readonly<Record<string, ResolvedValue>>): Block[] {
  return ids.flatMap((id): Block[] => {
    const field = template.fields.find((f) => f.id === id);
    const value = values[id];
    return field && value !== undefined ? [{ type: 'field', label: field.label, fieldType: field.type, value }] : [];
  });
}

export function buildAgendaDocument(template: AgendaTemplate, values: Readonly<Record<string, ResolvedValue>>, context: AgendaContext): Block[] {
  const fill = (text: string) =>
    fillPlaceholders(text, {
      title: subjectFor(template, context),
      ...(context.hostSchool !== undefined ? { hostSchool: context.hostSchool } : {}),
      ...(context.coachName !== undefined ? { coachName: context.coachName } : {}),
      ...(context.location !== undefined ? { location: context.location } : {}),
    });
  const inSections = new Set(template.sections.flatMap((s) => s.fields));
  const brief = fieldBlocks(
    template,
    template.fields.map((f) => f.id).filter((id) => !inSections.has(id)),
    values,
  );
  const blocks: Block[] = [
    { type: 'notice', lead: PROTECTED_LEAD, text: PROTECTED_TEXT },
    { type: 'heading', level: 2, text: subjectFor(template, context) },
    headerFacts(template, context),
  ];
  if (template.description !== '') blocks.push({ type: 'paragraphs', text: fill(template.description) });
  if (brief.length > 0) blocks.push({ type: 'heading', level: 3, text: fill(template.briefHeading) }, ...brief);
  blocks.push({ type: 'heading', level: 3, text: `Agenda (${template.durationMinutes} minutes)` });
  template.sections.forEach((section, i) => {
    blocks.push({ type: 'heading', level: 4, text: `${i + 1}. ${fill(section.heading)} (${section.minutes} min)` });
    if (section.prompts.length > 0) blocks.push({ type: 'prompts', items: section.prompts.map(fill) });
    blocks.push(...fieldBlocks(template, section.fields, values));
  });
  blocks.push({ type: 'footer', text: `Agenda: ${template.title}. Booked with Common Time.` });
  return blocks;
}
