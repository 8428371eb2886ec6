import { whyUnavailable, type PersonAvailability, type UnavailableReason } from '../availability/model.js';
import type { Interval } from '../time/interval.js';
import { compareByStart, compareRanked, SlotRanker, type RankedSlot } from '../ranking/rankSlots.js';
import { disallowedIntervals } from './constraints.js';
import { FreeSweep } from './freeSweep.js';
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

/** Grid starts the constraints allow, in order; a pointer walks the sorted disallowed list alongside. */
function allowedStarts(o: ResolvedSlotOptions, disallowed: readonly Interval[]): number[] {
  const starts: number[] = [];
  let d = 0;
  for (let start = o.window.start; start + o.durationMs <= o.window.end; start += o.stepMs) {
    const end = start + o.durationMs;
    while (d < disallowed.length && disallowed[d]!.end <= start) d++;
    if (d < disallowed.length && disallowed[d]!.start < end) continue;
    starts.push(start);
  }
  return starts;
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
 * Cost: one pass over the grid with a forward-only pointer per person; a candidate is dropped as soon as
 * a required person is busy or minAvailable can no longer be reached. Details are built only for the
 * slots returned.
 */
export function findCommonSlots(people: readonly PersonAvailability[], options: FindSlotsOptions): FindSlotsResult {
  const o = resolveSlotOptions(people, options);
  const zone = options.timeZone ?? options.constraints?.timeZone ?? 'UTC';
  const ranker = new SlotRanker({
    timeZone: zone,
    window: o.window,
    earlierSessionStarts: options.earlierSessionStarts,
    earlyBeforeMinute: options.earlyBeforeMinute,
    lateAfterMinute: options.lateAfterMinute,
    required: options.required ? [...new Set(options.required)] : [],
  });
  const starts = allowedStarts(o, options.constraints ? disallowedIntervals(o.window, options.constraints) : []);

  // Required people first, so a candidate they cannot make is dropped after checking only them.
  const requiredSet = new Set(o.requiredIndexes);
  const order = [...o.requiredIndexes, ...Array.from(people.keys()).filter((i) => !requiredSet.has(i))];
  const n = people.length;

  const qualifying: Candidate[] = [];
  let sweep = new FreeSweep(people);
  for (const start of starts) {
    const end = start + o.durationMs;
    const from = start - o.beforeMs;
    const to = end + o.afterMs;
    let free = 0;
    let k = 0;
    for (; k < n; k++) {
      const i = order[k]!;
      if (sweep.isFree(i, from, to)) free++;
      else if (k < o.requiredIndexes.length || free + (n - k - 1) < o.minAvailable) break;
    }
    if (k === n) qualifying.push({ start, end, score: ranker.score({ start, end }, free), requiredMissing: 0 });
  }

  const byRank = (a: Candidate, b: Candidate) => a.requiredMissing - b.requiredMissing || b.score - a.score || a.start - b.start;
  const detail = (list: readonly Candidate[]) => list.map((c) => ranker.rank(attendance(people, c, o)));

  if (qualifying.length > 0) {
    const chosen = (o.sort === 'rank' ? qualifying.sort(byRank) : qualifying).slice(0, o.maxResults);
    const slots = detail(chosen).sort(o.sort === 'rank' ? compareRanked : compareByStart);
    return { slots, partial: [], candidatesChecked: starts.length, qualifying: qualifying.length };
  }

  // Nothing qualifies: count everyone at every allowed start (no early exit) to find the closest misses.
  sweep = new FreeSweep(people);
  const misses: Candidate[] = [];
  for (const start of starts) {
    const end = start + o.durationMs;
    let free = 0;
    let requiredMissing = 0;
    for (let k = 0; k < n; k++) {
      if (sweep.isFree(order[k]!, start - o.beforeMs, end + o.afterMs)) free++;
      else if (k < o.requiredIndexes.length) requiredMissing++;
    }
    if (free > 0) misses.push({ start, end, score: ranker.score({ start, end }, free), requiredMissing });
  }
  const partial = detail(misses.sort(byRank).slice(0, o.maxPartial));
  return { slots: [], partial, candidatesChecked: starts.length, qualifying: 0 };
}
