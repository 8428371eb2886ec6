import type { AgendaTemplate, TemplateKind } from './model.js';

export function findTemplate(templates: readonly AgendaTemplate[], id: string): AgendaTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** The templates a coach can pick for a kind of session, in the list's order (built-ins first). */
export function templatesOfKind(templates: readonly AgendaTemplate[], kind: TemplateKind): AgendaTemplate[] {
  return templates.filter((t) => t.kind === kind);
}
