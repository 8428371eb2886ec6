/**
 * The demo district's calendar as districts keep one in Microsoft 365: a shared mailbox, "District
 * Calendar", holding an all-day event for each closure (the whole winter break as one event), in the
 * district's zone. Its closures are the demo district's own (src/core/district), from a year before "now"
 * to two years after, so what the app reads here and what people's calendars show never disagree.
 * Runs last and draws from its own generator: every person, id and meeting seeded before stays the same.
 */
import { DateTime } from 'luxon';
import { createEvent } from '../calendar/create.js';
import { tenantDirectory } from '../calendar/routes.js';
import type { SimUser, TenantState } from '../state.js';
import { schoolClosures } from './holidays.js';
import { createRng } from './prng.js';
import { seedWeek } from './calendars.js';

const DISTRICT_CALENDAR_SEED = 20261201;
const DISTRICT_ZONE = 'America/New_York';
const WINDOWS_ZONE = 'Eastern Standard Time';
export const DISTRICT_CALENDAR_JOB_TITLE = 'District calendar';

/** The demo district calendar's address (`district.calendar@<domain>`). */
export function demoDistrictCalendarAddress(state: Pick<TenantState, 'domain'>): string {
  return `district.calendar@${state.domain}`;
}

/** Adds the district calendar mailbox and its closures, once (a saved tenant without one gets it). */
export function seedDistrictCalendar(state: TenantState, nowMs: number): void {
  const address = demoDistrictCalendarAddress(state);
  if (state.users.some((u) => u.userPrincipalName === address)) return;
  const template = state.users.find((u) => u.role === 'districtAdmin') ?? state.users[0];
  if (!template) return;
  const rng = createRng(DISTRICT_CALENDAR_SEED);
  const mailbox: SimUser = {
    ...structuredClone(template),
    id: rng.guid(),
    userPrincipalName: address,
    mail: address,
    displayName: 'District Calendar',
    givenName: 'District',
    surname: 'Calendar',
    jobTitle: DISTRICT_CALENDAR_JOB_TITLE,
    department: 'Central Office',
    officeLocation: 'Central Office, Ashford',
    businessPhones: [],
    mobilePhone: null,
    role: 'sharedMailbox',
    sharedMailbox: true,
    mailboxSettings: { ...structuredClone(template.mailboxSettings), timeZone: WINDOWS_ZONE },
  };
  delete mailbox.managerId;
  delete mailbox.employeeHireDate;
  delete mailbox.schoolId;
  state.users.push(mailbox);
  // From the seeded week, not the moment: the district is the same for any moment of that week.
  const week = seedWeek(nowMs);
  const now = week.setZone(DISTRICT_ZONE);
  const directory = tenantDirectory(state);
  for (const c of schoolClosures(now.minus({ years: 1 }).toISODate()!, now.plus({ years: 2 }).toISODate()!)) {
    // The summer break has no classes but the district works: not a closure of the district's calendar.
    if (c.kind !== 'closed') continue;
    const end = DateTime.fromISO(c.last).plus({ days: 1 }).toISODate()!;
    createEvent(
      state.calendars,
      directory,
      mailbox.id,
      {
        subject: c.name,
        start: { dateTime: `${c.first}T00:00:00`, timeZone: WINDOWS_ZONE },
        end: { dateTime: `${end}T00:00:00`, timeZone: WINDOWS_ZONE },
        isAllDay: true,
        showAs: 'oof',
        categories: ['District calendar'],
      },
      week.toMillis(),
    );
  }
}
