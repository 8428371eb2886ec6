/**
 * A few weeks of realistic calendars around "now" for the demo district. Principals: arrival and
 * lunch duty and the staff meeting (recurring), classroom observations, IEP meetings (private),
 * parent meetings, tentative holds and the odd out-of-office day. District: the biweekly principals'
 * meeting, the cabinet and the leadership team (recurring), coaches' school visits. School closures
 * (Thanksgiving, winter break, ...) show as all-day out-of-office and carry no meetings. A week with
 * fewer school days has proportionally fewer one-off meetings, never a full week's packed into the days
 * left; in the summer there are no classes, duties or visits, only planning, interviews and vacations.
 * Standing meetings and closures run two months ahead (as far as My invites looks); one-off meetings
 * fill the week before "now" to three weeks after, as real calendars thin out further ahead.
 *
 * Events go in through the calendar half's createEvent/respondToEvent, exactly as Graph requests
 * would, so attendees get their copies and answers. Deterministic for a seed and the week of "now".
 */
import { DateTime } from 'luxon';
import type { DayOfWeek } from '@microsoft/microsoft-graph-types';
import { findCopy } from '../calendar/copies.js';
import { createEvent } from '../calendar/create.js';
import { respondToEvent, type ResponseAction } from '../calendar/respond.js';
import { tenantDirectory } from '../calendar/routes.js';
import type { SimSchool, SimUser, TenantState } from '../state.js';
import { isClosed, isSchoolDay, schoolClosures } from './holidays.js';
import { Occupancy, type Slot } from './occupancy.js';
import type { Rng } from './prng.js';

const WINDOWS_ZONE: Record<string, string> = { 'America/New_York': 'Eastern Standard Time', 'America/Chicago': 'Central Standard Time' };
const WEEKDAY_NAMES: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const DISTRICT_ZONE = 'America/New_York';
/** Weeks seeded: one before the week of "now", that week, and eight after (standing meetings, closures)... */
export const FIRST_WEEK = -1;
export const LAST_WEEK = 8;
/** ...of which one-off meetings fill the weeks up to this one. */
export const LAST_BUSY_WEEK = 3;

/** Weeks to seed, relative to the week of "now" (0); both ends included. */
export interface WeekRange {
  first: number;
  last: number;
}

interface Attendee {
  emailAddress: { address: string; name: string };
  type: 'required' | 'optional';
}

const hm = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
const quarter = (minutes: number): number => Math.ceil(minutes / 15) * 15;

function attendee(u: SimUser, type: Attendee['type'] = 'required'): Attendee {
  return { emailAddress: { address: u.mail, name: u.displayName }, type };
}

function zoneOfUser(u: SimUser): string {
  return u.mailboxSettings.timeZone === 'Central Standard Time' ? 'America/Chicago' : DISTRICT_ZONE;
}

/** Monday 00:00 (Eastern) of the week "now" falls in: the seeded calendars depend on nothing finer. */
export function seedWeek(nowMs: number): DateTime {
  return DateTime.fromMillis(nowMs, { zone: DISTRICT_ZONE }).startOf('week');
}

export function seedCalendars(state: TenantState, rng: Rng, nowMs: number, weeks: WeekRange = { first: FIRST_WEEK, last: LAST_WEEK }): number {
  const directory = tenantDirectory(state);
  const occupancy = new Occupancy();
  const anchor = seedWeek(nowMs);
  // Everything was booked two weeks before the seeded window opens, so the result depends only on
  // the week of "now" (and can be cached per week).
  const bookedAt = anchor.minus({ weeks: 2 - weeks.first }).toMillis();
  const weekList = Array.from({ length: weeks.last - weeks.first + 1 }, (_, i) => weeks.first + i);
  const daysOf = (week: number): string[] => WEEKDAY_NAMES.map((_, d) => anchor.plus({ weeks: week, days: d }).toISODate()!);
  const firstDate = daysOf(weeks.first)[0]!;
  const lastDate = daysOf(weeks.last)[4]!;
  const closures = schoolClosures(firstDate, lastDate);
  const workDays = (week: number): string[] => daysOf(week).filter((d) => !isClosed(closures, d));
  const schoolDays = (week: number): string[] => daysOf(week).filter((d) => isSchoolDay(closures, d));
  const onWorkDays = (d: string): boolean => !isClosed(closures, d);
  const onSchoolDays = (d: string): boolean => isSchoolDay(closures, d);
  const onSummerDays = (d: string): boolean => !isClosed(closures, d) && !isSchoolDay(closures, d);
  const busyWeeks = weekList.filter((w) => w <= LAST_BUSY_WEEK);
  /** Of `n` meetings a full week would have, those a week with `days` of 5 keeps (each kept with that chance). */
  const scaled = (n: number, days: number): number => Array.from({ length: n }, () => rng.chance(days / 5)).filter(Boolean).length;
  state.seededThrough = lastDate;
  let count = 0;

  const create = (organizer: SimUser, body: Record<string, unknown>): { iCalUId: string } => {
    count++;
    return createEvent(state.calendars, directory, organizer.id, body, bookedAt).event;
  };
  const timed = (slot: Slot): Record<string, unknown> => {
    const timeZone = WINDOWS_ZONE[slot.zone] ?? 'Eastern Standard Time';
    return { start: { dateTime: `${slot.date}T${clock(slot.start)}`, timeZone }, end: { dateTime: `${slot.date}T${clock(slot.end)}`, timeZone } };
  };
  /**
   * A weekly series on `days` (every `interval` weeks) for each run of days it meets on (`meets`: work
   * days, or school days for duties): a closure ends one series and the next begins after it, so nothing
   * recurs on a day it should not (the demo tenant does not model per-occurrence exceptions).
   */
  const series = (
    organizer: SimUser,
    people: SimUser[],
    zone: string,
    days: DayOfWeek[],
    start: number,
    end: number,
    body: Record<string, unknown>,
    interval = 1,
    meets: (date: string) => boolean = onWorkDays,
  ) => {
    const dates = weekList.flatMap((w, i) => (i % interval === 0 ? daysOf(w) : [])).filter((d) => days.includes(WEEKDAY_NAMES[DateTime.fromISO(d).weekday - 1]!));
    const runs: string[][] = [];
    let run: string[] = [];
    for (const date of dates) {
      if (!meets(date)) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else {
        run.push(date);
        for (const u of [organizer, ...people]) occupancy.add(u.id, { zone, date, start, end });
      }
    }
    if (run.length > 0) runs.push(run);
    return runs.map((r) => {
      const first = r[0]!;
      const recurrence = {
        pattern: { type: 'weekly', interval, daysOfWeek: days, firstDayOfWeek: 'sunday' },
        range: { type: 'endDate', startDate: first, endDate: r[r.length - 1]! },
      };
      return create(organizer, { ...body, ...timed({ zone, date: first, start, end }), recurrence });
    });
  };
  const respond = (iCalUId: string, who: SimUser, action: ResponseAction | 'none'): void => {
    if (action === 'none') return;
    const copy = findCopy(state.calendars, who.id, iCalUId);
    if (copy) respondToEvent(state.calendars, directory, who.id, copy.id, action, {}, bookedAt);
  };
  const pickAnswer = (): ResponseAction | 'none' => {
    const r = rng.next();
    return r < 0.72 ? 'accept' : r < 0.87 ? 'tentativelyAccept' : 'none';
  };
  /** A free slot of `minutes` between local `from` and `to` on `date` for everyone named, or none. */
  const place = (people: SimUser[], zone: string, date: string, from: number, to: number, minutes: number): Slot | undefined => {
    const first = quarter(from);
    const steps = Math.floor((to - first - minutes) / 15);
    if (steps < 0) return undefined;
    for (let tries = 0; tries < 12; tries++) {
      const start = first + 15 * rng.int(0, steps);
      const slot: Slot = { zone, date, start, end: start + minutes };
      if (people.every((u) => occupancy.free(u.id, slot))) {
        for (const u of people) occupancy.add(u.id, slot);
        return slot;
      }
    }
    return undefined;
  };
  const allDay = (who: SimUser, zone: string, first: string, last: string, body: Record<string, unknown>): void => {
    const end = DateTime.fromISO(last).plus({ days: 1 }).toISODate()!;
    const timeZone = WINDOWS_ZONE[zone]!;
    create(who, { ...body, start: { dateTime: `${first}T00:00:00`, timeZone }, end: { dateTime: `${end}T00:00:00`, timeZone }, isAllDay: true, showAs: 'oof' });
    for (let d = DateTime.fromISO(first); d.toISODate()! <= last; d = d.plus({ days: 1 })) occupancy.add(who.id, { zone, date: d.toISODate()!, start: 0, end: 24 * 60 });
  };

  const admin = state.users.find((u) => u.role === 'districtAdmin');
  const coaches = state.users.filter((u) => u.role === 'coach' && !u.sharedMailbox);
  const principals = state.users.filter((u) => u.role === 'principal');
  const schoolOf = (p: SimUser): SimSchool => state.schools.find((s) => s.id === p.schoolId)!;

  // Closures first: nobody meets on them.
  for (const c of closures.filter((x) => x.kind === 'closed')) {
    const first = c.first < firstDate ? firstDate : c.first;
    const last = c.last > lastDate ? lastDate : c.last;
    for (const u of state.users) allDay(u, zoneOfUser(u), first, last, { subject: `Schools closed: ${c.name}`, categories: ['District calendar'] });
  }

  if (admin) {
    // District principals' meeting every other Tuesday, Eastern; Central schools join an hour earlier.
    const dpm = series(
      admin,
      [...principals, ...coaches],
      DISTRICT_ZONE,
      ['tuesday'],
      hm('09:00'),
      hm('11:00'),
      {
        subject: 'District principals meeting',
        body: { contentType: 'HTML', content: '<p>Standing agenda: district updates, instructional focus, operations, and cohort time.</p>' },
        location: { displayName: 'Central Office, Board Room' },
        attendees: [...principals.map((p) => attendee(p)), ...coaches.map((c) => attendee(c, 'optional'))],
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        categories: ['District'],
      },
      2,
      onSchoolDays,
    );
    for (const p of [...principals, ...coaches]) {
      const answer = pickAnswer();
      for (const part of dpm) respond(part.iCalUId, p, answer);
    }
    // In the summer the principals' meeting pauses and a shorter weekly check-in stands in for it.
    const summer = series(
      admin,
      principals,
      DISTRICT_ZONE,
      ['tuesday'],
      hm('10:00'),
      hm('11:00'),
      {
        subject: 'Summer leadership check-in',
        body: { contentType: 'HTML', content: '<p>Hiring, summer school, building readiness and the opening of school.</p>' },
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        attendees: principals.map((p) => attendee(p)),
        categories: ['District'],
      },
      1,
      onSummerDays,
    );
    for (const p of principals) {
      const answer = pickAnswer();
      for (const part of summer) respond(part.iCalUId, p, answer);
    }
    const team = series(admin, coaches, DISTRICT_ZONE, ['monday'], hm('13:00'), hm('14:00'), {
      subject: 'Leadership development team',
      body: { contentType: 'text', content: 'Review coaching caseloads and upcoming cohort sessions.' },
      location: { displayName: 'Central Office, Room 204' },
      attendees: coaches.map((c) => attendee(c)),
    });
    for (const part of team) for (const c of coaches) respond(part.iCalUId, c, 'accept');
    series(admin, [], DISTRICT_ZONE, ['monday'], hm('08:30'), hm('10:00'), { subject: 'Superintendent cabinet', location: { displayName: 'Central Office, Board Room' } });
    series(admin, [], DISTRICT_ZONE, ['wednesday'], hm('14:00'), hm('15:00'), { subject: 'Budget and staffing review', location: { displayName: 'Central Office, Room 110' } });
  }
  for (const c of coaches) {
    const zone = zoneOfUser(c);
    series(c, [], zone, ['friday'], hm('08:30'), hm('09:30'), {
      subject: 'Caseload planning',
      body: { contentType: 'text', content: "Plan next week's school visits and cohort sessions." },
    });
  }

  const GRADES = ['K', '1', '2', '3', '4', '5'];
  const SUBJECTS = ['reading', 'math', 'science', 'writing workshop', 'social studies'];
  const SECONDARY = ['Algebra I', 'English 9', 'Biology', 'US History', 'Geometry', 'Chemistry', '7th grade ELA', '8th grade math', 'Spanish II'];
  const HOLDS = ['Hold: PTA planning', 'Tentative: budget review with bookkeeper', 'Hold: parent conference', 'Tentative: facilities walk-through', 'Hold: counselor check-in'];
  const SUMMER = [
    'Summer planning: master schedule',
    'Interviews: teacher candidates',
    'Summer school check-in',
    'Budget planning for next year',
    'Building walk-through with facilities',
  ];
  const ABSENCES = ['Out of office: state principals conference', 'Out of office: personal day', 'Out of office: leadership academy'];

  principals.forEach((p, index) => {
    const school = schoolOf(p);
    const zone = school.timeZone;
    const dayStart = hm(school.dayStart);
    const dayEnd = hm(school.dayEnd);
    const arrival = quarter(dayStart - 30);
    series(
      p,
      [],
      zone,
      [...WEEKDAY_NAMES],
      arrival,
      arrival + 30,
      { subject: 'Morning arrival duty', location: { displayName: `${school.name} front entrance` }, isReminderOn: false },
      1,
      onSchoolDays,
    );
    const lunch = school.level === 'elementary' ? hm('11:15') : hm('11:30');
    series(
      p,
      [],
      zone,
      [...WEEKDAY_NAMES],
      lunch,
      lunch + 45,
      {
        subject: school.level === 'elementary' ? 'Lunch and recess supervision' : 'Lunch duty',
        location: { displayName: `${school.name} cafeteria` },
        isReminderOn: false,
      },
      1,
      onSchoolDays,
    );
    const staffDay = rng.pick(['tuesday', 'wednesday', 'thursday'] as DayOfWeek[]);
    const afterSchool = quarter(dayEnd + 15);
    series(
      p,
      [],
      zone,
      [staffDay],
      afterSchool,
      afterSchool + 60,
      {
        subject: 'Staff meeting',
        body: { contentType: 'text', content: 'Whole-staff meeting: announcements, PLC updates, professional learning.' },
        location: { displayName: `${school.name} library` },
      },
      1,
      onSchoolDays,
    );
    series(p, [], zone, ['monday'], afterSchool, afterSchool + 60, { subject: 'School leadership team', location: { displayName: `${school.name} main office` } }, 1, onSchoolDays);

    // One principal in five is out for a day in the window.
    const ahead = busyWeeks.flatMap(workDays).filter((d) => d >= anchor.toISODate()!);
    if (index % 5 === 2 && ahead.length > 0) {
      const date = rng.pick(ahead);
      allDay(p, zone, date, date, { subject: rng.pick(ABSENCES) });
      const next = DateTime.fromISO(date).plus({ days: 1 }).toISODate()!;
      const day = DateTime.fromISO(date);
      p.mailboxSettings.automaticRepliesSetting = {
        status: 'scheduled',
        externalAudience: 'all',
        internalReplyMessage: `<html><body><p>I am out of the building on ${day.toFormat('cccc, LLLL d')}. For urgent matters, contact the front office.</p></body></html>`,
        externalReplyMessage: `<html><body><p>I am out of the office on ${day.toFormat('LLLL d')} and will reply when I return.</p></body></html>`,
        scheduledStartDateTime: { dateTime: `${date}T00:00:00.0000000`, timeZone: WINDOWS_ZONE[zone]! },
        scheduledEndDateTime: { dateTime: `${next}T00:00:00.0000000`, timeZone: WINDOWS_ZONE[zone]! },
      };
    }

    for (const week of busyWeeks) {
      const work = workDays(week);
      if (work.length === 0) continue;
      const days = schoolDays(week);
      if (days.length === 0) {
        // Summer: no classes, so no duties or observations; planning, hiring, and a week off for some.
        if (rng.chance(0.3)) {
          allDay(p, zone, work[0]!, work[work.length - 1]!, { subject: 'Out of office: summer vacation' });
          continue;
        }
        for (let i = 0, n = scaled(rng.int(1, 3), work.length); i < n; i++) {
          const slot = place([p], zone, rng.pick(work), hm('08:00'), hm('15:30'), 60);
          if (slot) create(p, { subject: rng.pick(SUMMER), ...timed(slot), location: { displayName: `${school.name} main office` } });
        }
        continue;
      }
      for (let i = 0, n = scaled(rng.int(2, 3), days.length); i < n; i++) {
        const slot = place([p], zone, rng.pick(days), dayStart + 30, dayEnd - 30, 45);
        if (!slot) continue;
        const what = school.level === 'elementary' ? `Grade ${rng.pick(GRADES)} ${rng.pick(SUBJECTS)}` : rng.pick(SECONDARY);
        create(p, {
          subject: `Classroom observation: ${what}`,
          body: { contentType: 'text', content: 'Informal observation and feedback conversation notes.' },
          ...timed(slot),
          location: { displayName: `${school.name}, Room ${rng.int(101, 240)}` },
          categories: ['Instructional leadership'],
        });
      }
      for (let i = 0, n = scaled(rng.int(1, 2), days.length); i < n; i++) {
        const slot = place([p], zone, rng.pick(days), dayStart, dayEnd + 30, 60);
        if (!slot) continue;
        create(p, {
          subject: school.level === 'elementary' ? `IEP meeting (grade ${rng.pick(GRADES)})` : 'IEP annual review',
          ...timed(slot),
          location: { displayName: `${school.name}, conference room` },
          sensitivity: 'private',
        });
      }
      const parent = scaled(1, days.length) > 0 ? place([p], zone, rng.pick(days), dayEnd, dayEnd + 90, 30) : undefined;
      if (parent) create(p, { subject: 'Parent meeting', ...timed(parent), location: { displayName: `${school.name} main office` }, sensitivity: 'private' });
      if (rng.chance((0.8 * work.length) / 5)) {
        const date = rng.pick(work);
        const slot = place([p], zone, date, dayEnd, dayEnd + 90, 45) ?? place([p], zone, date, dayStart, dayEnd, 30);
        if (slot) create(p, { subject: rng.pick(HOLDS), ...timed(slot), showAs: 'tentative' });
      }
    }
  });

  // Coaches visit principals of their cohort at school, during the school day.
  coaches.forEach((coach, ci) => {
    const cohort = (state.groups[ci]?.memberIds ?? []).map((id) => principals.find((p) => p.id === id)).filter((p): p is SimUser => p !== undefined);
    if (cohort.length === 0) return;
    for (const week of busyWeeks) {
      const days = schoolDays(week);
      if (days.length === 0) continue;
      for (let i = 0, n = scaled(rng.int(2, 3), days.length); i < n; i++) {
        const p = rng.pick(cohort);
        const school = schoolOf(p);
        const slot = place([p, coach], school.timeZone, rng.pick(days), hm(school.dayStart) + 30, hm(school.dayEnd), 60);
        if (!slot) continue;
        const visit = create(coach, {
          subject: `Coaching visit: ${school.name}`,
          body: { contentType: 'HTML', content: "<p>Learning walk and coaching conversation on this cycle's problem of practice.</p>" },
          ...timed(slot),
          location: { displayName: school.name, address: { ...school.address } },
          attendees: [attendee(p)],
          categories: ['Coaching'],
        });
        respond(visit.iCalUId, p, pickAnswer());
      }
    }
  });
  return count;
}
