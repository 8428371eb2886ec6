/**
 * Cross-origin access to the demo tenant, for the app's own origin only. Graph answers any origin, but
 * the demo tenant also hands out tokens for anyone in the district (`/demo/token`), so a page on any
 * other origin must not be able to read its answers: only the origins configured here (the app
 * server's) get CORS headers, and `/demo/*` never does (the app reaches it through its own origin).
 * Preflights are answered; the headers a client needs to read (request ids, Retry-After, ETag,
 * Location) are exposed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXPOSED = ['request-id', 'client-request-id', 'Retry-After', 'ETag', 'Location', 'Preference-Applied', 'WWW-Authenticate', 'Content-Type'];

/** The origins allowed to call the demo tenant from a browser; `allow` adds one once it is known. */
export interface CorsPolicy {
  allows(origin: string): boolean;
  allow(origin: string): void;
}

/** `origins` as `scheme://host[:port]`; anything with a path is cut to its origin. */
export function createCorsPolicy(origins: readonly string[] = []): CorsPolicy {
  const allowed = new Set<string>();
  const policy: CorsPolicy = {
    allows: (origin) => allowed.has(origin.toLowerCase()),
    allow(origin) {
      allowed.add(new URL(origin).origin.toLowerCase());
    },
  };
  for (const origin of origins) policy.allow(origin);
  return policy;
}

/** The origin of a cross-origin request that may read the answer, or undefined. */
function permittedOrigin(req: IncomingMessage, policy: CorsPolicy): string | undefined {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !policy.allows(origin)) return undefined;
  if (/^\/demo(\/|$|\?)/i.test(req.url ?? '')) return undefined;
  return origin;
}

export function applyCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): void {
  res.setHeader('Vary', 'Origin');
  const origin = permittedOrigin(req, policy);
  if (origin === undefined) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
}

/** Answers a CORS preflight (with CORS headers only for a permitted origin); returns true when it did. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): boolean {
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  if (permittedOrigin(req, policy) === undefined) {
    res.writeHead(204).end();
    return true;
  }
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
    'Access-Control-Max-Age': '3600',
  });
  res.end();
  return true;
}
