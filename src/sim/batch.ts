/**
 * JSON batching (`POST /v1.0/$batch`) as concepts/json-batching.md describes it: up to 20 requests,
 * ids unique case-insensitively, relative urls with or without a leading slash, headers (with
 * Content-Type) required when a body is present, `dependsOn` ordering with 424 for dependents of a
 * failure, at most 4 inner requests at once, each inner request throttled on its own, answers in
 * completion order, and an outer 200 whenever the batch itself is well formed.
 */
import { randomUUID } from 'node:crypto';
import { GraphError, badRequest, errorBody } from './errors.js';
import type { Dispatcher } from './dispatch.js';
import type { Caller, SimResponse } from './types.js';

export const MAX_BATCH_REQUESTS = 20;
export const BATCH_CONCURRENCY = 4;

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

export interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the whole batch first: a malformed batch fails as a whole with 400. */
export function parseBatch(body: unknown): InnerRequest[] {
  if (!isRecord(body) || !Array.isArray(body['requests'])) {
    throw badRequest('Invalid batch payload format: the body needs a "requests" array.');
  }
  const raw = body['requests'];
  if (raw.length === 0) throw badRequest('Invalid batch payload format: "requests" is empty.');
  if (raw.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`Number of batch request steps exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
  }
  const seen = new Set<string>();
  const requests = raw.map((r: unknown, i): InnerRequest => {
    if (!isRecord(r)) throw badRequest(`Batch request at index ${i} is not an object.`);
    const { id, method, url, headers, body: innerBody, dependsOn } = r;
    if (typeof id !== 'string' || id.length === 0) throw badRequest(`Batch request at index ${i} needs a string "id".`);
    const key = id.toLowerCase();
    if (seen.has(key)) throw badRequest(`Batch request id '${id}' is not unique: ids must be unique within a batch (compared case-insensitively).`);
    seen.add(key);
    if (typeof method !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE)$/i.test(method)) {
      throw badRequest(`Batch request '${id}' needs "method" GET, POST, PATCH, PUT or DELETE.`);
    }
    if (typeof url !== 'string' || url.length === 0) throw badRequest(`Batch request '${id}' needs a relative "url".`);
    if (/^[a-z]+:\/\//i.test(url)) throw badRequest(`Batch request '${id}' has an absolute url; use a url relative to the version, such as /me/events.`);
    if (headers !== undefined && !isRecord(headers)) throw badRequest(`Batch request '${id}': "headers" must be an object.`);
    const lowerHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers ?? {})) lowerHeaders[k.toLowerCase()] = String(v);
    if (innerBody !== undefined && lowerHeaders['content-type'] === undefined) {
      throw badRequest(`Batch request '${id}' has a body but no Content-Type header; add "headers": {"Content-Type": "application/json"}.`);
    }
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))) {
      throw badRequest(`Batch request '${id}': "dependsOn" must be an array of request ids.`);
    }
    return { id, method: method.toUpperCase(), url, headers: lowerHeaders, body: innerBody, dependsOn: (dependsOn as string[] | undefined) ?? [] };
  });
  for (const r of requests) {
    for (const d of r.dependsOn) {
      if (!seen.has(d.toLowerCase())) throw badRequest(`Batch request '${r.id}' depends on '${d}', which is not in the batch.`);
      if (d.toLowerCase() === r.id.toLowerCase()) throw badRequest(`Batch request '${r.id}' depends on itself.`);
    }
  }
  assertNoCycle(requests);
  return requests;
}

function assertNoCycle(requests: InnerRequest[]): void {
  const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (r: InnerRequest): void => {
    const key = r.id.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') throw badRequest(`Batch requests have circular dependsOn involving '${r.id}'.`);
    state.set(key, 'visiting');
    for (const d of r.dependsOn) visit(byId.get(d.toLowerCase())!);
    state.set(key, 'done');
  };
  requests.forEach(visit);
}

export async function runBatch(requests: InnerRequest[], dispatcher: Dispatcher, caller: Caller, dropConnection: { value: boolean }, now: () => number): Promise<InnerResponse[]> {
  const pending = [...requests];
  const done = new Map<string, number>(); // lower-case id -> status
  const responses: InnerResponse[] = [];
  let running = 0;

  return new Promise<InnerResponse[]>((resolve) => {
    const pump = (): void => {
      for (let i = 0; i < pending.length && running < BATCH_CONCURRENCY;) {
        const r = pending[i]!;
        const deps = r.dependsOn.map((d) => done.get(d.toLowerCase()));
        if (deps.some((s) => s === undefined)) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        if (deps.some((s) => s! >= 400)) {
          // A failed dependency: the dependent is not run (json-batching.md: 424 Failed Dependency).
          const err = new GraphError(424, 'FailedDependency', `Request '${r.id}' was not run because a request it depends on failed.`);
          const res: InnerResponse = {
            id: r.id,
            status: 424,
            headers: { 'Content-Type': 'application/json' },
            body: errorBody(err, { requestId: randomUUID(), clientRequestId: r.headers['client-request-id'] ?? '' }, now()),
          };
          complete(r, res);
          continue;
        }
        running++;
        void dispatcher.dispatch({ method: r.method, relativeUrl: r.url, headers: r.headers, body: r.body, caller, inBatch: true, dropConnection }).then((res: SimResponse) => {
          running--;
          complete(r, { id: r.id, status: res.status, headers: res.headers ?? {}, ...(res.body === undefined ? {} : { body: res.body }) });
        });
      }
      if (pending.length === 0 && running === 0) resolve(responses);
    };
    const complete = (r: InnerRequest, res: InnerResponse): void => {
      done.set(r.id.toLowerCase(), res.status);
      responses.push(res);
      queueMicrotask(pump);
    };
    pump();
  });
}
