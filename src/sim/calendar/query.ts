/**
 * The event query options Common Time relies on, parsed the way Graph reads them:
 * - `$filter=singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{v}')`, with
 *   `contains(ep/value,'v')`, `startswith(ep/value,'v')` or `ep/value ne 'v'` in place of `eq`
 *   (singlevaluelegacyextendedproperty-get.md; the id's Name part is case-sensitive, values are not);
 * - `$filter=categories/any(c: c eq 'Name')`, and `subject eq '...'`; clauses may be joined by `and`;
 * - `$expand=singleValueExtendedProperties($filter=id eq '{id}')`, several ids joined by `or`.
 * Anything else gets a 400 that lists what is supported, never a silently unfiltered answer.
 */
import { GraphError } from '../errors.js';
import { propertyKey } from './input.js';
import type { ExtendedProperty, StoredEvent } from './model.js';

export type EventPredicate = (event: StoredEvent) => boolean;

const QUOTED = `'((?:[^']|'')*)'`;
const unquote = (s: string): string => s.replace(/''/g, "'");

function badFilter(clause: string): GraphError {
  return new GraphError(
    400,
    'BadRequest',
    `Invalid filter clause: '${clause}'. Supported: singleValueExtendedProperties/any(ep: ep/id eq '{id}' and ep/value eq '{value}') ` +
      `(or contains(ep/value,'text'), startswith(ep/value,'text'), ep/value ne '{value}'), categories/any(c: c eq '{name}'), subject eq '{text}'.`,
  );
}

/** Splits on ` and ` outside quotes and parentheses. */
function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0) {
      const m = /^\s+and\s+/i.exec(text.slice(i));
      if (m && i > start) {
        parts.push(text.slice(start, i).trim());
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/** `((a and b))` → `a and b`, but `(a) and (b)` stays as it is. */
function stripParens(text: string): string {
  const t = text.trim();
  return t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1)) ? stripParens(t.slice(1, -1)) : t;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

type PropertyTest = (p: ExtendedProperty) => boolean;

function propertyClause(clause: string, v: string): PropertyTest {
  const esc = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const id = new RegExp(`^${esc}/id\\s+eq\\s+${QUOTED}$`, 'i').exec(clause);
  if (id) {
    const key = propertyKey(unquote(id[1]!));
    return (p) => propertyKey(p.id) === key;
  }
  const cmp = new RegExp(`^${esc}/value\\s+(eq|ne)\\s+${QUOTED}$`, 'i').exec(clause);
  if (cmp) {
    const want = unquote(cmp[2]!).toLowerCase();
    return cmp[1]!.toLowerCase() === 'eq' ? (p) => p.value.toLowerCase() === want : (p) => p.value.toLowerCase() !== want;
  }
  const fn = new RegExp(`^(contains|startswith)\\(\\s*${esc}/value\\s*,\\s*${QUOTED}\\s*\\)$`, 'i').exec(clause);
  if (fn) {
    const want = unquote(fn[2]!).toLowerCase();
    return fn[1]!.toLowerCase() === 'contains' ? (p) => p.value.toLowerCase().includes(want) : (p) => p.value.toLowerCase().startsWith(want);
  }
  throw badFilter(clause);
}

function topClause(clause: string): EventPredicate {
  const lambda = /^(singleValueExtendedProperties|categories)\/any\(\s*(\w+)\s*:\s*(.*)\)$/i.exec(clause);
  if (lambda) {
    const variable = lambda[2]!;
    const body = lambda[3]!;
    if (lambda[1]!.toLowerCase() === 'categories') {
      const m = new RegExp(`^${variable}\\s+eq\\s+${QUOTED}$`, 'i').exec(body.trim());
      if (!m) throw badFilter(clause);
      const want = unquote(m[1]!).toLowerCase();
      return (e) => e.categories.some((c) => c.toLowerCase() === want);
    }
    const tests = splitAnd(stripParens(body)).map((c) => propertyClause(stripParens(c), variable));
    return (e) => e.singleValueExtendedProperties.some((p) => tests.every((t) => t(p)));
  }
  const subject = new RegExp(`^subject\\s+eq\\s+${QUOTED}$`, 'i').exec(clause);
  if (subject) {
    const want = unquote(subject[1]!).toLowerCase();
    return (e) => e.subject.toLowerCase() === want;
  }
  throw badFilter(clause);
}

/** The `$filter` as a predicate; absent or empty filters match everything. */
export function parseEventFilter(raw: string | null): EventPredicate {
  if (raw === null || raw.trim() === '') return () => true;
  if (!balanced(raw)) throw badFilter(raw);
  const tests = splitAnd(stripParens(raw)).map((c) => topClause(stripParens(c)));
  return (e) => tests.every((t) => t(e));
}

/**
 * `$expand=singleValueExtendedProperties($filter=id eq '...')`: which stored properties to return, or
 * undefined when nothing is expanded. Without a filter every property is returned.
 */
export function parseExpand(raw: string | null): PropertyTest | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const m = /^singleValueExtendedProperties(?:\(\s*\$filter\s*=\s*(.*)\))?$/i.exec(raw.trim());
  if (!m) {
    throw new GraphError(400, 'BadRequest', `$expand '${raw}' is not supported here; use singleValueExtendedProperties($filter=id eq '{id}').`);
  }
  if (m[1] === undefined) return () => true;
  // Inside $expand the property is the implicit subject (`id eq '...'`); read it as the lambda form does.
  const alternatives = stripParens(m[1]).split(/\s+or\s+/i);
  const tests = alternatives.map((c) =>
    propertyClause(
      stripParens(c)
        .replace(/^id\b/i, 'ep/id')
        .replace(/^value\b/i, 'ep/value'),
      'ep',
    ),
  );
  return (p) => tests.some((t) => t(p));
}
