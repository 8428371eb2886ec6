import type { Interval } from '../time/interval.js';

/**
 * Why a person cannot attend at some instant. Ordered from most to least telling, so that when a slot
 * meets several reasons the explanation names the strongest one ("out of office" beats "busy").
 */
export const UNAVAILABLE_REASONS = [
  'unknown',
  'oof',
  'busy',
  'workingElsewhere',
  'tentative',
  'outsideWorkingHours',
  'excluded',
] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/** Lower is stronger. */
export function reasonStrength(reason: UnavailableReason): number {
  return UNAVAILABLE_REASONS.indexOf(reason);
}

/** A stretch of time in which a person is unavailable, and why. */
export interface Block extends Interval {
  readonly reason: UnavailableReason;
}

/**
 * One person's availability over a window, as the engine works with it: `blocks` are sorted by start
 * and do not overlap (where reasons overlapped, the stronger one was kept). Anything not covered by a
 * block inside `window` is free. A schedule Graph could not read has `error` and one `unknown` block
 * covering the window: it is never counted as free.
 */
export interface PersonAvailability {
  readonly id: string;
  readonly window: Interval;
  readonly blocks: readonly Block[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** Index of the first block whose end is after `t` (binary search), or blocks.length. */
function firstBlockEndingAfter(blocks: readonly Block[], t: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The strongest reason this person cannot attend `slot`, or null when they are free for all of it.
 * Time outside the person's availability window is unknown: we never claim someone is free there.
 * Cost: O(log n + k) for k blocks overlapping the slot.
 */
export function whyUnavailable(person: PersonAvailability, slot: Interval): UnavailableReason | null {
  if (slot.start < person.window.start || slot.end > person.window.end) return 'unknown';
  const { blocks } = person;
  let best: UnavailableReason | null = null;
  for (let i = firstBlockEndingAfter(blocks, slot.start); i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.start >= slot.end) break;
    if (best === null || reasonStrength(block.reason) < reasonStrength(best)) best = block.reason;
  }
  return best;
}

export interface GroupVerdict {
  readonly available: readonly string[];
  readonly unavailable: readonly { readonly id: string; readonly reason: UnavailableReason }[];
}

/** Who of `people` can attend `slot`, in input order, with each absentee's strongest reason. */
export function evaluateGroup(people: readonly PersonAvailability[], slot: Interval): GroupVerdict {
  const available: string[] = [];
  const unavailable: { id: string; reason: UnavailableReason }[] = [];
  for (const person of people) {
    const reason = whyUnavailable(person, slot);
    if (reason === null) available.push(person.id);
    else unavailable.push({ id: person.id, reason });
  }
  return { available, unavailable };
}
