/**
 * getSchedule (POST /users/{id}/calendar/getSchedule) computed from the stored calendars.
 * Limits and errors as Graph answers them: more than 20 schedules → 400 ErrorMailboxDataArrayTooBig,
 * a window of 62 days or more → 400 ErrorTimeIntervalTooBig (codes and wording as Graph returns them
 * in microsoft-graph-docs issues #7047 and PR #19703; the limits are the documented ones, which are
 * stricter than what those reports observed), an unknown address → that entry carries only `error`
 * with responseCode "5009" (as reported in microsoft-graph-docs issue #11225).
 * Cancelled items and items shown as free are left out, as Graph leaves free time out.
 */
import type { FreeBusyStatus, ScheduleInformation, ScheduleItem, WorkingHours } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../errors.js';
import { calendarOf, type MailboxOwner } from './model.js';
import { calendarView } from './view.js';
import { toInstant, zoned } from './zones.js';

export const MAX_SCHEDULES = 20;
export const MAX_WINDOW_DAYS = 62;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface ScheduleQuery {
  schedules: string[];
  startMs: number;
  endMs: number;
  intervalMinutes: number;
}

function bad(code: string, message: string): GraphError {
  return new GraphError(400, code, message);
}

/** Reads the body; parameter names in any case (the concept doc sends `Schedules`, `StartTime`). */
export function readScheduleQuery(body: unknown): ScheduleQuery {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw bad('ErrorInvalidRequest', 'The body must be a JSON object with schedules, startTime, endTime and optionally availabilityViewInterval.');
  }
  const get = (name: string): unknown => {
    const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : (body as Record<string, unknown>)[key];
  };
  const schedules = get('schedules');
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw bad('ErrorInvalidRequest', 'schedules must be a non-empty array of SMTP addresses, e.g. ["principal@school.example"].');
  }
  if (schedules.length > MAX_SCHEDULES) {
    throw bad(
      'ErrorMailboxDataArrayTooBig',
      `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${schedules.length}. Split the schedules into requests of at most ${MAX_SCHEDULES}.`,
    );
  }
  const startMs = toInstant(get('startTime') as never, 'startTime');
  const endMs = toInstant(get('endTime') as never, 'endTime');
  if (endMs <= startMs) {
    throw bad('ErrorInvalidTimeInterval', 'The time duration specified for FreeBusyViewOptions.TimeWindow is invalid: endTime must be after startTime.');
  }
  const days = Math.ceil((endMs - startMs) / DAY_MS);
  if (endMs - startMs >= MAX_WINDOW_DAYS * DAY_MS) {
    throw bad(
      'ErrorTimeIntervalTooBig',
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${days} days. Ask for less than ${MAX_WINDOW_DAYS} days per request.`,
    );
  }
  const rawInterval = get('availabilityViewInterval');
  const interval = rawInterval === undefined || rawInterval === null ? 30 : Number(rawInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw bad('ErrorInvalidParameter', `availabilityViewInterval must be a whole number of minutes from 5 to 1440; got ${JSON.stringify(rawInterval)}.`);
  }
  return { schedules: schedules as string[], startMs, endMs, intervalMinutes: interval };
}

/** availabilityView characters (resources/scheduleinformation.md); "unknown" never reads as free. */
const VIEW_CHAR: Record<FreeBusyStatus, string> = { free: '0', tentative: '1', busy: '2', oof: '3', workingElsewhere: '4', unknown: '2' };
/** When items overlap in one slot the strongest shows: out of office, then busy, working elsewhere, tentative. */
const STRENGTH: Record<FreeBusyStatus, number> = { free: 0, tentative: 1, workingElsewhere: 2, busy: 3, unknown: 3, oof: 4 };

export interface ScheduleMailbox {
  owner: MailboxOwner;
  workingHours: WorkingHours;
  /** The caller may see subject and location (owner, app, or shared beyond free/busy); else status and times only. */
  showsDetails: boolean;
}

interface TimedItem {
  startMs: number;
  endMs: number;
  status: FreeBusyStatus;
}

export function availabilityView(items: readonly TimedItem[], query: Pick<ScheduleQuery, 'startMs' | 'endMs' | 'intervalMinutes'>): string {
  const step = query.intervalMinutes * MINUTE_MS;
  const slots = Math.ceil((query.endMs - query.startMs) / step);
  const strength = new Array<number>(slots).fill(0);
  const status = new Array<FreeBusyStatus>(slots).fill('free');
  for (const item of items) {
    const first = Math.max(0, Math.floor((item.startMs - query.startMs) / step));
    const last = Math.min(slots - 1, Math.ceil((item.endMs - query.startMs) / step) - 1);
    for (let i = first; i <= last; i++) {
      const slotStart = query.startMs + i * step;
      const slotEnd = Math.min(slotStart + step, query.endMs);
      if (item.startMs >= slotEnd || item.endMs <= slotStart) continue;
      if (STRENGTH[item.status] > strength[i]!) {
        strength[i] = STRENGTH[item.status];
        status[i] = item.status;
      }
    }
  }
  return status.map((s) => VIEW_CHAR[s]).join('');
}

/** One scheduleInformation per requested address, in request order. */
export function getSchedule(
  calendars: Record<string, unknown>,
  lookup: (address: string) => ScheduleMailbox | undefined,
  query: ScheduleQuery,
  outputZone: string,
): ScheduleInformation[] {
  return query.schedules.map((address): ScheduleInformation => {
    const mailbox = lookup(address);
    if (mailbox === undefined) {
      return { scheduleId: address, error: { message: `Unable to resolve e-mail address ${address} to an Active Directory object.`, responseCode: '5009' } };
    }
    const timed: TimedItem[] = [];
    const scheduleItems: ScheduleItem[] = [];
    for (const item of calendarView(calendarOf(calendars, mailbox.owner.id), query.startMs, query.endMs)) {
      const { event } = item;
      if (event.isCancelled || event.showAs === 'free') continue;
      timed.push({ startMs: item.startMs, endMs: item.endMs, status: event.showAs });
      const shown: ScheduleItem = {};
      if (mailbox.showsDetails && (event.sensitivity === 'normal' || event.sensitivity === 'personal')) {
        shown.isPrivate = false;
        shown.subject = event.subject;
        shown.location = event.location.displayName ?? '';
      }
      shown.status = event.showAs;
      shown.start = zoned(item.startMs, outputZone);
      shown.end = zoned(item.endMs, outputZone);
      scheduleItems.push(shown);
    }
    return {
      scheduleId: address,
      availabilityView: availabilityView(timed, query),
      scheduleItems,
      workingHours: structuredClone(mailbox.workingHours),
    };
  });
}
