/**
 * A rotation that places visits with the defaults a coach leaves alone. Requiring the whole cohort of 12 at
 * every walk rarely fits anyone's week, so when the coach did not set how many must attend and fewer than
 * half the visits fit, the planner asks for fewer (half the cohort, then three: a host and two visitors, the
 * usual walk) and says how it relaxed. Unplaced schools with the same cause are told once, as a group.
 */
import { listWords, plural } from './words.js';
import { planRotation, type RotationInput, type RotationPlan, type UnplacedVisit } from './rotation.js';

export interface RelaxedRotation {
  readonly plan: RotationPlan;
  /** How many had to attend each visit in the plan returned. */
  readonly minAttendees: number;
  /** Set when the planner asked for fewer than everyone: what it did and why, for the coach. */
  readonly relaxed?: string;
  /** Unplaced schools grouped by cause: one sentence per cause. */
  readonly warnings: readonly string[];
}

/** The smallest walk worth booking: a host and two visitors. */
const SMALLEST_WALK = 3;

function enough(plan: RotationPlan, schools: number): boolean {
  return plan.visits.length * 2 >= schools;
}

/** Each unplaced school's cause without its name, so equal causes group. */
function causeOf(u: UnplacedVisit): string {
  return u.reason.startsWith(`${u.schoolName}: `) ? u.reason.slice(u.schoolName.length + 2) : u.reason;
}

/** "no school-day time when all 12 are free with travel" for 12 schools, once, naming the schools. */
export function groupUnplaced(unplaced: readonly UnplacedVisit[]): string[] {
  const groups = new Map<string, string[]>();
  for (const u of unplaced) {
    // "closest: …" differs per school; the cause before it is what the coach can act on.
    const cause = causeOf(u).replace(/; closest: .*$/, '');
    groups.set(cause, [...(groups.get(cause) ?? []), u.schoolName]);
  }
  return [...groups.entries()].map(([cause, schools]) =>
    schools.length === 1 ? `${schools[0]}: ${cause}.` : `${plural(schools.length, 'school')} (${listWords(schools)}): ${cause}.`,
  );
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
  for (const minAttendees of tries) {
    const plan = planRotation({ ...input, minAttendees });
    if (plan.visits.length > best.plan.visits.length) best = { plan, minAttendees };
    if (enough(plan, schools)) break;
  }
  if (best.minAttendees === everyone) return { plan: first, minAttendees: everyone, warnings: groupUnplaced(first.unplaced) };
  const relaxed = `With all ${everyone} at every walk, ${first.visits.length} of ${schools} visits fit; each walk now needs at least ${best.minAttendees} of ${everyone} (${best.plan.visits.length} of ${schools} fit). Set "At least" to change this.`;
  return { plan: best.plan, minAttendees: best.minAttendees, relaxed, warnings: groupUnplaced(best.plan.unplaced) };
}
