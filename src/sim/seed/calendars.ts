/**
 * A few weeks of realistic calendars around "now" for the demo district: principals' lunch duty and
 * staff meetings (recurring), classroom observations, IEP meetings (private), tentative holds and the
 * odd out-of-office day; the biweekly district principals' meeting; coaches' school visits; the
 * leadership team. Events go in through the calendar half's createEvent/respondToEvent, exactly as
 * Graph requests would, so attendees get their copies and answers. Deterministic for a given seed
 * and "now" (the week it falls in).
 */
import { DateTime } from 'luxon';
import type { DayOfWeek } from '@microsoft/microsoft-graph-types';
import { findCopy } from '../calendar/copies.js';
import { createEvent } from '../calendar/create.js';
import { respondToEvent, type ResponseAction } from '../calendar/respond.js';
import { tenantDirectory } from '../calendar/routes.js';
import type { SimSchool, SimUser, TenantState } from '../state.js';
import type { Rng } from './prng.js';

const WINDOWS_ZONE: Record<string, string> = { 'America/New_York': 'Eastern Standard Time', 'America/Chicago': 'Central Standard Time' };
const WEEKDAY_NAMES: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
/** Weeks seeded: one before the week of "now", that week, and three after. */
export const FIRST_WEEK = -1;
export const LAST_WEEK = 3;

/** Weeks to seed, relative to the week of "now" (0); both ends included. */
export interface WeekRange {
  first: number;
  last: number;
}

interface Attendee {
  emailAddress: { address: string; name: string };
  type: 'required' | 'optional';
}

interface Slot {
  date: string; // yyyy-MM-dd, local
  start: number; // minutes after local midnight
  end: number;
}

const hm = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

function zoneOf(user: SimUser, schools: SimSchool[]): string {
  return schools.find((s) => s.id === user.schoolId)?.timeZone ?? (user.mailboxSettings.timeZone === 'Central Standard Time' ? 'America/Chicago' : 'America/New_York');
}

function attendee(u: SimUser, type: Attendee['type'] = 'required'): Attendee {
  return { emailAddress: { address: u.mail, name: u.displayName }, type };
}

/** Per person and local date, the minutes already taken, so generated meetings do not collide. */
class Occupancy {
  private readonly taken = new Map<string, Array<[number, number]>>();
  add(userId: string, slot: Slot): void {
    const key = `${userId}|${slot.date}`;
    const list = this.taken.get(key) ?? [];
    list.push([slot.start, slot.end]);
    this.taken.set(key, list);
  }
  free(userId: string, slot: Slot): boolean {
    return (this.taken.get(`${userId}|${slot.date}`) ?? []).every(([s, e]) => slot.end <= s || slot.start >= e);
  }
}

/** Monday 00:00 (Eastern) of the week "now" falls in: the seeded calendars depend on nothing finer. */
export function seedWeek(nowMs: number): DateTime {
  return DateTime.fromMillis(nowMs, { zone: 'America/New_York' }).startOf('week');
}

export function seedCalendars(state: TenantState, rng: Rng, nowMs: number, weeks: WeekRange = { first: FIRST_WEEK, last: LAST_WEEK }): number {
  const { first: firstWeek, last: lastWeek } = weeks;
  const directory = tenantDirectory(state);
  const occupancy = new Occupancy();
  let count = 0;
  const anchor = seedWeek(nowMs);
  // Everything was booked two weeks before the seeded window opens, so the result depends only on
  // the week of "now" (and can be cached per week).
  const bookedAt = anchor.minus({ weeks: 2 - firstWeek }).toMillis();
  const weekdays = (week: number): DateTime[] => WEEKDAY_NAMES.map((_, d) => anchor.plus({ weeks: week, days: d }));
  const lastDate = anchor.plus({ weeks: lastWeek, days: 4 }).toISODate()!;
  state.seededThrough = lastDate;
  const create = (organizer: SimUser, body: Record<string, unknown>): { id: string; iCalUId: string } => {
    count++;
    const { event } = createEvent(state.calendars, directory, organizer.id, body, bookedAt);
    return event;
  };
  const timed = (zone: string, slot: Slot): Record<string, unknown> => ({
    start: { dateTime: `${slot.date}T${clock(slot.start)}`, timeZone: WINDOWS_ZONE[zone] ?? 'Eastern Standard Time' },
    end: { dateTime: `${slot.date}T${clock(slot.end)}`, timeZone: WINDOWS_ZONE[zone] ?? 'Eastern Standard Time' },
  });
  const weekly = (days: DayOfWeek[], startDate: string, interval = 1): Record<string, unknown> => ({
    recurrence: { pattern: { type: 'weekly', interval, daysOfWeek: days, firstDayOfWeek: 'sunday' }, range: { type: 'endDate', startDate, endDate: lastDate } },
  });
  const respond = (organizerEventICal: string, who: SimUser, action: ResponseAction | 'none', comment?: string): void => {
    if (action === 'none') return;
    const copy = findCopy(state.calendars, who.id, organizerEventICal);
    if (copy) respondToEvent(state.calendars, directory, who.id, copy.id, action, comment ? { comment } : {}, bookedAt);
  };
  const pickAnswer = (): ResponseAction | 'none' => {
    const r = rng.next();
    return r < 0.72 ? 'accept' : r < 0.87 ? 'tentativelyAccept' : 'none';
  };

  const admin = state.users.find((u) => u.role === 'districtAdmin');
  const coaches = state.users.filter((u) => u.role === 'coach');
  const principals = state.users.filter((u) => u.role === 'principal');
  const firstMonday = weekdays(firstWeek)[0]!;

  // District principals' meeting: every other Tuesday morning, Eastern; Central schools join an hour earlier.
  if (admin) {
    const tuesday = firstMonday.plus({ days: 1 });
    const slot: Slot = { date: tuesday.toISODate()!, start: hm('09:00'), end: hm('11:00') };
    const ev = create(admin, {
      subject: 'District principals meeting',
      body: { contentType: 'HTML', content: '<p>Standing agenda: district updates, instructional focus, operations, and cohort time.</p>' },
      ...timed('America/New_York', slot),
      ...weekly(['tuesday'], slot.date, 2),
      location: { displayName: 'Central Office, Board Room' },
      attendees: [...principals.map((p) => attendee(p)), ...coaches.map((c) => attendee(c, 'optional'))],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      categories: ['District'],
    });
    for (const p of [...principals, ...coaches]) respond(ev.iCalUId, p, pickAnswer());

    // Leadership team: admin and coaches, Mondays after lunch.
    const lt = create(admin, {
      subject: 'Leadership development team',
      body: { contentType: 'text', content: 'Review coaching caseloads and upcoming cohort sessions.' },
      ...timed('America/New_York', { date: firstMonday.toISODate()!, start: hm('13:00'), end: hm('14:00') }),
      ...weekly(['monday'], firstMonday.toISODate()!),
      location: { displayName: 'Central Office, Room 204' },
      attendees: coaches.map((c) => attendee(c)),
    });
    for (const c of coaches) respond(lt.iCalUId, c, 'accept');
    create(admin, {
      subject: 'Superintendent cabinet',
      ...timed('America/New_York', { date: firstMonday.toISODate()!, start: hm('08:30'), end: hm('10:00') }),
      ...weekly(['monday'], firstMonday.toISODate()!),
      location: { displayName: 'Central Office, Board Room' },
    });
  }

  for (const p of principals) {
    const school = state.schools.find((s) => s.id === p.schoolId);
    if (!school) continue;
    const zone = school.timeZone;
    const dayStart = hm(school.dayStart);
    const dayEnd = hm(school.dayEnd);
    const first = firstMonday.toISODate()!;
    // Lunch supervision every school day.
    const lunchStart = school.level === 'elementary' ? hm('11:15') : hm('11:30');
    create(p, {
      subject: school.level === 'elementary' ? 'Lunch and recess supervision' : 'Lunch duty',
      ...timed(zone, { date: first, start: lunchStart, end: lunchStart + 45 }),
      ...weekly([...WEEKDAY_NAMES], first),
      location: { displayName: `${school.name} cafeteria` },
      isReminderOn: false,
    });
    // Weekly staff meeting after dismissal.
    const staffDay = rng.pick(['tuesday', 'wednesday', 'thursday'] as DayOfWeek[]);
    const staffDate = firstMonday.plus({ days: WEEKDAY_NAMES.indexOf(staffDay) }).toISODate()!;
    const staffStart = Math.ceil((dayEnd + 15) / 15) * 15;
    create(p, {
      subject: 'Staff meeting',
      body: { contentType: 'text', content: 'Whole-staff meeting: announcements, PLC updates, professional learning.' },
      ...timed(zone, { date: staffDate, start: staffStart, end: staffStart + 60 }),
      ...weekly([staffDay], staffDate),
      location: { displayName: `${school.name} library` },
    });
    for (let week = firstWeek; week <= lastWeek; week++) {
      for (const day of weekdays(week)) {
        const date = day.toISODate()!;
        occupancy.add(p.id, { date, start: lunchStart, end: lunchStart + 45 });
        if (day.weekday === 2 && (week - firstWeek) % 2 === 0) {
          const offset = zone === 'America/Chicago' ? 60 : 0;
          occupancy.add(p.id, { date, start: hm('09:00') - offset, end: hm('11:00') - offset });
        }
        if (WEEKDAY_NAMES[day.weekday - 1] === staffDay) occupancy.add(p.id, { date, start: staffStart, end: staffStart + 60 });
      }
    }
  }

  const placeIn = (user: SimUser, date: string, from: number, to: number, minutes: number, others: SimUser[] = []): Slot | undefined => {
    for (let tries = 0; tries < 12; tries++) {
      const start = from + 15 * rng.int(0, Math.max(0, Math.floor((to - from - minutes) / 15)));
      const slot: Slot = { date, start, end: start + minutes };
      if ([user, ...others].every((u) => occupancy.free(u.id, slot))) {
        for (const u of [user, ...others]) occupancy.add(u.id, slot);
        return slot;
      }
    }
    return undefined;
  };

  const GRADES = ['K', '1', '2', '3', '4', '5'];
  const SUBJECTS = ['reading', 'math', 'science', 'writing workshop', 'social studies'];
  const SECONDARY = ['Algebra I', 'English 9', 'Biology', 'US History', 'Geometry', 'Chemistry', '7th grade ELA', '8th grade math', 'Spanish II'];
  const HOLDS = ['Hold: PTA planning', 'Tentative: budget review with bookkeeper', 'Hold: parent conference', 'Tentative: facilities walk-through', 'Hold: counselor check-in'];
  const oofPrincipals = new Set(principals.filter((_, i) => i % 5 === 2).map((p) => p.id));

  for (const p of principals) {
    const school = state.schools.find((s) => s.id === p.schoolId)!;
    const zone = school.timeZone;
    const dayStart = hm(school.dayStart);
    const dayEnd = hm(school.dayEnd);
    const oofWeek = oofPrincipals.has(p.id) ? rng.int(Math.max(0, firstWeek), lastWeek) : undefined;
    for (let week = firstWeek; week <= lastWeek; week++) {
      const days = weekdays(week);
      if (week === oofWeek) {
        const day = rng.pick(days);
        const date = day.toISODate()!;
        occupancy.add(p.id, { date, start: 0, end: 24 * 60 });
        create(p, {
          subject: rng.pick(['Out of office: state principals conference', 'Out of office: personal day', 'Out of office: leadership academy']),
          ...timed(zone, { date, start: 0, end: 0 }),
          end: { dateTime: `${day.plus({ days: 1 }).toISODate()!}T00:00:00`, timeZone: WINDOWS_ZONE[zone] },
          isAllDay: true,
          showAs: 'oof',
        });
        p.mailboxSettings.automaticRepliesSetting = {
          status: 'scheduled',
          externalAudience: 'all',
          internalReplyMessage: `<html><body><p>I am out of the building on ${day.toFormat('cccc, LLLL d')}. For urgent matters, contact the front office.</p></body></html>`,
          externalReplyMessage: `<html><body><p>I am out of the office on ${day.toFormat('LLLL d')} and will reply when I return.</p></body></html>`,
          scheduledStartDateTime: { dateTime: `${date}T00:00:00.0000000`, timeZone: WINDOWS_ZONE[zone]! },
          scheduledEndDateTime: { dateTime: `${day.plus({ days: 1 }).toISODate()!}T00:00:00.0000000`, timeZone: WINDOWS_ZONE[zone]! },
        };
      }
      for (let i = 0, n = rng.int(2, 3); i < n; i++) {
        const date = rng.pick(days).toISODate()!;
        const slot = placeIn(p, date, dayStart + 30, dayEnd - 30, 45);
        if (!slot) continue;
        const what = school.level === 'elementary' ? `Grade ${rng.pick(GRADES)} ${rng.pick(SUBJECTS)}` : rng.pick(SECONDARY);
        create(p, {
          subject: `Classroom observation: ${what}`,
          body: { contentType: 'text', content: 'Informal observation and feedback conversation notes.' },
          ...timed(zone, slot),
          location: { displayName: `${school.name}, Room ${rng.int(101, 240)}` },
          categories: ['Instructional leadership'],
        });
      }
      for (let i = 0, n = rng.int(1, 2); i < n; i++) {
        const date = rng.pick(days).toISODate()!;
        const slot = placeIn(p, date, dayStart, dayEnd + 30, 60);
        if (!slot) continue;
        create(p, {
          subject: school.level === 'elementary' ? `IEP meeting (grade ${rng.pick(GRADES)})` : 'IEP annual review',
          ...timed(zone, slot),
          location: { displayName: `${school.name}, conference room` },
          sensitivity: 'private',
        });
      }
      if (rng.chance(0.8)) {
        const date = rng.pick(days).toISODate()!;
        const slot = placeIn(p, date, dayEnd, dayEnd + 90, 45) ?? placeIn(p, date, dayStart, dayEnd, 30);
        if (slot) create(p, { subject: rng.pick(HOLDS), ...timed(zone, slot), showAs: 'tentative' });
      }
    }
  }

  // Coaches visit principals in their cohort at school, during the school day.
  coaches.forEach((coach, ci) => {
    const cohort = state.groups[ci]?.memberIds.map((id) => principals.find((p) => p.id === id)).filter((p): p is SimUser => p !== undefined) ?? [];
    for (let week = firstWeek; week <= lastWeek; week++) {
      for (let i = 0, n = rng.int(2, 3); i < n && cohort.length > 0; i++) {
        const p = rng.pick(cohort);
        const school = state.schools.find((s) => s.id === p.schoolId)!;
        const date = rng.pick(weekdays(week)).toISODate()!;
        const slot = placeIn(p, date, hm(school.dayStart) + 30, hm(school.dayEnd), 60, [coach]);
        if (!slot) continue;
        const ev = create(coach, {
          subject: `Coaching visit: ${school.name}`,
          body: { contentType: 'HTML', content: '<p>Learning walk and coaching conversation on this cycle\'s problem of practice.</p>' },
          ...timed(school.timeZone, slot),
          location: { displayName: school.name, address: { street: school.address.street, city: school.address.city, state: school.address.state, postalCode: school.address.postalCode, countryOrRegion: school.address.countryOrRegion } },
          attendees: [attendee(p)],
          categories: ['Coaching'],
        });
        respond(ev.iCalUId, p, pickAnswer());
      }
    }
  });
  return count;
}
