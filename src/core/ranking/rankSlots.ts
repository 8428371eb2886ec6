import type { UnavailableReason } from '../availability/model.js';
import type { Interval } from '../time/interval.js';
import { LocalClock } from './localClock.js';
import { sessionPattern, type SessionPattern } from './sessionPattern.js';
import { clockTime, describeAttendance, describeRequired, weekdayPlural } from './wording.js';

/**
 * Deterministic ranking a coach can read. The score is whole points: 100 per person free, so attendance
 * always dominates, plus small adjustments that never add up to one person:
 *   +20 same weekday and start time as earlier sessions (+10 weekday only, +5 time only),
 *   -5 starts early in the day, -5 ends late in the day.
 * Equal scores are ordered by start, then end, then the free people's ids: no hidden randomness.
 */
export const POINTS = {
  perPersonFree: 100,
  sameWeekdayAndTime: 20,
  sameWeekday: 10,
  sameTime: 5,
  earlyInDay: -5,
  lateInDay: -5,
} as const;

export interface RankingOptions {
  /** The zone in which "early", "late" and "same weekday" are judged: the coach's or district's. */
  readonly timeZone: string;
  /** The span the ranked slots lie in; the ranker prepares its day table for it. */
  readonly window: Interval;
  /** Start instants of earlier sessions of the same series, if any. */
  readonly earlierSessionStarts?: readonly number[];
  /** Minutes after local midnight before which a start counts as early (default 9:00 AM). */
  readonly earlyBeforeMinute?: number;
  /** Minutes after local midnight after which an end counts as late (default 4:00 PM). */
  readonly lateAfterMinute?: number;
  /** People who must attend; their presence or absence is named in the reasons. */
  readonly required?: readonly string[];
}

export interface SlotAttendance extends Interval {
  readonly available: readonly string[];
  readonly unavailable: readonly { readonly id: string; readonly reason: UnavailableReason }[];
}

export interface RankedSlot extends SlotAttendance {
  readonly score: number;
  readonly reasons: readonly string[];
}

interface TimingFacts {
  readonly points: number;
  readonly notes: readonly string[];
}

export class SlotRanker {
  private readonly clock: LocalClock;
  private readonly pattern: SessionPattern | null;
  private readonly earlyBefore: number;
  private readonly lateAfter: number;
  private readonly required: readonly string[];

  constructor(options: RankingOptions) {
    this.clock = new LocalClock(options.timeZone, options.window);
    this.pattern = sessionPattern(options.earlierSessionStarts ?? [], options.timeZone);
    this.earlyBefore = options.earlyBeforeMinute ?? 9 * 60;
    this.lateAfter = options.lateAfterMinute ?? 16 * 60;
    this.required = options.required ?? [];
  }

  /** The score for a slot with `availableCount` people free; cheap enough to call for every candidate. */
  score(slot: Interval, availableCount: number): number {
    return availableCount * POINTS.perPersonFree + this.timing(slot, false).points;
  }

  /** The score and the plain-English reasons, for a slot that will be shown. */
  rank(slot: SlotAttendance): RankedSlot {
    const timing = this.timing(slot, true);
    const reasons = [describeAttendance(slot.available.length, slot.unavailable)];
    const required = describeRequired(this.required, slot.unavailable);
    if (required !== null) reasons.push(required);
    reasons.push(...timing.notes);
    return {
      ...slot,
      score: slot.available.length * POINTS.perPersonFree + timing.points,
      reasons,
    };
  }

  private timing(slot: Interval, withNotes: boolean): TimingFacts {
    const start = this.clock.at(slot.start);
    const end = this.clock.at(slot.end);
    // An end at or past local midnight is the end of a very late slot, not minute 0 of an early one.
    const endMinute = slot.end - slot.start >= 86_400_000 || end.weekday !== start.weekday || end.minuteOfDay < start.minuteOfDay ? 1440 + end.minuteOfDay : end.minuteOfDay;
    let points = 0;
    const notes: string[] = [];
    const p = this.pattern;
    if (p !== null) {
      const sameDay = p.weekday === start.weekday;
      const sameTime = p.minuteOfDay === start.minuteOfDay;
      if (sameDay && sameTime) {
        points += POINTS.sameWeekdayAndTime;
        if (withNotes) notes.push(`same weekday and time as earlier sessions (${weekdayPlural(p.weekday)} at ${clockTime(p.minuteOfDay)})`);
      } else if (sameDay) {
        points += POINTS.sameWeekday;
        if (withNotes) notes.push(`same weekday as earlier sessions (${weekdayPlural(p.weekday)})`);
      } else if (sameTime) {
        points += POINTS.sameTime;
        if (withNotes) notes.push(`same start time as earlier sessions (${clockTime(p.minuteOfDay)})`);
      }
    }
    if (start.minuteOfDay < this.earlyBefore) {
      points += POINTS.earlyInDay;
      if (withNotes) notes.push(`early in the day (starts ${clockTime(start.minuteOfDay)})`);
    }
    if (endMinute > this.lateAfter) {
      points += POINTS.lateInDay;
      if (withNotes) notes.push(`late in the day (ends ${clockTime(endMinute)})`);
    }
    return { points, notes };
  }
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** Best first: higher score, then earlier start, earlier end, then the free people's ids in order. */
export function compareRanked(a: RankedSlot, b: RankedSlot): number {
  return b.score - a.score || a.start - b.start || a.end - b.end || compareIds(a.available, b.available);
}

/** Chronological, the same tie-breaks. */
export function compareByStart(a: RankedSlot, b: RankedSlot): number {
  return a.start - b.start || a.end - b.end || b.score - a.score || compareIds(a.available, b.available);
}

/** Ranks and orders a list of slots in one call, for callers that have attendance already. */
export function rankSlots(slots: readonly SlotAttendance[], options: RankingOptions): RankedSlot[] {
  const ranker = new SlotRanker(options);
  return slots.map((s) => ranker.rank(s)).sort(compareRanked);
}
