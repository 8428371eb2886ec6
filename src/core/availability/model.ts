import type { Interval } from '../time/interval.js';

/**
 * Why a person cannot attend at some instant. Ordered from most to least telling, so that when a slot
 * meets several reasons the explanation names the strongest one ("out of office" beats "busy").
 */
export const UNAVAILABLE_REASONS = ['unknown', 'oof', 'busy', 'workingElsewhere', 'tentative', 'outsideWorkingHours', 'excluded'] as const;
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
  /**
   * The same blocks packed into typed arrays, when the builder made them (buildAvailability does, as a
   * non-enumerable property, so JSON and equality checks see only `blocks`). Scanning a district's
   * blocks this way allocates nothing; `blocks` is then materialised only if someone reads it.
   */
  readonly packed?: PackedBlocks;
}

/** Blocks as parallel arrays: block i is [starts[i], ends[i]) with reason UNAVAILABLE_REASONS[reasons[i]]. */
export interface PackedBlocks {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly reasons: Uint8Array;
}

/** A person's blocks packed: the builder's arrays when present, else packed from `blocks` (O(n)). */
export function packedBlocks(person: PersonAvailability): PackedBlocks {
  if (person.packed) return person.packed;
  const { blocks } = person;
  const starts = new Float64Array(blocks.length);
  const ends = new Float64Array(blocks.length);
  const reasons = new Uint8Array(blocks.length);
  blocks.forEach((block, i) => {
    starts[i] = block.start;
    ends[i] = block.end;
    reasons[i] = reasonStrength(block.reason);
  });
  return { starts, ends, reasons };
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
  if (person.packed) return whyUnavailablePacked(person.packed, slot);
  const { blocks } = person;
  let best: UnavailableReason | null = null;
  for (let i = firstBlockEndingAfter(blocks, slot.start); i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.start >= slot.end) break;
    if (best === null || reasonStrength(block.reason) < reasonStrength(best)) best = block.reason;
  }
  return best;
}

/** whyUnavailable over packed blocks: the same answer without touching `blocks`. */
function whyUnavailablePacked({ starts, ends, reasons }: PackedBlocks, slot: Interval): UnavailableReason | null {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= slot.start) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo; i < starts.length && starts[i]! < slot.end; i++) {
    if (best < 0 || reasons[i]! < best) best = reasons[i]!;
  }
  return best < 0 ? null : UNAVAILABLE_REASONS[best]!;
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
