/**
 * Server-side paging the way Graph does it: a page of `value` plus an absolute `@odata.nextLink`
 * carrying an opaque `$skiptoken` (concepts/paging.md: clients request the nextLink unchanged).
 * Shared by the directory and calendar routes.
 */
import { badRequest } from './errors.js';
import type { SimRequest } from './types.js';

export interface PageOptions {
  /** Page size when neither `$top` nor an honoured `Prefer: odata.maxpagesize` is given. */
  defaultTop: number;
  /** Largest `$top` accepted (calendarView: 1000; users: 999); larger gets 400. */
  maxTop: number;
  /** Honour `Prefer: odata.maxpagesize=N` (documented for calendarView/delta). Default true. */
  honorMaxPageSize?: boolean;
}

export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

interface SkipToken {
  o: number; // offset of the next page
  n: number; // page size, kept so the nextLink needs no $top
}

function encodeToken(t: SkipToken): string {
  return Buffer.from(JSON.stringify(t), 'utf8').toString('base64url');
}

function decodeToken(raw: string): SkipToken {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<SkipToken>;
    if (Number.isInteger(t.o) && Number.isInteger(t.n) && t.o! >= 0 && t.n! > 0) return { o: t.o!, n: t.n! };
  } catch {
    // fall through to the error below
  }
  throw badRequest('The $skiptoken is not valid. Request the @odata.nextLink exactly as it was returned.');
}

/** Reads `$top` (1..maxTop); undefined when absent. */
export function readTop(req: SimRequest, maxTop: number): number | undefined {
  const raw = req.query.get('$top');
  if (raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > maxTop) {
    throw badRequest(`Invalid value '${raw}' for query parameter $top: use a whole number from 1 to ${maxTop}.`, 'ErrorInvalidParameter');
  }
  return n;
}

export function page<T>(items: readonly T[], req: SimRequest, options: PageOptions): Page<T> {
  const skip = req.query.get('$skiptoken');
  const token = skip === null ? undefined : decodeToken(skip);
  const top = readTop(req, options.maxTop);
  const preferred = options.honorMaxPageSize === false ? undefined : req.prefer.maxPageSize;
  const size = token?.n ?? top ?? (preferred !== undefined ? Math.min(preferred, options.maxTop) : options.defaultTop);
  const offset = token?.o ?? 0;
  const value = items.slice(offset, offset + size);
  const result: Page<T> = { value };
  if (offset + size < items.length) {
    result['@odata.nextLink'] = withSkipToken(req.url, encodeToken({ o: offset + size, n: size }));
  }
  return result;
}

/** Keeps the caller's query as sent (Graph's nextLinks print `$top=1&$skiptoken=...` literally). */
function withSkipToken(url: URL, token: string): string {
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p.length > 0 && !/^(\$|%24)skiptoken=/i.test(p));
  kept.push(`$skiptoken=${token}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}
