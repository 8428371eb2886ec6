/**
 * How much notice a session needs, so the top suggestion is a time people can prepare for: by default not
 * before tomorrow afternoon; a learning walk (a host school prepares classrooms and a visit brief) not
 * within the next two school days. "Now" is passed in: the core reads no clock.
 */
import { DateTime } from 'luxon';
import type { TemplateKind } from '../agenda/model.js';
import type { Interval } from '../time/interval.js';
import { formatDay, formatWhen, SENTENCE_LOCALE } from '../time/readableTime.js';
import { resolveZone } from '../time/zones.js';
import { nthSchoolDayAfter, type DistrictCalendar } from './districtCalendar.js';

export interface NoticeRule {
  /** Days after today (local) the first session may be on (default 1: tomorrow). */
  readonly days: number;
  /** From this local time on that day ("12:00": the afternoon). */
  readonly fromTime: string;
  /** School days after today that are skipped entirely (a learning walk: 2). */
  readonly schoolDays: number;
}

export const DEFAULT_NOTICE: NoticeRule = { days: 1, fromTime: '12:00', schoolDays: 0 };
export const WALK_NOTICE: NoticeRule = { days: 1, fromTime: '12:00', schoolDays: 2 };

export function noticeFor(kind: TemplateKind | string): NoticeRule {
  return kind === 'learningWalk' ? WALK_NOTICE : DEFAULT_NOTICE;
}

export interface EarliestStart {
  /** The first instant a session may start. */
  readonly at: number;
  /** Why, for a person: "not before tomorrow afternoon" or "not within the next 2 school days". */
  readonly words: string;
  /** The earliest start in the coach's zone: "Tuesday, December 1, 12:00 PM Eastern", or "Thursday, December 3" from a day's start. */
  readonly when: string;
}

/**
 * The earliest start the notice allows, in the coach's zone; with the district calendar, school days skip
 * weekends and closures.
 */
export function earliestStart(nowMs: number, timeZone: string, rule: NoticeRule = DEFAULT_NOTICE, calendar?: DistrictCalendar): EarliestStart {
  const zone = resolveZone(timeZone);
  const today = DateTime.fromMillis(nowMs, { zone }).startOf('day');
  const [h, m] = rule.fromTime.split(':').map(Number);
  const byDays = today.plus({ days: rule.days }).set({ hour: h!, minute: m! });
  let at = byDays;
  let words = rule.days === 1 ? 'tomorrow afternoon' : `${rule.days} days from now`;
  if (rule.schoolDays > 0) {
    // The day after the skipped school days, from its start: the host has those days to prepare.
    const skipped = nthSchoolDayAfter(calendar, today.toISODate()!, rule.schoolDays);
    const firstAllowed = DateTime.fromISO(skipped, { zone }).plus({ days: 1 }).startOf('day');
    if (firstAllowed > at) {
      at = firstAllowed;
      words = `the next ${rule.schoolDays} school days`;
    }
  }
  const reader = { locale: SENTENCE_LOCALE, timeZone: zone };
  // From the start of a day the day says it all: "Thursday, December 3", not "…, 12:00 AM Eastern".
  const when = at.equals(at.startOf('day')) ? formatDay(at.toMillis(), reader) : formatWhen(at.toMillis(), reader);
  return { at: at.toMillis(), words: at !== byDays ? `not within ${words}` : `not before ${words}`, when };
}

export interface NoticedWindow {
  /** The window from the earliest start on; undefined when the whole window is too soon. */
  readonly window?: Interval;
  /** Set when the notice moved the window's start or removed it: said to the coach. */
  readonly note?: string;
}

/** The search window with the notice applied, saying so when it changed anything. */
export function applyNotice(window: Interval, earliest: EarliestStart): NoticedWindow {
  if (window.start >= earliest.at) return { window };
  if (window.end <= earliest.at) return { note: `These dates are too soon: people need notice to prepare (${earliest.words}). Choose dates from ${earliest.when} on.` };
  return { window: { start: earliest.at, end: window.end }, note: `Suggestions start ${earliest.when}, so people can prepare (${earliest.words}).` };
}
