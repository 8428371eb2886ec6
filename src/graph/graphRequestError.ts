/**
 * Every failure the gateway reports is a GraphRequestError: the HTTP status, Graph's error code and
 * request id (for support tickets), and a message a coach can act on, naming what could not be done
 * and to whom: "The calendar of Ana Ruiz (ana@contoso.org) could not be read: no permission."
 * Callers branch on `kind` (or `code`), never on the message, as concepts/errors.md advises.
 */

export type GraphErrorKind =
  | 'unauthorized' // 401: the token is missing, expired or not for Graph
  | 'forbidden' // 403: signed in, but not allowed
  | 'notFound' // 404
  | 'conflict' // 409/412: changed by someone else (ETag) or already exists
  | 'throttled' // 429 after the retries and the deadline ran out
  | 'unavailable' // 502/503/504 after the retries
  | 'badRequest' // 400 and other 4xx: the request itself is wrong
  | 'server' // other 5xx
  | 'network' // no HTTP answer at all
  | 'invalidResponse'; // an answer the gateway cannot use

/** What was being done, for the message: `${subject} could not be ${verb}: ${reason}.` */
export interface GraphOperation {
  /** e.g. "The calendar of Ana Ruiz (ana@contoso.org)", "The event 'Learning walk at Lincoln'". */
  readonly subject: string;
  /** e.g. "read", "created", "updated". */
  readonly verb: string;
}

export interface GraphRequestErrorInit {
  readonly kind: GraphErrorKind;
  readonly status: number;
  readonly code: string;
  readonly operation: GraphOperation;
  readonly requestId?: string;
  /** Graph's own message, kept for logs; never shown as the main message. */
  readonly graphMessage?: string;
  /** For throttling: how long Graph asked us to wait. */
  readonly retryAfterMs?: number;
  readonly method?: string;
  readonly url?: string;
  readonly cause?: unknown;
}

export class GraphRequestError extends Error {
  override readonly name: string = 'GraphRequestError';
  readonly kind: GraphErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** Graph's `error.code`, e.g. `ErrorAccessDenied`, `TooManyRequests`; '' when none. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly graphMessage: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly operation: GraphOperation;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(init: GraphRequestErrorInit) {
    super(`${init.operation.subject} could not be ${init.operation.verb}: ${reasonFor(init)}.`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.graphMessage = init.graphMessage;
    this.retryAfterMs = init.retryAfterMs;
    this.operation = init.operation;
    this.method = init.method;
    this.url = init.url;
  }
}

/** A 412 on an update with `If-Match`: someone changed the event since it was read. Reload and retry. */
export class GraphConflictError extends GraphRequestError {
  override readonly name: string = 'GraphConflictError';
}

export function kindForStatus(status: number): GraphErrorKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'server';
  return 'badRequest';
}

function waitPhrase(ms: number | undefined): string {
  if (ms === undefined) return 'in a few minutes';
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds === 1) return 'in 1 second';
  return seconds < 90 ? `in ${seconds} seconds` : `in ${Math.ceil(seconds / 60)} minutes`;
}

function reasonFor(init: GraphRequestErrorInit): string {
  switch (init.kind) {
    case 'unauthorized':
      return 'the sign-in is missing or has expired; sign in again';
    case 'forbidden':
      // Exchange shows another person's calendar only to those they shared it with (free/busy to everyone).
      return /\bthe calendar of\b/i.test(init.operation.subject) && init.code === 'ErrorAccessDenied'
        ? 'no permission: they have not shared their calendar with you (everyone can see free/busy only)'
        : 'no permission';
    case 'notFound':
      return 'not found; check the address or that it still exists';
    case 'conflict':
      return init.status === 412
        ? 'someone changed it after it was loaded; reload it and try again'
        : `it conflicts with what is already there${init.graphMessage ? ` (${init.graphMessage})` : ''}`;
    case 'throttled':
      return `Microsoft Graph is limiting requests right now; try again ${waitPhrase(init.retryAfterMs)}`;
    case 'unavailable':
      return `Microsoft Graph is temporarily unavailable; try again ${waitPhrase(init.retryAfterMs)}`;
    case 'server':
      return 'Microsoft Graph had an internal error; try again later';
    case 'network':
      return 'the connection to Microsoft Graph failed; check the network and try again';
    case 'invalidResponse':
      return `Microsoft Graph sent an answer that could not be used${init.graphMessage ? ` (${init.graphMessage})` : ''}`;
    case 'badRequest':
      return `Microsoft Graph rejected the request${init.graphMessage ? ` (${init.graphMessage})` : ''}`;
  }
}

/** Graph's error body `{"error":{"code","message","innerError":{"request-id"}}}`, read defensively. */
export function readGraphErrorBody(body: unknown): { code: string; message?: string; requestId?: string } {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const error = isRecord(parsed) && isRecord(parsed['error']) ? parsed['error'] : undefined;
  if (!error) return { code: '' };
  const inner = isRecord(error['innerError']) ? error['innerError'] : isRecord(error['innererror']) ? error['innererror'] : undefined;
  const requestId = inner && typeof inner['request-id'] === 'string' ? inner['request-id'] : undefined;
  return {
    code: typeof error['code'] === 'string' ? error['code'] : '',
    ...(typeof error['message'] === 'string' ? { message: error['message'] } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
