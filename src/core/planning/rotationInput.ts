import type { PersonAvailability } from '../availability/model.js';
import { validateConstraints, type Blackout, type SlotConstraints } from '../slots/constraints.js';
import type { Interval } from '../time/interval.js';
import { PlanningInputError, checkId, checkNonNegativeMinutes, checkPositiveInteger, checkUniqueIds, checkZone } from './input.js';
import { checkPeople } from './people.js';

/**
 * A school that hosts one learning walk. Its constraints carry the school's zone, its days, its school
 * day (`dailyWindow`, required: walks happen while classes are in session) and its bell schedule
 * (`dailyExclusions`: arrival, lunch, dismissal).
 */
export interface RotationSchool {
  readonly id: string;
  readonly name?: string;
  readonly constraints: SlotConstraints;
}

export interface RotationPrincipal {
  readonly id: string;
  readonly name?: string;
  readonly schoolId: string;
}

/** Minutes to drive between schools: `minutes[from][to]` (either direction is used for both), else the default. */
export interface TravelTimes {
  readonly defaultMinutes?: number;
  readonly minutes?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface RotationInput {
  readonly schools: readonly RotationSchool[];
  readonly cohort: readonly RotationPrincipal[];
  /** One entry per cohort member, as buildAvailability gives it (working hours already folded into blocks). */
  readonly availability: readonly PersonAvailability[];
  readonly window: Interval;
  readonly visitMinutes: number;
  readonly travel: TravelTimes;
  /** District-wide blackout dates, added to every school's own. */
  readonly blackouts?: readonly Blackout[];
  /** Candidate starts are this many minutes apart from the start of each open stretch of the school day (default 30). */
  readonly stepMinutes?: number;
  /** How many of the cohort must attend each visit, hosts included (default: everyone). */
  readonly minAttendees?: number;
  /** Search budget; beyond it the best plan found so far is returned, marked incomplete (default 200 000). */
  readonly maxSearchNodes?: number;
}

/** The input checked and indexed for the search. */
export interface CheckedRotation {
  readonly schools: readonly (RotationSchool & { readonly name: string; readonly zone: string; readonly hosts: readonly string[] })[];
  readonly people: readonly PersonAvailability[];
  readonly names: ReadonlyMap<string, string>;
  readonly schoolOf: ReadonlyMap<string, string>;
  readonly travelMinutes: (from: string, to: string) => number;
  readonly window: Interval;
  readonly visitMinutes: number;
  readonly stepMinutes: number;
  readonly minAttendees: number;
  readonly maxSearchNodes: number;
  readonly blackouts: readonly Blackout[];
}

function travelLookup(travel: TravelTimes, schoolIds: readonly string[]): (from: string, to: string) => number {
  if (travel === null || typeof travel !== 'object')
    throw new PlanningInputError('travel', 'give travel times as { defaultMinutes, minutes: { fromSchool: { toSchool: minutes } } }.');
  const fallback = travel.defaultMinutes === undefined ? undefined : checkNonNegativeMinutes(travel.defaultMinutes, 'travel.defaultMinutes');
  const known = new Set(schoolIds);
  for (const [from, row] of Object.entries(travel.minutes ?? {})) {
    if (!known.has(from)) throw new PlanningInputError(`travel.minutes.${from}`, `"${from}" is not one of the schools; fix the school id or remove the row.`);
    for (const [to, minutes] of Object.entries(row)) {
      if (!known.has(to)) throw new PlanningInputError(`travel.minutes.${from}.${to}`, `"${to}" is not one of the schools; fix the school id or remove the entry.`);
      checkNonNegativeMinutes(minutes, `travel.minutes.${from}.${to}`);
    }
  }
  const lookup = (from: string, to: string): number | undefined => (from === to ? 0 : (travel.minutes?.[from]?.[to] ?? travel.minutes?.[to]?.[from] ?? fallback));
  // Every pair is checked now, so a gap in the matrix is reported before any searching.
  for (const from of schoolIds) {
    for (const to of schoolIds) {
      if (lookup(from, to) === undefined) {
        throw new PlanningInputError(`travel.minutes.${from}.${to}`, `no travel time from ${from} to ${to}; add it to the matrix or set travel.defaultMinutes.`);
      }
    }
  }
  return (from, to) => lookup(from, to)!;
}

export function checkRotation(input: RotationInput): CheckedRotation {
  if (input === null || typeof input !== 'object') throw new PlanningInputError('rotation', 'give schools, cohort, availability, window, visitMinutes and travel.');
  if (!Array.isArray(input.schools) || input.schools.length === 0) throw new PlanningInputError('schools', 'give at least one school to host a visit.');
  if (!Array.isArray(input.cohort) || input.cohort.length === 0) throw new PlanningInputError('cohort', 'give the principals taking part.');
  input.schools.forEach((s, i) => checkId(s?.id, `schools[${i}].id`));
  checkUniqueIds(
    input.schools.map((s) => s.id),
    'schools',
  );
  input.cohort.forEach((p, i) => checkId(p?.id, `cohort[${i}].id`));
  checkUniqueIds(
    input.cohort.map((p) => p.id),
    'cohort',
  );
  const schoolIds = input.schools.map((s) => s.id);
  input.cohort.forEach((p, i) => {
    if (!schoolIds.includes(p.schoolId)) throw new PlanningInputError(`cohort[${i}].schoolId`, `"${String(p.schoolId)}" is not one of the schools; fix the id or add the school.`);
  });
  checkPeople(input.availability, 'availability');
  const byId = new Map(input.availability.map((a) => [a.id, a]));
  const people = input.cohort.map((p, i) => {
    const found = byId.get(p.id);
    if (found === undefined) throw new PlanningInputError(`cohort[${i}].id`, `no availability was given for "${p.id}"; read their schedule or remove them from the cohort.`);
    return found;
  });
  const blackouts = [...(input.blackouts ?? [])];
  const schools = input.schools.map((school, i) => {
    const field = `schools[${i}].constraints`;
    if (school.constraints?.dailyWindow === undefined) {
      throw new PlanningInputError(
        `${field}.dailyWindow`,
        'give the school day, for example { start: "08:30", end: "15:00" }: learning walks happen while classes are in session.',
      );
    }
    validateConstraints({ ...school.constraints, blackouts: [...(school.constraints.blackouts ?? []), ...blackouts] }, field);
    const hosts = input.cohort.filter((p) => p.schoolId === school.id).map((p) => p.id);
    if (hosts.length === 0) throw new PlanningInputError(`schools[${i}].id`, `no principal in the cohort works at "${school.id}"; add its principal or remove the school.`);
    return { ...school, name: school.name ?? school.id, zone: checkZone(school.constraints.timeZone, `${field}.timeZone`), hosts };
  });
  const window = input.window;
  if (!Number.isFinite(window?.start) || !Number.isFinite(window?.end) || window.end <= window.start) {
    throw new PlanningInputError('window', 'give start and end instants with the end after the start.');
  }
  const visitMinutes = checkPositiveInteger(input.visitMinutes, 'visitMinutes', 12 * 60, ' minutes');
  const stepMinutes = input.stepMinutes === undefined ? 30 : checkPositiveInteger(input.stepMinutes, 'stepMinutes', 24 * 60, ' minutes');
  const minAttendees = input.minAttendees === undefined ? people.length : checkPositiveInteger(input.minAttendees, 'minAttendees', people.length, ' (the cohort size)');
  const maxSearchNodes = input.maxSearchNodes === undefined ? 200_000 : checkPositiveInteger(input.maxSearchNodes, 'maxSearchNodes', 100_000_000);
  return {
    schools,
    people,
    names: new Map(input.cohort.map((p) => [p.id, p.name ?? p.id])),
    schoolOf: new Map(input.cohort.map((p) => [p.id, p.schoolId])),
    travelMinutes: travelLookup(input.travel, schoolIds),
    window,
    visitMinutes,
    stepMinutes,
    minAttendees,
    maxSearchNodes,
    blackouts,
  };
}
