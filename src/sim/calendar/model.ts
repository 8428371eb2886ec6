/**
 * What one mailbox's calendar stores. Each stored event is shaped like Graph's `event` resource
 * (field names, casing and enum values as in examples/createEvent-*.response.json), with its times
 * kept in the zone they were written in; the presenter converts them on the way out. Everything is
 * plain JSON because the tenant is saved to a file and reloaded on restart.
 */
import type {
  Attendee,
  BodyType,
  DateTimeTimeZone,
  EventType,
  FreeBusyStatus,
  Importance,
  Location,
  OnlineMeetingInfo,
  OnlineMeetingProviderType,
  PatternedRecurrence,
  Recipient,
  ResponseStatus,
  Sensitivity,
} from '@microsoft/microsoft-graph-types';

export interface ExtendedProperty {
  /** e.g. `String {66f5a359-4659-4830-9070-00040ec6ac6e} Name Fun`; the Name part is case-sensitive. */
  id: string;
  value: string;
}

/** Graph's dateTimeTimeZone with both parts present (dateTime printed with seven fraction digits). */
export interface ZonedDateTime extends DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** The event as Graph would return it (without `@odata.*`), in the zones it was written in. */
export interface StoredEvent {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  categories: string[];
  /** Present only when the creating client set it (resources/event.md). */
  transactionId?: string;
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  /** Shared by the organizer's event and every attendee's copy of it. */
  iCalUId: string;
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  hasAttachments: boolean;
  hideAttendees: boolean;
  subject: string;
  bodyPreview: string;
  importance: Importance;
  sensitivity: Sensitivity;
  isAllDay: boolean;
  isCancelled: boolean;
  isDraft: boolean;
  isOrganizer: boolean;
  responseRequested: boolean;
  seriesMasterId: string | null;
  showAs: FreeBusyStatus;
  /** Stored events are `singleInstance` or `seriesMaster`; occurrences exist only in views. */
  type: Extract<EventType, 'singleInstance' | 'seriesMaster'>;
  webLink: string;
  onlineMeetingUrl: string | null;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: OnlineMeetingProviderType;
  onlineMeeting: OnlineMeetingInfo | null;
  allowNewTimeProposals: boolean;
  responseStatus: ResponseStatus & { response: NonNullable<ResponseStatus['response']>; time: string };
  body: { contentType: BodyType; content: string };
  start: ZonedDateTime;
  end: ZonedDateTime;
  location: Location;
  locations: Location[];
  recurrence: PatternedRecurrence | null;
  attendees: Attendee[];
  organizer: Recipient;
  /** Stored, but returned only through `$expand=singleValueExtendedProperties(...)`. */
  singleValueExtendedProperties: ExtendedProperty[];
  /** Simulator bookkeeping, never returned. */
  sim: StoredEventInternals;
}

export interface StoredEventInternals {
  /** Bumped on every change; the changeKey is derived from it. */
  version: number;
  /** The first occurrence's start and end as UTC epoch ms (the event itself when not recurring). */
  startMs: number;
  endMs: number;
  /** Each `forward` of this event (not a Graph property): to whom and when, for the demo's tests. */
  forwards?: { readonly to: readonly string[]; readonly comment: string; readonly at: string }[];
  /**
   * A series' occurrences that differ from the pattern, keyed by the occurrence's original start (epoch ms
   * as a string): an answer to one occurrence (in both copies, as Exchange does), one moved to new times
   * (Graph then lists it as `type: "exception"`, keeping its id and originalStart), or one cancelled.
   */
  exceptions?: Record<string, OccurrenceException>;
}

/** What one occurrence of a series does differently from its master. */
export interface OccurrenceException {
  /** Cancelled by the organizer (or deleted): gone from every calendar. */
  cancelled?: boolean;
  /** Moved to these times (UTC epoch ms). */
  startMs?: number;
  endMs?: number;
  /** The attendee's own answer to this occurrence (on their copy). */
  responseStatus?: StoredEvent['responseStatus'];
  /** Attendees' answers to this occurrence (on the organizer's copy), by lower-case address. */
  attendeeStatus?: Record<string, { response: NonNullable<StoredEvent['responseStatus']['response']>; time: string }>;
  /** Declined by this attendee: the occurrence left their calendar (Outlook removes declined meetings). */
  removed?: boolean;
}

/** One mailbox's calendar. Events are keyed by id; insertion order is creation order. */
export interface MailboxCalendar {
  events: Record<string, StoredEvent>;
  /** `transactionId` → event id, so a retried create returns the first event (per organizer mailbox). */
  transactionIds: Record<string, string>;
  /** Counter behind this mailbox's event ids, so ids are stable and unique without randomness. */
  nextSequence: number;
}

export function emptyCalendar(): MailboxCalendar {
  return { events: {}, transactionIds: {}, nextSequence: 1 };
}

/** The `calendars` map of the tenant state, typed. */
export type Calendars = Record<string, MailboxCalendar>;

/** The mailbox of `userId`, created empty on first use (a mailbox exists for every user). */
export function calendarOf(calendars: Record<string, unknown>, userId: string): MailboxCalendar {
  const existing = calendars[userId] as MailboxCalendar | undefined;
  if (existing) return existing;
  const created = emptyCalendar();
  calendars[userId] = created;
  return created;
}

/** Who owns a mailbox, as the calendar operations need to know them. */
export interface MailboxOwner {
  id: string;
  mail: string;
  displayName: string;
}

/** The directory lookups calendar operations need (adapted from the tenant state by the routes). */
export interface MailboxDirectory {
  byId(userId: string): MailboxOwner | undefined;
  /** By SMTP address or UPN, case-insensitively. */
  byAddress(address: string): MailboxOwner | undefined;
}

/** Graph prints "no response yet" as this instant (resources/responsestatus.md). */
export const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';
