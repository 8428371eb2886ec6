import { PlanningInputError, checkId, checkPositiveInteger, checkUniqueIds } from './input.js';

/**
 * A principal in a peer-coaching cohort. `supervisorId` and `evaluatorId` name the people who supervise
 * or evaluate them (one id or several; usually outside the cohort, but when inside, never their partner).
 * Experience comes from `experience` where marked, else from `yearsInRole`.
 */
export interface PairingPrincipal {
  readonly id: string;
  readonly name?: string;
  readonly supervisorId?: string | readonly string[];
  readonly evaluatorId?: string | readonly string[];
  readonly yearsInRole?: number;
  readonly experience?: 'newer' | 'experienced';
}

export interface PairingInput {
  readonly cohort: readonly PairingPrincipal[];
  /**
   * True when each principal's supervisor and evaluators were read (from the directory's managers and the
   * district's evaluators). Only then does a pair's explanation say that neither supervises the other.
   */
  readonly relationsRead?: boolean;
  /**
   * Last term's pairs or trios: nobody is paired again with someone from their old group. Leave it out when
   * earlier pairs were not read; an empty list says there were none.
   */
  readonly previousGroups?: readonly (readonly string[])[];
  /** Fewer years in role than this marks a newer principal (default 3). */
  readonly newerBelowYears?: number;
  /** At least this many years marks an experienced one (default 5). */
  readonly experiencedFromYears?: number;
  /** With an odd cohort: one trio (default) or one principal left unpaired. */
  readonly oddCohort?: 'trio' | 'unpaired';
  /** Search budget; beyond it the best pairing found so far is returned, marked not optimal (default 100 000). */
  readonly maxSearchNodes?: number;
}

export type ExperienceLevel = 'newer' | 'established' | 'experienced' | 'unmarked';

/** Why two principals may not be partners, in words, or null when they may. */
export type Forbidden = (a: number, b: number) => string | null;

export interface CheckedPairing {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly levels: readonly ExperienceLevel[];
  readonly years: readonly (number | undefined)[];
  readonly forbidden: Forbidden;
  readonly relationsRead: boolean;
  readonly historyRead: boolean;
  readonly oddCohort: 'trio' | 'unpaired';
  readonly maxSearchNodes: number;
}

function idList(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((id, i) => checkId(id, Array.isArray(value) ? `${field}[${i}]` : field));
}

export function checkPairing(input: PairingInput): CheckedPairing {
  if (input === null || typeof input !== 'object' || !Array.isArray(input.cohort) || input.cohort.length < 2) {
    throw new PlanningInputError('cohort', 'give at least two principals to pair.');
  }
  const { cohort } = input;
  cohort.forEach((p, i) => checkId(p?.id, `cohort[${i}].id`));
  const ids = cohort.map((p) => p.id);
  checkUniqueIds(ids, 'cohort');
  const index = new Map(ids.map((id, i) => [id, i]));
  const newerBelow = input.newerBelowYears === undefined ? 3 : checkPositiveInteger(input.newerBelowYears, 'newerBelowYears', 60, ' years');
  const experiencedFrom = input.experiencedFromYears === undefined ? 5 : checkPositiveInteger(input.experiencedFromYears, 'experiencedFromYears', 60, ' years');
  if (experiencedFrom < newerBelow) throw new PlanningInputError('experiencedFromYears', `${experiencedFrom} is below newerBelowYears (${newerBelow}); make it at least that.`);
  const levels = cohort.map((p, i): ExperienceLevel => {
    if (p.experience !== undefined) {
      if (p.experience !== 'newer' && p.experience !== 'experienced')
        throw new PlanningInputError(`cohort[${i}].experience`, `"${String(p.experience)}" is not allowed; use "newer" or "experienced", or leave it out.`);
      return p.experience;
    }
    if (p.yearsInRole === undefined) return 'unmarked';
    if (typeof p.yearsInRole !== 'number' || !Number.isFinite(p.yearsInRole) || p.yearsInRole < 0) {
      throw new PlanningInputError(`cohort[${i}].yearsInRole`, `${String(p.yearsInRole)} is not allowed; give the years in the role as a number, 0 or more.`);
    }
    return p.yearsInRole < newerBelow ? 'newer' : p.yearsInRole >= experiencedFrom ? 'experienced' : 'established';
  });
  // Supervision and evaluation are symmetric bars: neither may coach the other.
  const bars = new Map<string, string>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const name = (i: number) => cohort[i]!.name ?? ids[i]!;
  cohort.forEach((p, i) => {
    for (const [field, role] of [
      ['supervisorId', 'supervises'],
      ['evaluatorId', 'evaluates'],
    ] as const) {
      for (const boss of idList(p[field], `cohort[${i}].${field}`)) {
        const b = index.get(boss);
        if (b === i) throw new PlanningInputError(`cohort[${i}].${field}`, 'a principal cannot be their own supervisor or evaluator; fix the id.');
        if (b !== undefined && !bars.has(key(i, b))) bars.set(key(i, b), `${name(b)} ${role} ${name(i)}`);
      }
    }
  });
  (input.previousGroups ?? []).forEach((group, g) => {
    if (!Array.isArray(group) || group.length < 2) throw new PlanningInputError(`previousGroups[${g}]`, "give each of last term's groups as a list of two or three ids.");
    const members = group.map((id, j) => {
      const m = index.get(id);
      if (m === undefined) throw new PlanningInputError(`previousGroups[${g}][${j}]`, `"${String(id)}" is not in the cohort; fix the id, or drop people who have left.`);
      return m;
    });
    for (const a of members) for (const b of members) if (a < b && !bars.has(key(a, b))) bars.set(key(a, b), `${name(a)} and ${name(b)} were partners last term`);
  });
  const oddCohort = input.oddCohort ?? 'trio';
  if (oddCohort !== 'trio' && oddCohort !== 'unpaired') throw new PlanningInputError('oddCohort', `"${String(oddCohort)}" is not allowed; use "trio" or "unpaired".`);
  return {
    ids,
    names: cohort.map((_, i) => name(i)),
    levels,
    years: cohort.map((p) => p.yearsInRole),
    forbidden: (a, b) => bars.get(key(a, b)) ?? null,
    relationsRead: input.relationsRead === true,
    historyRead: input.previousGroups !== undefined,
    oddCohort,
    maxSearchNodes: input.maxSearchNodes === undefined ? 100_000 : checkPositiveInteger(input.maxSearchNodes, 'maxSearchNodes', 100_000_000),
  };
}
