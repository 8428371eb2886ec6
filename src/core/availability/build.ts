import { checkInterval, InvalidIntervalError, type Interval } from '../time/interval.js';
import { toLuxonZone } from '../time/zones.js';
import { BlockCollector } from './flatten-blocks.js';
import { reasonStrength, type PersonAvailability, type UnavailableReason } from './model.js';
import { FREE_BUSY_STATUSES, type FreeBusyStatus, type ScheduleInput, type WorkingHours } from './schedule-input.js';
import { complementWithin, workingIntervals } from './working-hours.js';

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
const UNKNOWN = reasonStrength('unknown');
const OUTSIDE = reasonStrength('outsideWorkingHours');

/** A buildAvailability option that is not one of its allowed values; `field` names the option. */
export class InvalidBuildOptionError extends RangeError {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InvalidBuildOptionError';
  }
}

/** Index in UNAVAILABLE_REASONS for each status under these options, or -1 when it does not block. */
function statusReasons(options: BuildOptions): Record<FreeBusyStatus, number> {
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
  const reason = (status: Exclude<FreeBusyStatus, 'free' | 'unknown'>): number => (blocking.has(status) ? reasonStrength(status satisfies UnavailableReason) : -1);
  return { free: -1, unknown: UNKNOWN, busy: reason('busy'), oof: reason('oof'), workingElsewhere: reason('workingElsewhere'), tentative: reason('tentative') };
}

/**
 * Outside-working-hours intervals, memoised per call on (zone, days, hours): a district's principals mostly
 * share a handful of zones and the same school day, so each distinct pattern is computed once.
 */
function outsideHoursCache(window: Interval): (hours: WorkingHours, field: string) => readonly Interval[] {
  const cache = new Map<string, readonly Interval[]>();
  return (hours, field) => {
    const zoneKey = typeof hours.timeZone === 'string' ? hours.timeZone : JSON.stringify(hours.timeZone);
    const key = `${zoneKey}|${hours.daysOfWeek.join(',')}|${hours.startMinute}|${hours.endMinute}`;
    let outside = cache.get(key);
    if (!outside) {
      const zone = toLuxonZone(hours.timeZone, `${field}.timeZone`);
      outside = complementWithin(window, workingIntervals(hours, zone, window, field));
      cache.set(key, outside);
    }
    return outside;
  };
}

function personAvailability(schedule: ScheduleInput, index: number, window: Interval, reasons: Record<FreeBusyStatus, number>, outsideHours: ((hours: WorkingHours, field: string) => readonly Interval[]) | null, collector: BlockCollector): PersonAvailability {
  const field = `schedules[${index}]`;
  if (schedule.error) {
    return { id: schedule.id, window, blocks: [{ start: window.start, end: window.end, reason: 'unknown' }], error: schedule.error };
  }
  const outside = outsideHours && schedule.workingHours ? outsideHours(schedule.workingHours, `${field}.workingHours`) : [];
  collector.reset();
  for (const interval of outside) collector.add(interval.start, interval.end, OUTSIDE);
  collector.startSecondStream();
  const items = schedule.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let reason = reasons[item.status];
    if (reason === undefined) {
      const status = typeof item.status === 'string' ? STATUS_BY_LOWER.get((item.status as string).toLowerCase()) : undefined;
      if (!status) throw new InvalidIntervalError(`${field}.items[${i}].status`, `${field}.items[${i}].status: expected one of ${FREE_BUSY_STATUSES.join(', ')}, got ${JSON.stringify(item.status)}.`);
      reason = reasons[status];
    }
    if (!Number.isInteger(item.start) || !Number.isInteger(item.end) || item.end < item.start) {
      checkInterval(item, `${field}.items[${i}]`);
      throw new InvalidIntervalError(`${field}.items[${i}]`, `${field}.items[${i}]: start and end must be whole milliseconds.`);
    }
    if (reason < 0 || item.end <= window.start || item.start >= window.end) continue;
    collector.add(Math.max(item.start, window.start), Math.min(item.end, window.end), reason);
  }
  return { id: schedule.id, window, blocks: collector.flatten() };
}

/**
 * Each person's availability over `window`: sorted, non-overlapping blocks, the strongest reason kept where
 * reasons overlap. Items block according to their status and the options; every part of the window outside
 * the person's working hours, computed day by day in their own working-hours zone, is
 * 'outsideWorkingHours'. A schedule with `error` is one 'unknown' block over the window and keeps the error.
 * Cost: O(n log n) in the number of items plus O(days) per distinct working-hours pattern.
 * @example buildAvailability(parseScheduleResponse(body), { start, end }, { tentative: 'free' })
 */
export function buildAvailability(schedules: readonly ScheduleInput[], window: Interval, options: BuildOptions = {}): PersonAvailability[] {
  checkInterval(window, 'window');
  const bounds: Interval = { start: window.start, end: window.end };
  const reasons = statusReasons(options);
  const outsideHours = options.ignoreWorkingHours ? null : outsideHoursCache(bounds);
  const collector = new BlockCollector(256);
  return schedules.map((schedule, index) => personAvailability(schedule, index, bounds, reasons, outsideHours, collector));
}
