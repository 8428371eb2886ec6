import type { UnavailableReason } from '../availability/model.js';
import { UNAVAILABLE_REASONS, reasonStrength } from '../availability/model.js';

/**
 * Plain-English wording a coach reads next to each suggestion. Kept apart from the scoring so the
 * words can change without touching the order, and so the UI and the CLI say exactly the same thing.
 */
const NUMBER_WORDS = ['no one', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "one" … "twelve", then digits, as a style guide would write counts of people. */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** Singular and plural predicates: "one is out of office", "two are busy". */
const PREDICATES: Record<UnavailableReason, readonly [string, string]> = {
  unknown: ['has a calendar we could not read', 'have calendars we could not read'],
  oof: ['is out of office', 'are out of office'],
  busy: ['is busy', 'are busy'],
  workingElsewhere: ['is working elsewhere', 'are working elsewhere'],
  tentative: ['has a tentative booking', 'have tentative bookings'],
  outsideWorkingHours: ['is outside working hours', 'are outside working hours'],
  excluded: ['is excluded', 'are excluded'],
};

/** A short noun phrase for one person's reason, as in tables: "out of office". */
export const REASON_LABELS: Record<UnavailableReason, string> = {
  unknown: 'calendar unknown',
  oof: 'out of office',
  busy: 'busy',
  workingElsewhere: 'working elsewhere',
  tentative: 'tentative',
  outsideWorkingHours: 'outside working hours',
  excluded: 'excluded',
};

const NAMES_SHOWN = 3;

function nameList(ids: readonly string[]): string {
  const shown = ids.slice(0, NAMES_SHOWN);
  const rest = ids.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export interface Absentee {
  readonly id: string;
  readonly reason: UnavailableReason;
}

/**
 * "all 12 free", or "11 of 12 free: one is out of office (meganb@contoso.com)", grouping absentees by
 * reason from the strongest ("out of office") to the weakest, names in the order given.
 */
export function describeAttendance(availableCount: number, unavailable: readonly Absentee[], group?: 'required'): string {
  const total = availableCount + unavailable.length;
  const who = group ? `${group} ` : '';
  if (unavailable.length === 0) return total === 1 ? `the one ${who}person is free` : `all ${total} ${who}free`;
  return `${availableCount} of ${total} ${who}free: ${reasonGroups(unavailable).join(', ')}`;
}

/** "one is out of office (A), two are busy (B and C)": absentees grouped by reason, strongest first. */
function reasonGroups(unavailable: readonly Absentee[]): string[] {
  return [...UNAVAILABLE_REASONS]
    .sort((a, b) => reasonStrength(a) - reasonStrength(b))
    .map((reason) => ({ reason, ids: unavailable.filter((u) => u.reason === reason).map((u) => u.id) }))
    .filter((g) => g.ids.length > 0)
    .map((g) => `${countWord(g.ids.length)} ${PREDICATES[g.reason][g.ids.length === 1 ? 0 : 1]} (${nameList(g.ids)})`);
}

/**
 * How the optional people stand at a time they never decide: "the optional person is free", "both optional
 * free", "1 of 2 optional busy (Dee Lee)", or, with mixed reasons, "2 of 3 optional not free: one is out of
 * office (A), one is busy (B)".
 */
export function describeOptional(availableCount: number, unavailable: readonly Absentee[]): string | null {
  const total = availableCount + unavailable.length;
  if (total === 0) return null;
  if (unavailable.length === 0) {
    if (total === 1) return 'the optional person is free';
    return total === 2 ? 'both optional free' : `all ${total} optional free`;
  }
  const reasons = new Set(unavailable.map((u) => u.reason));
  if (reasons.size === 1) {
    const label = REASON_LABELS[unavailable[0]!.reason];
    const names = nameList(unavailable.map((u) => u.id));
    return total === 1 ? `the optional person is ${label} (${names})` : `${unavailable.length} of ${total} optional ${label} (${names})`;
  }
  return `${unavailable.length} of ${total} optional not free: ${reasonGroups(unavailable).join(', ')}`;
}

/** "all 8 required free; 1 of 2 optional busy (Dee Lee)": the attendance line when some people are optional. */
export function describeWithOptional(
  required: { readonly availableCount: number; readonly unavailable: readonly Absentee[] },
  optional: { readonly availableCount: number; readonly unavailable: readonly Absentee[] },
): string {
  const requiredWords = describeAttendance(required.availableCount, required.unavailable, 'required');
  const optionalWords = describeOptional(optional.availableCount, optional.unavailable);
  return optionalWords === null ? requiredWords : `${requiredWords}; ${optionalWords}`;
}

/** "the required person is free", "all 3 required people free", or who of them is missing and why. */
export function describeRequired(required: readonly string[], unavailable: readonly Absentee[]): string | null {
  if (required.length === 0) return null;
  const wanted = new Set(required);
  const missing = unavailable.filter((u) => wanted.has(u.id));
  if (missing.length === 0) {
    if (required.length === 1) return 'the required person is free';
    return required.length === 2 ? 'both required people free' : `all ${required.length} required people free`;
  }
  const who = missing.map((m) => `${m.id} (${REASON_LABELS[m.reason]})`);
  return `required ${missing.length === 1 ? 'person' : 'people'} missing: ${nameList(who)}`;
}

const WEEKDAY_PLURALS = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** "Tuesdays", from luxon's 1 = Monday. */
export function weekdayPlural(weekday: number): string {
  return WEEKDAY_PLURALS[weekday - 1] ?? `day ${weekday}`;
}

/** "1:00 PM" from minutes after local midnight. */
export function clockTime(minuteOfDay: number): string {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  const hours24 = Math.floor(m / 60);
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(m % 60).padStart(2, '0')} ${hours24 < 12 ? 'AM' : 'PM'}`;
}
