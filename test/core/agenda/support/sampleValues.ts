import type { AgendaTemplate, TemplateField } from '../../../../src/core/agenda/index.js';

/** A distinct, recognisable value for every field of a template, with characters that need escaping. */
export function sampleValue(field: TemplateField, index: number): string | string[] {
  switch (field.type) {
    case 'text':
      return `Text for ${field.id} <${index}> & “quotes”`;
    case 'longText':
      return `First paragraph of ${field.id} & co.\nsecond line of ${field.id}\n\nSecond paragraph of ${field.id} <b>not bold</b>`;
    case 'list':
      return [`${field.id} item one`, `${field.id} item "two" <2>`];
    case 'url':
      return `https://example.org/${field.id}?a=1&b=${index}`;
    case 'date':
      return `2026-03-${String(10 + index).padStart(2, '0')}`;
  }
}

export function sampleValues(template: AgendaTemplate): Record<string, string | string[]> {
  return Object.fromEntries(template.fields.map((field, i) => [field.id, sampleValue(field, i)]));
}

/** The pieces of a value a reader must find in the invite: each list item, each line of a long text. */
export function visiblePieces(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : value.split('\n')).filter((piece) => piece.trim() !== '');
}
