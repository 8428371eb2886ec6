/** The agenda the coach is filling in, as values: the templates of a kind, field defaults, what to send. */
// Direct module imports: the agenda index also brings the district-file parsers (YAML, front matter).
import { BUILT_IN_TEMPLATES } from '../../core/agenda/builtins/index.js';
import { templatesOfKind } from '../../core/agenda/findTemplate.js';
import type { AgendaTemplate, TemplateField, TemplateKind } from '../../core/agenda/model.js';
import type { AgendaEntry } from '../../services/booking/sessionPlan.js';

/** The templates offered for a kind of session, from those the server offers (default the built-ins). */
export function templatesFor(kind: string, offered: readonly AgendaTemplate[] = BUILT_IN_TEMPLATES): AgendaTemplate[] {
  return templatesOfKind(offered, kind as TemplateKind);
}

export function defaultText(field: TemplateField): string {
  if (field.default === undefined) return '';
  return typeof field.default === 'string' ? field.default : field.default.join('\n');
}

/** The values to send: every field, with defaults filled in where the coach left one untouched. */
export function agendaToSend(kind: string, agenda: AgendaEntry | undefined, offered?: readonly AgendaTemplate[]): AgendaEntry | undefined {
  const templates = templatesFor(kind, offered);
  const template = templates.find((t) => t.id === agenda?.templateId) ?? templates[0];
  if (!template) return undefined;
  const fields: Record<string, string | readonly string[]> = {};
  for (const field of template.fields) {
    const v = agenda?.fields?.[field.id] ?? defaultText(field);
    const text = typeof v === 'string' ? v : v.join('\n');
    if (text.trim() === '') continue;
    fields[field.id] =
      field.type === 'list'
        ? text
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '')
        : text.trim();
  }
  return { templateId: template.id, fields };
}
