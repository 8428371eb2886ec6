import type { PersonAvailability } from '../availability/model.js';
import { MINUTE_MS, type Interval } from '../time/interval.js';
import { validateBuffers, validateConstraints, type Buffers, type SlotConstraints } from './constraints.js';
import { InvalidOptionError } from './errors.js';

export interface FindSlotsOptions {
  /** Where slots may lie, half-open [start, end) in UTC epoch ms. */
  readonly window: Interval;
  readonly durationMinutes: number;
  /** Grid of candidate starts: window.start, then every step, while start + duration <= window.end. Default 30. */
  readonly stepMinutes?: number;
  /** Ids who must be free in every listed slot. */
  readonly required?: readonly string[];
  /** At least this many people free (default: everyone). */
  readonly minAvailable?: number;
  /** At least this share (0–1] of people free, rounded up; with minAvailable, the stricter wins. */
  readonly minShare?: number;
  readonly constraints?: SlotConstraints;
  /** Each attendee must also be free this long before and after (travel between schools). */
  readonly buffers?: Buffers;
  /** At most this many slots (default: all that qualify). */
  readonly maxResults?: number;
  /** At most this many best partial slots when none qualifies (default 5). */
  readonly maxPartial?: number;
  readonly sort?: 'rank' | 'start';
  /** Zone for "early/late in the day" and "same weekday": default constraints.timeZone, else UTC. */
  readonly timeZone?: string;
  /** Starts of earlier sessions of this series, to favour the same weekday and time. */
  readonly earlierSessionStarts?: readonly number[];
  /** Local minute before which a start is "early" (default 540 = 9:00 AM). */
  readonly earlyBeforeMinute?: number;
  /** Local minute after which an end is "late" (default 960 = 4:00 PM). */
  readonly lateAfterMinute?: number;
}

/** Options checked and resolved to the numbers the search loop uses. */
export interface ResolvedSlotOptions {
  readonly window: Interval;
  readonly durationMs: number;
  readonly stepMs: number;
  readonly requiredIndexes: readonly number[];
  readonly minAvailable: number;
  readonly beforeMs: number;
  readonly afterMs: number;
  readonly maxResults: number;
  readonly maxPartial: number;
  readonly sort: 'rank' | 'start';
}

function positiveInteger(value: unknown, field: string, hint: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new InvalidOptionError(field, `${field}: expected a whole number greater than 0 ${hint} (got ${String(value)}).`);
  }
  return value;
}

function optionalCount(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (value === Infinity) return Infinity;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidOptionError(field, `${field}: expected a whole number, 0 or more (got ${String(value)}).`);
  }
  return value;
}

/** Validates everything up front so a bad field is named before any work is done. */
export function resolveSlotOptions(people: readonly PersonAvailability[], o: FindSlotsOptions): ResolvedSlotOptions {
  const { window } = o;
  if (!window || !Number.isFinite(window.start) || !Number.isFinite(window.end)) {
    throw new InvalidOptionError('window', 'window: start and end must be valid times.');
  }
  if (window.end <= window.start) throw new InvalidOptionError('window', 'window: the end must be after the start.');
  const durationMs = positiveInteger(o.durationMinutes, 'durationMinutes', 'of minutes') * MINUTE_MS;
  if (durationMs > window.end - window.start) {
    throw new InvalidOptionError(
      'durationMinutes',
      `durationMinutes: ${o.durationMinutes} minutes is longer than the window (${(window.end - window.start) / MINUTE_MS} minutes); shorten it or widen the window.`,
    );
  }
  const stepMs = positiveInteger(o.stepMinutes ?? 30, 'stepMinutes', 'of minutes') * MINUTE_MS;
  if (people.length === 0) throw new InvalidOptionError('people', 'people: there are no schedules to compare.');
  const indexById = new Map<string, number>();
  // Mailbox addresses ignore letter case: "A@x" and "a@x" are one person, and counting them twice would
  // report a slot as "2 of 2 free" for one person.
  const seen = new Map<string, string>();
  people.forEach((p, i) => {
    const first = seen.get(p.id.toLowerCase());
    if (first !== undefined) {
      const also = first === p.id ? '' : ` (as "${first}")`;
      throw new InvalidOptionError(`people[${i}].id`, `people[${i}].id: "${p.id}" appears twice${also}; list each person once.`);
    }
    seen.set(p.id.toLowerCase(), p.id);
    indexById.set(p.id, i);
  });
  const requiredIndexes = [...new Set(o.required ?? [])].map((id) => {
    const index = indexById.get(id);
    if (index === undefined) throw new InvalidOptionError('required', `required: "${id}" is not among the schedules; check the spelling or add their schedule.`);
    return index;
  });
  let minAvailable = o.minAvailable === undefined && o.minShare === undefined ? people.length : 1;
  if (o.minAvailable !== undefined) {
    minAvailable = positiveInteger(o.minAvailable, 'minAvailable', 'of people');
    if (minAvailable > people.length) {
      throw new InvalidOptionError('minAvailable', `minAvailable: ${minAvailable} is more than the ${people.length} people in the schedules.`);
    }
  }
  if (o.minShare !== undefined) {
    if (typeof o.minShare !== 'number' || !(o.minShare > 0 && o.minShare <= 1)) {
      throw new InvalidOptionError('minShare', `minShare: expected a share greater than 0 and at most 1, like 0.75 (got ${String(o.minShare)}).`);
    }
    minAvailable = Math.max(minAvailable, Math.ceil(o.minShare * people.length - 1e-9));
  }
  if (o.constraints !== undefined) validateConstraints(o.constraints);
  validateBuffers(o.buffers);
  if (o.sort !== undefined && o.sort !== 'rank' && o.sort !== 'start') {
    throw new InvalidOptionError('sort', `sort: expected "rank" or "start" (got ${JSON.stringify(o.sort)}).`);
  }
  return {
    window,
    durationMs,
    stepMs,
    requiredIndexes,
    minAvailable,
    beforeMs: (o.buffers?.beforeMinutes ?? 0) * MINUTE_MS,
    afterMs: (o.buffers?.afterMinutes ?? 0) * MINUTE_MS,
    maxResults: optionalCount(o.maxResults, Infinity, 'maxResults'),
    maxPartial: optionalCount(o.maxPartial, 5, 'maxPartial'),
    sort: o.sort ?? 'rank',
  };
}
