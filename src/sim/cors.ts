/**
 * Graph answers browsers' cross-origin requests (the Teams tab calls it from its own origin), so the
 * demo tenant does too: preflights are answered, and the headers a client needs to read (request ids,
 * Retry-After, ETag, Location) are exposed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXPOSED = ['request-id', 'client-request-id', 'Retry-After', 'ETag', 'Location', 'Preference-Applied', 'WWW-Authenticate', 'Content-Type'];

export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
  if (req.headers.origin) res.setHeader('Vary', 'Origin');
}

/** Answers a CORS preflight; returns true when it did. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
    'Access-Control-Max-Age': '3600',
  });
  res.end();
  return true;
}
