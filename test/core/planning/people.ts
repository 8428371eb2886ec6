import type { PersonAvailability, UnavailableReason } from '../../../src/core/availability/model.js';
import { localDateTimeToInstant } from '../../../src/core/time/zones.js';

export const NY = 'America/New_York';

/** An instant from a wall-clock time in a zone: "2026-03-10T15:00". */
export const at = (local: string, zone = NY): number => localDateTimeToInstant(local, zone);

/** Hand-made availability: blocks given as local [start, end, reason], sorted here; the window spans all of 2026. */
export function person(id: string, blocks: readonly (readonly [string, string, UnavailableReason])[] = [], zone = NY): PersonAvailability {
  return {
    id,
    window: { start: at('2026-01-01T00:00', zone), end: at('2027-01-01T00:00', zone) },
    blocks: blocks.map(([start, end, reason]) => ({ start: at(start, zone), end: at(end, zone), reason })).sort((a, b) => a.start - b.start),
  };
}
