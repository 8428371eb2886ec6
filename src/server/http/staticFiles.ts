/**
 * Serves the built browser app (dist/app). Hashed files under /assets are cached for a year; the HTML
 * entry points are never cached, so a new build is picked up on the next load. Text is sent with brotli
 * or gzip when the request accepts it (contentEncoding.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseEncoding, createCompressedCache, isCompressible, MIN_COMPRESSIBLE_BYTES } from './contentEncoding.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Friendly entry points: the Teams tab at `/`, the Outlook task pane at `/addin`. */
const ENTRY_POINTS: Record<string, string> = {
  '/': 'app/index.html',
  '/app': 'app/index.html',
  '/addin': 'addin/index.html',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface StaticOptions {
  /**
   * Serve `*.map` files (the demo, for debugging). Production does not: source maps hand out the
   * original sources, and the bundles name none (vite's `sourcemap: 'hidden'`).
   */
  readonly serveSourceMaps?: boolean;
}

/** Returns a handler that answers when the request names a file in `rootDir`, else resolves false. */
export function createStaticHandler(rootDir: string, extraHeaders: Record<string, string>, options: StaticOptions = {}): StaticHandler {
  const root = path.resolve(rootDir);
  const compressed = createCompressedCache();
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = decodePath(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === undefined) return false;
    const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
    const relative = ENTRY_POINTS[trimmed] ?? trimmed.replace(/^\/+/, '');
    if (!options.serveSourceMaps && relative.toLowerCase().endsWith('.map')) return false;
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return false; // no escaping the folder
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return false;
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = relative.startsWith('assets/');
    const compressible = isCompressible(type) && info.size >= MIN_COMPRESSIBLE_BYTES;
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    const body = encoding ? await compressed(file, `${info.size}:${info.mtimeMs}`, encoding) : undefined;
    res.writeHead(200, {
      ...extraHeaders,
      'content-type': type,
      'content-length': String(body ? body.length : info.size),
      ...(encoding && { 'content-encoding': encoding }),
      // Caches keep one copy per encoding, also of the uncompressed answer.
      ...(compressible && { vary: 'Accept-Encoding' }),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    if (body) {
      res.end(body);
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
    });
    return true;
  };
}

function decodePath(pathname: string): string | undefined {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}
