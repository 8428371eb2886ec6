/**
 * Optional people, as in Outlook: invited, never deciding whether a time fits. The search runs over the
 * required people (and the organizer) alone; this adds how the optional people stand at each time it found,
 * says it in the attendance line ("all 8 required free; 1 of 2 optional busy (Dee Lee)"), and, among times
 * that score the same, puts first the ones more optional people can make.
 */
import { evaluateGroup, type GroupVerdict, type PersonAvailability } from '../availability/model.js';
import type { RankedSlot } from '../ranking/rankSlots.js';
import { describeWithOptional } from '../ranking/wording.js';

export interface SlotWithOptional extends RankedSlot {
  /** How the optional people stand at this time (ids as the availability gives them). */
  readonly optional: GroupVerdict;
}

/**
 * `slots` as the search ranked them (the attendance line first in each slot's reasons, as SlotRanker writes
 * it). Runs of equal score keep their place in the list; inside a run, more optional people free comes first.
 */
export function withOptionalPeople(slots: readonly RankedSlot[], optional: readonly PersonAvailability[]): SlotWithOptional[] {
  const annotated = slots.map((slot): SlotWithOptional => {
    const verdict = evaluateGroup(optional, slot);
    if (optional.length === 0) return { ...slot, optional: verdict };
    const line = describeWithOptional(
      { availableCount: slot.available.length, unavailable: slot.unavailable },
      { availableCount: verdict.available.length, unavailable: verdict.unavailable },
    );
    return { ...slot, reasons: [line, ...slot.reasons.slice(1)], optional: verdict };
  });
  const ordered: SlotWithOptional[] = [];
  for (let i = 0; i < annotated.length;) {
    let j = i;
    while (j < annotated.length && annotated[j]!.score === annotated[i]!.score) j++;
    // A stable sort keeps the search's own order between times just as good for the optional people.
    ordered.push(...annotated.slice(i, j).sort((a, b) => b.optional.available.length - a.optional.available.length));
    i = j;
  }
  return ordered;
}
