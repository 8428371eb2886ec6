import type { RankedSlot } from '../../core/ranking/rankSlots.js';
import { instantToIso } from '../../core/time/zones.js';

/** A slot as `common-time slots --format json` prints it: times as ISO 8601 with the zone's offset. */
function toJsonSlot(slot: RankedSlot, zone: string) {
  return {
    start: instantToIso(slot.start, zone),
    end: instantToIso(slot.end, zone),
    available: slot.available,
    unavailable: slot.unavailable.map(({ id, reason }) => ({ id, reason })),
    reasons: slot.reasons,
  };
}

/** `{"slots":[...],"partial":[...]}`; `partial` holds the closest misses and is empty whenever slots are found. */
export function formatSlotsJson(slots: readonly RankedSlot[], partial: readonly RankedSlot[], zone: string): string {
  return JSON.stringify({ slots: slots.map((s) => toJsonSlot(s, zone)), partial: partial.map((s) => toJsonSlot(s, zone)) }, null, 2);
}
