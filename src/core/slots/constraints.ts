import { DateTime } from 'luxon';
import { MINUTE_MS, type Interval } from '../time/interval.js';
import { WEEKDAYS, type Weekday } from '../availability/scheduleInput.js';
import { resolveZone } from '../time/zones.js';
import { InvalidOptionError } from './errors.js';

/**
 * District rules about *when* a session may happen, independent of anyone's calendar: which weekdays, a
 * daily window (the school day), daily exclusions from the bell schedule, blackout dates from the
 * district calendar. All local times are wall-clock times in `timeZone`, turned into instants day by day
 * with luxon so that 08:30 stays 08:30 on the days the clocks change.
 *
 * @example
 * const schoolDay: SlotConstraints = {
 *   timeZone: 'America/New_York',
 *   daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
 *   dailyWindow: { start: '08:30', end: '15:00', label: 'the school day' },
 *   dailyExclusions: [{ start: '11:30', end: '12:15', label: 'lunch' }],
 *   blackouts: [{ date: '2026-12-21', through: '2027-01-01', label: 'winter break' },
 *               { date: '2026-12-10', from: '12:00', label: 'early release' }],
 * };
 */
export type { Weekday } from '../availability/scheduleInput.js';

/** A daily stretch of local time, `start` inclusive, `end` exclusive ("HH:mm", "24:00" = midnight). */
export interface LocalTimeRange {
  readonly start: string;
  readonly end: string;
  readonly label?: string;
}

/**
 * A local date, or dates `date`..`through` inclusive, when nothing may be scheduled. With `from` and/or
 * `to` ("HH:mm") only that part of each day is blocked: `{date, from: '12:00'}` is an early release.
 */
export interface Blackout {
  readonly date: string;
  readonly through?: string;
  readonly from?: string;
  readonly to?: string;
  readonly label?: string;
}

export interface SlotConstraints {
  /** The zone the local times and dates are in: IANA ("America/New_York") or Windows ("Eastern Standard Time"). */
  readonly timeZone: string;
  readonly daysOfWeek?: readonly Weekday[];
  readonly dailyWindow?: LocalTimeRange;
  readonly dailyExclusions?: readonly LocalTimeRange[];
  readonly blackouts?: readonly Blackout[];
}

/** Time around a session each attendee must also be free for, such as travel between schools. */
export interface Buffers {
  readonly beforeMinutes?: number;
  readonly afterMinutes?: number;
}

/** Ordered from strongest to weakest: when rules overlap, the explanation names the strongest. */
export const CONSTRAINT_KINDS = ['blackout', 'dayOfWeek', 'outsideDailyWindow', 'dailyExclusion'] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

/** A stretch in which no session may be placed, and a plain-English reason ("winter break"). */
export interface DisallowedInterval extends Interval {
  readonly kind: ConstraintKind;
  readonly label: string;
}

const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes after local midnight, or a named error. "24:00" is allowed and means the end of the day. */
function parseTimeOfDay(value: unknown, field: string): number {
  const match = typeof value === 'string' ? TIME_OF_DAY.exec(value) : null;
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const seconds = Number(match?.[3] ?? 0);
  const valid = match !== null && minutes < 60 && seconds === 0 && (hours < 24 || (hours === 24 && minutes === 0));
  if (!valid) throw new InvalidOptionError(field, `${field}: expected a local time like "08:30" (got ${JSON.stringify(value)}).`);
  return hours * 60 + minutes;
}

function checkLocalDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value) || !DateTime.fromISO(value).isValid) {
    throw new InvalidOptionError(field, `${field}: expected a date like "2026-12-24" (got ${JSON.stringify(value)}).`);
  }
  return value;
}

function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

interface DailyRange {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}
interface CompiledBlackout extends DailyRange {
  readonly date: string;
  readonly through: string;
}

/** Constraints checked once and turned into minutes and labels, so the per-day loop does no parsing. */
interface CompiledConstraints {
  readonly zone: string;
  readonly weekdays: ReadonlySet<number> | null;
  readonly window: DailyRange | null;
  readonly exclusions: readonly DailyRange[];
  readonly blackouts: readonly CompiledBlackout[];
}

function compileRange(range: LocalTimeRange | undefined, field: string, fallbackLabel: (from: string, to: string) => string): DailyRange {
  if (range === null || typeof range !== 'object') {
    throw new InvalidOptionError(field, `${field}: expected {start, end} local times like {"start":"08:30","end":"15:00"}.`);
  }
  const from = parseTimeOfDay(range.start, `${field}.start`);
  const to = parseTimeOfDay(range.end, `${field}.end`);
  if (to <= from) {
    throw new InvalidOptionError(`${field}.end`, `${field}.end: ${range.end} is not after the start ${range.start}; ranges cannot cross midnight.`);
  }
  return { from, to, label: range.label ?? fallbackLabel(formatMinutes(from), formatMinutes(to)) };
}

/** Checks constraint input and names the offending field; returns the same object on success. */
export function validateConstraints(constraints: SlotConstraints, field = 'constraints'): SlotConstraints {
  compileConstraints(constraints, field);
  return constraints;
}

function compileConstraints(c: SlotConstraints, field: string): CompiledConstraints {
  if (c === null || typeof c !== 'object') throw new InvalidOptionError(field, `${field}: expected an object with at least a timeZone.`);
  const zone = resolveZone(c.timeZone, `${field}.timeZone`);
  let weekdays: Set<number> | null = null;
  if (c.daysOfWeek !== undefined) {
    if (!Array.isArray(c.daysOfWeek) || c.daysOfWeek.length === 0) {
      throw new InvalidOptionError(`${field}.daysOfWeek`, `${field}.daysOfWeek: list at least one day, e.g. ["monday","wednesday"].`);
    }
    weekdays = new Set(
      c.daysOfWeek.map((day, i) => {
        const index = WEEKDAYS.indexOf(String(day).toLowerCase() as Weekday);
        if (index < 0) throw new InvalidOptionError(`${field}.daysOfWeek[${i}]`, `${field}.daysOfWeek[${i}]: "${day}" is not a day; use ${WEEKDAYS.join(', ')}.`);
        return index || 7; // Graph counts from Sunday = 0, luxon from Monday = 1 to Sunday = 7
      }),
    );
  }
  const window = c.dailyWindow === undefined ? null : compileRange(c.dailyWindow, `${field}.dailyWindow`, () => 'the daily window');
  const exclusions = (c.dailyExclusions ?? []).map((range, i) => compileRange(range, `${field}.dailyExclusions[${i}]`, (from, to) => `excluded time ${from}–${to}`));
  const blackouts = (c.blackouts ?? []).map((b, i) => compileBlackout(b, `${field}.blackouts[${i}]`));
  return { zone, weekdays, window, exclusions, blackouts };
}

function compileBlackout(b: Blackout, field: string): CompiledBlackout {
  if (b === null || typeof b !== 'object') throw new InvalidOptionError(field, `${field}: expected {date, through?, from?, to?, label?}.`);
  const date = checkLocalDate(b.date, `${field}.date`);
  const through = b.through === undefined ? date : checkLocalDate(b.through, `${field}.through`);
  if (through < date) throw new InvalidOptionError(`${field}.through`, `${field}.through: ${through} is before the date ${date}; swap them.`);
  const from = b.from === undefined ? 0 : parseTimeOfDay(b.from, `${field}.from`);
  const to = b.to === undefined ? 24 * 60 : parseTimeOfDay(b.to, `${field}.to`);
  if (to <= from) throw new InvalidOptionError(`${field}.to`, `${field}.to: ${b.to} is not after ${b.from ?? '00:00'}.`);
  return { date, through, from, to, label: b.label ?? 'a blackout date' };
}

interface Piece extends Interval {
  readonly kind: ConstraintKind;
  readonly label: string;
}

const strength = (kind: ConstraintKind): number => CONSTRAINT_KINDS.indexOf(kind);

/**
 * Splits one day's overlapping pieces at every boundary and keeps, for each stretch, the strongest
 * piece, so the result is sorted, non-overlapping and explains itself. A day has a handful of pieces.
 */
function resolveDay(pieces: readonly Piece[]): Piece[] {
  const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let best: Piece | null = null;
    for (const p of pieces) {
      if (p.start <= start && p.end >= end && (best === null || strength(p.kind) < strength(best.kind))) best = p;
    }
    if (best !== null) out.push({ start, end, kind: best.kind, label: best.label });
  }
  return out;
}

/** Appends, merging with the previous interval when it touches and says the same thing. */
function pushMerged(out: DisallowedInterval[], piece: Piece): void {
  const last = out[out.length - 1];
  if (last && last.end === piece.start && last.kind === piece.kind && last.label === piece.label) {
    out[out.length - 1] = { ...last, end: piece.end };
  } else {
    out.push({ start: piece.start, end: piece.end, kind: piece.kind, label: piece.label });
  }
}

function piecesForDay(c: CompiledConstraints, day: DateTime, nextDay: DateTime): Piece[] {
  const dayStart = day.toMillis();
  const dayEnd = nextDay.toMillis();
  // A local time on this date; luxon moves a time inside a spring-forward gap to just after it.
  const at = (minutes: number): number => (minutes >= 24 * 60 ? dayEnd : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis());
  const date = day.toISODate()!;
  const pieces: Piece[] = [];
  for (const b of c.blackouts) {
    if (date >= b.date && date <= b.through) pieces.push({ start: at(b.from), end: at(b.to), kind: 'blackout', label: b.label });
  }
  if (c.weekdays !== null && !c.weekdays.has(day.weekday)) {
    pieces.push({ start: dayStart, end: dayEnd, kind: 'dayOfWeek', label: 'not an allowed day of the week' });
  }
  if (c.window !== null) {
    const label = `outside ${c.window.label} (${formatMinutes(c.window.from)}–${formatMinutes(c.window.to)})`;
    pieces.push({ start: dayStart, end: at(c.window.from), kind: 'outsideDailyWindow', label });
    pieces.push({ start: at(c.window.to), end: dayEnd, kind: 'outsideDailyWindow', label });
  }
  for (const e of c.exclusions) pieces.push({ start: at(e.from), end: at(e.to), kind: 'dailyExclusion', label: e.label });
  return pieces.filter((p) => p.end > p.start);
}

/**
 * The parts of `window` where the constraints forbid a session: sorted, non-overlapping, each with the
 * strongest reason, clipped to the window. Computed one local day at a time in the constraints' zone.
 *
 * @example
 * disallowedIntervals(mondayWindow, { timeZone: 'America/New_York', dailyWindow: { start: '08:30', end: '15:00' } })
 * // → [{ start: 00:00, end: 08:30, kind: 'outsideDailyWindow', … }, { start: 15:00, end: 24:00, … }]
 */
export function disallowedIntervals(window: Interval, constraints: SlotConstraints, field = 'constraints'): DisallowedInterval[] {
  const c = compileConstraints(constraints, field);
  const out: DisallowedInterval[] = [];
  let day = DateTime.fromMillis(window.start, { zone: c.zone }).startOf('day');
  while (day.toMillis() < window.end) {
    const nextDay = day.plus({ days: 1 }).startOf('day');
    for (const piece of resolveDay(piecesForDay(c, day, nextDay))) {
      const start = Math.max(piece.start, window.start);
      const end = Math.min(piece.end, window.end);
      if (end > start) pushMerged(out, { ...piece, start, end });
    }
    day = nextDay;
  }
  return out;
}

/** The complement of `disallowedIntervals` inside `window`: where sessions may be placed. */
export function allowedIntervals(window: Interval, constraints: SlotConstraints, field = 'constraints'): Interval[] {
  const out: Interval[] = [];
  let cursor = window.start;
  for (const d of disallowedIntervals(window, constraints, field)) {
    if (d.start > cursor) out.push({ start: cursor, end: d.start });
    cursor = Math.max(cursor, d.end);
  }
  if (window.end > cursor) out.push({ start: cursor, end: window.end });
  return out;
}

/** The strongest rule `slot` breaks, or null when the constraints allow it. */
export function checkSlot(slot: Interval, constraints: SlotConstraints, field = 'constraints'): DisallowedInterval | null {
  let best: DisallowedInterval | null = null;
  for (const d of disallowedIntervals(slot, constraints, field)) {
    if (best === null || strength(d.kind) < strength(best.kind)) best = d;
  }
  return best;
}

/** The interval a person must be free for: the slot widened by the buffers. */
export function withBuffers(slot: Interval, buffers: Buffers | undefined): Interval {
  if (buffers === undefined) return slot;
  return {
    start: slot.start - (buffers.beforeMinutes ?? 0) * MINUTE_MS,
    end: slot.end + (buffers.afterMinutes ?? 0) * MINUTE_MS,
  };
}

/** Rejects negative or non-integer buffer minutes, naming the field. */
export function validateBuffers(buffers: Buffers | undefined, field = 'buffers'): Buffers | undefined {
  if (buffers === undefined) return undefined;
  for (const key of ['beforeMinutes', 'afterMinutes'] as const) {
    const value = buffers[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new InvalidOptionError(`${field}.${key}`, `${field}.${key}: expected a whole number of minutes, 0 or more (got ${String(value)}).`);
    }
  }
  return buffers;
}
