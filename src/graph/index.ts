/** The gateway to Microsoft Graph: what the booking service, the server and the UI import. */
export { createGraphGateway, type GraphGateway, type GraphGatewayOptions } from './graphGateway.js';
export { GraphRequestError, GraphConflictError, type GraphErrorKind, type GraphOperation } from './graphRequestError.js';
export {
  COMMON_TIME_TAG_ID,
  COMMON_TIME_VISITORS_ID,
  COMMON_TIME_PROPERTY_SET,
  buildCommonTimeTag,
  parseCommonTimeTag,
  parseTagValue,
  tagValue,
  type CommonTimeTag,
} from './commonTimeTag.js';
export { buildWalkRosterProperty, parseWalkRoster, parseWalkRosterValue, type RosterPerson, type WalkRoster } from './walkRoster.js';
export type { CalendarViewOptions, CreateEventOptions, RespondOptions, ResponseAction, TaggedEvent } from './events.js';
export type { ListUsersOptions, ListGroupMembersOptions, ListGroupsOptions, MailboxSettingsResult, PerUserResult, UserProfileResult } from './directory.js';
export type { GetSchedulesOptions } from './schedules.js';
export type { RelationsResult } from './relations.js';
export {
  buildFollowUpProperty,
  buildHostBriefProperty,
  buildMyAnswerProperty,
  parseFollowUp,
  parseHostBriefProperty,
  parseMyAnswer,
  type FollowUp,
  type MyAnswer,
  type Recipient,
  type ResponseNote,
  type StoredHostBrief,
} from './followUp.js';
export type { ScheduleWindow, WindowTime } from './scheduleWindow.js';
export type { PagedResult } from './paging.js';
export type { RetrySettings, RequestSafety } from './retryPolicy.js';
export type { RetryEvent } from './middleware/RetryMiddleware.js';
export { DEFAULT_RETRY } from './retryPolicy.js';
export {
  createRelationsCalendar,
  type AttendeeState,
  type PairSeries,
  type RelationsCalendar,
  type RelationsGraph,
  type SessionEvent,
  type WalkEvent,
} from './relationsCalendar.js';
export type { CalendarPresenceResult, TaggedSessionsOptions, TaggedSessionsResult } from './taggedSessions.js';
export { createGraphReads, type GraphReads, type ReadProgress, type ReadSchedulesOptions } from './domainReads.js';
export { parseScheduleResponse, GraphInputError } from './parseSchedule.js';
export { createBookingCalendar, type BookingCalendar, type CalendarEvent, type CreatedEvent, type TaggedCalendarEvent } from './bookingCalendar.js';
export { toGraphEvent, graphAttendee, graphZoneName } from './eventDraft.js';
export { createSessionCalendar } from './sessionCalendar.js';
export { createReportReads, type PeopleSource, type ReportReads } from './reportReads.js';
export { createAddinCalendar, matchMeeting, type AddinCalendar, type MeetingDraft, type MeetingItem } from './addinCalendar.js';
export { readDistrictCalendar, type DistrictCalendarSource } from './districtCalendarReads.js';
