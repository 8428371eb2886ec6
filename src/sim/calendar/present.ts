/**
 * Turning stored events into Graph's JSON: `@odata.etag` first, times in UTC unless the caller asked
 * for a zone with `Prefer: outlook.timezone` (resources/event.md: "By default, the start time is in
 * UTC"), extended properties only through `$expand`, `transactionId` only when it was set, and
 * occurrences of a series as `type: "occurrence"` items pointing at their master.
 */
import { etagFor, iCalUIdFor } from './ids.js';
import type { ExtendedProperty, OccurrenceException, StoredEvent } from './model.js';
import { utcStamp, zoned } from './zones.js';

export interface OccurrenceSlot {
  startMs: number;
  endMs: number;
  /** Set when the occurrence was moved (an exception): where the series put it. */
  originalStartMs?: number;
}

export interface PresentOptions {
  /** The zone label for start/end: the Prefer zone as the caller wrote it, or "UTC". */
  timeZone: string;
  /** From `$expand=singleValueExtendedProperties($filter=...)`; absent means not expanded. */
  expandProperties?: (p: ExtendedProperty) => boolean;
  /**
   * The properties `$select` asked for (lower case): only these are copied, since `$select` drops the rest
   * anyway and a big calendar read by iCalUId alone should not clone every body and attendee list.
   */
  fields?: ReadonlySet<string>;
}

/** An occurrence's id encodes its series and start, so it stays stable from one view to the next. */
export function occurrenceIdFor(masterId: string, startMs: number): string {
  return `AAMkOcc${Buffer.from(`${masterId}|${startMs}`, 'utf8').toString('base64url')}`;
}

/** The series id and start an occurrence id stands for, or undefined for any other id. */
export function parseOccurrenceId(id: string): { masterId: string; startMs: number } | undefined {
  if (!id.startsWith('AAMkOcc')) return undefined;
  const [masterId, start] = Buffer.from(id.slice(7), 'base64url').toString('utf8').split('|');
  const startMs = Number(start);
  return masterId && Number.isFinite(startMs) ? { masterId, startMs } : undefined;
}

export function presentEvent(event: StoredEvent, options: PresentOptions, occurrence?: OccurrenceSlot): Record<string, unknown> {
  const { sim, singleValueExtendedProperties, transactionId, ...all } = event;
  const wanted = options.fields;
  const fields = wanted ? Object.fromEntries(Object.entries(all).filter(([k]) => k === 'id' || wanted.has(k.toLowerCase()))) : all;
  const out: Record<string, unknown> = { '@odata.etag': etagFor(event.changeKey), ...structuredClone(fields) };
  if (transactionId !== undefined) out['transactionId'] = transactionId;
  const startMs = occurrence?.startMs ?? sim.startMs;
  const endMs = occurrence?.endMs ?? sim.endMs;
  if (!wanted || wanted.has('start')) out['start'] = zoned(startMs, options.timeZone);
  if (!wanted || wanted.has('end')) out['end'] = zoned(endMs, options.timeZone);
  if (occurrence) {
    const original = occurrence.originalStartMs ?? occurrence.startMs;
    out['id'] = occurrenceIdFor(event.id, original);
    out['type'] = occurrence.originalStartMs === undefined ? 'occurrence' : 'exception';
    out['seriesMasterId'] = event.id;
    out['recurrence'] = null;
    out['originalStart'] = utcStamp(original).replace(/\.\d+Z$/, 'Z');
    out['iCalUId'] = iCalUIdFor(`${event.iCalUId}|${original}`);
    delete out['transactionId'];
    const exception = sim.exceptions?.[String(occurrence.originalStartMs ?? occurrence.startMs)];
    if (exception) applyException(out, exception);
  }
  if (options.expandProperties) {
    out['singleValueExtendedProperties'] = singleValueExtendedProperties.filter(options.expandProperties).map((p) => ({ ...p }));
  }
  return out;
}

/** An occurrence with its own answers reads as Graph's `type: "exception"`. */
function applyException(out: Record<string, unknown>, exception: OccurrenceException): void {
  out['type'] = 'exception';
  if (exception.responseStatus) out['responseStatus'] = { ...exception.responseStatus };
  const statuses = exception.attendeeStatus;
  if (statuses && Array.isArray(out['attendees'])) {
    out['attendees'] = (out['attendees'] as Array<{ emailAddress?: { address?: string }; status?: unknown }>).map((a) => {
      const status = statuses[(a.emailAddress?.address ?? '').toLowerCase()];
      return status ? { ...a, status: { ...status } } : a;
    });
  }
}

/** Every property name an event can be selected by (for `$select` checks). */
export const EVENT_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'hideAttendees',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isDraft',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'allowNewTimeProposals',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'originalStart',
  'singleValueExtendedProperties',
] as const;
