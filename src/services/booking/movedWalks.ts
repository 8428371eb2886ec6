/**
 * A rotation with some walks moved to the way forward their conflict offered (the next best time for the
 * same people, or the best time without someone who can no longer come), so booking it again books those
 * walks at their new times and finds the others already booked. Pure.
 */
import type { RotationVisit } from '../../core/planning/index.js';
import type { RotationSuggestion, WalkVisit } from '../findTime/suggestRotation.js';

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

function movedPlanVisit(visit: RotationVisit, move: WalkMove, mailOf: (id: string) => string | undefined): RotationVisit {
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
