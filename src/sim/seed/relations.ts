/**
 * Who supervises whom in the demo district, as a district's directory has it: each principal's `manager`
 * is their principal supervisor (one over the elementary schools, one over the middle and high schools),
 * coaches and supervisors report to the Director of Leadership Development, and each principal's
 * `employeeHireDate` is when they started as principal (new, second-year or experienced). The district's
 * own settings add an evaluator and the shared peer-coaching calendar.
 *
 * Runs after the calendars are seeded and draws nothing from the district's generator, so every person,
 * id and meeting seeded before stays exactly as it was.
 */
import { DateTime } from 'luxon';
import { simUser } from './district.js';
import { createRng } from './prng.js';
import type { SimUser, TenantState } from '../state.js';
import { createEvent } from '../calendar/create.js';
import { calendarOf } from '../calendar/model.js';
import { tenantDirectory } from '../calendar/routes.js';

/** Its own generator: the new people's ids must not shift the district's sequence. */
const RELATIONS_SEED = 20261130;

/** The school year starts on 1 July (Eastern): a principal hired then is in their first year until the next. */
export function schoolYearStart(nowMs: number): DateTime {
  const now = DateTime.fromMillis(nowMs, { zone: 'America/New_York' });
  return DateTime.fromObject({ year: now.month >= 7 ? now.year : now.year - 1, month: 7, day: 1 }, { zone: 'America/New_York' });
}

/** Graph prints DateTimeOffset values in UTC with a Z. */
function graphDate(dt: DateTime): string {
  return `${dt.toUTC().toISO({ suppressMilliseconds: true })}`;
}

/**
 * Years before this school year that a principal started: the network's newer principals alternate first-
 * and second-year; the others have 3 to 14 years in the role.
 */
export function principalStartYearsAgo(index: number, newer: boolean, newerIndex: number): number {
  if (newer) return newerIndex % 2 === 0 ? 0 : 1;
  return 3 + ((index * 7) % 12);
}

export function seedRelations(state: TenantState, nowMs: number): void {
  const rng = createRng(RELATIONS_SEED);
  const admin = state.users.find((u) => u.role === 'districtAdmin')!;
  const coaches = state.users.filter((u) => u.role === 'coach');
  const principals = state.users.filter((u) => u.role === 'principal');
  const template = coaches[0]!;
  // Like the first coach (their department, office and working hours), with their own name and id.
  const add = (given: string, surname: string, jobTitle: string, extra: Partial<SimUser>): SimUser => {
    const user: SimUser = {
      ...simUser(state.domain, {
        id: rng.guid(),
        given,
        surname,
        role: template.role,
        jobTitle,
        department: template.department,
        office: template.officeLocation,
        phone: `+1 615 555 0${String(100 + state.users.length).padStart(3, '0')}`,
        mailboxSettings: structuredClone(template.mailboxSettings),
      }),
      ...extra,
    };
    state.users.push(user);
    return user;
  };

  // The middle and high schools' supervisor was seeded with the coaches; the elementary schools get theirs.
  const secondarySupervisor = coaches[1]!;
  const elementarySupervisor = add('Renee', 'Holloway', 'Principal Supervisor', {});
  const coachingCalendar = add('Peer', 'Coaching', 'Peer coaching calendar', { role: 'sharedMailbox', sharedMailbox: true, officeLocation: 'Central Office, Ashford' });
  coachingCalendar.displayName = 'Peer Coaching Calendar';

  const elementary = new Set(state.schools.filter((s) => s.level === 'elementary').map((s) => s.principalId));
  const start = schoolYearStart(nowMs);
  let newerIndex = 0;
  principals.forEach((p, i) => {
    p.managerId = elementary.has(p.id) ? elementarySupervisor.id : secondarySupervisor.id;
    // The same principals as the New Principals Network (every fourth, from the second).
    const newer = i % 4 === 1;
    const yearsAgo = principalStartYearsAgo(i, newer, newer ? newerIndex++ : 0);
    p.employeeHireDate = graphDate(start.minus({ years: yearsAgo }));
  });
  for (const staff of [...coaches, elementarySupervisor]) {
    staff.managerId = admin.id;
    staff.employeeHireDate = graphDate(start.minus({ years: 6 }));
  }

  // The district calendar's closures are on everyone's calendar, the new people's too.
  const directory = tenantDirectory(state);
  const closures = Object.values(calendarOf(state.calendars, admin.id).events).filter((e) => e.isAllDay && e.categories.includes('District calendar'));
  for (const who of [elementarySupervisor, coachingCalendar]) {
    for (const e of closures) {
      createEvent(
        state.calendars,
        directory,
        who.id,
        { subject: e.subject, start: e.start, end: e.end, isAllDay: true, showAs: e.showAs, categories: [...e.categories] },
        Date.parse(e.createdDateTime),
      );
    }
  }

  // Each cohort group is run by the coach who is its member (its owner in Microsoft 365).
  for (const group of state.groups) group.ownerIds = group.memberIds.filter((id) => coaches.some((c) => c.id === id));

  // First-year principals are also evaluated by the Director of Leadership Development (a district rule).
  const firstYear = principals.filter((p) => p.employeeHireDate === graphDate(start));
  state.district = {
    evaluators: [{ evaluator: admin.userPrincipalName, principals: firstYear.map((p) => p.userPrincipalName) }],
    coachingCalendar: coachingCalendar.userPrincipalName,
    coachingCalendarEditors: [...coaches, elementarySupervisor].map((c) => c.userPrincipalName),
  };
}
