/**
 * The small slice of OData query options the directory endpoints support, with Graph's errors for the
 * rest: `$select`, `$filter` (startswith / eq joined by and / or), `$search` ("prop:text" clauses),
 * `$orderby` on one property, `$count`.
 */
import { GraphError } from './errors.js';
import type { SimRequest } from './types.js';

type Row = Record<string, unknown>;
export type Predicate = (row: Row) => boolean;

const unsupported = (detail: string): GraphError => new GraphError(400, 'Request_UnsupportedQuery', `Unsupported query: ${detail}`);

/**
 * `$select=id,displayName` → keep those fields; unknown names get Graph's 400. Outlook items (events,
 * messages) always keep `id` (and `@odata.etag`); directory objects return only what was selected
 * (`GET /users/{id}?$select=displayName` has no `id`), so the directory passes `keepId: false`.
 */
export function applySelect(rows: Row[], req: SimRequest, known: readonly string[], typeName: string, options: { keepId?: boolean } = {}): Row[] {
  const raw = req.query.get('$select');
  if (!raw) return rows;
  const wanted = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const byLower = new Map(known.map((k) => [k.toLowerCase(), k]));
  const fields = wanted.map((w) => {
    const k = byLower.get(w.toLowerCase());
    if (!k) throw new GraphError(400, 'Request_BadRequest', `Could not find a property named '${w}' on type '${typeName}'.`);
    return k;
  });
  return rows.map((row) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(row)) if (k.startsWith('@odata.')) out[k] = v;
    if (options.keepId !== false && !fields.includes('id') && 'id' in row) out['id'] = row['id'];
    for (const f of fields) out[f] = row[f] ?? null;
    return out;
  });
}

/** The `@odata.context` collection suffix, e.g. `users` or `users(id,displayName)`. */
export function contextFor(collection: string, req: SimRequest): string {
  const raw = req.query.get('$select');
  return raw
    ? `${collection}(${raw
        .split(',')
        .map((s) => s.trim())
        .join(',')})`
    : collection;
}

/** `$filter`: `startswith(displayName,'a')`, `mail eq 'x'`, combined with `and` / `or` (no nesting). */
export function parseFilter(raw: string | null, props: readonly string[]): Predicate {
  if (raw === null || raw.trim() === '') return () => true;
  const byLower = new Map(props.map((p) => [p.toLowerCase(), p]));
  const prop = (name: string): string => {
    const p = byLower.get(name.toLowerCase());
    if (!p) throw unsupported(`$filter on '${name}' is not supported; filter on ${props.join(', ')}.`);
    return p;
  };
  const orParts = raw.split(/\s+or\s+/i);
  const ors = orParts.map((orPart) =>
    orPart.split(/\s+and\s+/i).map((clause): Predicate => {
      const c = clause
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .trim();
      const sw = /^startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)$/i.exec(c);
      if (sw) {
        const p = prop(sw[1]!);
        const v = sw[2]!.replace(/''/g, "'").toLowerCase();
        return (row) =>
          String(row[p] ?? '')
            .toLowerCase()
            .startsWith(v);
      }
      const eq = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(c);
      if (eq) {
        const p = prop(eq[1]!);
        const v = eq[2]!.replace(/''/g, "'").toLowerCase();
        return (row) => String(row[p] ?? '').toLowerCase() === v;
      }
      throw new GraphError(400, 'BadRequest', `Invalid filter clause: '${c}'. Use startswith(property,'text') or property eq 'value'.`);
    }),
  );
  return (row) => ors.some((ands) => ands.every((p) => p(row)));
}

/**
 * Directory `$search`: `"displayName:ana"` clauses joined by OR / AND; a clause matches when a word
 * of the property starts with the text (Graph's tokenized search). Needs `ConsistencyLevel: eventual`.
 */
export function parseDirectorySearch(req: SimRequest, props: readonly string[]): Predicate {
  const raw = req.query.get('$search');
  if (raw === null) return () => true;
  requireEventual(req, '$search');
  const byLower = new Map(props.map((p) => [p.toLowerCase(), p]));
  const ors = raw.split(/\s+OR\s+/).map((part) =>
    part.split(/\s+AND\s+/).map((clause): Predicate => {
      const m = /^"(\w+):([^"]*)"$/.exec(clause.trim());
      if (!m) throw new GraphError(400, 'Request_BadRequest', `Invalid $search clause ${clause.trim()}: use "property:text", for example "displayName:ana".`);
      const p = byLower.get(m[1]!.toLowerCase());
      if (!p) throw new GraphError(400, 'Request_BadRequest', `$search on '${m[1]}' is not supported; search on ${props.join(', ')}.`);
      const text = m[2]!.toLowerCase();
      return (row) =>
        String(row[p] ?? '')
          .toLowerCase()
          .split(/[\s.@_-]+/)
          .some((w) => w.startsWith(text));
    }),
  );
  return (row) => ors.some((ands) => ands.every((p) => p(row)));
}

export function requireEventual(req: SimRequest, feature: string): void {
  if ((req.headers['consistencylevel'] ?? '').toLowerCase() !== 'eventual') {
    throw new GraphError(
      400,
      'Request_UnsupportedQuery',
      `Request with ${feature} query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'`,
    );
  }
}

/** `$orderby=displayName` or `displayName desc`, on one of `props`. */
export function applyOrderBy(rows: Row[], req: SimRequest, props: readonly string[]): Row[] {
  const raw = req.query.get('$orderby');
  if (raw === null) return rows;
  const m = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/i.exec(raw);
  const p = m ? props.find((x) => x.toLowerCase() === m[1]!.toLowerCase()) : undefined;
  if (!m || !p) throw unsupported(`$orderby '${raw}'; order by one of ${props.join(', ')}.`);
  const dir = m[2]?.toLowerCase() === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => dir * String(a[p] ?? '').localeCompare(String(b[p] ?? '')));
}

/** `$count=true` adds `@odata.count` (directory objects need ConsistencyLevel: eventual). */
export function wantsCount(req: SimRequest): boolean {
  const raw = req.query.get('$count');
  if (raw === null || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() !== 'true') throw new GraphError(400, 'BadRequest', `Invalid value '${raw}' for $count: use true or false.`);
  requireEventual(req, '$count');
  return true;
}

/** `@odata.context` as Graph prints it: `${graph}/$metadata#users('id')/mailboxSettings`. */
export function metadataUrl(baseUrl: string, fragment: string): string {
  return `${baseUrl}/v1.0/$metadata#${fragment}`;
}
