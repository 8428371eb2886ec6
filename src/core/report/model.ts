/**
 * The district report's domain: Common Time sessions as their organizers' calendars hold them, the
 * district's principals, and the rows an admin reads. Instants are UTC epoch ms; addresses are lower case.
 */

/** A principal's answer to a session, from the organizer's copy (`attendees[].status.response`). */
export type SessionAnswer = 'accepted' | 'tentative' | 'pending' | 'declined';

/** Who a learning walk brought together: the host and the visitors. */
export interface WalkPeople {
  readonly host: string;
  readonly visitors: readonly string[];
}

/** One occurrence (or single event) of Common Time collaboration, read from its organizer's calendar. */
export interface TaggedSession {
  /** Graph's id of the occurrence or event (for drill-down). */
  readonly id: string;
  /** Shared by the organizer's copy and each attendee's copy of this occurrence. */
  readonly iCalUId?: string;
  /** The series the occurrence belongs to, if any. */
  readonly seriesId?: string;
  readonly subject: string;
  /** From the tag: `cohortMeeting`, `learningWalk`, `peerCoaching`, `dataDig`, ... */
  readonly kind: string;
  readonly planId: string;
  /** The organizer's address, lower case: their own sessions count as accepted. */
  readonly organizer: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly cancelled: boolean;
  /** Each attendee's answer by lower-case address. */
  readonly answers: Readonly<Record<string, SessionAnswer>>;
  /** A learning walk's host and visitors (lower-case addresses), from the walk's roster. */
  readonly walk?: WalkPeople;
}

export interface ReportPrincipal {
  /** userPrincipalName, lower case: the row key. */
  readonly key: string;
  /** Their mail address, lower case (attendee lists name people by mail). */
  readonly mail: string;
  readonly name: string;
  readonly school: string;
}

export type ReportGroupBy = 'principal' | 'school' | 'week' | 'kind';
export const GROUP_BYS: readonly ReportGroupBy[] = ['principal', 'school', 'week', 'kind'];

export interface HoursByAnswer {
  readonly accepted: number;
  readonly tentative: number;
  readonly pending: number;
  readonly declined: number;
  /** accepted + tentative + pending: declined hours are shown, never counted. */
  readonly total: number;
}

export interface ReportRow {
  readonly key: string;
  readonly label: string;
  readonly hours: HoursByAnswer;
  /** Sessions that count (not declined). */
  readonly sessions: number;
  /** Counted hours of sessions that have started by "now", and of those still ahead. */
  readonly heldHours: number;
  readonly plannedHours: number;
  /** Principals the row covers (1 for a principal row). */
  readonly principals: number;
  /** Principals in the row with no counted time at all. */
  readonly principalsWithNone: number;
  /** Counted hours per principal set as the district's target for this window, and whether the row meets it. */
  readonly targetHours: number;
  readonly onTrack: boolean;
  /** Learning walks hosted at the row's schools, and visits its principals made to other schools. */
  readonly walksHosted: number;
  readonly walksVisited: number;
  /** Schools visited on learning walks (principal and school rows). */
  readonly schoolsVisited: readonly string[];
  /** Set on a principal row when a calendar that may hold their sessions could not be read. */
  readonly incomplete?: boolean;
  /** Principal rows: their school. */
  readonly school?: string;
}

export interface ReportFailure {
  /** The calendar (a lower-case address) that could not be read. */
  readonly key: string;
  readonly message: string;
}

/** A session as the drill-down shows it: when, what, who organized, and each principal's answer. */
export interface ReportSession {
  readonly id: string;
  readonly kind: string;
  readonly subject: string;
  readonly organizer: string;
  readonly start: string;
  readonly end: string;
  readonly hours: number;
  /** Each principal's answer, by principal key. */
  readonly answers: Readonly<Record<string, SessionAnswer>>;
  /** A learning walk's host and visitors, by principal key where they are principals. */
  readonly walk?: WalkPeople;
}

export interface SchoolVisit {
  /** Visiting principal's key and the host school. */
  readonly visitor: string;
  readonly school: string;
  readonly walks: number;
}

export interface ReportNetwork {
  readonly visits: readonly SchoolVisit[];
  /** Schools no learning walk visited in the window. */
  readonly notVisited: readonly string[];
}

export interface Report {
  readonly from: string;
  readonly to: string;
  readonly groupBy: ReportGroupBy;
  readonly timeZone: string;
  readonly rows: readonly ReportRow[];
  readonly failures: readonly ReportFailure[];
  readonly summary: {
    readonly principals: number;
    readonly principalsWithNone: number;
    readonly hours: HoursByAnswer;
    readonly sessions: number;
    readonly targetHoursPerPrincipal: number;
    readonly principalsOnTrack: number;
  };
  readonly network: ReportNetwork;
  /** Only when asked for (`include=sessions`): every counted session, for drill-down. */
  readonly sessions?: readonly ReportSession[];
}
