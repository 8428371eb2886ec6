import { DateTime } from 'luxon';
import type { AgendaTemplate, FieldValue, TemplateField } from './model.js';

/** A field value after checking: trimmed text, or the non-empty items of a list. */
export type ResolvedValue = string | readonly string[];

export interface FieldProblem {
  /** The field id, or the context key such as `context.title`. */
  readonly field: string;
  /** Starts with the field's label so the UI can show it as is: "Focus question (focusQuestion) is required". */
  readonly message: string;
  readonly fix: string;
}

const LIMITS = { text: 1000, longText: 20000, listItems: 100, listItem: 1000, url: 2048 } as const;
const ALLOWED_URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// C0 controls other than tab and newline, DEL and C1 controls: invisible, and some clients choke on them.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim();
}

function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

/** The parsed address when it is absolute http(s) or mailto; anything else (javascript:, data:, relative) is refused. */
export function parseSafeUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return ALLOWED_URL_PROTOCOLS.has(url.protocol) ? url : undefined;
}

type Check = { value: ResolvedValue | undefined } | { problem: Omit<FieldProblem, 'field'> };

function tooLong(name: string, length: number, limit: number): Check {
  return { problem: { message: `${name} is ${length.toLocaleString('en-US')} characters; the limit is ${limit.toLocaleString('en-US')}`, fix: 'shorten it' } };
}

function checkList(name: string, raw: FieldValue): Check {
  const items = (typeof raw === 'string' ? raw.split('\n') : raw).map(oneLine).filter((item) => item !== '');
  if (items.length > LIMITS.listItems) {
    return { problem: { message: `${name} has ${items.length} items; the limit is ${LIMITS.listItems}`, fix: 'merge or remove some items' } };
  }
  const long = items.find((item) => item.length > LIMITS.listItem);
  if (long !== undefined) return tooLong(`An item of ${name}`, long.length, LIMITS.listItem);
  return { value: items.length === 0 ? undefined : items };
}

function checkScalar(field: TemplateField, name: string, raw: string): Check {
  const value = field.type === 'longText' ? cleanText(raw) : oneLine(raw);
  if (value === '') return { value: undefined };
  switch (field.type) {
    case 'url':
      if (value.length > LIMITS.url) return tooLong(name, value.length, LIMITS.url);
      return parseSafeUrl(value) ? { value } : { problem: { message: `${name} must be a web (http or https) or mailto address`, fix: 'write it like https://example.org/notes' } };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid
        ? { value }
        : { problem: { message: `${name} must be a calendar date written YYYY-MM-DD`, fix: 'write it like 2026-03-04' } };
    case 'longText':
      return value.length > LIMITS.longText ? tooLong(name, value.length, LIMITS.longText) : { value };
    default:
      return value.length > LIMITS.text ? tooLong(name, value.length, LIMITS.text) : { value };
  }
}

/** Checks one value against its field; `undefined` comes back for an empty value. */
export function checkFieldValue(field: TemplateField, raw: unknown): Check {
  const name = `${field.label} (${field.id})`;
  if (raw === undefined || raw === null) return { value: undefined };
  if (field.type === 'list') {
    if (typeof raw === 'string' || (Array.isArray(raw) && raw.every((item) => typeof item === 'string'))) {
      return checkList(name, raw as FieldValue);
    }
    return { problem: { message: `${name} must be a list of texts`, fix: 'give an array of strings, or one item per line' } };
  }
  if (typeof raw !== 'string') {
    return { problem: { message: `${name} must be text`, fix: 'give a string' } };
  }
  return checkScalar(field, name, raw);
}

export interface ResolvedFields {
  /** Only fields that have a value, after defaults. */
  readonly values: Readonly<Record<string, ResolvedValue>>;
  readonly problems: readonly FieldProblem[];
}

/**
 * Checks what the coach filled in against the template: defaults fill empty fields, required fields must end
 * up with a value, and a value for a field the template does not have is an error rather than silently lost.
 */
export function resolveFieldValues(template: AgendaTemplate, input: Readonly<Record<string, unknown>>): ResolvedFields {
  const values: Record<string, ResolvedValue> = {};
  const problems: FieldProblem[] = [];
  const known = new Set(template.fields.map((f) => f.id));
  for (const key of Object.keys(input)) {
    // An unknown key left undefined is a cleared form input, not a value that would be lost.
    if (!known.has(key) && input[key] !== undefined) {
      problems.push({
        field: key,
        message: `${key} is not a field of the “${template.title}” template`,
        fix: `remove it, or use one of: ${[...known].join(', ')}`,
      });
    }
  }
  for (const field of template.fields) {
    const given = Object.hasOwn(input, field.id) ? input[field.id] : undefined;
    let checked = checkFieldValue(field, given);
    if ('value' in checked && checked.value === undefined && field.default !== undefined) checked = checkFieldValue(field, field.default);
    if ('problem' in checked) {
      problems.push({ field: field.id, ...checked.problem });
    } else if (checked.value !== undefined) {
      values[field.id] = checked.value;
    } else if (field.required) {
      problems.push({ field: field.id, message: `${field.label} (${field.id}) is required`, fix: `fill in ${field.label.toLowerCase()}` });
    }
  }
  return { values, problems };
}
