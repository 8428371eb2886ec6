/**
 * Per-request settings the gateway hands to its middleware through the SDK's MiddlewareOptions
 * mechanism (`GraphRequest.middlewareOptions([...])`, looked up by class in the middleware).
 */
import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { RequestSafety } from '../retryPolicy.js';

export class RequestPolicy implements MiddlewareOptions {
  constructor(
    /** How safe the request is to repeat; decides which failures are retried. */
    readonly safety: RequestSafety,
    /** Mailbox slots this request takes (a `$batch` lists its parts' mailboxes); else taken from the URL. */
    readonly mailboxSlots?: ReadonlyMap<string, number>,
  ) {}
}

export function readRequestPolicy(context: Context): RequestPolicy | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(RequestPolicy);
  return option instanceof RequestPolicy ? option : undefined;
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function requestMethod(context: Context): string {
  const method = typeof context.request === 'string' ? context.options?.method : context.request.method;
  return (method ?? 'GET').toUpperCase();
}

/** Sets a header whatever form the SDK left `options.headers` in (it uses a plain object). */
export function setRequestHeader(context: Context, name: string, value: string | undefined): void {
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) {
    if (value === undefined) headers.delete(name);
    else headers.set(name, value);
    return;
  }
  const record: Record<string, string> = Array.isArray(headers) ? Object.fromEntries(headers) : { ...(headers as Record<string, string> | undefined) };
  for (const key of Object.keys(record)) if (key.toLowerCase() === name.toLowerCase()) delete record[key];
  if (value !== undefined) record[name] = value;
  context.options.headers = record;
}
