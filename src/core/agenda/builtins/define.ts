import type { AgendaTemplate, FieldType, FieldValue, TemplateField, TemplateSection } from '../model.js';

/** Short builders so each built-in reads like the agenda it describes rather than like nested object literals. */

export function field(id: string, label: string, type: FieldType, options: { required?: boolean; help?: string; default?: FieldValue } = {}): TemplateField {
  return {
    id,
    label,
    type,
    required: options.required ?? false,
    ...(options.help !== undefined ? { help: options.help } : {}),
    ...(options.default !== undefined ? { default: options.default } : {}),
  };
}

export function section(heading: string, minutes: number, prompts: readonly string[], fields: readonly string[] = []): TemplateSection {
  return { heading, minutes, prompts, fields };
}

export function builtIn(template: Omit<AgendaTemplate, 'source' | 'briefHeading'> & { briefHeading?: string }): AgendaTemplate {
  return { briefHeading: 'Details', ...template, source: 'built-in' };
}
