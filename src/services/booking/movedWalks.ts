/**
 * A rotation with some walks moved to the way forward their conflict offered (the next best time for the
 * same people, or the best time without someone who can no longer come), so booking it again books those
 * walks at their new times and finds the others already booked. Pure.
 */
import type { WalkPlanInput } from '../../core/booking/index.js';
import type { RotationVisit } from '../../core/planning/index.js';
import type { Interval } from '../../core/time/interval.js';
import type { RotationSuggestion, WalkVisit } from '../findTime/suggestRotation.js';
import type { DraftOutcome } from './outcomes.js';

export interface WalkMove {
  readonly start: number;
  readonly end: number;
  /** Addresses of visitors who cannot come at the new time (never the host). */
  readonly without?: readonly string[];
}

const lower = (s: string): string => s.toLowerCase();

function movedVisit(visit: WalkVisit, move: WalkMove): WalkVisit {
  const gone = new Set((move.without ?? []).map(lower));
  const leaving = visit.attendees.filter((p) => gone.has(lower(p.mail)) && p !== visit.host);
  return {
    ...visit,
    start: move.start,
    end: move.end,
    attendees: visit.attendees.filter((p) => !leaving.includes(p)),
    absent: [...visit.absent, ...leaving.map((person) => ({ person, reason: 'busy' as const }))],
  };
}

/** The planner's visit at the move's time, travel shifted with it, without the visitors who cannot come. */
export function movedPlanVisit(visit: RotationVisit, move: WalkMove, mailOf: (id: string) => string | undefined): RotationVisit {
  const shift = move.start - visit.start;
  const gone = new Set((move.without ?? []).map(lower));
  const leaves = (id: string, role: string): boolean => role !== 'host' && gone.has(lower(mailOf(id) ?? ''));
  return {
    ...visit,
    start: move.start,
    end: move.end,
    attendees: visit.attendees.filter((a) => !leaves(a.id, a.role)).map((a) => ({ ...a, committed: { start: a.committed.start + shift, end: a.committed.end + shift } })),
    absent: [...visit.absent, ...visit.attendees.filter((a) => leaves(a.id, a.role)).map((a) => ({ id: a.id, reason: 'busy' as const, duringTravel: false }))],
  };
}

/** The rotation with each school's walk (by school name) at its move, visits kept in time order. */
export function withMovedWalks(walks: RotationSuggestion, moves: Readonly<Record<string, WalkMove>>): RotationSuggestion {
  if (Object.keys(moves).length === 0) return walks;
  const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;
  const visits = walks.visits.map((v) => (moves[v.schoolName] ? movedVisit(v, moves[v.schoolName]!) : v)).sort(byStart);
  const rotation = walks.rotation;
  if (!rotation) return { ...walks, visits };
  const mailOf = (id: string): string | undefined => rotation.people[id]?.mail;
  const planVisits = rotation.plan.visits.map((v) => (moves[v.schoolName] ? movedPlanVisit(v, moves[v.schoolName]!, mailOf) : v)).sort(byStart);
  return { ...walks, visits, rotation: { ...rotation, plan: { ...rotation.plan, visits: planVisits } } };
}

/** The booking input with each school's walk (by school id) at its move, under the rotation's plan id. */
export function withMovedInput(input: WalkPlanInput, planId: string, moves: Readonly<Record<string, WalkMove>>): WalkPlanInput {
  const mailOf = (id: string): string | undefined => input.people[id]?.address;
  const visits = input.rotation.visits.map((v) => (moves[v.schoolId] ? movedPlanVisit(v, moves[v.schoolId]!, mailOf) : v)).sort((a, b) => a.start - b.start);
  return { ...input, planId, rotation: { ...input.rotation, visits } };
}

/** A way forward for a walk whose time was taken: its button's words, and where it moves the walk. */
export interface WalkWay {
  /** "Book at Friday, December 11, 9:00 – 11:00 AM Eastern" (or "… without Ana Ruiz"). */
  readonly words: string;
  readonly move: WalkMove;
}

/**
 * The ways forward a walk's conflict offered, each read from free/busy when it was reported: the next best
 * time for the same people, then the best time without someone who cannot come (the booking service never
 * offers one without the host). `when` says a time as the screen does; `nameOf` names an address.
 */
export function walkWays(outcome: DraftOutcome | undefined, when: (slot: Interval) => string, nameOf: (address: string) => string): WalkWay[] {
  if (outcome?.status !== 'conflict') return [];
  const ways: WalkWay[] = [];
  if (outcome.nextBest) ways.push({ words: `Book at ${when(outcome.nextBest)}`, move: { start: outcome.nextBest.start, end: outcome.nextBest.end } });
  const partial = outcome.bestPartial;
  if (partial && partial.start !== outcome.nextBest?.start) {
    ways.push({
      words: `Book at ${when(partial)} without ${partial.missing.map((m) => nameOf(m.address)).join(', ')}`,
      move: { start: partial.start, end: partial.end, without: partial.missing.map((m) => m.address) },
    });
  }
  return ways;
}
