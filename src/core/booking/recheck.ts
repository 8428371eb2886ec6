/**
 * The last look before a create: who of the people expected free has been booked meanwhile, and the next
 * time the same people are free together, found with the same engine as the suggestions.
 */
import { buildAvailability } from '../availability/build.js';
import { whyUnavailable, type UnavailableReason } from '../availability/model.js';
import type { ScheduleInput } from '../availability/scheduleInput.js';
import { findCommonSlots } from '../slots/findSlots.js';
import { MINUTE_MS, type Interval } from '../time/interval.js';
import type { EventDraft } from './model.js';

export interface Taker {
  readonly address: string;
  readonly reason: UnavailableReason;
  /** The first meeting of the draft this person can no longer make. */
  readonly at: Interval;
}

const DAY_MS = 24 * 60 * MINUTE_MS;
/** How far after the taken time the next best time is looked for. */
export const NEXT_BEST_DAYS = 7;

/** From the first meeting's start to the last one's end: what the last look reads. */
export function meetingsSpan(draft: Pick<EventDraft, 'occurrences'>): Interval {
  return { start: draft.occurrences[0]!.start, end: draft.occurrences[draft.occurrences.length - 1]!.end };
}

/** Where a next best time is looked for: from the taken time to NEXT_BEST_DAYS after it (single meetings). */
export function nextBestWindow(draft: Pick<EventDraft, 'occurrences'>): Interval {
  const span = meetingsSpan(draft);
  return { start: span.start, end: Math.max(span.end, span.start + NEXT_BEST_DAYS * DAY_MS) };
}

function byAddress(schedules: readonly ScheduleInput[]): Map<string, ScheduleInput> {
  return new Map(schedules.map((s) => [s.id.toLowerCase(), s]));
}

/**
 * Who took the time: each expected-free person with an item that blocks (by the coach's tentative rule)
 * over any meeting of the draft. Working hours are not re-applied: they were when the time was chosen, and
 * a new booking is what this looks for. A calendar that cannot be read counts as taken ('unknown').
 */
export function findTakers(draft: Pick<EventDraft, 'mustBeFree' | 'occurrences'>, schedules: readonly ScheduleInput[], tentative: 'busy' | 'free'): Taker[] {
  const window = meetingsSpan(draft);
  const found = byAddress(schedules);
  const inputs = draft.mustBeFree.map(
    (address): ScheduleInput => found.get(address.toLowerCase()) ?? { id: address, items: [], error: { code: 'missing', message: 'Graph returned no schedule for this person.' } },
  );
  const people = buildAvailability(
    inputs.map((s, i) => ({ ...s, id: draft.mustBeFree[i]! })),
    window,
    { tentative, ignoreWorkingHours: true },
  );
  const takers: Taker[] = [];
  for (const person of people) {
    for (const at of draft.occurrences) {
      const reason = whyUnavailable(person, at);
      if (reason !== null) {
        takers.push({ address: person.id, reason, at });
        break;
      }
    }
  }
  return takers;
}

/**
 * The earliest time after the taken one, within NEXT_BEST_DAYS, when every expected-free person is free and
 * inside their working hours (and the draft's school-day rules hold), or undefined. Only for single
 * meetings: a series is re-planned with the recurring search.
 */
export type NextBestDraft = Pick<EventDraft, 'occurrences' | 'mustBeFree' | 'slot' | 'constraints'>;

export function nextBestSlot(draft: NextBestDraft, schedules: readonly ScheduleInput[], tentative: 'busy' | 'free'): Interval | undefined {
  return nextFreeSlots(draft, schedules, tentative, 1)[0];
}

/**
 * The first `count` times, earliest first, when every expected-free person is free inside their working
 * hours (and the draft's rules hold), from the window's start (default: nextBestWindow), never the draft's own time.
 */
export function nextFreeSlots(draft: NextBestDraft, schedules: readonly ScheduleInput[], tentative: 'busy' | 'free', count: number, within?: Interval): Interval[] {
  if (draft.occurrences.length !== 1 || draft.mustBeFree.length === 0 || count < 1) return [];
  const window = within ?? nextBestWindow(draft);
  const found = byAddress(schedules);
  const inputs = draft.mustBeFree.map((address) => ({ ...(found.get(address.toLowerCase()) ?? { items: [], error: { code: 'missing', message: 'no schedule' } }), id: address }));
  const people = buildAvailability(inputs, window, { tentative });
  const durationMinutes = Math.round((draft.slot.end - draft.slot.start) / MINUTE_MS);
  if (durationMinutes <= 0 || window.end - window.start < durationMinutes * MINUTE_MS) return [];
  const result = findCommonSlots(people, {
    window,
    durationMinutes,
    stepMinutes: 15,
    required: draft.mustBeFree,
    ...(draft.constraints ? { constraints: draft.constraints } : {}),
    sort: 'start',
    // Enough to choose `count` that do not overlap one another (three times a quarter hour apart are one choice).
    maxResults: count === 1 ? 2 : (count + 1) * 8,
    maxPartial: 0,
  });
  const chosen: Interval[] = [];
  for (const s of result.slots) {
    if (chosen.length === count) break;
    if (s.start === draft.slot.start || chosen.some((c) => c.start < s.end && s.start < c.end)) continue;
    chosen.push({ start: s.start, end: s.end });
  }
  return chosen;
}
