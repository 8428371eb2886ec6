/**
 * A term of Common Time history, as the app itself would have booked it: for each cohort, a biweekly
 * cohort meeting as a series, a learning walk hosted at each member's school with three visitors from the
 * cohort, and a data dig mid-term, each organized by the cohort's coach, tagged and categorized on the organizer's event,
 * with answers as principals gave them (most accept, a few decline one meeting of the series, some never
 * answer). Sessions fall on school days only: a series meeting that falls on a closure is cancelled.
 * Used by the demo district (a past term, ending before the week of "now") and by scaled districts.
 */
import { DateTime } from 'luxon';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../core/agenda/model.js';
import { PROTECTED_CATEGORY } from '../../core/booking/buildDraft.js';
import { buildCommonTimeTag } from '../../graph/commonTimeTag.js';
import { buildWalkRosterProperty } from '../../graph/walkRoster.js';
import { findCopy } from '../calendar/copies.js';
import { createEvent } from '../calendar/create.js';
import { cancelOccurrence, findOccurrence } from '../calendar/occurrences.js';
import { occurrenceIdFor } from '../calendar/present.js';
import { respondToEvent, type ResponseAction } from '../calendar/respond.js';
import { tenantDirectory } from '../calendar/routes.js';
import { seriesOccurrences } from '../calendar/view.js';
import type { SimUser, TenantState } from '../state.js';
import { isSchoolDay, schoolClosures } from './holidays.js';
import { createRng, type Rng } from './prng.js';
import { schoolYearStart } from './relations.js';

export interface HistoryCohort {
  readonly coach: SimUser;
  readonly members: readonly SimUser[];
  /** What its sessions are called ("Cohort 3", "Elementary Principals Cohort"). */
  readonly title: string;
}

/** The days the history covers, both included (dates in the district's zone). */
export interface HistoryTerm {
  readonly first: DateTime;
  readonly last: DateTime;
}

/** Marked as the app marks what it books: the protected-time category and the session kind's. */
const marked = (kind: TemplateKind) => ({ categories: [PROTECTED_CATEGORY, TEMPLATE_KIND_LABELS[kind]] });
const DISTRICT_ZONE = 'America/New_York';
const attendee = (u: SimUser) => ({ emailAddress: { address: u.mail, name: u.displayName }, type: 'required' as const });
const zoneName = (u: SimUser): string => u.mailboxSettings.timeZone;

export function seedCommonTimeHistory(state: TenantState, rng: Rng, term: HistoryTerm, cohorts: readonly HistoryCohort[]): void {
  const directory = tenantDirectory(state);
  const firstDate = term.first.toISODate()!;
  const lastDate = term.last.toISODate()!;
  const closures = schoolClosures(firstDate, lastDate);
  // Booked two weeks before the term opened, as a coach plans ahead.
  const bookedAt = term.first.minus({ weeks: 2 }).toMillis();
  const schoolDays: string[] = [];
  for (let d = term.first; d <= term.last; d = d.plus({ days: 1 })) if (isSchoolDay(closures, d.toISODate()!)) schoolDays.push(d.toISODate()!);
  if (schoolDays.length === 0) return;
  const answer = (): ResponseAction | 'none' => {
    const r = rng.next();
    return r < 0.74 ? 'accept' : r < 0.85 ? 'tentativelyAccept' : r < 0.9 ? 'decline' : 'none';
  };
  const respond = (iCalUId: string, who: SimUser, action: ResponseAction | 'none', occurrenceStart?: number): void => {
    if (action === 'none') return;
    const copy = findCopy(state.calendars, who.id, iCalUId);
    if (!copy) return;
    const id = occurrenceStart === undefined ? copy.id : occurrenceIdFor(copy.id, occurrenceStart);
    respondToEvent(state.calendars, directory, who.id, id, action, {}, bookedAt);
  };
  const at = (date: string, hhmm: string, minutes: number, zone: string) => {
    const start = DateTime.fromISO(`${date}T${hhmm}`);
    return {
      start: { dateTime: start.toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: zone },
      end: { dateTime: start.plus({ minutes }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: zone },
    };
  };

  cohorts.forEach(({ coach, members, title }, c) => {
    if (members.length === 0) return;
    const plan = `term-cohort-${c + 1}`;
    // Biweekly cohort meeting, a series on the cohort's weekday (Tuesday, Wednesday or Thursday).
    const weekday = ['tuesday', 'wednesday', 'thursday'][c % 3]!;
    const first = schoolDays.find((d) => DateTime.fromISO(d).weekday === 2 + (c % 3));
    if (first) {
      const meeting = createEvent(
        state.calendars,
        directory,
        coach.id,
        {
          subject: `${title} meeting`,
          body: { contentType: 'text', content: 'Problem of practice, protocol, next steps.' },
          ...at(first, '15:30', 90, zoneName(coach)),
          attendees: members.map(attendee),
          recurrence: { pattern: { type: 'weekly', interval: 2, daysOfWeek: [weekday] }, range: { type: 'endDate', startDate: first, endDate: schoolDays.at(-1)! } },
          ...marked('cohortMeeting'),
          singleValueExtendedProperties: [buildCommonTimeTag({ kind: 'cohortMeeting', planId: plan })],
        },
        bookedAt,
      ).event;
      // The coach cancelled the meetings that fell on a closure (a break, a holiday), as Outlook would.
      const occurrences = seriesOccurrences(meeting, term.first.toMillis(), term.last.plus({ days: 1 }).toMillis()).filter((o) => {
        if (isSchoolDay(closures, DateTime.fromMillis(o.startMs, { zone: DISTRICT_ZONE }).toISODate()!)) return true;
        const found = findOccurrence(state.calendars, coach.id, occurrenceIdFor(meeting.id, o.startMs))!;
        cancelOccurrence(state.calendars, directory, coach.id, found, { comment: 'No meeting: schools are closed.' }, bookedAt);
        return false;
      });
      for (const m of members) {
        const a = answer();
        respond(meeting.iCalUId, m, a === 'decline' ? 'accept' : a);
        // Some principals miss one meeting of the series.
        if (a !== 'none' && rng.chance(0.15) && occurrences.length > 0) respond(meeting.iCalUId, m, 'decline', rng.pick(occurrences).startMs);
      }
    }
    // Learning walks: each member hosts one in the term, visited by three others of the cohort.
    members.forEach((host, h) => {
      if (members.length < 2) return;
      const visitors = [1, 2, 3].map((k) => members[(h + k) % members.length]!).filter((v) => v.id !== host.id);
      const date = schoolDays[(c * 7 + h * 5) % schoolDays.length]!;
      const school = state.schools.find((s) => s.id === host.schoolId)!;
      const walk = createEvent(
        state.calendars,
        directory,
        coach.id,
        {
          subject: `Learning walk: ${school.name}`,
          ...at(date, '09:00', 120, zoneName(host)),
          location: { displayName: school.name },
          ...marked('learningWalk'),
          attendees: [host, ...visitors].map(attendee),
          singleValueExtendedProperties: [
            buildCommonTimeTag({ kind: 'learningWalk', planId: `${plan}-walks` }),
            buildWalkRosterProperty({
              key: `walk:${school.id}`,
              host: { address: host.mail, name: host.displayName },
              visitors: visitors.map((v) => ({ address: v.mail, name: v.displayName })),
            }),
          ],
        },
        bookedAt,
      ).event;
      respond(walk.iCalUId, host, 'accept');
      for (const v of visitors) respond(walk.iCalUId, v, answer());
    });
    // A data dig for the whole cohort, mid-term.
    const dig = createEvent(
      state.calendars,
      directory,
      coach.id,
      {
        subject: `${title} data dig`,
        ...at(schoolDays[Math.floor(schoolDays.length / 2) + (c % 5)] ?? schoolDays.at(-1)!, '13:00', 60, zoneName(coach)),
        attendees: members.map(attendee),
        ...marked('dataDig'),
        singleValueExtendedProperties: [buildCommonTimeTag({ kind: 'dataDig', planId: `${plan}-dig` })],
      },
      bookedAt,
    ).event;
    for (const m of members) respond(dig.iCalUId, m, answer());
  });
}

/** Its own generator, so the demo district's people, ids and other meetings stay exactly as they were. */
const DEMO_HISTORY_SEED = 20260907;
/** Weeks of the demo's past term: about the ten weeks the report opens on, and two more. */
export const DEMO_HISTORY_WEEKS = 12;

/**
 * The demo district's past term: the elementary and secondary cohorts' sessions, organized by the coach
 * who owns each cohort group, from twelve weeks before the week of "now" to the Sunday before it. It ends
 * before that week (not before "now" itself) because the demo is built once per week of "now" (see
 * seedWeek): every moment of the week then has the same past, and no session is in its future, so free/busy
 * from "now" on is what it was without history. First-year principals are in no past session (their
 * cohorts' series went out before they joined), so the report's "who has none" names someone.
 * Runs after seedRelations (hire dates, group owners).
 */
export function seedDemoHistory(state: TenantState, weekOfNow: DateTime): void {
  const firstYear = schoolYearStart(weekOfNow.toMillis()).toMillis();
  const cohorts = state.groups
    .filter((g) => g.mailNickname === 'elementary-cohort' || g.mailNickname === 'secondary-cohort')
    .flatMap((g): HistoryCohort[] => {
      const coach = state.users.find((u) => g.ownerIds?.includes(u.id));
      if (!coach) return [];
      const members = state.users.filter((u) => u.role === 'principal' && g.memberIds.includes(u.id) && !(u.employeeHireDate && Date.parse(u.employeeHireDate) >= firstYear));
      return [{ coach, members, title: g.displayName }];
    });
  const term = { first: weekOfNow.minus({ weeks: DEMO_HISTORY_WEEKS }), last: weekOfNow.minus({ days: 1 }) };
  seedCommonTimeHistory(state, createRng(DEMO_HISTORY_SEED), term, cohorts);
}
