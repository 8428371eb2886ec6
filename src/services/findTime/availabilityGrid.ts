/**
 * Who is free when, day by time, for the chosen people: the grid coaches know from Outlook's Scheduling
 * Assistant, made from the same availability the suggestions were ranked on. Pure: availability in, a grid
 * model out (rows are people, columns are times of one day in the coach's zone); the screen only draws it.
 */
import { DateTime } from 'luxon';
import { reasonStrength, type PersonAvailability, type UnavailableReason } from '../../core/availability/model.js';
import type { Interval } from '../../core/time/interval.js';
import { localDateTimeToInstant } from '../../core/time/zones.js';

/** What a person's cell says: free, or the strongest reason they are not for any part of it. */
export type GridCellState = 'free' | UnavailableReason;

export interface GridRow {
  /** The person's label, as the suggestions name them. */
  readonly person: string;
  readonly cells: readonly GridCellState[];
}

export interface AvailabilityGridModel {
  /** The day shown, YYYY-MM-DD in `timeZone`. */
  readonly day: string;
  readonly timeZone: string;
  readonly columns: readonly Interval[];
  readonly rows: readonly GridRow[];
  /** Per column, how many people are free for all of it. */
  readonly freeCounts: readonly number[];
}

export interface GridOptions {
  /** YYYY-MM-DD in `timeZone`. */
  readonly day: string;
  /** IANA zone the coach plans in. */
  readonly timeZone: string;
  /** Local hour the grid starts at (default 7) and ends at (default 18). */
  readonly firstHour?: number;
  readonly lastHour?: number;
  /** Minutes per column (default 30); must divide an hour. */
  readonly stepMinutes?: number;
}

export function availabilityGrid(people: readonly PersonAvailability[], options: GridOptions): AvailabilityGridModel {
  const { day, timeZone, firstHour = 7, lastHour = 18, stepMinutes = 30 } = options;
  if (!(stepMinutes > 0 && 60 % stepMinutes === 0)) throw new RangeError(`stepMinutes: ${stepMinutes} does not divide an hour; use 15, 30 or 60.`);
  if (!(firstHour >= 0 && lastHour <= 24 && firstHour < lastHour)) throw new RangeError(`firstHour ${firstHour} and lastHour ${lastHour}: need 0 <= firstHour < lastHour <= 24.`);
  // Each column's edges are wall-clock times of the day, so a daylight-saving change inside it is honoured.
  const edges: number[] = [];
  for (let minute = firstHour * 60; minute <= lastHour * 60; minute += stepMinutes) edges.push(wallClock(day, minute, timeZone));
  const columns = edges
    .slice(0, -1)
    .map((start, i) => ({ start, end: edges[i + 1]! }))
    .filter((c) => c.end > c.start);
  const rows = people.map((person) => ({ person: person.id, cells: columns.map((column) => cellState(person, column)) }));
  const freeCounts = columns.map((_, i) => rows.filter((row) => row.cells[i] === 'free').length);
  return { day, timeZone, columns, rows, freeCounts };
}

/** The days (YYYY-MM-DD in `timeZone`) a window touches, for moving the grid from day to day. */
export function gridDays(window: Interval, timeZone: string): string[] {
  const days: string[] = [];
  const last = DateTime.fromMillis(window.end - 1, { zone: timeZone }).toISODate()!;
  for (let d = DateTime.fromMillis(window.start, { zone: timeZone }).startOf('day'); days.length < 400; d = d.plus({ days: 1 })) {
    const iso = d.toISODate()!;
    days.push(iso);
    if (iso >= last) break;
  }
  return days;
}

/** The day (YYYY-MM-DD in `timeZone`) an instant falls on. */
export function dayOf(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISODate()!;
}

function wallClock(day: string, minuteOfDay: number, timeZone: string): number {
  if (minuteOfDay === 24 * 60) return DateTime.fromISO(day, { zone: timeZone }).plus({ days: 1 }).toMillis();
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return localDateTimeToInstant(`${day}T${hh}:${mm}:00`, timeZone, 'day');
}

function cellState(person: PersonAvailability, column: Interval): GridCellState {
  // Outside the window the engine was given, nothing is known: never show it as free.
  if (column.start < person.window.start || column.end > person.window.end) return 'unknown';
  let strongest: UnavailableReason | undefined;
  for (const block of person.blocks) {
    if (block.start >= column.end) break; // blocks are sorted by start
    if (block.end <= column.start) continue;
    if (strongest === undefined || reasonStrength(block.reason) < reasonStrength(strongest)) strongest = block.reason;
  }
  return strongest ?? 'free';
}
