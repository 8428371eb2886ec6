import { TEMPLATE_PLACEHOLDERS, type PlaceholderName } from './model.js';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(TEMPLATE_PLACEHOLDERS, name);
}

/** Names used as `{{name}}` in a template text that Common Time does not fill in (checked at load time). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !isPlaceholderName(name));
}

export const PLACEHOLDER_LIST = Object.keys(TEMPLATE_PLACEHOLDERS)
  .map((name) => `{{${name}}}`)
  .join(', ');

/**
 * Fills `{{name}}` in template-authored text, in one pass: a value that itself contains `{{…}}` is inserted as
 * literal text and never expanded again, so nothing a user typed can pull in other values.
 */
export function fillPlaceholders(text: string, values: Partial<Record<PlaceholderName, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholderName(name)) return whole;
    const value = values[name];
    return value !== undefined && value.trim() !== '' ? value : TEMPLATE_PLACEHOLDERS[name];
  });
}
