import { checkInterval, InvalidIntervalError, type Interval } from '../time/interval.js';
import { toLuxonZone } from '../time/zones.js';
import { BlockCollector, type OutputRange } from './flattenBlocks.js';
import { reasonStrength, UNAVAILABLE_REASONS, type Block, type PackedBlocks, type PersonAvailability, type UnavailableReason } from './model.js';
import { FREE_BUSY_STATUSES, type FreeBusyStatus, type ScheduleInput, type WorkingHours } from './scheduleInput.js';
import { complementWithin, workingIntervals } from './workingHours.js';

/** The Graph statuses whose blocking is a setting; `unknown` always blocks and `free` never does. */
export type BlockingStatus = 'busy' | 'oof' | 'workingElsewhere' | 'tentative';
export const DEFAULT_BLOCKING_STATUSES: readonly BlockingStatus[] = ['busy', 'oof', 'workingElsewhere', 'tentative'];

export interface BuildOptions {
  /** 'busy' (default) makes tentative items block; 'free' counts them as free. Overrides blockingStatuses. */
  readonly tentative?: 'busy' | 'free';
  /** Statuses that make a person unavailable. Default: busy, oof, workingElsewhere, tentative. */
  readonly blockingStatuses?: readonly BlockingStatus[];
  /** When true, working hours are not applied (no 'outsideWorkingHours' blocks). */
  readonly ignoreWorkingHours?: boolean;
}

const STATUS_BY_LOWER = new Map<string, FreeBusyStatus>(FREE_BUSY_STATUSES.map((s) => [s.toLowerCase(), s]));
const OUTSIDE = reasonStrength('outsideWorkingHours');

/** A buildAvailability option that is not one of its allowed values; `field` names the option. */
export class InvalidBuildOptionError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidBuildOptionError';
  }
}

/** Position of a Graph status in FREE_BUSY_STATUSES (same order); a switch on the string is much cheaper than a keyed lookup. */
function statusIndex(status: string): number {
  switch (status) {
    case 'free':
      return 0;
    case 'tentative':
      return 1;
    case 'busy':
      return 2;
    case 'oof':
      return 3;
    case 'workingElsewhere':
      return 4;
    case 'unknown':
      return 5;
    default: {
      const canonical = typeof status === 'string' ? STATUS_BY_LOWER.get(status.toLowerCase()) : undefined;
      return canonical === undefined ? -1 : FREE_BUSY_STATUSES.indexOf(canonical);
    }
  }
}

/** For each status (by statusIndex), its index in UNAVAILABLE_REASONS under these options, or -1 when it does not block. */
function statusReasons(options: BuildOptions): Int8Array {
  if (options.tentative !== undefined && options.tentative !== 'busy' && options.tentative !== 'free') {
    throw new InvalidBuildOptionError('tentative', `expected "busy" or "free", got ${JSON.stringify(options.tentative)}.`);
  }
  for (const status of options.blockingStatuses ?? []) {
    if (!DEFAULT_BLOCKING_STATUSES.includes(status)) {
      throw new InvalidBuildOptionError('blockingStatuses', `expected some of ${DEFAULT_BLOCKING_STATUSES.join(', ')}, got ${JSON.stringify(status)}.`);
    }
  }
  const blocking = new Set<FreeBusyStatus>(options.blockingStatuses ?? DEFAULT_BLOCKING_STATUSES);
  if (options.tentative === 'free') blocking.delete('tentative');
  else if (options.tentative === 'busy') blocking.add('tentative');
  blocking.add('unknown');
  const reasons = new Int8Array(FREE_BUSY_STATUSES.length).fill(-1);
  for (const status of blocking) reasons[statusIndex(status)] = reasonStrength(status as UnavailableReason);
  return reasons;
}

/**
 * Outside-working-hours intervals, memoised per call on (zone, days, hours): a district's principals mostly
 * share a handful of zones and the same school day, so each distinct pattern is computed once.
 */
function outsideHoursCache(window: Interval): (hours: WorkingHours, index: number) => readonly Interval[] {
  const cache = new Map<string, readonly Interval[]>();
  return (hours, index) => {
    const zoneKey = typeof hours.timeZone === 'string' ? hours.timeZone : JSON.stringify(hours.timeZone);
    const key = `${zoneKey}|${hours.daysOfWeek.join(',')}|${hours.startMinute}|${hours.endMinute}`;
    let outside = cache.get(key);
    if (!outside) {
      const field = `schedules[${index}].workingHours`;
      const zone = toLuxonZone(hours.timeZone, `${field}.timeZone`);
      outside = complementWithin(window, workingIntervals(hours, zone, window, field));
      cache.set(key, outside);
    }
    return outside;
  };
}

/** The error for a malformed item, built only when one is found (field strings cost time in the hot loop). */
function badItem(person: number, item: number, suffix: string, detail: string): InvalidIntervalError {
  const field = `schedules[${person}].items[${item}]${suffix}`;
  return new InvalidIntervalError(field, `${field}: ${detail}`);
}

/** Flattens one person's items and outside-working-hours time into the collector's shared output. */
function flattenPerson(
  schedule: ScheduleInput,
  index: number,
  window: Interval,
  reasons: Int8Array,
  outsideHours: ((hours: WorkingHours, index: number) => readonly Interval[]) | null,
  collector: BlockCollector,
): OutputRange {
  const outside = outsideHours && schedule.workingHours ? outsideHours(schedule.workingHours, index) : [];
  collector.reset();
  for (const interval of outside) collector.add(interval.start, interval.end, OUTSIDE);
  collector.startSecondStream();
  const items = schedule.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const status = statusIndex(item.status);
    if (status < 0) throw badItem(index, i, '.status', `expected one of ${FREE_BUSY_STATUSES.join(', ')}, got ${JSON.stringify(item.status)}.`);
    const reason = reasons[status]!;
    if (!Number.isInteger(item.start) || !Number.isInteger(item.end)) throw badItem(index, i, '', 'start and end must be whole milliseconds.');
    if (item.end < item.start)
      throw badItem(index, i, '', `the end (${new Date(item.end).toISOString()}) is before the start (${new Date(item.start).toISOString()}); swap them or fix the end.`);
    if (reason < 0 || item.end <= window.start || item.start >= window.end) continue;
    collector.add(Math.max(item.start, window.start), Math.min(item.end, window.end), reason);
  }
  return collector.flatten();
}

function unpack({ starts, ends, reasons }: PackedBlocks): Block[] {
  const blocks = new Array<Block>(starts.length);
  for (let i = 0; i < starts.length; i++) blocks[i] = { start: starts[i]!, end: ends[i]!, reason: UNAVAILABLE_REASONS[reasons[i]!]! };
  return blocks;
}

/**
 * A PersonAvailability whose `blocks` are made from `packed` on first read: the slot search scans the packed
 * arrays and most people's blocks are never needed as objects. `packed` is non-enumerable, so the value
 * still serialises and compares as { id, window, blocks }.
 */
function lazyPerson(id: string, window: Interval, packed: PackedBlocks): PersonAvailability {
  let blocks: readonly Block[] | undefined;
  const person = {
    id,
    window,
    get blocks(): readonly Block[] {
      return (blocks ??= unpack(packed));
    },
  };
  Object.defineProperty(person, 'packed', { value: packed, enumerable: false });
  return person;
}

/**
 * Each person's availability over `window`: sorted, non-overlapping blocks, the strongest reason kept where
 * reasons overlap. Items block according to their status and the options; every part of the window outside
 * the person's working hours, computed day by day in their own working-hours zone, is
 * 'outsideWorkingHours'. A schedule with `error` is one 'unknown' block over the window and keeps the error.
 * Cost: linear in the number of items when they come chronologically, as Graph lists them (else a sort),
 * plus O(days) per distinct working-hours pattern. Each person's `packed` arrays are the result; `blocks`
 * are made from them on first read.
 * @example buildAvailability(parseScheduleResponse(body), { start, end }, { tentative: 'free' })
 */
export function buildAvailability(schedules: readonly ScheduleInput[], window: Interval, options: BuildOptions = {}): PersonAvailability[] {
  checkInterval(window, 'window');
  const bounds: Interval = { start: window.start, end: window.end };
  const reasons = statusReasons(options);
  const outsideHours = options.ignoreWorkingHours ? null : outsideHoursCache(bounds);
  let itemCount = 0;
  for (const schedule of schedules) itemCount += schedule.items.length;
  const collector = new BlockCollector(256, itemCount + schedules.length * 64);
  const ranges = schedules.map((schedule, index) => (schedule.error ? null : flattenPerson(schedule, index, bounds, reasons, outsideHours, collector)));
  return schedules.map((schedule, index): PersonAvailability => {
    const range = ranges[index];
    if (range) return lazyPerson(schedule.id, bounds, collector.packed(range));
    // A schedule Graph could not read: never free, and the reason travels with it.
    return { id: schedule.id, window: bounds, blocks: [{ start: bounds.start, end: bounds.end, reason: 'unknown' }], error: schedule.error! };
  });
}
