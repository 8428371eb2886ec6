/**
 * Keeps the number of requests in flight under Graph's limits: at most `perKey` at once for any one
 * mailbox (Outlook allows 4 per app and mailbox, throttling-limits.md) and at most `global` HTTP
 * requests at once overall. A `$batch` asks for several slots of each mailbox its parts touch, since
 * Graph runs up to 4 of a batch's parts at the same time.
 *
 * Waiters are served in arrival order per mailbox: a request that does not fit yet holds back later
 * requests for the same mailbox (so a batch needing 4 slots is not starved by single requests), but
 * not requests for other mailboxes.
 */

export type Release = () => void;

interface Waiter {
  readonly demand: ReadonlyMap<string, number>;
  readonly grant: (release: Release) => void;
}

export class ConcurrencyLimiter {
  private readonly inFlightByKey = new Map<string, number>();
  private inFlightTotal = 0;
  private readonly queue: Waiter[] = [];
  private highWater = 0;

  constructor(
    readonly perKey: number,
    readonly global: number,
  ) {
    if (!Number.isInteger(perKey) || perKey < 1) throw new RangeError(`maxConcurrencyPerMailbox: expected a whole number from 1, got ${perKey}.`);
    if (!Number.isInteger(global) || global < 1) throw new RangeError(`maxConcurrency: expected a whole number from 1, got ${global}.`);
  }

  /** Waits until the request fits, then returns the function that gives its slots back (call it once). */
  acquire(demand: ReadonlyMap<string, number> = new Map()): Promise<Release> {
    const capped = new Map<string, number>();
    for (const [key, n] of demand) if (n > 0) capped.set(key, Math.min(n, this.perKey));
    return new Promise<Release>((grant) => {
      this.queue.push({ demand: capped, grant });
      this.pump();
    });
  }

  /** Requests in flight now, overall or for one mailbox. */
  inFlight(key?: string): number {
    return key === undefined ? this.inFlightTotal : (this.inFlightByKey.get(key) ?? 0);
  }

  /** The most requests that were ever in flight at once overall. */
  maxInFlight(): number {
    return this.highWater;
  }

  private fits(demand: ReadonlyMap<string, number>): boolean {
    if (this.inFlightTotal >= this.global) return false;
    for (const [key, n] of demand) if ((this.inFlightByKey.get(key) ?? 0) + n > this.perKey) return false;
    return true;
  }

  private pump(): void {
    const heldBack = new Set<string>();
    for (let i = 0; i < this.queue.length && this.inFlightTotal < this.global;) {
      const waiter = this.queue[i]!;
      const keys = [...waiter.demand.keys()];
      if (keys.some((k) => heldBack.has(k)) || !this.fits(waiter.demand)) {
        keys.forEach((k) => heldBack.add(k));
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.take(waiter.demand);
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        this.give(waiter.demand);
        this.pump();
      });
    }
  }

  private take(demand: ReadonlyMap<string, number>): void {
    this.inFlightTotal++;
    this.highWater = Math.max(this.highWater, this.inFlightTotal);
    for (const [key, n] of demand) this.inFlightByKey.set(key, (this.inFlightByKey.get(key) ?? 0) + n);
  }

  private give(demand: ReadonlyMap<string, number>): void {
    this.inFlightTotal--;
    for (const [key, n] of demand) {
      const left = (this.inFlightByKey.get(key) ?? 0) - n;
      if (left > 0) this.inFlightByKey.set(key, left);
      else this.inFlightByKey.delete(key);
    }
  }
}
