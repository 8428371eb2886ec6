/**
 * The learning-walk rotations a coach booked from this browser, kept in localStorage (not the tab's
 * sessionStorage): the input lets this browser book what is missing after a failure exactly as planned.
 * Who the visitors are is also kept in Graph on each walk, so inviting them needs only the plan id: a
 * rotation missing here (another browser, cleared storage) is found in Graph and nothing is lost.
 */
import type { BookingPlan, WalkPlanInput } from '../../core/booking/index.js';

export interface StoredWalkPlan {
  readonly planId: string;
  /** What bookWalks was given: booking it again creates only the walks still missing. */
  readonly input: WalkPlanInput;
  /** What bookWalks returned: shows walks never booked (Graph has no event for them). */
  readonly plan: BookingPlan;
  readonly hostFirst: boolean;
  /** Whether every walk was in the calendar after the last booking run. */
  readonly complete: boolean;
  /** Epoch ms of the last booking run, newest shown first. */
  readonly savedAt: number;
}

const PREFIX = 'common-time:walk-plans:';
/** Enough for a school year of rotations; the oldest go first. */
const MAX_PLANS = 30;

export function readWalkPlans(upn: string): StoredWalkPlan[] {
  try {
    const raw = window.localStorage.getItem(PREFIX + upn.toLowerCase());
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as StoredWalkPlan[]).filter((p) => typeof p?.planId === 'string' && Array.isArray(p.plan?.drafts)) : [];
  } catch {
    return []; // storage blocked (some embedded browsers) or unreadable
  }
}

/** Adds or replaces (same plan id) a rotation; returns what is now stored, newest first. */
export function saveWalkPlan(upn: string, entry: StoredWalkPlan): StoredWalkPlan[] {
  const plans = [entry, ...readWalkPlans(upn).filter((p) => p.planId !== entry.planId)].sort((a, b) => b.savedAt - a.savedAt).slice(0, MAX_PLANS);
  try {
    window.localStorage.setItem(PREFIX + upn.toLowerCase(), JSON.stringify(plans));
  } catch {
    // Full or blocked storage: the walks are booked all the same; their status is still read from Graph.
  }
  return plans;
}
