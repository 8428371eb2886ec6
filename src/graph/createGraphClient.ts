/**
 * The SDK client with Common Time's middleware chain, as microsoft-graph-toolkit builds its own:
 * retry (throttling, deadline, safe repeats) -> token -> per-mailbox concurrency -> HTTP (global fetch).
 * Retry comes first so every attempt gets a fresh token and waits out Retry-After without holding a
 * concurrency slot. Production and the demo differ only in `apiRoot` and `getToken`.
 */
import { Client, HTTPMessageHandler, type Middleware } from '@microsoft/microsoft-graph-client';
import { ConcurrencyLimiter } from './concurrencyLimiter.js';
import { ConcurrencyMiddleware } from './middleware/ConcurrencyMiddleware.js';
import { RetryMiddleware, type RetryDeps } from './middleware/RetryMiddleware.js';
import { TokenAuthMiddleware, type TokenSource } from './middleware/TokenAuthMiddleware.js';
import type { RetrySettings } from './retryPolicy.js';

export interface GraphClientParts {
  readonly client: Client;
  readonly limiter: ConcurrencyLimiter;
  /** e.g. `https://graph.microsoft.com/v1.0`, without a trailing slash. */
  readonly apiRoot: string;
}

export interface GraphClientOptions {
  readonly apiRoot: string;
  readonly getToken: TokenSource;
  readonly retry: RetrySettings;
  readonly retryDeps: RetryDeps;
  readonly maxConcurrency: number;
  readonly maxConcurrencyPerMailbox: number;
}

/** Splits `https://host/prefix/v1.0` into the SDK's baseUrl (`https://host/prefix`) and version (`v1.0`). */
export function splitApiRoot(baseUrl: string): { origin: string; host: string; version: string; apiRoot: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RangeError(`baseUrl: ${JSON.stringify(baseUrl)} is not a URL; use https://graph.microsoft.com/v1.0 or the demo tenant's URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`baseUrl: use an http(s) URL, got ${JSON.stringify(baseUrl)}.`);
  if (url.search || url.hash) throw new RangeError(`baseUrl: remove the query or fragment from ${JSON.stringify(baseUrl)}.`);
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  const version = segments.pop();
  if (version === undefined || !/^(v\d+(\.\d+)?|beta)$/i.test(version)) {
    throw new RangeError(`baseUrl: ${JSON.stringify(baseUrl)} must end with the API version, e.g. https://graph.microsoft.com/v1.0.`);
  }
  const host = `${url.origin}${segments.length ? '/' + segments.join('/') : ''}`;
  return { origin: url.origin, host, version, apiRoot: `${host}/${version}` };
}

export function createGraphClient(options: GraphClientOptions): GraphClientParts {
  const { origin, host, version, apiRoot } = splitApiRoot(options.apiRoot);
  const limiter = new ConcurrencyLimiter(options.maxConcurrencyPerMailbox, options.maxConcurrency);
  const chain: Middleware[] = [
    new RetryMiddleware(options.retry, options.retryDeps),
    new TokenAuthMiddleware(options.getToken, origin),
    new ConcurrencyMiddleware(limiter, apiRoot),
    new HTTPMessageHandler(),
  ];
  chain.reduce((previous, current) => {
    previous.setNext?.(current);
    return current;
  });
  const client = Client.initWithMiddleware({ middleware: chain[0]!, baseUrl: host, defaultVersion: version });
  return { client, limiter, apiRoot };
}
