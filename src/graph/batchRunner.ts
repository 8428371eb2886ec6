/**
 * Sends many independent Graph requests as JSON `$batch`es (at most 20 parts each), all batches at once
 * under the concurrency caps, and retries failed parts alone: the parts that came back 429/503/504 go
 * again, in a new batch, after the longest Retry-After among them (concepts/throttling.md), within the
 * retry cap and deadline. Answers come back in the order of the steps.
 */
import { chunk, MAX_REQUESTS_PER_BATCH } from './chunking.js';
import type { GraphCaller } from './graphCaller.js';
import { GraphRequestError, isRecord, type GraphOperation } from './graphRequestError.js';
import { mailboxOfPath } from './mailbox.js';
import { decideRetry, type RequestSafety } from './retryPolicy.js';

export interface BatchStep {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the API root, with a leading slash. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly safety: RequestSafety;
}

export interface StepOutcome {
  /** HTTP status of the part; for a batch that failed as a whole, that failure's status (0: no answer). */
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Set when the whole `$batch` request failed and this part never got its own answer. */
  readonly batchError?: GraphRequestError;
}

export interface RunStepsOptions {
  /** For the message when a whole batch fails. */
  readonly operation: GraphOperation;
  /** Called as parts reach their final answer. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface BatchAnswer {
  responses?: Array<{ id?: unknown; status?: unknown; headers?: unknown; body?: unknown }>;
}

const WEAKEST_FIRST: RequestSafety[] = ['unsafe', 'transactional', 'idempotent'];

export async function runSteps(graph: GraphCaller, steps: readonly BatchStep[], options: RunStepsOptions): Promise<StepOutcome[]> {
  const outcomes: Array<StepOutcome | undefined> = new Array(steps.length);
  const retries = new Array<number>(steps.length).fill(0);
  const startedAtMs = graph.now();
  let pending = steps.map((_, i) => i);
  let done = 0;
  const settle = (index: number, outcome: StepOutcome): void => {
    outcomes[index] = outcome;
    done++;
    options.onProgress?.(done, steps.length);
  };

  while (pending.length > 0) {
    const answers = await Promise.all(chunk(pending, MAX_REQUESTS_PER_BATCH).map((group) => sendBatch(graph, steps, group, options.operation)));
    const again: number[] = [];
    let waitMs = 0;
    for (const answer of answers) {
      for (const [index, outcome] of answer) {
        if (outcome.status >= 400 && outcome.batchError === undefined) {
          const decision = decideRetry(
            { status: outcome.status, retryAfter: outcome.headers['retry-after'] },
            steps[index]!.safety,
            { retriesSoFar: retries[index]!, startedAtMs, nowMs: graph.now(), random: graph.random },
            graph.retry,
          );
          if (decision.retry) {
            const step = steps[index]!;
            graph.onRetry?.({
              method: step.method,
              url: `${graph.apiRoot}${step.url}`,
              status: outcome.status,
              attempt: retries[index]! + 1,
              delayMs: decision.delayMs,
              fromServer: decision.fromServer,
              inBatch: true,
            });
            retries[index]!++;
            again.push(index);
            waitMs = Math.max(waitMs, decision.delayMs);
            continue;
          }
        }
        settle(index, outcome);
      }
    }
    if (again.length > 0) await graph.sleep(waitMs);
    pending = again.sort((a, b) => a - b);
  }
  return outcomes as StepOutcome[];
}

async function sendBatch(graph: GraphCaller, steps: readonly BatchStep[], group: readonly number[], operation: GraphOperation): Promise<Map<number, StepOutcome>> {
  const requests = group.map((index) => {
    const step = steps[index]!;
    const headers = { ...step.headers };
    if (step.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    return {
      id: String(index),
      method: step.method,
      url: step.url,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(step.body !== undefined ? { body: step.body } : {}),
    };
  });
  const safety = WEAKEST_FIRST.find((s) => group.some((i) => steps[i]!.safety === s)) ?? 'unsafe';
  const result = new Map<number, StepOutcome>();
  let answer: BatchAnswer;
  try {
    answer = await graph.call<BatchAnswer>({ method: 'POST', path: '/$batch', body: { requests }, safety, mailboxSlots: mailboxSlots(graph, steps, group), operation });
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    for (const index of group) result.set(index, { status: error.status, headers: {}, body: undefined, batchError: error });
    return result;
  }
  for (const response of answer?.responses ?? []) {
    const index = Number(response.id);
    if (!group.includes(index) || result.has(index)) continue;
    result.set(index, {
      status: typeof response.status === 'number' ? response.status : 0,
      headers: lowerCaseHeaders(response.headers),
      body: response.body,
    });
  }
  for (const index of group) {
    // A part without an answer is treated as lost on the way: retried if safe, else reported.
    if (!result.has(index)) result.set(index, { status: 0, headers: {}, body: undefined });
  }
  return result;
}

/** A batch's parts run up to 4 at once per mailbox on Graph's side, so it takes that many slots. */
function mailboxSlots(graph: GraphCaller, steps: readonly BatchStep[], group: readonly number[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const index of group) {
    const mailbox = mailboxOfPath(steps[index]!.url);
    if (mailbox !== undefined) slots.set(mailbox, Math.min(graph.maxConcurrencyPerMailbox, (slots.get(mailbox) ?? 0) + 1));
  }
  return slots;
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(headers)) for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = String(v);
  return out;
}
