/**
 * Peer-coaching pairs: the cohort's principals paired (never with their own supervisor or evaluator,
 * newer with experienced where marked, no repeat of last term's pairs), then each pair's standing
 * recurring time. Last term's pairs come from the coach's earlier peer-coaching bookings. Pure.
 */
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import { planPeerCoaching } from '../../core/planning/index.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import { cohortAvailability } from './cohortAvailability.js';
import { recurringSearch, recurringWindow, toSeriesSuggestion } from './suggestSeries.js';
import type { RecurringRequest, SeriesSuggestion } from './suggestSeries.js';
import { leadsASchool } from './suggestRotation.js';

export interface CoachingPair {
  readonly members: readonly DirectoryPerson[];
  /** Why these principals go together. */
  readonly why: string;
  /** Their best series with everyone free on every date, or null. */
  readonly time: SeriesSuggestion | null;
  /** When `time` is null: why, and the closest series to choose from. */
  readonly explanation: string;
  readonly alternatives: readonly SeriesSuggestion[];
}

export interface PairsSuggestion {
  readonly pairs: readonly CoachingPair[];
  readonly unpaired: readonly { readonly person: DirectoryPerson; readonly reason: string }[];
  /** Cohort members who are not principals of a school (coaches) and so are not paired. */
  readonly notPaired: readonly DirectoryPerson[];
  readonly unreadable: readonly { readonly person: DirectoryPerson; readonly message: string }[];
}

/**
 * `previousGroups`: addresses of each earlier peer-coaching group. A person named there who is not in
 * this cohort is simply ignored.
 */
export function suggestPairs(
  schedules: readonly ScheduleInput[],
  cohort: readonly DirectoryPerson[],
  request: RecurringRequest,
  previousGroups: readonly (readonly string[])[],
): PairsSuggestion {
  const window = recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone);
  const { people, byLabel, unreadable } = cohortAvailability(schedules, cohort, window, request.tentativeCountsAsFree);
  const principals = people.map((p) => p.id).filter((label) => leadsASchool(byLabel.get(label)!));
  const notPaired = people.map((p) => byLabel.get(p.id)!).filter((p) => !leadsASchool(p));
  if (principals.length < 2) return { pairs: [], unpaired: [], notPaired, unreadable };

  const labelOfAddress = new Map([...byLabel].map(([label, person]) => [person.mail.toLowerCase(), label]));
  const inCohort = new Set(principals);
  const previous = previousGroups
    .map((group) => group.map((a) => labelOfAddress.get(a.toLowerCase())).filter((l): l is string => l !== undefined && inCohort.has(l)))
    .filter((group) => group.length >= 2);

  const plan = planPeerCoaching(
    { cohort: principals.map((id) => ({ id, name: byLabel.get(id)!.displayName })), previousGroups: previous },
    people.filter((p) => inCohort.has(p.id)),
    recurringSearch(request),
  );
  return {
    pairs: plan.pairing.groups.map((group, i) => {
      const time = plan.times[i]!;
      return {
        members: group.members.map((id) => byLabel.get(id)!),
        why: group.explanation,
        time: time.time ? toSeriesSuggestion(time.time, byLabel) : null,
        explanation: time.explanation,
        alternatives: time.alternatives.map((t) => toSeriesSuggestion(t, byLabel)),
      };
    }),
    unpaired: plan.pairing.unpaired.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
    notPaired,
    unreadable,
  };
}
