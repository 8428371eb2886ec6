import { whyUnavailable, type PersonAvailability, type UnavailableReason } from '../availability/model.js';
import type { Interval } from '../time/interval.js';
import { compareByStart, compareRanked, SlotRanker, type RankedSlot } from '../ranking/rankSlots.js';
import { disallowedIntervals } from './constraints.js';
import { countBusyOnGrid, type SlotGrid } from './busyOnGrid.js';
import { resolveSlotOptions, type FindSlotsOptions, type ResolvedSlotOptions } from './slotOptions.js';

export type { FindSlotsOptions } from './slotOptions.js';

export interface FindSlotsResult {
  /** Slots where every required person and at least minAvailable people are free, best first (or by start). */
  readonly slots: readonly RankedSlot[];
  /** Only when `slots` is empty: the closest misses, fewest required people missing, then most people free. */
  readonly partial: readonly RankedSlot[];
  /** Grid starts the constraints allowed, and how many of them qualified before maxResults cut the list. */
  readonly candidatesChecked: number;
  readonly qualifying: number;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly requiredMissing: number;
}

/** Which grid starts the constraints allow; a pointer walks the sorted disallowed list alongside. */
function allowedMask(grid: SlotGrid, durationMs: number, disallowed: readonly Interval[]): Uint8Array {
  const allowed = new Uint8Array(grid.count);
  let d = 0;
  for (let k = 0; k < grid.count; k++) {
    const start = grid.origin + k * grid.step;
    while (d < disallowed.length && disallowed[d]!.end <= start) d++;
    allowed[k] = d < disallowed.length && disallowed[d]!.start < start + durationMs ? 0 : 1;
  }
  return allowed;
}

/** Who is free and who is not (with the strongest reason), for a slot that will be shown. */
function attendance(people: readonly PersonAvailability[], slot: Interval, o: ResolvedSlotOptions) {
  const need = { start: slot.start - o.beforeMs, end: slot.end + o.afterMs };
  const available: string[] = [];
  const unavailable: { id: string; reason: UnavailableReason }[] = [];
  for (const person of people) {
    const reason = whyUnavailable(person, need);
    if (reason === null) available.push(person.id);
    else unavailable.push({ id: person.id, reason });
  }
  return { start: slot.start, end: slot.end, available, unavailable };
}

/**
 * Every slot of the given duration on the grid inside the window where all required people and at
 * least minAvailable people are free (a person is free when no block of theirs overlaps the slot
 * widened by the buffers; blocks already carry working hours), ranked with reasons. When none
 * qualifies, the best partial slots instead. Pure; throws InvalidOptionError naming a bad field.
 *
 * Cost: O(blocks + grid) to count who is busy at every start (see countBusyOnGrid), then details
 * (who and why) only for the slots returned.
 */
export function findCommonSlots(people: readonly PersonAvailability[], options: FindSlotsOptions): FindSlotsResult {
  const o = resolveSlotOptions(people, options);
  const ranker = new SlotRanker({
    timeZone: options.timeZone ?? options.constraints?.timeZone ?? 'UTC',
    window: o.window,
    earlierSessionStarts: options.earlierSessionStarts,
    earlyBeforeMinute: options.earlyBeforeMinute,
    lateAfterMinute: options.lateAfterMinute,
    required: options.required ? [...new Set(options.required)] : [],
  });
  const grid: SlotGrid = { origin: o.window.start, step: o.stepMs, count: Math.floor((o.window.end - o.durationMs - o.window.start) / o.stepMs) + 1 };
  const allowed = allowedMask(grid, o.durationMs, options.constraints ? disallowedIntervals(o.window, options.constraints) : []);
  const isRequired = people.map(() => false);
  for (const i of o.requiredIndexes) isRequired[i] = true;
  const { busy, requiredBusy } = countBusyOnGrid(people, isRequired, grid, { beforeMs: o.beforeMs, afterStartMs: o.durationMs + o.afterMs });

  const qualifying: Candidate[] = [];
  const misses: Candidate[] = [];
  let candidatesChecked = 0;
  for (let k = 0; k < grid.count; k++) {
    if (!allowed[k]) continue;
    candidatesChecked++;
    const start = grid.origin + k * grid.step;
    const end = start + o.durationMs;
    const free = people.length - busy[k]!;
    const requiredMissing = requiredBusy[k]!;
    const qualifies = requiredMissing === 0 && free >= o.minAvailable;
    // Misses are only kept while nothing qualifies: they are the answer only in that case.
    if (qualifies || (qualifying.length === 0 && free > 0)) {
      (qualifies ? qualifying : misses).push({ start, end, score: ranker.score({ start, end }, free), requiredMissing });
    }
  }

  const byRank = (a: Candidate, b: Candidate) => a.requiredMissing - b.requiredMissing || b.score - a.score || a.start - b.start;
  const detail = (list: readonly Candidate[]) => list.map((c) => ranker.rank(attendance(people, c, o)));
  if (qualifying.length > 0) {
    const chosen = (o.sort === 'rank' ? qualifying.sort(byRank) : qualifying).slice(0, o.maxResults);
    const slots = detail(chosen).sort(o.sort === 'rank' ? compareRanked : compareByStart);
    return { slots, partial: [], candidatesChecked, qualifying: qualifying.length };
  }
  const partial = detail(misses.sort(byRank).slice(0, o.maxPartial));
  return { slots: [], partial, candidatesChecked, qualifying: 0 };
}
