/**
 * Keeps an HTTP server up whatever a client sends. Node's parser refuses some requests before any
 * handler runs (a bad header, an oversized head) and by default just closes the socket; a handler that
 * throws or rejects would end the process. Both servers (the demo tenant and the app server) answer such
 * requests in Graph's error shape instead, so a client always reads one format, and keep serving.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphError, errorBody } from './errors.js';

/** Graph's `{"error":{"code","message","innerError":{date, request-id, client-request-id}}}` as text. */
export function graphErrorText(status: number, code: string, message: string, clientRequestId = '', now: () => number = Date.now): string {
  return JSON.stringify(errorBody(new GraphError(status, code, message), { requestId: randomUUID(), clientRequestId }, now()));
}

/** What a parser error becomes: Node's codes (llhttp's HPE_*) mapped to the status Graph would give. */
function clientErrorAnswer(error: NodeJS.ErrnoException): { status: number; code: string; message: string } {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'RequestHeaderFieldsTooLarge', message: 'The request headers are too large.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return { status: 408, code: 'RequestTimeout', message: 'The request took too long to arrive.' };
    default:
      return { status: 400, code: 'BadRequest', message: 'The request could not be read: its request line or a header is malformed.' };
  }
}

/**
 * Answers requests Node's parser refused (`clientError`) with a Graph-shaped 400/408/431 and closes
 * that connection; the server keeps listening.
 */
export function answerClientErrors(server: Server, now: () => number = Date.now): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code, message } = clientErrorAnswer(error);
    const body = graphErrorText(status, code, message, '', now);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}

/** A request's URL, or undefined when the WHATWG parser refuses it (`GET //[ HTTP/1.1`). */
export function parseRequestUrl(req: IncomingMessage, base: string): URL | undefined {
  try {
    return new URL(req.url ?? '/', base);
  } catch {
    return undefined;
  }
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Runs `handler` so that nothing it throws, synchronously or later, reaches the server: the error is
 * logged and the client gets Graph's 500 (or its connection is closed when an answer had already begun).
 */
export function guarded(handler: RequestHandler, log: (line: string) => void, now: () => number = Date.now): RequestHandler {
  return (req, res) => {
    const fail = (error: unknown): void => {
      log(`${req.method ?? '?'} ${req.url ?? ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const body = graphErrorText(500, 'generalException', 'Something went wrong on the server; try again in a moment.', headerText(req, 'client-request-id'), now);
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      const work = handler(req, res);
      if (work) work.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

function headerText(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return typeof value === 'string' ? value : '';
}

/** The body was over the limit; it has been read to its end (and dropped) so the 413 can be read. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${limitBytes} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request body of at most `limitBytes`. A longer one is read on and dropped, so the client
 * (still sending) can read the 413 it gets instead of a reset connection; past `drainBytes` the
 * client is not worth waiting for, and its connection is closed once the answer is written.
 */
export function readBodyWithin(req: IncomingMessage, limitBytes: number, drainBytes = limitBytes * 4): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const tooLarge = (): void => {
      if (settled) return;
      settled = true;
      reject(new BodyTooLargeError(limitBytes));
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > drainBytes) {
      // Not worth reading: answer now; Node closes the connection after the answer (Connection: close).
      req.resume();
      tooLarge();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        chunks.length = 0;
        if (size > drainBytes) {
          req.pause();
          tooLarge();
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limitBytes) tooLarge();
      else if (!settled) {
        settled = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}
