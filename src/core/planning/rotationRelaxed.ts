/**
 * A rotation that places visits with the defaults a coach leaves alone. Requiring the whole cohort of 12 at
 * every walk rarely fits anyone's week, so when the coach did not set how many must attend and fewer than
 * half the visits fit, the planner asks for fewer (half the cohort, then, while a school is still left out,
 * three: a host and two visitors, the usual walk) and says how it relaxed. Unplaced schools with the same cause are told once, as a group.
 */
import { listWords, plural } from './words.js';
import { planRotation, type RotationInput, type RotationPlan, type UnplacedVisit } from './rotation.js';

export interface RelaxedRotation {
  readonly plan: RotationPlan;
  /** How many had to attend each visit in the plan returned. */
  readonly minAttendees: number;
  /** Set when the planner asked for fewer than everyone: what it did and why, for the coach. */
  readonly relaxed?: string;
  /** Set with `relaxed`: how many visits fit with everyone required, before relaxing. */
  readonly placedWithEveryone?: number;
  /** Unplaced schools grouped by cause: one sentence per cause. */
  readonly warnings: readonly string[];
}

/** The smallest walk worth booking: a host and two visitors. */
const SMALLEST_WALK = 3;

/** planRotation's own default budget, and the budget of a try that gives way to a smaller walk when it fails. */
const DEFAULT_SEARCH_NODES = 200_000;
const QUICK_TRY_NODES = 10_000;

function enough(plan: RotationPlan, schools: number): boolean {
  return plan.visits.length * 2 >= schools;
}

/** An unplaced school as the planner reports it (an older report may lack the cause's words). */
type Unplaced = Pick<UnplacedVisit, 'schoolId' | 'schoolName' | 'reason'> & { readonly causeWords?: string };

/** Each unplaced school's cause without its name, so equal causes group. */
function causeOf(u: Unplaced): string {
  if (u.causeWords !== undefined) return u.causeWords;
  const own = u.reason.startsWith(`${u.schoolName}: `) ? u.reason.slice(u.schoolName.length + 2) : u.reason;
  // "closest: …" differs per school; the cause before it is what the coach can act on.
  return own.replace(/; closest: .*$/, '');
}

/** "4 schools (A, B, C and D): no school-day time in these dates when the host is free for 2 hours.": each cause once, naming its schools. */
export function groupUnplaced(unplaced: readonly Unplaced[]): string[] {
  const groups = new Map<string, string[]>();
  for (const u of unplaced) {
    const cause = causeOf(u);
    groups.set(cause, [...(groups.get(cause) ?? []), u.schoolName]);
  }
  return [...groups.entries()].map(([cause, schools]) =>
    schools.length === 1 ? `${schools[0]}: ${cause}.` : `${plural(schools.length, 'school')} (${listWords(schools)}): ${cause}.`,
  );
}

/** What the planner relaxed, in a coach's words. */
function relaxedWords(everyone: number, schools: number, before: number, minAttendees: number, after: number): string {
  const together =
    before === 0 ? `All ${everyone} are never free together for a walk in these dates` : `With all ${everyone} at every walk only ${before} of ${schools} visits fit`;
  return `${together}, so each walk asks for at least ${minAttendees} of the ${everyone} (the host and ${minAttendees - 1} visitors) instead of everyone: ${after} of ${schools} visits fit. Those who cannot come to a walk are named on it. To ask for more people at each walk, set "At least this many free".`;
}

export function planRotationRelaxed(input: RotationInput): RelaxedRotation {
  const everyone = input.cohort.length;
  const first = planRotation(input);
  const schools = input.schools.length;
  if (input.minAttendees !== undefined || enough(first, schools) || everyone <= SMALLEST_WALK) {
    return { plan: first, minAttendees: input.minAttendees ?? everyone, warnings: groupUnplaced(first.unplaced) };
  }
  const tries = [...new Set([Math.ceil(everyone / 2), SMALLEST_WALK])].filter((n) => n < everyone && n >= SMALLEST_WALK);
  let best = { plan: first, minAttendees: everyone };
  for (const [i, minAttendees] of tries.entries()) {
    // A try that is not the last only has to find a full plan quickly; proving there is none is the last try's job.
    const budget = i < tries.length - 1 ? { maxSearchNodes: Math.min(input.maxSearchNodes ?? DEFAULT_SEARCH_NODES, QUICK_TRY_NODES) } : {};
    const plan = planRotation({ ...input, minAttendees, ...budget });
    if (plan.visits.length > best.plan.visits.length) best = { plan, minAttendees };
    // Half the cohort is asked for first; smaller walks only when that still leaves a school out.
    if (plan.visits.length === schools) break;
  }
  if (best.minAttendees === everyone) return { plan: first, minAttendees: everyone, warnings: groupUnplaced(first.unplaced) };
  return {
    plan: best.plan,
    minAttendees: best.minAttendees,
    relaxed: relaxedWords(everyone, schools, first.visits.length, best.minAttendees, best.plan.visits.length),
    placedWithEveryone: first.visits.length,
    warnings: groupUnplaced(best.plan.unplaced),
  };
}
