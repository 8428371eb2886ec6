/**
 * Graph's error envelope. Handlers throw GraphError; the server turns it into
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}` as Graph does
 * (concepts/errors.md, examples/error.example.json and throttling-429.response.json).
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on 429/503. */
    readonly headers: Record<string, string> = {},
    /** Extra innerError fields (the 429 sample adds code, message and status). */
    readonly inner: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: Record<string, string>;
  };
}

/** Graph prints innerError.date without a zone or fraction: `2020-08-18T12:51:51`. */
export function graphDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

export function errorBody(err: GraphError, ids: { requestId: string; clientRequestId: string }, nowMs: number): GraphErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      innerError: {
        ...err.inner,
        date: graphDate(nowMs),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);
export const notFound = (message: string, code = 'ResourceNotFound'): GraphError => new GraphError(404, code, message);
export const accessDenied = (message: string): GraphError => new GraphError(403, 'ErrorAccessDenied', message);
