/**
 * The pairing input for a cohort, from Graph: who supervises or evaluates whom (managers and the district's
 * evaluators), how long each has led a school, and every coach's pairs (booked ones kept as they are, ended
 * ones not repeated). The pairs themselves and their times come from the core (formPairs, planPeerCoaching).
 */
import { formPairs, type PairingInput, type PairingPlan } from '../../core/planning/pairs.js';
import { STAGE_THRESHOLDS, STAGE_WORDS, experienceStage, peerCohort, yearsInRole, type ExperienceStage } from '../../core/planning/supervision.js';
import { createRelationsCalendar, type RelationsGraph } from '../../graph/index.js';
import type { DistrictSettings } from './districtSettings.js';
import { readPairHistory, type PairSeries } from './pairHistory.js';
import { readSupervision, type RelationsGateway } from './readSupervision.js';

export type PairsGateway = RelationsGateway & RelationsGraph;

export interface CohortMember {
  readonly address: string;
  readonly name: string;
}

export interface PersonExperience {
  readonly address: string;
  readonly stage: ExperienceStage;
  readonly years: number;
  /** "new (first year)", "second year", "experienced (9 years)". */
  readonly words: string;
}

export interface PairCohortRequest {
  readonly cohort: readonly CohortMember[];
  /** The signed-in coach (never paired with the principals they arrange). */
  readonly arrangedBy: string;
  /** Who runs the cohort: its group's owners (listGroupOwners); none for hand-picked people. */
  readonly runBy?: readonly string[];
  readonly district: DistrictSettings;
  /** "Today", from the app's one clock. */
  readonly asOfMs: number;
}

export interface PairCohort {
  /** formPairs' input for the principals still to pair (those in a booked pair are left out). */
  readonly input: PairingInput;
  /** Pairs of this cohort already booked (a series still meeting): shown as booked, kept by a re-run. */
  readonly booked: readonly PairSeries[];
  readonly notPeers: readonly { readonly address: string; readonly reason: string }[];
  readonly experience: ReadonlyMap<string, PersonExperience>;
  /** What could not be read, in words: the explanation then says what it could not check. */
  readonly warnings: readonly string[];
  /** The district's shared peer-coaching calendar, which organizes every coach's pairs (when the district has one). */
  readonly coachingCalendar?: string;
}

const key = (a: string): string => a.trim().toLowerCase();

export function experienceWords(stage: ExperienceStage, years: number): string {
  return stage === 'experienced' ? `experienced (${years} years)` : STAGE_WORDS[stage];
}

export async function pairCohort(gateway: PairsGateway, request: PairCohortRequest): Promise<PairCohort> {
  const addresses = request.cohort.map((m) => m.address);
  const [read, history] = await Promise.all([
    readSupervision(gateway, addresses, request.district),
    readPairHistory(createRelationsCalendar(gateway), {
      ...(request.district.coachingCalendar ? { coachingCalendar: request.district.coachingCalendar } : {}),
      asOfMs: request.asOfMs,
    }),
  ]);
  const peers = peerCohort(request.cohort, read.supervision, read.startedMs, request.asOfMs, request.arrangedBy, request.runBy ?? []);
  const inCohort = new Set(peers.cohort.map((p) => p.id));
  const within = (s: PairSeries) => s.members.every((m) => inCohort.has(key(m.address)));
  const booked = history.booked.filter(within);
  const bookedMembers = new Set(booked.flatMap((s) => s.members.map((m) => key(m.address))));
  const experience = new Map<string, PersonExperience>();
  for (const [address, started] of read.startedMs) {
    const years = yearsInRole(started, request.asOfMs);
    const stage = experienceStage(years);
    experience.set(address, { address, stage, years, words: experienceWords(stage, years) });
  }
  const warnings = [
    ...read.unreadable.map((u) => `Who supervises ${u.address} could not be read (${u.message}); they are not paired with anyone in this cohort who might.`),
    ...history.warnings,
  ];
  return {
    input: {
      cohort: peers.cohort.filter((p) => !bookedMembers.has(p.id)),
      relationsRead: peers.relationsRead && read.unreadable.length === 0,
      // Only pairs wholly in this cohort matter; members outside it are dropped (formPairs checks ids).
      previousGroups: history.previous.map((s) => s.members.map((m) => key(m.address)).filter((a) => inCohort.has(a) && !bookedMembers.has(a))).filter((g) => g.length >= 2),
      ...STAGE_THRESHOLDS,
    },
    booked,
    notPeers: peers.notPeers,
    experience,
    warnings,
    ...(request.district.coachingCalendar ? { coachingCalendar: request.district.coachingCalendar } : {}),
  };
}

/** The pairs for a cohort without their times (planPeerCoaching adds those): for a quick look and for tests. */
export async function suggestPairs(gateway: PairsGateway, request: PairCohortRequest): Promise<PairCohort & { readonly plan: PairingPlan | null }> {
  const prepared = await pairCohort(gateway, request);
  return { ...prepared, plan: prepared.input.cohort.length >= 2 ? formPairs(prepared.input) : null };
}
