/** The invite body of a draft: the chosen template rendered with the coach's fields and what booking knows. */
import {
  BUILT_IN_TEMPLATES,
  findTemplate,
  renderAgenda,
  templatesOfKind,
  type AgendaContext,
  type AgendaTemplate,
  type RenderedAgenda,
  type TemplateKind,
} from '../agenda/index.js';
import type { AgendaChoice } from './model.js';
import { BookingInputError } from './errors.js';

export function chooseTemplate(kind: TemplateKind, choice: AgendaChoice | undefined, templates: readonly AgendaTemplate[] = BUILT_IN_TEMPLATES, field = 'agenda'): AgendaTemplate {
  if (choice?.templateId !== undefined) {
    const found = findTemplate(templates, choice.templateId);
    if (!found) throw new BookingInputError(`${field}.templateId`, `no template "${choice.templateId}"; pick one of ${templates.map((t) => t.id).join(', ')}.`);
    return found;
  }
  const [first] = templatesOfKind(templates, kind);
  if (!first) throw new BookingInputError(`${field}.templateId`, `no template for the kind "${kind}"; name one with templateId.`);
  return first;
}

/** Renders the agenda; AgendaInputError (naming each field) passes through for the UI to mark the fields. */
export function renderDraftAgenda(
  template: AgendaTemplate,
  choice: AgendaChoice | undefined,
  context: AgendaContext,
  defaults: Readonly<Record<string, unknown>> = {},
): RenderedAgenda {
  const given = choice?.fields ?? {};
  const fields: Record<string, unknown> = { ...given };
  for (const [id, value] of Object.entries(defaults)) {
    const current = fields[id];
    if ((current === undefined || current === '') && template.fields.some((f) => f.id === id)) fields[id] = value;
  }
  return renderAgenda(template, fields, context);
}
