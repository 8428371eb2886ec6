import { DateTime } from 'luxon';
import { whyUnavailable, type UnavailableReason } from '../availability/model.js';
import { allowedIntervals } from '../slots/constraints.js';
import { MINUTE_MS, overlaps, type Interval } from '../time/interval.js';
import { checkRotation, type CheckedRotation, type RotationInput } from './rotationInput.js';
import { listWords, plural, reasonWords } from './words.js';

export type { RotationInput, RotationPrincipal, RotationSchool, TravelTimes } from './rotationInput.js';

export interface RotationAttendee {
  readonly id: string;
  readonly role: 'host' | 'visitor';
  readonly travelMinutesBefore: number;
  readonly travelMinutesAfter: number;
  /** The visit widened by the travel to and from it: the time to hold on this person's calendar. */
  readonly committed: Interval;
}

export interface RotationAbsence {
  readonly id: string;
  /** `anotherVisit` when the person is free but already committed to another visit of this rotation. */
  readonly reason: UnavailableReason | 'anotherVisit';
  /** True when the visit itself is free for them but the travel to or from it is not. */
  readonly duringTravel: boolean;
}

export interface RotationVisit extends Interval {
  readonly schoolId: string;
  readonly schoolName: string;
  readonly timeZone: string;
  readonly attendees: readonly RotationAttendee[];
  readonly absent: readonly RotationAbsence[];
  readonly explanation: string;
  /** The travel alone, for a screen that shows the time and who comes its own way: "Visitors travel 20 minutes each way" ('' with no visitors). */
  readonly travel: string;
}

/** Why a school's visit could not be placed, as a kind a screen can group on. */
export type UnplacedCause = 'noSchoolDay' | 'hostNeverFree' | 'tooFewFree' | 'clashesWithVisits';

export interface UnplacedVisit {
  readonly schoolId: string;
  readonly schoolName: string;
  /** For example "Lincoln Elementary: no school-day time when all 6 are free; closest: Tue 10 Mar 10:00 with Ana busy". */
  readonly reason: string;
  readonly cause: UnplacedCause;
  /** The cause in a person's words, without the school's name or dates, so schools failing alike are told once: "no school-day time in these dates when the host is free for 2 hours". */
  readonly causeWords: string;
  /** The school-day time that came nearest, when there was any. */
  readonly closest?: Interval & { readonly absent: readonly RotationAbsence[] };
}

export interface RotationPlan {
  /** Placed visits in time order. */
  readonly visits: readonly RotationVisit[];
  /** Schools whose visit could not be placed, in input order, each with why. */
  readonly unplaced: readonly UnplacedVisit[];
  /** False when the search budget ran out: the plan is the best found, maybe not the most complete possible. */
  readonly complete: boolean;
  readonly searchNodes: number;
}

interface Candidate extends Interval {
  /** Per cohort index: the interval that person must be free for (visit plus travel). */
  readonly needs: readonly Interval[];
  /** Cohort indexes free for their need, hosts first. */
  readonly free: readonly number[];
  readonly absent: readonly RotationAbsence[];
}

interface HostOptions {
  readonly hostIndexes: readonly number[];
  readonly anyTime: boolean;
  readonly feasible: readonly Candidate[];
  readonly closest: Candidate | null;
}

const describeTime = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('ccc d LLL HH:mm');
const clock = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');

const NAMES_SHOWN = 4;

/** "Ana busy and Ben outside working hours during travel"; past a few names, "and 9 more". */
function absenceWords(absent: readonly RotationAbsence[], names: ReadonlyMap<string, string>): string {
  const words = absent.map(
    (a) => `${names.get(a.id) ?? a.id} ${a.reason === 'anotherVisit' ? 'at another visit' : reasonWords(a.reason)}${a.duringTravel ? ' during travel' : ''}`,
  );
  return words.length <= NAMES_SHOWN + 1 ? listWords(words) : `${words.slice(0, NAMES_SHOWN).join(', ')} and ${words.length - NAMES_SHOWN} more`;
}

/** Every start on the step inside each open stretch of the host's school day, checked against everyone's calendar. */
function hostOptions(plan: CheckedRotation, schoolIndex: number, openTimes: Map<string, Interval[]>): HostOptions {
  const school = plan.schools[schoolIndex]!;
  const constraints = { ...school.constraints, blackouts: [...(school.constraints.blackouts ?? []), ...plan.blackouts] };
  // Schools of one kind usually share a bell schedule; the open stretches are computed once per schedule.
  const key = JSON.stringify(constraints);
  const open = openTimes.get(key) ?? allowedIntervals(plan.window, constraints);
  openTimes.set(key, open);
  const hostIndexes = plan.people.flatMap((p, i) => (plan.schoolOf.get(p.id) === school.id ? [i] : []));
  const duration = plan.visitMinutes * MINUTE_MS;
  const feasible: Candidate[] = [];
  let closest: Candidate | null = null;
  let closestKey = [-1, -1];
  let anyTime = false;
  for (const stretch of open) {
    for (let start = stretch.start; start + duration <= stretch.end; start += plan.stepMinutes * MINUTE_MS) {
      anyTime = true;
      const slot = { start, end: start + duration };
      const needs = plan.people.map((p) => {
        const own = plan.schoolOf.get(p.id)!;
        return { start: start - plan.travelMinutes(own, school.id) * MINUTE_MS, end: slot.end + plan.travelMinutes(school.id, own) * MINUTE_MS };
      });
      const free: number[] = [];
      const absent: RotationAbsence[] = [];
      plan.people.forEach((person, i) => {
        const reason = whyUnavailable(person, needs[i]!);
        if (reason === null) free.push(i);
        else absent.push({ id: person.id, reason, duringTravel: whyUnavailable(person, slot) === null });
      });
      const hostsFree = hostIndexes.every((h) => free.includes(h));
      const candidate = { ...slot, needs, free: [...hostIndexes.filter((h) => free.includes(h)), ...free.filter((i) => !hostIndexes.includes(i))], absent };
      if (hostsFree && free.length >= plan.minAttendees) feasible.push(candidate);
      const key = [hostsFree ? 1 : 0, free.length];
      if (key[0]! > closestKey[0]! || (key[0] === closestKey[0] && key[1]! > closestKey[1]!)) {
        closest = candidate;
        closestKey = key;
      }
    }
  }
  // More attendees first, then earlier: the plan keeps as many people as it can and prefers early dates.
  feasible.sort((a, b) => b.free.length - a.free.length || a.start - b.start);
  return { hostIndexes, anyTime, feasible, closest };
}

interface Placement {
  readonly schoolIndex: number;
  readonly candidate: Candidate;
  readonly attendees: readonly number[];
}

/** Who of the free people can still come, given what they are already committed to; null when the visit fails. */
function attendeesFor(plan: CheckedRotation, options: HostOptions, candidate: Candidate, commitments: readonly Interval[][]): number[] | null {
  const attendees: number[] = [];
  for (const i of candidate.free) {
    const clash = commitments[i]!.some((c) => overlaps(c, candidate.needs[i]!));
    if (!clash) attendees.push(i);
    else if (options.hostIndexes.includes(i)) return null;
  }
  return attendees.length >= plan.minAttendees ? attendees : null;
}

/**
 * Depth-first search for the plan placing the most visits. At each step it takes the unplaced school with
 * the fewest times still open (most constrained first), tries its times (most attendees, then earliest),
 * and last tries leaving it out. The bound counts schools that still have an open time; the search stops
 * at a full plan or at the node budget.
 */
function searchPlan(plan: CheckedRotation, options: readonly HostOptions[]): { best: Placement[]; complete: boolean; nodes: number } {
  const commitments: Interval[][] = plan.people.map(() => []);
  const current: Placement[] = [];
  let best: Placement[] = [];
  let bestCount = -1;
  let nodes = 0;
  let complete = true;
  const remaining = new Set(options.map((_, i) => i));

  const dfs = (): void => {
    if (bestCount === options.length) return;
    // The first descent always reaches a plan, so the budget only cuts off the search for a better one.
    if (bestCount >= 0 && nodes >= plan.maxSearchNodes) {
      complete = false;
      return;
    }
    nodes++;
    let pick = -1;
    let pickCount = Infinity;
    let stillOpen = 0;
    for (const s of remaining) {
      // Counting stops once a school cannot be the most constrained; one open time is enough for the bound.
      const limit = Math.max(1, pickCount === Infinity ? Infinity : pickCount);
      let count = 0;
      for (const c of options[s]!.feasible) {
        if (attendeesFor(plan, options[s]!, c, commitments) !== null && ++count >= limit) break;
      }
      if (count > 0) stillOpen++;
      if (pick === -1 || count < pickCount) {
        pick = s;
        pickCount = count;
      }
    }
    if (current.length + stillOpen <= bestCount) return;
    if (pick === -1 || stillOpen === 0) {
      best = [...current];
      bestCount = current.length;
      return;
    }
    remaining.delete(pick);
    const pickOpen = options[pick]!.feasible.filter((c) => attendeesFor(plan, options[pick]!, c, commitments) !== null);
    for (const candidate of pickOpen) {
      const attendees = attendeesFor(plan, options[pick]!, candidate, commitments)!;
      for (const i of attendees) commitments[i]!.push(candidate.needs[i]!);
      current.push({ schoolIndex: pick, candidate, attendees });
      dfs();
      current.pop();
      for (const i of attendees) commitments[i]!.pop();
      if (bestCount === options.length || !complete) break;
    }
    if (bestCount < options.length && complete) dfs();
    remaining.add(pick);
  };
  dfs();
  return { best, complete, nodes };
}

function describeVisit(plan: CheckedRotation, placement: Placement): RotationVisit {
  const school = plan.schools[placement.schoolIndex]!;
  const { candidate } = placement;
  const attendees: RotationAttendee[] = placement.attendees.map((i) => {
    const id = plan.people[i]!.id;
    const own = plan.schoolOf.get(id)!;
    return {
      id,
      role: own === school.id ? 'host' : 'visitor',
      travelMinutesBefore: plan.travelMinutes(own, school.id),
      travelMinutesAfter: plan.travelMinutes(school.id, own),
      committed: candidate.needs[i]!,
    };
  });
  const coming = new Set(attendees.map((a) => a.id));
  const absent: RotationAbsence[] = plan.people
    .filter((p) => !coming.has(p.id))
    .map((p) => candidate.absent.find((a) => a.id === p.id) ?? { id: p.id, reason: 'anotherVisit', duringTravel: false });
  const travel = attendees.filter((a) => a.role === 'visitor').map((a) => a.travelMinutesBefore);
  const minutes = Math.min(...travel) === Math.max(...travel) ? `${Math.min(...travel)}` : `${Math.min(...travel)} to ${Math.max(...travel)}`;
  const travelSentence = travel.length === 0 ? '' : `Visitors travel ${minutes} minutes each way`;
  const travelWords = travel.length === 0 ? '' : `; visitors travel ${minutes} minutes each way`;
  const who =
    absent.length === 0
      ? plan.people.length === 2
        ? 'both attend'
        : `all ${plan.people.length} attend`
      : `${attendees.length} of ${plan.people.length} attend (${absenceWords(absent, plan.names)})`;
  return {
    start: candidate.start,
    end: candidate.end,
    schoolId: school.id,
    schoolName: school.name,
    timeZone: school.zone,
    attendees,
    absent,
    explanation: `${school.name}, ${describeTime(candidate.start, school.zone)}–${clock(candidate.end, school.zone)} (${school.zone}): ${who}${travelWords}`,
    travel: travelSentence,
  };
}

/** "2 hours", "90 minutes": a visit's length as people say it. */
function lengthWords(minutes: number): string {
  return minutes % 60 === 0 ? plural(minutes / 60, 'hour') : plural(minutes, 'minute');
}

function describeUnplaced(plan: CheckedRotation, schoolIndex: number, options: HostOptions, placed: readonly Placement[], complete: boolean): UnplacedVisit {
  const school = plan.schools[schoolIndex]!;
  const base = { schoolId: school.id, schoolName: school.name };
  const enough = plan.minAttendees < plan.people.length ? `${plan.minAttendees} of ${plan.people.length}` : plan.people.length === 2 ? 'both' : `all ${plan.people.length}`;
  const length = lengthWords(plan.visitMinutes);
  if (!options.anyTime) {
    return {
      ...base,
      reason: `${school.name}: no ${plan.visitMinutes}-minute stretch of the school day in the window (check the school's days, bell schedule and blackout dates)`,
      cause: 'noSchoolDay',
      causeWords: `no ${length} of school day in these dates (the school's days, closures and the notice a walk needs leave none)`,
    };
  }
  if (options.feasible.length === 0) {
    const closest = options.closest!;
    // The closest time prefers one the hosts are free for: a host absent there is never free.
    const hostNeverFree = closest.absent.some((a) => options.hostIndexes.some((h) => plan.people[h]!.id === a.id));
    return {
      ...base,
      reason: `${school.name}: no school-day time when ${enough} are free with travel; closest: ${describeTime(closest.start, school.zone)} with ${absenceWords(closest.absent, plan.names)}`,
      cause: hostNeverFree ? 'hostNeverFree' : 'tooFewFree',
      causeWords: hostNeverFree
        ? `no school-day time in these dates when the host is free for ${length}`
        : `no school-day time in these dates when ${plan.minAttendees < plan.people.length ? `at least ${plan.minAttendees} of the ${plan.people.length}, the host among them,` : enough} are free for ${length}, travel included`,
      closest: { start: closest.start, end: closest.end, absent: closest.absent },
    };
  }
  // Every workable time clashes with a placed visit: name those visits.
  const clashing = new Set<string>();
  for (const candidate of options.feasible) {
    for (const p of placed) {
      if (p.attendees.some((i) => candidate.free.includes(i) && overlaps(p.candidate.needs[i]!, candidate.needs[i]!))) clashing.add(plan.schools[p.schoolIndex]!.name);
    }
  }
  const budget = complete ? '' : ' (the search stopped at its budget; a longer search might place it)';
  return {
    ...base,
    reason: `${school.name}: ${options.feasible.length === 1 ? 'the only time' : `each of the ${plural(options.feasible.length, 'time')}`} when ${enough} are free clashes, for someone in the cohort, with the visit to ${listWords([...clashing].sort())}${budget}`,
    cause: 'clashesWithVisits',
    causeWords: `every time when enough can come is already taken by another visit of this rotation${budget}`,
  };
}

/**
 * Places one learning walk hosted at each school inside the window: during the host school's day and
 * outside its bell exclusions and blackouts, when the hosts and at least `minAttendees` of the cohort are
 * free for the visit plus the travel from their own school and back, and without anyone committed to two
 * visits that overlap (travel included). Travel is counted from and back to each visitor's own school, so
 * two visits on one day are never planned tighter than the roads allow. Reports each school it could not
 * place and why. Deterministic: equal input, equal plan.
 *
 * With `minAttendees` below the cohort size, each visit takes everyone free to come; the search does not try
 * leaving someone out of one visit to make room for them at another.
 */
export function planRotation(input: RotationInput): RotationPlan {
  const plan = checkRotation(input);
  const openTimes = new Map<string, Interval[]>();
  const options = plan.schools.map((_, i) => hostOptions(plan, i, openTimes));
  const { best, complete, nodes } = searchPlan(plan, options);
  const placedSchools = new Set(best.map((p) => p.schoolIndex));
  return {
    visits: best.map((p) => describeVisit(plan, p)).sort((a, b) => a.start - b.start || a.schoolId.localeCompare(b.schoolId)),
    unplaced: options.flatMap((o, i) => (placedSchools.has(i) ? [] : [describeUnplaced(plan, i, o, best, complete)])),
    complete,
    searchNodes: nodes,
  };
}
