/**
 * When the chosen time was taken, real ways forward rather than "Try again" (which fails again): the next
 * time everyone who was free is free again, the best time all but one of them can make (the chosen
 * time without the person who took it counts), and which of the coach's other suggestions are still open,
 * each checked against free/busy now.
 */
import { findTakers, nextBestSlot, nextBestWindow, type EventDraft } from '../../core/booking/index.js';
import { buildAvailability } from '../../core/availability/build.js';
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import { findCommonSlots } from '../../core/slots/findSlots.js';
import { MINUTE_MS, type Interval } from '../../core/time/interval.js';
import type { ScheduleReader } from './manageSession.js';

export interface PartialTime extends Interval {
  /** Addresses free then (the organizer always among them). */
  readonly free: readonly string[];
  /** Addresses who could not come, with why. */
  readonly missing: readonly { readonly address: string; readonly reason: string }[];
}

export interface WaysForward {
  /** Everyone who was expected free is free then (single meetings only). */
  readonly nextBest?: Interval;
  /** The best time (earliest among the fullest) all but one can make; may be the chosen time itself. */
  readonly bestPartial?: PartialTime;
  /** The coach's other suggestions that are still open for everyone expected free, in the order given. */
  readonly stillOpen: readonly Interval[];
}

type Draft = Pick<EventDraft, 'occurrences' | 'mustBeFree' | 'slot' | 'constraints' | 'organizer' | 'host'>;

/** The best all-but-one time in the next-best window, the organizer always required (and a walk's host: a walk without its host is none). */
export function bestPartialTime(draft: Draft, schedules: readonly ScheduleInput[], tentative: 'busy' | 'free'): PartialTime | undefined {
  if (draft.occurrences.length !== 1 || draft.mustBeFree.length < 3) return undefined;
  const window = nextBestWindow(draft);
  const found = new Map(schedules.map((s) => [s.id.toLowerCase(), s]));
  const inputs = draft.mustBeFree.map((address) => ({ ...(found.get(address.toLowerCase()) ?? { items: [], error: { code: 'missing', message: 'no schedule' } }), id: address }));
  const people = buildAvailability(inputs, window, { tentative });
  const durationMinutes = Math.round((draft.slot.end - draft.slot.start) / MINUTE_MS);
  const needed = [draft.organizer.address, ...(draft.host ? [draft.host.address] : [])].map((a) => a.toLowerCase());
  const required = draft.mustBeFree.filter((a) => needed.includes(a.toLowerCase()));
  const result = findCommonSlots(people, {
    window,
    durationMinutes,
    stepMinutes: 15,
    minAvailable: draft.mustBeFree.length - 1,
    ...(required.length > 0 ? { required } : {}),
    ...(draft.constraints ? { constraints: draft.constraints } : {}),
    sort: 'start',
    maxPartial: 0,
  });
  const partial = result.slots.find((s) => s.unavailable.length > 0);
  if (!partial) return undefined;
  return { start: partial.start, end: partial.end, free: partial.available, missing: partial.unavailable.map((u) => ({ address: u.id, reason: u.reason })) };
}

/** The other suggestions (single meetings of the same length) that everyone expected free can still make. */
export async function stillOpen(calendar: ScheduleReader, draft: Draft, alternatives: readonly Interval[], tentative: 'busy' | 'free'): Promise<Interval[]> {
  const others = alternatives.filter((a) => a.start !== draft.slot.start && a.end > a.start);
  if (others.length === 0) return [];
  const span = { start: Math.min(...others.map((a) => a.start)), end: Math.max(...others.map((a) => a.end)) };
  const schedules = await calendar.readSchedules(draft.mustBeFree, span);
  return others.filter((slot) => findTakers({ mustBeFree: draft.mustBeFree, occurrences: [slot] }, schedules, tentative).length === 0);
}

/** Every way forward after a conflict, from one read of the week after and one of the alternatives' span. */
export async function waysForward(calendar: ScheduleReader, draft: Draft, tentative: 'busy' | 'free', alternatives: readonly Interval[] = []): Promise<WaysForward> {
  if (draft.occurrences.length !== 1) return { stillOpen: await stillOpen(calendar, draft, alternatives, tentative) };
  const [schedules, open] = await Promise.all([calendar.readSchedules(draft.mustBeFree, nextBestWindow(draft)), stillOpen(calendar, draft, alternatives, tentative)]);
  const nextBest = nextBestSlot(draft, schedules, tentative);
  const bestPartial = bestPartialTime(draft, schedules, tentative);
  return { ...(nextBest ? { nextBest } : {}), ...(bestPartial ? { bestPartial } : {}), stillOpen: open };
}
