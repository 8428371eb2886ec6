import type { PersonAvailability } from '../availability/model.js';
import { PlanningInputError } from './input.js';
import { formPairs, type PairingInput, type PairingPlan } from './pairs.js';
import { findRecurringTimes, type RecurringSearch, type RecurringTime } from './recurring.js';

/** A coaching group's standing time: the best series, or why none works. */
export interface GroupTime {
  readonly members: readonly string[];
  /** The best series on which every member is free on every date (and the search's other rules hold), or null. */
  readonly time: RecurringTime | null;
  /** The next best series, for the coach to choose from; when `time` is null the closest misses. */
  readonly alternatives: readonly RecurringTime[];
  readonly explanation: string;
}

export interface PeerCoachingPlan {
  readonly pairing: PairingPlan;
  readonly times: readonly GroupTime[];
}

/**
 * Finds each group's recurring slot with findRecurringTimes, the group alone being the people checked.
 * `search.required` and `search.minAvailable` are ignored: every member of a pair must come.
 */
export function findGroupTimes(groups: readonly { readonly members: readonly string[] }[], availability: readonly PersonAvailability[], search: RecurringSearch): GroupTime[] {
  const byId = new Map(availability.map((a) => [a.id, a]));
  return groups.map((group, g) => {
    const people = group.members.map((id, m) => {
      const found = byId.get(id);
      if (found === undefined) throw new PlanningInputError(`groups[${g}].members[${m}]`, `no availability was given for "${id}"; read their schedule first.`);
      return found;
    });
    const { required: _required, minAvailable: _minAvailable, ...rest } = search;
    const ranked = findRecurringTimes(people, { ...rest, max: Math.max(search.max ?? 4, 1) });
    const best = ranked[0];
    if (best !== undefined && best.meetsRequirements) {
      return { members: group.members, time: best, alternatives: ranked.slice(1).filter((t) => t.meetsRequirements), explanation: `${best.label}: ${best.summary}` };
    }
    const explanation =
      best === undefined
        ? 'no candidate series falls inside the dates searched; widen the dates'
        : `no series has ${people.length === 2 ? 'both' : 'all'} free on every date; closest: ${best.label}, ${best.summary} (${best.reasons.join('; ')})`;
    return { members: group.members, time: null, alternatives: ranked, explanation };
  });
}

/** Forms the pairs (see formPairs), then finds each group's recurring slot (see findGroupTimes). */
export function planPeerCoaching(input: PairingInput, availability: readonly PersonAvailability[], search: RecurringSearch): PeerCoachingPlan {
  const pairing = formPairs(input);
  return { pairing, times: findGroupTimes(pairing.groups, availability, search) };
}
