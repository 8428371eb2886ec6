/**
 * Applying a checked event body onto a stored event, shared by create and update: times are kept in
 * the zone the client wrote them in, a recurring event's start is moved to its first occurrence (as
 * Graph does for a series master), and every change bumps the changeKey.
 */
import { DateTime } from 'luxon';
import { GraphError } from '../errors.js';
import { changeKeyFor } from './ids.js';
import {
  invalidField,
  mergeExtendedProperties,
  previewOf,
  readAttendees,
  readBody,
  readBoolean,
  readCategories,
  readExtendedProperties,
  readImportance,
  readLocations,
  readProvider,
  readSensitivity,
  readShowAs,
  readString,
  readWholeNumber,
} from './input.js';
import type { MailboxDirectory, StoredEvent } from './model.js';
import { firstOccurrence, normalizeRecurrence, type NormalizedRecurrence } from './recurrence.js';
import { formatLocal, requireZone, toInstant, utcStamp } from './zones.js';
import { conferenceIdFor, teamsJoinUrlFor } from './ids.js';

export interface AppliedChanges {
  /** Start, end or recurrence moved: attendees' answers no longer hold (Outlook asks them again). */
  timeChanged: boolean;
}

function zoneLabel(value: unknown): string {
  const tz = (value as { timeZone?: unknown } | null | undefined)?.timeZone;
  return typeof tz === 'string' && tz.trim() !== '' ? tz : 'UTC';
}

function setTimes(event: StoredEvent, startMs: number, endMs: number, startLabel: string, endLabel: string): void {
  event.start = { dateTime: formatLocal(startMs, requireZone(startLabel, 'start.timeZone')), timeZone: startLabel };
  event.end = { dateTime: formatLocal(endMs, requireZone(endLabel, 'end.timeZone')), timeZone: endLabel };
  event.originalStartTimeZone = startLabel;
  event.originalEndTimeZone = endLabel;
  event.sim.startMs = startMs;
  event.sim.endMs = endMs;
}

function checkAllDay(event: StoredEvent): void {
  const zone = requireZone(event.start.timeZone, 'start.timeZone');
  const s = DateTime.fromMillis(event.sim.startMs, { zone });
  const e = DateTime.fromMillis(event.sim.endMs, { zone });
  if (!s.equals(s.startOf('day')) || !e.equals(e.startOf('day')) || e <= s || event.start.timeZone !== event.end.timeZone) {
    throw invalidField('isAllDay', 'an all-day event must start and end at midnight, in the same time zone, at least one day apart.');
  }
}

/** Applies `fields` (already filtered by readEventBody) to `event` in place. */
export function applyFields(event: StoredEvent, fields: Record<string, unknown>, directory: MailboxDirectory): AppliedChanges {
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(fields, k);
  let timeChanged = false;

  if (has('subject')) event.subject = readString(fields['subject'], 'subject');
  if (has('body')) {
    event.body = readBody(fields['body']);
    event.bodyPreview = previewOf(event.body);
  }
  if (has('location') || has('locations')) Object.assign(event, readLocations(fields['location'], fields['locations']));
  if (has('attendees')) {
    // Outlook keeps the answers of attendees who stay on the list (adding visitors must not undo a host's yes).
    const before = new Map(event.attendees.map((a) => [(a.emailAddress?.address ?? '').toLowerCase(), a]));
    event.attendees = readAttendees(fields['attendees'], (a) => directory.byAddress(a)?.displayName).map((a) => {
      const kept = before.get((a.emailAddress?.address ?? '').toLowerCase());
      return kept?.status ? { ...a, status: kept.status, ...(kept.proposedNewTime ? { proposedNewTime: kept.proposedNewTime } : {}) } : a;
    });
  }
  if (has('categories')) event.categories = readCategories(fields['categories']);
  if (has('showAs')) event.showAs = readShowAs(fields['showAs']);
  if (has('importance')) event.importance = readImportance(fields['importance']);
  if (has('sensitivity')) event.sensitivity = readSensitivity(fields['sensitivity']);
  if (has('isReminderOn')) event.isReminderOn = readBoolean(fields['isReminderOn'], 'isReminderOn');
  if (has('reminderMinutesBeforeStart')) event.reminderMinutesBeforeStart = readWholeNumber(fields['reminderMinutesBeforeStart'], 'reminderMinutesBeforeStart');
  if (has('allowNewTimeProposals')) event.allowNewTimeProposals = readBoolean(fields['allowNewTimeProposals'], 'allowNewTimeProposals');
  if (has('responseRequested')) event.responseRequested = readBoolean(fields['responseRequested'], 'responseRequested');
  if (has('hideAttendees')) event.hideAttendees = readBoolean(fields['hideAttendees'], 'hideAttendees');
  if (has('singleValueExtendedProperties')) {
    event.singleValueExtendedProperties = mergeExtendedProperties(event.singleValueExtendedProperties, readExtendedProperties(fields['singleValueExtendedProperties']));
  }
  applyOnlineMeeting(event, fields);

  if (has('start') || has('end') || has('recurrence') || has('isAllDay')) {
    const startMs = has('start') ? toInstant(fields['start'] as never, 'start') : event.sim.startMs;
    const endMs = has('end') ? toInstant(fields['end'] as never, 'end') : event.sim.endMs;
    const startLabel = has('start') ? zoneLabel(fields['start']) : event.start.timeZone;
    const endLabel = has('end') ? zoneLabel(fields['end']) : event.end.timeZone;
    if (endMs < startMs)
      throw invalidField('end', `the event ends (${new Date(endMs).toISOString()}) before it starts (${new Date(startMs).toISOString()}); move the end after the start.`);
    let recurrence: NormalizedRecurrence | null = event.recurrence as NormalizedRecurrence | null;
    if (has('recurrence')) recurrence = fields['recurrence'] === null ? null : normalizeRecurrence(fields['recurrence'], startLabel);
    const before = `${event.sim.startMs}/${event.sim.endMs}/${JSON.stringify(event.recurrence)}`;
    setTimes(event, startMs, endMs, startLabel, endLabel);
    event.recurrence = recurrence;
    event.type = recurrence === null ? 'singleInstance' : 'seriesMaster';
    if (recurrence !== null) {
      const first = firstOccurrence({ recurrence, startMs, durationMs: endMs - startMs });
      if (first === undefined) throw invalidField('recurrence', 'the pattern has no date inside its range; check range.startDate, range.endDate and the days.');
      setTimes(event, first.startMs, first.endMs, startLabel, endLabel);
    }
    if (has('isAllDay')) event.isAllDay = readBoolean(fields['isAllDay'], 'isAllDay');
    if (event.isAllDay) checkAllDay(event);
    timeChanged = before !== `${event.sim.startMs}/${event.sim.endMs}/${JSON.stringify(event.recurrence)}`;
  }
  return { timeChanged };
}

/** Once online, a meeting stays online and keeps its join details (resources/event.md). */
function applyOnlineMeeting(event: StoredEvent, fields: Record<string, unknown>): void {
  if (fields['onlineMeetingProvider'] !== undefined) {
    const provider = readProvider(fields['onlineMeetingProvider']);
    if (event.onlineMeeting === null) event.onlineMeetingProvider = provider;
  }
  if (fields['isOnlineMeeting'] !== undefined && readBoolean(fields['isOnlineMeeting'], 'isOnlineMeeting')) event.isOnlineMeeting = true;
  if (event.isOnlineMeeting && event.onlineMeetingProvider !== 'unknown' && event.onlineMeeting === null) {
    event.onlineMeeting = { joinUrl: teamsJoinUrlFor(event.iCalUId), conferenceId: conferenceIdFor(event.iCalUId), tollNumber: '+1 425 555 0123' };
  }
}

/** Records a change: new changeKey (and so a new ETag) and lastModifiedDateTime. */
export function touch(event: StoredEvent, now: number): void {
  event.sim.version += 1;
  event.changeKey = changeKeyFor(event.id, event.sim.version);
  event.lastModifiedDateTime = utcStamp(now);
}

export function requireTransactionIdUnchanged(event: StoredEvent, fields: Record<string, unknown>): void {
  if (fields['transactionId'] === undefined) return;
  if (fields['transactionId'] !== (event.transactionId ?? null)) {
    throw new GraphError(400, 'ErrorInvalidRequest', 'transactionId cannot be changed after the event is created; leave it out of the update.');
  }
}
