/**
 * Splitting a free/busy question into requests within Graph's limits (concepts/outlook-get-free-busy-
 * schedule.md): at most 20 schedules per getSchedule, a window shorter than 62 days, at most 20 requests
 * per $batch (concepts/json-batching.md). Pure functions of plain data.
 */
import type { Interval } from '../core/time/interval.js';

export const MAX_SCHEDULES_PER_REQUEST = 20;
export const MAX_REQUESTS_PER_BATCH = 20;
/** Graph: "The time window must be shorter than 62 days." */
export const MAX_WINDOW_MS = 62 * 86_400_000;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 1440;

const MINUTE_MS = 60_000;

/**
 * Consecutive pieces of at most `size` items, in order.
 * @example chunk(['a', 'b', 'c'], 2) // [['a', 'b'], ['c']]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size: expected a whole number from 1, got ${size}.`);
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}

/**
 * The window cut into consecutive pieces, each shorter than 62 days and, except the last, a whole
 * number of `intervalMinutes` long, so that each piece's availabilityView continues the previous one's
 * slot grid and the views can be concatenated. Pieces are half-open and cover the window exactly.
 * @example splitWindow({ start: 0, end: 100 * 86_400_000 }, 30).length // 2
 */
export function splitWindow(window: Interval, intervalMinutes: number, maxWindowMs: number = MAX_WINDOW_MS): Interval[] {
  checkIntervalMinutes(intervalMinutes);
  if (!Number.isFinite(window.start) || !Number.isFinite(window.end) || window.end <= window.start) {
    throw new RangeError('window: the end must be after the start.');
  }
  const slotMs = intervalMinutes * MINUTE_MS;
  // Longest piece: the most whole slots that stay strictly under the limit.
  const pieceMs = Math.floor((maxWindowMs - 1) / slotMs) * slotMs;
  if (pieceMs <= 0) throw new RangeError(`intervalMinutes: ${intervalMinutes} minutes do not fit in one request window.`);
  const pieces: Interval[] = [];
  for (let start = window.start; start < window.end; start += pieceMs) {
    pieces.push({ start, end: Math.min(window.end, start + pieceMs) });
  }
  return pieces;
}

export function checkIntervalMinutes(intervalMinutes: number): void {
  if (!Number.isInteger(intervalMinutes) || intervalMinutes < MIN_INTERVAL_MINUTES || intervalMinutes > MAX_INTERVAL_MINUTES) {
    throw new RangeError(
      `intervalMinutes: expected a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (Graph's availabilityViewInterval), got ${intervalMinutes}.`,
    );
  }
}

/**
 * The addresses once each, compared without letter case (Graph's SMTP addresses are case-insensitive),
 * keeping the first spelling; plus, for each input position, the index of its unique address.
 * @example uniqueAddresses(['a@x', 'B@x', 'A@X']) // { unique: ['a@x', 'B@x'], indexOf: [0, 1, 0] }
 */
export function uniqueAddresses(addresses: readonly string[]): { unique: string[]; indexOf: number[] } {
  const seen = new Map<string, number>();
  const unique: string[] = [];
  const indexOf = addresses.map((address) => {
    const key = address.trim().toLowerCase();
    let index = seen.get(key);
    if (index === undefined) {
      index = unique.length;
      seen.set(key, index);
      unique.push(address.trim());
    }
    return index;
  });
  return { unique, indexOf };
}
