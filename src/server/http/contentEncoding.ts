/**
 * Compressed text assets: which encoding a request accepts (RFC 9110 Accept-Encoding, with q-values),
 * and each file compressed once per encoding, kept while the file is unchanged. The built app is a
 * fixed set of files, so the cache is bounded by the build; brotli runs at quality 9 (11 costs seconds
 * of CPU per megabyte for a percent or two).
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this many bytes a compressed answer saves less than its headers cost. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

/** Whether a content type is text that compresses (images and fonts are already compressed). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/**
 * The encoding to answer with: brotli when accepted, else gzip, else none. `q=0` refuses an encoding,
 * `*` stands for any not named; the server's preference breaks ties between equal q-values.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: ContentEncoding) => q.get(name) ?? q.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a));
  return best[0];
}

/** Compressed file contents, made on first request and reused until the file's size or mtime changes. */
export function createCompressedCache(): (file: string, version: string, encoding: ContentEncoding) => Promise<Buffer> {
  const cache = new Map<string, { readonly version: string; readonly body: Promise<Buffer> }>();
  return (file, version, encoding) => {
    const key = `${encoding}:${file}`;
    const hit = cache.get(key);
    if (hit?.version === version) return hit.body;
    const body = readFile(file).then((raw) =>
      encoding === 'br' ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : gzipAsync(raw, { level: 9 }),
    );
    body.catch(() => cache.delete(key));
    cache.set(key, { version, body });
    return body;
  };
}
