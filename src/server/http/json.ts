/** JSON in and out for the `/api` routes; errors use Graph's shape so the browser reads one format. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, graphErrorText, readBodyWithin } from '../../sim/httpGuard.js';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** `{ "error": { "code", "message", "innerError": { "date", "request-id", ... } } }`, Graph's shape. */
export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, graphErrorText(status, code, message), headers);
}

function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export const MAX_BODY_BYTES = 1_000_000;

/** Reads a JSON body; rejects with a message naming the problem (too large: status 413; not JSON: 400). */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readBodyWithin(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new RequestBodyError('The request body is larger than 1 MB; send less per request.', 413);
    throw error;
  }
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RequestBodyError('The request body is not valid JSON.');
  }
}

export class RequestBodyError extends Error {
  override name = 'RequestBodyError';
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
  }
}
