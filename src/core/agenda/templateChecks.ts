import { checkFieldValue } from './fieldValues.js';
import type { AgendaTemplate, FieldValue, TemplateField } from './model.js';
import { PLACEHOLDER_LIST, unknownPlaceholders } from './placeholders.js';
import { exampleText, problemAt, type PathSegment, type SourceLocator, type TemplateProblem } from './problems.js';

/** The shape the schema guarantees; optional parts get their defaults in `toTemplate`. */
export interface TemplateFileData {
  readonly id: string;
  readonly kind: AgendaTemplate['kind'];
  readonly title: string;
  readonly description?: string;
  readonly durationMinutes: number;
  readonly briefHeading?: string;
  readonly fields?: readonly {
    readonly id: string;
    readonly label: string;
    readonly type: TemplateField['type'];
    readonly required?: boolean;
    readonly help?: string;
    readonly default?: FieldValue;
  }[];
  readonly sections: readonly {
    readonly heading: string;
    readonly minutes: number;
    readonly prompts?: readonly string[];
    readonly fields?: readonly string[];
  }[];
}

export function toTemplate(data: TemplateFileData, source: string): AgendaTemplate {
  return {
    id: data.id,
    kind: data.kind,
    title: data.title.trim(),
    description: (data.description ?? '').trim(),
    durationMinutes: data.durationMinutes,
    briefHeading: (data.briefHeading ?? 'Details').trim(),
    fields: (data.fields ?? []).map((f) => ({
      id: f.id,
      label: f.label.trim(),
      type: f.type,
      required: f.required ?? false,
      ...(f.help !== undefined ? { help: f.help.trim() } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
    })),
    sections: data.sections.map((s) => ({
      heading: s.heading.trim(),
      minutes: s.minutes,
      prompts: (s.prompts ?? []).map((p) => p.trim()),
      fields: s.fields ?? [],
    })),
    source,
  };
}

/**
 * Rules a JSON Schema cannot say: field ids unique, sections naming real fields (each field shown once),
 * sections fitting in the suggested length, defaults that fit their field, placeholders Common Time fills.
 */
export function templateProblems(template: AgendaTemplate, file: string, locator: SourceLocator): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const at = (segments: readonly PathSegment[], message: string, fix: string) => problems.push(problemAt(file, locator, segments, message, fix));

  const fieldIndex = new Map<string, number>();
  template.fields.forEach((field, i) => {
    if (fieldIndex.has(field.id)) {
      at(['fields', i, 'id'], `repeats the field id "${field.id}" (also fields[${fieldIndex.get(field.id)}])`, 'give each field its own id');
    } else {
      fieldIndex.set(field.id, i);
    }
    if (field.default !== undefined) {
      const checked = checkFieldValue(field, field.default);
      if ('problem' in checked) at(['fields', i, 'default'], `is not a valid default: ${checked.problem.message}`, checked.problem.fix);
    }
  });

  const shownIn = new Map<string, number>();
  template.sections.forEach((section, s) => {
    section.fields.forEach((id, j) => {
      if (!fieldIndex.has(id)) {
        const known = [...fieldIndex.keys()];
        at(
          ['sections', s, 'fields', j],
          `names the field "${id}", which is not defined under fields`,
          known.length > 0 ? `define it under fields, or use one of: ${known.join(', ')}` : 'define it under fields',
        );
      } else if (shownIn.has(id)) {
        at(['sections', s, 'fields', j], `shows "${id}", which sections[${shownIn.get(id)}] already shows`, 'show each field in one section only');
      } else {
        shownIn.set(id, s);
      }
    });
  });

  const total = template.sections.reduce((sum, s) => sum + s.minutes, 0);
  if (total > template.durationMinutes) {
    at(
      ['durationMinutes'],
      `is ${template.durationMinutes} but the sections add up to ${total} minutes`,
      `write ${exampleText('durationMinutes', total, locator.syntax)}, or shorten a section`,
    );
  }

  const texts: [PathSegment[], string][] = [
    [['description'], template.description],
    [['briefHeading'], template.briefHeading],
    ...template.sections.flatMap((s, i): [PathSegment[], string][] => [
      [['sections', i, 'heading'], s.heading],
      ...s.prompts.map((p, j): [PathSegment[], string] => [['sections', i, 'prompts', j], p]),
    ]),
  ];
  for (const [segments, text] of texts) {
    for (const name of unknownPlaceholders(text)) {
      at(segments, `uses {{${name}}}, which Common Time does not fill in`, `use one of ${PLACEHOLDER_LIST}, or remove the braces`);
    }
  }
  return problems;
}
