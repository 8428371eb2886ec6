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
import type { PairCohort } from '../relations/pairCohort.js';

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

/** A pair whose series is already booked (by any coach), as the pairs screen shows it. */
export interface BookedPair {
  readonly members: readonly string[];
  /** The series' title: the partners' names. */
  readonly subject: string;
  /** The end of the series' last day (epoch ms), or null for a series with no end. */
  readonly lastMs: number | null;
  /** Booked through the district's shared calendar (true), or in a coach's own calendar. */
  readonly shared: boolean;
}

export interface PairsSuggestion {
  /** Pairs of this cohort already booked (their series still meets): shown as booked, kept by a re-run. */
  readonly booked?: readonly BookedPair[];
  /**
   * The district's shared peer-coaching calendar: new pairs are booked through it, so every coach sees every
   * pair and the arranging coach's own calendar is not shown busy by each pair's meetings.
   */
  readonly bookThrough?: string;
  /** About the pairing as a whole: e.g. that newer principals had to go together, and why. */
  readonly notices?: readonly string[];
  /** What could not be read (a supervisor, another coach's pairs): the pairs are checked only as far as read. */
  readonly warnings?: readonly string[];
  /** Each principal's experience in words ("second year", "experienced (9 years)"), by lower-case address. */
  readonly experience?: Readonly<Record<string, string>>;
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
  /** Who supervises whom, experience and every coach's pairs, read from Graph (services/relations): used when given. */
  prepared?: PairCohort,
): PairsSuggestion {
  const window = recurringWindow(request.firstDate, request.sessions, request.repeat, request.timeZone);
  const { people, byLabel, unreadable } = cohortAvailability(schedules, cohort, window, request.tentativeCountsAsFree);
  if (prepared) return fromRelations(people, byLabel, unreadable, request, prepared);
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

/**
 * Pairs from the supervision relation, not job titles: the peers are whom `prepared` says (a supervisor or
 * evaluator in the cohort, its owners and the arranging coach are not), with their experience and every
 * coach's booked and earlier pairs.
 */
function fromRelations(
  people: ReturnType<typeof cohortAvailability>['people'],
  byLabel: ReturnType<typeof cohortAvailability>['byLabel'],
  unreadable: PairsSuggestion['unreadable'],
  request: RecurringRequest,
  prepared: PairCohort,
): PairsSuggestion {
  const labelOfAddress = new Map([...byLabel].map(([label, person]) => [person.mail.toLowerCase(), label]));
  const toLabel = (address: string) => labelOfAddress.get(address.toLowerCase());
  const peers = prepared.input.cohort.flatMap((p) => {
    const label = toLabel(p.id);
    return label
      ? [{ ...p, id: label, supervisorId: [...idsOf(p.supervisorId)].map((a) => toLabel(a) ?? a), evaluatorId: [...idsOf(p.evaluatorId)].map((a) => toLabel(a) ?? a) }]
      : [];
  });
  const notPeers = new Set(prepared.notPeers.map((n) => n.address.toLowerCase()));
  const base = {
    booked: prepared.booked.map((b): BookedPair => ({ members: b.members.map((m) => m.name ?? m.address), subject: b.subject, lastMs: b.lastMs, shared: b.calendar !== 'me' })),
    ...(prepared.coachingCalendar ? { bookThrough: prepared.coachingCalendar } : {}),
    warnings: prepared.warnings,
    experience: Object.fromEntries([...prepared.experience.values()].map((e) => [e.address, e.words])),
    notPaired: [],
    unreadable,
  };
  const notPeerRows = prepared.notPeers.flatMap((n) => {
    const label = toLabel(n.address);
    return label ? [{ person: byLabel.get(label)!, reason: n.reason }] : [];
  });
  if (peers.length < 2) return { ...base, notices: [], pairs: [], unpaired: notPeerRows };
  const inCohort = new Set(peers.map((p) => p.id));
  const previous = (prepared.input.previousGroups ?? [])
    .map((g) => g.map((a) => toLabel(a)).filter((l): l is string => l !== undefined && inCohort.has(l)))
    .filter((g) => g.length >= 2);
  const plan = planPeerCoaching(
    { ...prepared.input, cohort: peers, previousGroups: previous },
    people.filter((p) => inCohort.has(p.id) && !notPeers.has(byLabel.get(p.id)!.mail.toLowerCase())),
    recurringSearch(request),
  );
  return {
    ...base,
    notices: plan.pairing.notices,
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
    unpaired: [...notPeerRows, ...plan.pairing.unpaired.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason }))],
  };
}

function idsOf(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
