/**
 * What a district configures for Common Time beside its directory (the demo tenant serves its own at
 * `/demo/district`; a district's server passes its file): who else evaluates principals, and the shared
 * calendar that organizes peer-coaching pairs.
 */
import type { EvaluatorAssignment } from '../../core/planning/supervision.js';

export interface DistrictSettings {
  readonly evaluators: readonly EvaluatorAssignment[];
  /**
   * Address of the shared mailbox whose calendar organizes every coach's peer-coaching pairs. Every coach has
   * edit rights to it (Outlook calendar sharing), so each reads all coaches' pairs there, and no coach is
   * shown busy by the pairs they arrange. Without it a coach's own calendar organizes their pairs.
   */
  readonly coachingCalendar?: string;
}

/** Reads the settings as JSON gives them, naming the field and the fix when one is wrong. */
export function checkDistrictSettings(value: unknown): DistrictSettings {
  if (value === null || typeof value !== 'object') throw new RangeError('district settings: give an object with "evaluators" (a list) and optionally "coachingCalendar".');
  const v = value as Record<string, unknown>;
  const evaluators = v['evaluators'] ?? [];
  if (!Array.isArray(evaluators)) throw new RangeError('district settings: "evaluators" must be a list of { "evaluator": address, "principals": [addresses] }.');
  evaluators.forEach((e: unknown, i) => {
    const entry = e as Record<string, unknown> | null;
    if (typeof entry?.['evaluator'] !== 'string' || !Array.isArray(entry['principals']) || !entry['principals'].every((p) => typeof p === 'string')) {
      throw new RangeError(`district settings: evaluators[${i}] needs "evaluator" (an address) and "principals" (a list of addresses).`);
    }
  });
  const calendar = v['coachingCalendar'];
  if (calendar !== undefined && (typeof calendar !== 'string' || !calendar.includes('@')))
    throw new RangeError('district settings: "coachingCalendar" must be the shared mailbox\'s address, e.g. peer.coaching@district.org.');
  return { evaluators: evaluators as DistrictSettings['evaluators'], ...(typeof calendar === 'string' ? { coachingCalendar: calendar } : {}) };
}
