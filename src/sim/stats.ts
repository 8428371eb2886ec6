/**
 * What the simulator saw, for tests and benchmarks: request counts per route (outer HTTP requests and
 * `$batch` inner requests apart), statuses sent, and the highest number of requests in flight at once
 * per app+mailbox (Graph's Outlook limit is 4).
 */
export class SimStats {
  /** HTTP requests to `/v1.0` (a `$batch` counts once here). */
  httpRequests = 0;
  /** Keyed `${METHOD} ${routePattern}`, e.g. `POST /users/{userId}/calendar/getSchedule`, `POST /$batch`. */
  readonly byRoute: Record<string, number> = {};
  /** Same keys, for requests that arrived inside a `$batch`. */
  readonly innerByRoute: Record<string, number> = {};
  /** Statuses answered (outer and inner). */
  readonly byStatus: Record<number, number> = {};
  /** Highest concurrency seen per mailbox (user id), counting requests the limit then refused. */
  readonly maxConcurrencyByMailbox: Record<string, number> = {};
  /** Highest number of Outlook requests in flight at once for one app, across all mailboxes. */
  maxConcurrencyPerApp = 0;

  /** Outer plus inner requests for a route key. */
  count(key: string): number {
    return (this.byRoute[key] ?? 0) + (this.innerByRoute[key] ?? 0);
  }

  /** The highest concurrency seen on any one mailbox. */
  maxConcurrency(): number {
    return Math.max(0, ...Object.values(this.maxConcurrencyByMailbox));
  }

  reset(): void {
    this.httpRequests = 0;
    this.maxConcurrencyPerApp = 0;
    for (const r of [this.byRoute, this.innerByRoute, this.byStatus, this.maxConcurrencyByMailbox] as Record<string, number>[]) {
      for (const k of Object.keys(r)) delete r[k];
    }
  }

  /** @internal */
  noteRoute(key: string, inBatch: boolean): void {
    const map = inBatch ? this.innerByRoute : this.byRoute;
    map[key] = (map[key] ?? 0) + 1;
  }

  /** @internal */
  noteStatus(status: number): void {
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
  }

  /** @internal */
  noteAppConcurrency(inFlight: number): void {
    if (inFlight > this.maxConcurrencyPerApp) this.maxConcurrencyPerApp = inFlight;
  }

  /** @internal */
  noteConcurrency(mailbox: string, inFlight: number): void {
    if (inFlight > (this.maxConcurrencyByMailbox[mailbox] ?? 0)) this.maxConcurrencyByMailbox[mailbox] = inFlight;
  }
}
