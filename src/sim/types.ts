/**
 * The contract between the simulator's server and its route handlers (directory, batch, calendar).
 * A handler is `(req, ctx) => SimResponse | Promise<SimResponse>`; it may throw GraphError.
 */
import type { SimFaults } from './faults.js';
import type { TenantState, SimUser } from './state.js';

/** Who called, from the verified bearer token. */
export interface Caller {
  kind: 'delegated' | 'app';
  /** Directory user id (token `oid`) for delegated calls; undefined for app-only calls. */
  userId?: string;
  upn?: string;
  /** Client application id (token `azp`/`appid`): the key of Graph's per app+mailbox limits. */
  appId: string;
  /** Delegated scopes (`scp`, split on spaces). */
  scopes: string[];
  /** Application permissions (`roles`). */
  roles: string[];
}

/** The parsed `Prefer` header (several preferences may be comma-separated or repeated). */
export interface Prefer {
  /** `outlook.timezone="Pacific Standard Time"` (Windows or IANA name, unquoted). */
  timeZone?: string;
  /** `odata.maxpagesize=N`. */
  maxPageSize?: number;
  /** Every preference as sent, lower-cased keys: `{ 'outlook.timezone': 'Pacific Standard Time' }`. */
  all: Record<string, string>;
}

export interface SimRequest {
  method: string; // upper case
  /** Path after `/v1.0`, with `/me` already rewritten to `/users/{callerId}`; no query string. */
  path: string;
  /** The matched route pattern, e.g. `/users/{userId}/events` (for stats and fault filters). */
  route: string;
  /** Absolute URL as Graph would see it (`${baseUrl}/v1.0/...?query`), for `@odata.nextLink`. */
  url: URL;
  /** Path parameters by the names in the route pattern. `{userId}` is resolved to the user's id GUID. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Request headers with lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  caller: Caller;
  prefer: Prefer;
  /** The user addressed by `{userId}` in the route (by id, UPN or `me`), when the route has one. */
  user?: SimUser;
  /** True when the request arrived inside a JSON `$batch`. */
  inBatch: boolean;
  requestId: string;
  clientRequestId: string;
  /** Set by `faults.shouldDropAfterCommit(req)`: the server destroys the socket instead of answering. */
  dropConnection: { value: boolean };
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable body; omitted for 202/204. */
  body?: unknown;
}

export interface SimContext {
  state: TenantState;
  /** Schedule a (debounced, atomic) save of `state`; call after every mutation. */
  persist(): void;
  faults: SimFaults;
  /** The simulator's clock in epoch ms (injectable for tests). */
  now(): number;
  /** e.g. `http://127.0.0.1:PORT` (no trailing slash); Graph lives at `${baseUrl}/v1.0`. */
  baseUrl: string;
}

export type Handler = (req: SimRequest, ctx: SimContext) => SimResponse | Promise<SimResponse>;
