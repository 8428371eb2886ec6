import type { RankedSlot } from '../../core/ranking/rankSlots.js';
import { instantToIso } from '../../core/time/zones.js';

/** Why Graph could not read a person's schedule, from its per-schedule `error`: "The user was not found (ErrorMailboxNotFound)". */
export type UnreadableSchedules = ReadonlyMap<string, string>;

/** A slot as `common-time slots --format json` prints it: times as ISO 8601 with the zone's offset. */
function toJsonSlot(slot: RankedSlot, zone: string, unreadable: UnreadableSchedules) {
  return {
    start: instantToIso(slot.start, zone),
    end: instantToIso(slot.end, zone),
    available: slot.available,
    // An unknown calendar carries Graph's own reason (mailbox not found, no permission), so it can be fixed.
    unavailable: slot.unavailable.map(({ id, reason }) => {
      const detail = reason === 'unknown' ? unreadable.get(id) : undefined;
      return detail === undefined ? { id, reason } : { id, reason, detail };
    }),
    reasons: slot.reasons,
  };
}

/** `{"slots":[...],"partial":[...]}`; `partial` holds the closest misses and is empty whenever slots are found. */
export function formatSlotsJson(slots: readonly RankedSlot[], partial: readonly RankedSlot[], zone: string, unreadable: UnreadableSchedules = new Map()): string {
  return JSON.stringify({ slots: slots.map((s) => toJsonSlot(s, zone, unreadable)), partial: partial.map((s) => toJsonSlot(s, zone, unreadable)) }, null, 2);
}
