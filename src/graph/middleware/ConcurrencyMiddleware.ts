/**
 * Holds each request until it fits under the per-mailbox and global caps (see ConcurrencyLimiter).
 * It sits after the retry link, so a request waiting out a Retry-After holds no slot.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { ConcurrencyLimiter } from '../concurrencyLimiter.js';
import { mailboxOfPath, relativeToRoot } from '../mailbox.js';
import { readRequestPolicy, requestUrl } from './requestPolicy.js';

export class ConcurrencyMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly limiter: ConcurrencyLimiter,
    private readonly apiRoot: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('ConcurrencyMiddleware: no next middleware; it cannot be the last link of the chain.');
    const release = await this.limiter.acquire(this.demandOf(context));
    try {
      await this.next.execute(context);
    } finally {
      release();
    }
  }

  private demandOf(context: Context): ReadonlyMap<string, number> {
    const fromPolicy = readRequestPolicy(context)?.mailboxSlots;
    if (fromPolicy) return fromPolicy;
    const relative = relativeToRoot(requestUrl(context), this.apiRoot);
    const mailbox = relative === undefined ? undefined : mailboxOfPath(relative);
    return mailbox === undefined ? new Map() : new Map([[mailbox, 1]]);
  }
}
