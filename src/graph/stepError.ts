/** A failed `$batch` part as a GraphRequestError, like a failed single request. */
import type { StepOutcome } from './batchRunner.js';
import { fromStatus } from './graphCaller.js';
import { readGraphErrorBody, type GraphOperation, type GraphRequestError } from './graphRequestError.js';
import { parseRetryAfter } from './retryDelay.js';

export function stepError(outcome: StepOutcome, operation: GraphOperation, nowMs: number): GraphRequestError {
  if (outcome.batchError) return outcome.batchError;
  const body = readGraphErrorBody(outcome.body);
  return fromStatus(outcome.status, {
    code: body.code || (outcome.status === 0 ? 'missingBatchResponse' : ''),
    operation,
    graphMessage: body.message,
    requestId: body.requestId ?? outcome.headers['request-id'],
    retryAfterMs: parseRetryAfter(outcome.headers['retry-after'], nowMs),
  });
}
