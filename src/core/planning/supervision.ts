/**
 * Who supervises or evaluates whom, and how long each principal has led a school, from what a district
 * holds: each person's manager in the directory, the district's list of further evaluators, and the date
 * each started as principal. Pairing and partnerships read these instead of guessing from job titles.
 */
import { DateTime } from 'luxon';
import type { PairingPrincipal } from './pairsInput.js';
import { listWords } from './words.js';

/** What the directory says about one person (addresses compared without case). */
export interface PersonRelations {
  readonly address: string;
  readonly name?: string;
  /** Their manager's address, when one is assigned; null when the directory says there is none. */
  readonly managerAddress?: string | null;
  readonly managerName?: string;
  /** When they started in the role (for a principal: as principal), epoch ms. */
  readonly startedMs?: number;
}

/** A district's rule beside the directory: this person also evaluates these principals. */
export interface EvaluatorAssignment {
  readonly evaluator: string;
  readonly principals: readonly string[];
}

export type ExperienceStage = 'new' | 'secondYear' | 'experienced';

export const STAGE_WORDS: Record<ExperienceStage, string> = { new: 'new (first year)', secondYear: 'second year', experienced: 'experienced' };

/** Whole years completed since `startedMs` at `asOfMs` (calendar years, not 365-day blocks). */
export function yearsInRole(startedMs: number, asOfMs: number): number {
  if (!Number.isFinite(startedMs) || !Number.isFinite(asOfMs)) throw new RangeError('yearsInRole: give both instants as epoch milliseconds.');
  const years = DateTime.fromMillis(asOfMs, { zone: 'utc' }).diff(DateTime.fromMillis(startedMs, { zone: 'utc' }), 'years').years;
  return Math.max(0, Math.floor(years));
}

export function experienceStage(years: number): ExperienceStage {
  return years < 1 ? 'new' : years < 2 ? 'secondYear' : 'experienced';
}

const key = (address: string): string => address.trim().toLowerCase();

/** For each person (by lower-case address): who supervises them (their manager) and who evaluates them. */
export interface Supervision {
  supervisorsOf(address: string): readonly string[];
  evaluatorsOf(address: string): readonly string[];
  /** True when this person's manager was read (even if they have none). */
  isKnown(address: string): boolean;
  nameOf(address: string): string | undefined;
}

export function buildSupervision(relations: readonly PersonRelations[], evaluators: readonly EvaluatorAssignment[] = []): Supervision {
  const byAddress = new Map(relations.map((r) => [key(r.address), r]));
  const names = new Map<string, string>();
  for (const r of relations) {
    if (r.name) names.set(key(r.address), r.name);
    if (r.managerAddress && r.managerName) names.set(key(r.managerAddress), r.managerName);
  }
  const evaluatedBy = new Map<string, string[]>();
  for (const e of evaluators) for (const p of e.principals) evaluatedBy.set(key(p), [...(evaluatedBy.get(key(p)) ?? []), key(e.evaluator)]);
  return {
    supervisorsOf: (a) => {
      const m = byAddress.get(key(a))?.managerAddress;
      return m ? [key(m)] : [];
    },
    evaluatorsOf: (a) => evaluatedBy.get(key(a)) ?? [],
    isKnown: (a) => byAddress.get(key(a))?.managerAddress !== undefined,
    nameOf: (a) => names.get(key(a)),
  };
}

export interface PeerCohort {
  /** The principals to pair, with supervisor, evaluators and years in role filled in. */
  readonly cohort: readonly PairingPrincipal[];
  /** True when every principal's manager was read. */
  readonly relationsRead: boolean;
  /** Cohort members who are not anyone's peer here, with the reason (they supervise or evaluate others in it, or arrange it). */
  readonly notPeers: readonly { readonly address: string; readonly reason: string }[];
}

/**
 * The cohort as pairing needs it. A member who supervises or evaluates another member is nobody's peer here
 * (a principal supervisor in the cohort is never paired), and neither is the coach arranging the pairs.
 * Experience: fewer than 2 years completed is newer (new or second-year), 2 or more experienced.
 */
export function peerCohort(
  members: readonly { readonly address: string; readonly name: string }[],
  supervision: Supervision,
  startedMs: ReadonlyMap<string, number>,
  asOfMs: number,
  arrangedBy?: string,
  /** Who runs the cohort (a cohort group's owners): they arrange, they are not peers in it. */
  runBy: readonly string[] = [],
): PeerCohort {
  const runners = new Set(runBy.map(key));
  const inCohort = new Map(members.map((m) => [key(m.address), m]));
  const oversees = new Map<string, string[]>();
  for (const m of members) {
    for (const boss of [...supervision.supervisorsOf(m.address), ...supervision.evaluatorsOf(m.address)]) {
      if (inCohort.has(boss) && boss !== key(m.address)) oversees.set(boss, [...new Set([...(oversees.get(boss) ?? []), m.name])]);
    }
  }
  const notPeers: { address: string; reason: string }[] = [];
  const cohort: PairingPrincipal[] = [];
  for (const m of members) {
    const k = key(m.address);
    if (arrangedBy !== undefined && k === key(arrangedBy)) {
      notPeers.push({ address: m.address, reason: `${m.name} is arranging these pairs.` });
      continue;
    }
    const overseen = oversees.get(k);
    if (overseen) {
      notPeers.push({ address: m.address, reason: `${m.name} supervises or evaluates ${listWords(overseen)} in this cohort, so is nobody's peer partner here.` });
      continue;
    }
    if (runners.has(k)) {
      notPeers.push({ address: m.address, reason: `${m.name} runs this cohort (an owner of its group), so arranges its pairs rather than joining one.` });
      continue;
    }
    const started = startedMs.get(k);
    cohort.push({
      id: k,
      name: m.name,
      supervisorId: supervision.supervisorsOf(k),
      evaluatorId: supervision.evaluatorsOf(k),
      ...(started !== undefined ? { yearsInRole: yearsInRole(started, asOfMs) } : {}),
    });
  }
  return { cohort, relationsRead: cohort.every((p) => supervision.isKnown(p.id)), notPeers };
}

/** Pairing's thresholds for these stages: under 2 completed years is newer, 2 or more experienced. */
export const STAGE_THRESHOLDS = { newerBelowYears: 2, experiencedFromYears: 2 } as const;
