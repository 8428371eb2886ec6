import { DateTime } from 'luxon';
import type { Weekday } from '../slots/constraints.js';
import { localDateTimeToInstant, resolveZone } from '../time/zones.js';

export type { Weekday };

/** Graph's day names in ISO order (Monday first), so that index + 1 is luxon's weekday number. */
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Bad planning input. `field` is the path of the offending input (for example `cohort[2].schoolId`) so a
 * form can put the message next to the right control; the message says what to do about it.
 */
export class PlanningInputError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PlanningInputError';
  }
}

export const SCHOOL_WEEK: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Luxon numbers weekdays 1 (Monday) to 7 (Sunday). */
export function luxonWeekday(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1;
}

export function checkWeekday(value: unknown, field: string): Weekday {
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (typeof lower !== 'string' || !(WEEKDAYS as readonly string[]).includes(lower)) {
    throw new PlanningInputError(field, `"${String(value)}" is not a day of the week; use one of ${WEEKDAYS.join(', ')}.`);
  }
  return lower as Weekday;
}

export function checkWeekdays(value: unknown, field: string): Weekday[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new PlanningInputError(field, 'give at least one day of the week, for example ["tuesday"].');
  }
  const days = value.map((day, i) => checkWeekday(day, `${field}[${i}]`));
  // Monday-first order and no repeats, so that equal inputs give equal plans.
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** An IANA or Windows zone name, as the IANA name; an unknown name throws InvalidTimeZoneError naming `field`. */
export function checkZone(value: unknown, field: string): string {
  return resolveZone(value as string, field);
}

/** A local calendar date `yyyy-MM-dd`, checked to exist (no 31 April). */
export function checkLocalDate(value: unknown, field: string): DateTime {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: 'UTC' }) : null;
  if (date === null || !date.isValid) {
    throw new PlanningInputError(field, `"${String(value)}" is not a calendar date; write it as yyyy-MM-dd, for example "2026-03-10".`);
  }
  return date;
}

/** A local time of day `HH:mm`, returned as minutes after midnight. */
export function checkLocalTime(value: unknown, field: string): number {
  const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (match === null) {
    throw new PlanningInputError(field, `"${String(value)}" is not a time of day; write it as HH:mm on a 24-hour clock, for example "15:00".`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatLocalTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function checkPositiveInteger(value: unknown, field: string, max: number, unit = ''): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > max) {
    throw new PlanningInputError(field, `${String(value)} is not allowed; give a whole number from 1 to ${max}${unit}.`);
  }
  return value;
}

export function checkNonNegativeMinutes(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 24 * 60) {
    throw new PlanningInputError(field, `${String(value)} is not allowed; give whole minutes from 0 to 1440.`);
  }
  return value;
}

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PlanningInputError(field, "give a non-empty id (for example the person's email address).");
  }
  return value;
}

/** Ids must be unique: a repeated principal would be booked twice or paired with themselves. */
export function checkUniqueIds(ids: readonly string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new PlanningInputError(`${field}[${i}].id`, `"${id}" appears twice; list each person once.`);
    seen.add(id);
  });
}

/** Local wall-clock time on a local date (yyyy-MM-dd) in a zone, as an instant (a time the clocks skip moves forward by the gap). */
export function localInstant(date: string, minutes: number, zone: string): number {
  return localDateTimeToInstant(`${date}T${formatLocalTime(minutes)}`, zone);
}
