/**
 * The Find time form as data: its fields, their defaults, and the check that turns them into a search
 * request or names every field that needs fixing. Pure, so the rules are tested without a browser.
 */
import { DateTime } from 'luxon';
import { localDateTimeToInstant } from '../../core/time/zones.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import { recurringWindow, type Repeat } from '../../services/findTime/seriesWindow.js';
import { FORM_ERROR_TEXT as E } from '../text/findTimeText.js';

export interface FindTimeForm {
  readonly cohortMode: 'group' | 'people';
  readonly groupId: string;
  /** Hand-picked people (cohortMode 'people'). */
  readonly people: readonly DirectoryPerson[];
  /**
   * Addresses (lower case) of the people invited as optional, hand-picked or group members: invited, never
   * deciding a time. Kept across a change of cohort; only those in the cohort count.
   */
  readonly optional: readonly string[];
  /** Session kind: a built-in template kind such as 'cohortMeeting'. */
  readonly kind: string;
  /** First and last day to search, YYYY-MM-DD in the coach's zone, both included. */
  readonly firstDate: string;
  readonly lastDate: string;
  readonly durationMinutes: number;
  /** How many must be free, as typed; '' means everyone. */
  readonly minAvailable: string;
  readonly tentativeFree: boolean;
  /** 'none' for one meeting between firstDate and lastDate; else a series starting on firstDate. */
  readonly repeat: 'none' | Repeat;
  /** How many meetings in the series, as typed. */
  readonly sessions: string;
  /** Learning walks only: plan a rotation, one visit hosted at each principal's school. */
  readonly rotation: boolean;
  /** Minutes to travel between schools, as typed. */
  readonly travelMinutes: string;
  /** Peer coaching only: pair the cohort's principals, each pair with its own series. */
  readonly pairs: boolean;
}

/** Pairs are offered for peer coaching that repeats. */
export function wantsPairs(form: FindTimeForm): boolean {
  return form.pairs && form.kind === 'peerCoaching' && form.repeat !== 'none';
}

/** A rotation is offered for learning walks that do not repeat. */
export function wantsRotation(form: FindTimeForm): boolean {
  return form.rotation && form.kind === 'learningWalk' && form.repeat === 'none';
}

export type FormField = 'cohort' | 'firstDate' | 'lastDate' | 'durationMinutes' | 'minAvailable' | 'sessions' | 'travelMinutes';
export type FormErrors = Partial<Record<FormField, string>>;

/** Longest range we search in one go: Graph's getSchedule limit is 62 days, and the gateway splits it, but
 * a coach's question ("when can we meet this term?") fits in a quarter. */
export const MAX_RANGE_DAYS = 92;
export const DURATION_CHOICES = [30, 45, 60, 90, 120, 180] as const;

export function defaultForm(today: string, kind = 'cohortMeeting', durationMinutes = 90): FindTimeForm {
  const start = DateTime.fromISO(today).plus({ days: 1 });
  return {
    cohortMode: 'group',
    groupId: '',
    people: [],
    optional: [],
    kind,
    firstDate: start.toISODate()!,
    lastDate: start.plus({ days: 13 }).toISODate()!,
    durationMinutes,
    minAvailable: '',
    tentativeFree: false,
    repeat: 'none',
    sessions: '6',
    rotation: false,
    travelMinutes: '20',
    pairs: false,
  };
}

export const MAX_SESSIONS = 52;

export interface CheckedForm {
  /** The span whose free/busy is read: the date range, or every date of the series. */
  readonly window: { readonly start: number; readonly end: number };
  readonly minAvailable?: number;
  /** For a series: how many meetings. */
  readonly sessions?: number;
  /** For a rotation: minutes between schools. */
  readonly travelMinutes?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Optional people matter for one meeting or a series; a rotation's hosts and coaching pairs are all needed. */
export function takesOptional(form: FindTimeForm): boolean {
  return !wantsRotation(form) && !wantsPairs(form);
}

/** The cohort's people marked optional, as addresses (only those in the cohort, and only where optional applies). */
export function optionalIn(form: FindTimeForm, cohort: readonly DirectoryPerson[]): string[] {
  if (!takesOptional(form)) return [];
  const marked = new Set(form.optional.map((a) => a.toLowerCase()));
  return cohort.filter((p) => marked.has(p.mail.toLowerCase())).map((p) => p.mail);
}

/**
 * Checks the form for a cohort of `cohortSize` people, `optionalCount` of them optional (they never count
 * toward "at least this many free"), in the coach's `timeZone`.
 */
export function checkForm(form: FindTimeForm, cohortSize: number, timeZone: string, optionalCount = 0): { errors: FormErrors; checked?: CheckedForm } {
  const errors: FormErrors = {};
  const requiredSize = cohortSize - optionalCount;
  if (form.cohortMode === 'group' && form.groupId === '') errors.cohort = E.chooseGroup;
  else if (cohortSize < 2) errors.cohort = form.cohortMode === 'group' ? E.groupTooSmall : E.addTwoPeople;
  else if (requiredSize < 1) errors.cohort = E.allOptional;

  const first = ISO_DATE.test(form.firstDate) ? DateTime.fromISO(form.firstDate, { zone: timeZone }) : undefined;
  const last = ISO_DATE.test(form.lastDate) ? DateTime.fromISO(form.lastDate, { zone: timeZone }) : undefined;
  if (!first?.isValid) errors.firstDate = E.firstDate;
  let sessions: number | undefined;
  if (form.repeat !== 'none') {
    const n = Number(form.sessions);
    if (!Number.isInteger(n) || n < 2 || n > MAX_SESSIONS) errors.sessions = E.sessions(MAX_SESSIONS);
    else sessions = n;
  } else if (!last?.isValid) errors.lastDate = E.lastDate;
  else if (first?.isValid && last < first) errors.lastDate = E.lastBeforeFirst;
  else if (first?.isValid && last.diff(first, 'days').days + 1 > MAX_RANGE_DAYS) errors.lastDate = E.rangeTooLong(MAX_RANGE_DAYS);

  if (!Number.isInteger(form.durationMinutes) || form.durationMinutes < 15 || form.durationMinutes > 480) {
    errors.durationMinutes = E.length;
  }

  let minAvailable: number | undefined;
  if (form.minAvailable.trim() !== '') {
    const n = Number(form.minAvailable);
    if (!Number.isInteger(n) || n < 1) errors.minAvailable = E.minAvailable;
    else if (optionalCount > 0 && requiredSize > 0 && n > requiredSize) errors.minAvailable = E.minAvailableTooManyRequired(requiredSize);
    else if (cohortSize > 0 && n > cohortSize) errors.minAvailable = E.minAvailableTooMany(cohortSize);
    else minAvailable = n;
  }

  let travelMinutes: number | undefined;
  if (wantsRotation(form)) {
    const t = Number(form.travelMinutes);
    if (form.travelMinutes.trim() === '' || !Number.isInteger(t) || t < 0 || t > 240) errors.travelMinutes = E.travel;
    else travelMinutes = t;
  }

  if (Object.keys(errors).length > 0) return { errors };
  if (form.repeat !== 'none') {
    const window = recurringWindow(form.firstDate, sessions!, form.repeat, timeZone);
    return { errors, checked: { window, sessions: sessions!, ...(minAvailable !== undefined && { minAvailable }) } };
  }
  const start = localDateTimeToInstant(`${form.firstDate}T00:00`, timeZone, 'firstDate');
  const end = localDateTimeToInstant(`${last!.plus({ days: 1 }).toISODate()}T00:00`, timeZone, 'lastDate');
  return { errors, checked: { window: { start, end }, ...(minAvailable !== undefined && { minAvailable }), ...(travelMinutes !== undefined && { travelMinutes }) } };
}
