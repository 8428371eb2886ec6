/**
 * The calendar as pairs, partnerships, answers and walk briefs see it, in the domain's shapes: Graph's events
 * and time strings are read here (instants, addresses, our properties parsed), and the few changes these
 * use cases make are written here, so the services never handle Graph's JSON.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { BookedStage, HostSchool, PartnershipStage } from '../core/booking/index.js';
import type { Interval } from '../core/time/interval.js';
import { localDateTimeToInstant } from '../core/time/zones.js';
import {
  buildFollowUpProperty,
  buildHostBriefProperty,
  buildMyAnswerProperty,
  parseFollowUp,
  parseHostBriefProperty,
  proposalOf,
  type FollowUp,
  type MyAnswer,
  type StoredHostBrief,
} from './followUp.js';
import type { GraphGateway } from './graphGateway.js';
import { parseWalkRoster } from './walkRoster.js';

/** Who was asked and what they answered, from the organizer's copy. */
export interface AttendeeState {
  readonly address: string;
  readonly name?: string;
  /** Graph's responseStatus.response: none, notResponded, accepted, tentativelyAccepted, declined. */
  readonly response: string;
  readonly answeredAt?: string;
  readonly proposedNewTime?: Interval;
}

/** One of the organizer's events as the follow-up use cases need it. */
export interface SessionEvent {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly createdMs: number;
  readonly isSeries: boolean;
  readonly organizer: string;
  /** Everyone invited but the organizer and rooms, in invitation order. */
  readonly attendees: readonly AttendeeState[];
  readonly followUp: FollowUp;
}

/** A peer-coaching pair's series found in a calendar. */
export interface PairSeries {
  readonly eventId: string;
  readonly calendar: string;
  readonly meetingId: string;
  readonly subject: string;
  readonly members: readonly { readonly address: string; readonly name?: string }[];
  /** The end of the series' last day (epoch ms), or null for a series with no end. */
  readonly lastMs: number | null;
}

/** A learning walk in the coach's calendar, with its host and the brief now on it. */
export interface WalkEvent {
  readonly id: string;
  readonly subject: string;
  readonly createdMs: number;
  readonly host: { readonly address: string; readonly name?: string };
  readonly brief?: StoredHostBrief;
}

export type RelationsGraph = Pick<GraphGateway, 'findTaggedEvents' | 'getEvent' | 'updateEvent' | 'getUsersMany'>;

const NO_ANSWER_TIME = /^0001-01-01/;
const lower = (s: string | null | undefined): string => (s ?? '').trim().toLowerCase();

function instant(value: Event['start'], field: string): number {
  if (!value?.dateTime) throw new RangeError(`${field}: Graph returned an event without a time.`);
  return localDateTimeToInstant(value.dateTime, value.timeZone ?? 'UTC', field);
}

function attendeeState(a: Attendee): AttendeeState {
  const proposal = proposalOf(a.proposedNewTime);
  return {
    address: a.emailAddress?.address ?? '',
    ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}),
    response: a.status?.response ?? 'none',
    ...(a.status?.time && !NO_ANSWER_TIME.test(a.status.time) ? { answeredAt: a.status.time } : {}),
    ...(proposal ? { proposedNewTime: proposal } : {}),
  };
}

const PERIOD: Record<string, 'days' | 'weeks' | 'months' | 'years'> = {
  daily: 'days',
  weekly: 'weeks',
  absoluteMonthly: 'months',
  relativeMonthly: 'months',
  absoluteYearly: 'years',
  relativeYearly: 'years',
};

/**
 * The last day a Graph series can meet, read from its range. Numbered: one meeting a period (daily, monthly,
 * yearly, weekly on one day) meets last (count - 1) periods after its start date, as Outlook and Common Time
 * write series; a pattern with several days a period gets the upper bound of count periods.
 */
export function seriesLastMs(event: Pick<Event, 'recurrence' | 'end'>): number | null {
  const range = event.recurrence?.range;
  if (!range) {
    try {
      return instant(event.end, 'end');
    } catch {
      return null;
    }
  }
  if (range.type === 'noEnd') return null;
  if (range.type === 'endDate' && range.endDate) return DateTime.fromISO(range.endDate, { zone: 'utc' }).endOf('day').toMillis();
  const pattern = event.recurrence?.pattern;
  const unit = PERIOD[pattern?.type ?? 'weekly'] ?? 'weeks';
  const onePerPeriod = pattern?.type !== 'weekly' || (pattern.daysOfWeek ?? []).length <= 1;
  const periods = Math.max(0, (range.numberOfOccurrences ?? 0) - (onePerPeriod ? 1 : 0));
  const count = periods * (pattern?.interval ?? 1);
  return DateTime.fromISO(range.startDate ?? '', { zone: 'utc' })
    .plus({ [unit]: count })
    .endOf('day')
    .toMillis();
}

const SESSION_FIELDS = ['subject', 'start', 'end', 'attendees', 'organizer', 'createdDateTime', 'type', 'recurrence'];
const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });

export interface RelationsCalendar {
  /** Peer-coaching series (our tag) organized in `calendar` ('me' or a shared calendar's address). */
  pairSeries(calendar: string): Promise<PairSeries[]>;
  /** The partnership stages in the signed-in supervisor's calendar with this principal, by first meeting. */
  partnershipStages(principal: string): Promise<BookedStage[]>;
  /** The same for many principals in one read of the calendar: by lower-case address (everyone asked has an entry). */
  partnershipStagesWith(principals: readonly string[]): Promise<ReadonlyMap<string, BookedStage[]>>;
  /** A principal's school (their office) with its address, from the directory. */
  principalSchool(principal: string): Promise<HostSchool | undefined>;
  /** The schools of many principals through one batched read, by lower-case address (left out: no office in the directory). */
  principalSchools(principals: readonly string[]): Promise<ReadonlyMap<string, HostSchool>>;
  sessionEvent(calendar: string, eventId: string): Promise<SessionEvent>;
  setFollowUp(calendar: string, eventId: string, followUp: FollowUp): Promise<void>;
  /** Moves a single event (Graph sends everyone the new time). */
  moveEvent(calendar: string, eventId: string, slot: Interval): Promise<void>;
  /** Keeps an attendee's own answer on their copy. */
  setMyAnswer(user: string, eventId: string, answer: MyAnswer): Promise<void>;
  /** The coach's learning walks (one plan, or all). */
  walks(planId?: string): Promise<WalkEvent[]>;
  /** Puts a host's brief on a walk: the property, and the body through `withBrief` (given the body as it is). */
  setHostBrief(eventId: string, brief: StoredHostBrief, withBrief: (bodyHtml: string) => string): Promise<void>;
}

const STAGES: readonly PartnershipStage[] = ['partnershipBuilding', 'partnershipLearningConversation', 'partnershipJointWork'];

export function createRelationsCalendar(graph: RelationsGraph): RelationsCalendar {
  const relations: RelationsCalendar = {
    async pairSeries(calendar) {
      return (await graph.findTaggedEvents(calendar, { kind: 'peerCoaching' })).map(({ event }): PairSeries => {
        const organizer = lower(event.organizer?.emailAddress?.address);
        const members = (event.attendees ?? [])
          .filter((a) => a.type !== 'resource' && a.emailAddress?.address && lower(a.emailAddress.address) !== organizer)
          .map((a) => ({ address: a.emailAddress!.address!, ...(a.emailAddress?.name ? { name: a.emailAddress.name } : {}) }));
        return { eventId: event.id ?? '', calendar, meetingId: event.iCalUId ?? event.id ?? '', subject: event.subject ?? '', members, lastMs: seriesLastMs(event) };
      });
    },
    async partnershipStages(principal) {
      return (await relations.partnershipStagesWith([principal])).get(lower(principal)) ?? [];
    },
    async partnershipStagesWith(principals) {
      const found = await Promise.all(STAGES.map(async (stage) => (await graph.findTaggedEvents('me', { kind: stage })).map((t) => ({ stage, event: t.event }))));
      const byPrincipal = new Map(principals.map((p) => [lower(p), [] as BookedStage[]]));
      for (const { stage, event } of found.flat()) {
        if (event.isCancelled) continue;
        const booked: BookedStage = { stage, firstStart: instant(event.start, 'start'), firstEnd: instant(event.end, 'end') };
        // One-to-one: each principal invited to the stage has it (a stage event holds one principal).
        for (const a of event.attendees ?? []) byPrincipal.get(lower(a.emailAddress?.address))?.push(booked);
      }
      for (const stages of byPrincipal.values()) stages.sort((a, b) => a.firstStart - b.firstStart);
      return byPrincipal;
    },
    async principalSchool(principal) {
      return (await relations.principalSchools([principal])).get(lower(principal));
    },
    async principalSchools(principals) {
      const schools = new Map<string, HostSchool>();
      if (principals.length === 0) return schools;
      const profiles = await graph.getUsersMany(principals, { select: ['officeLocation', 'streetAddress', 'city', 'state', 'postalCode', 'country'] });
      profiles.forEach((profile, i) => {
        const u = profile.profile;
        if (!u?.officeLocation) return;
        schools.set(lower(principals[i]), {
          name: u.officeLocation,
          address: {
            ...(u.streetAddress ? { street: u.streetAddress } : {}),
            ...(u.city ? { city: u.city } : {}),
            ...(u.state ? { state: u.state } : {}),
            ...(u.postalCode ? { postalCode: u.postalCode } : {}),
            ...(u.country ? { countryOrRegion: u.country } : {}),
          },
        });
      });
      return schools;
    },
    async sessionEvent(calendar, eventId) {
      const event = await graph.getEvent(calendar, eventId, { select: SESSION_FIELDS });
      const organizer = event.organizer?.emailAddress?.address ?? '';
      return {
        id: eventId,
        subject: event.subject ?? '',
        start: instant(event.start, 'start'),
        end: instant(event.end, 'end'),
        createdMs: Date.parse(event.createdDateTime ?? '') || 0,
        isSeries: event.type === 'seriesMaster' || Boolean(event.recurrence),
        organizer,
        attendees: (event.attendees ?? []).filter((a) => a.type !== 'resource' && lower(a.emailAddress?.address) !== lower(organizer)).map(attendeeState),
        followUp: parseFollowUp(event),
      };
    },
    async setFollowUp(calendar, eventId, followUp) {
      // Only our property changes: Graph sends attendees no update for it.
      await graph.updateEvent(calendar, eventId, { singleValueExtendedProperties: [buildFollowUpProperty(followUp)] });
    },
    async moveEvent(calendar, eventId, slot) {
      await graph.updateEvent(calendar, eventId, { start: utc(slot.start), end: utc(slot.end) });
    },
    async setMyAnswer(user, eventId, answer) {
      await graph.updateEvent(user, eventId, { singleValueExtendedProperties: [buildMyAnswerProperty(answer)] });
    },
    async walks(planId) {
      const tagged = await graph.findTaggedEvents('me', { kind: 'learningWalk', ...(planId ? { planId } : {}) });
      return tagged.map(({ event }): WalkEvent => {
        const roster = parseWalkRoster(event);
        const first = event.attendees?.[0]?.emailAddress;
        const host = roster?.host ?? { address: first?.address ?? '', ...(first?.name ? { name: first.name } : {}) };
        const brief = parseHostBriefProperty(event);
        return { id: event.id ?? '', subject: event.subject ?? '', createdMs: Date.parse(event.createdDateTime ?? '') || 0, host, ...(brief ? { brief } : {}) };
      });
    },
    async setHostBrief(eventId, brief, withBrief) {
      const current = await graph.getEvent('me', eventId, { select: ['body'] });
      await graph.updateEvent('me', eventId, {
        body: { contentType: 'html', content: withBrief(current.body?.content ?? '') },
        singleValueExtendedProperties: [buildHostBriefProperty(brief)],
      });
    },
  };
  return relations;
}
