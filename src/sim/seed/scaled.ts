/**
 * A demo district of any size (`common-time sim --principals N`): schools, principals, coaches and
 * supervisors, cohorts, and a term of Common Time history (what the app itself would have booked):
 * biweekly cohort meetings as series, learning walks hosted at principals' schools with visitors from
 * the cohort, and data digs, each tagged on the organizer's event with answers as principals gave them.
 * One principal in ten belongs to no cohort, so "who has no protected time" has answers.
 * Deterministic for a size and the week of "now". No other meetings are seeded, to keep big districts light.
 */
import { DateTime } from 'luxon';
import { emptyTenant, type SchoolLevel, type SimGroup, type SimUser, type TenantState } from '../state.js';
import { seedCommonTimeHistory } from './history.js';
import { createRng } from './prng.js';
import { FIRST_NAMES, LAST_NAMES, mailboxSettings, simUser } from './district.js';

const EASTERN = { iana: 'America/New_York', windows: 'Eastern Standard Time' };
const CENTRAL = { iana: 'America/Chicago', windows: 'Central Standard Time' };
// The demo district's names first, then a few more, so a scaled district's people are named alike.
const FIRST = [...FIRST_NAMES, 'Irene', 'Victor', 'Leah', 'Felix'];
const LAST = [...LAST_NAMES, 'Owens', 'Pierce', 'Quinn'];
const PLACES = [
  'Maple Grove',
  'Riverside',
  'Cedar Point',
  'Harmony',
  'Willow Creek',
  'Lincoln Park',
  'Sunrise',
  'Oak Hollow',
  'Pine Valley',
  'Brookside',
  'Meadowlark',
  'Stone Bridge',
  'Ridgeview',
  'Lakeside',
  'Franklin',
  'Hillcrest',
  'Cumberland',
  'Bluff City',
  'Ashford',
  'Fairview',
  'Glen Haven',
  'Eastbrook',
  'Carterville',
  'Summit',
  'Heritage',
  'Prairie',
  'Magnolia',
  'Timberline',
];
const LEVEL_NAME: Record<SchoolLevel, string> = { elementary: 'Elementary', middle: 'Middle', high: 'High' };
/** Weeks of history before the week of "now", and weeks booked ahead. */
export const TERM_WEEKS_BEFORE = 12;
export const TERM_WEEKS_AFTER = 2;
const COHORT_SIZE = 12;

export function buildScaledDistrict(principalCount: number, nowMs: number): TenantState {
  if (!Number.isInteger(principalCount) || principalCount < 1 || principalCount > 20_000) {
    throw new RangeError(`principals: expected a whole number from 1 to 20000, got ${principalCount}.`);
  }
  const state = emptyTenant('', '');
  const rng = createRng(20260824 + principalCount);
  const person = (i: number) => {
    const given = FIRST[i % FIRST.length]!;
    const surname = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const round = Math.floor(i / (FIRST.length * LAST.length));
    return { given, surname, upn: `${given}.${surname}${round > 0 ? round + 1 : ''}@${state.domain}`.toLowerCase() };
  };
  let next = 0;
  const addUser = (role: SimUser['role'], jobTitle: string, office: string, zone: typeof EASTERN, work: [string, string], schoolId?: string): SimUser => {
    const { given, surname, upn } = person(next++);
    const user = simUser(state.domain, {
      id: rng.guid(),
      given,
      surname,
      upn,
      role,
      jobTitle,
      department: role === 'principal' ? 'Schools' : 'Leadership Development',
      office,
      phone: `+1 615 555 ${String(1000 + (next % 9000)).padStart(4, '0')}`,
      mailboxSettings: mailboxSettings(zone, work),
      ...(schoolId ? { schoolId } : {}),
    });
    state.users.push(user);
    return user;
  };
  addUser('districtAdmin', 'Director of Leadership Development', 'Central Office, Ashford', EASTERN, ['08:00', '17:00']);
  const coachCount = Math.max(3, Math.ceil(principalCount / 40));
  const coaches = Array.from({ length: coachCount }, (_, i) =>
    addUser('coach', i % 3 === 1 ? 'Principal Supervisor' : 'Principal Coach', 'Central Office, Ashford', i % 4 === 3 ? CENTRAL : EASTERN, ['08:00', '16:30']),
  );
  const principals: SimUser[] = [];
  for (let i = 0; i < principalCount; i++) {
    const level: SchoolLevel = i % 6 < 4 ? 'elementary' : i % 6 === 4 ? 'middle' : 'high';
    const place = PLACES[i % PLACES.length]!;
    const round = Math.floor(i / PLACES.length);
    const name = `${place}${round > 0 ? ` ${round + 1}` : ''} ${LEVEL_NAME[level]}`;
    const zone = i % 4 === 3 ? CENTRAL : EASTERN;
    const schoolId = rng.guid();
    const p = addUser('principal', 'Principal', name, zone, level === 'elementary' ? ['07:30', '16:00'] : ['07:00', '15:30'], schoolId);
    state.schools.push({
      id: schoolId,
      name,
      level,
      principalId: p.id,
      timeZone: zone.iana,
      dayStart: level === 'elementary' ? '08:00' : '07:30',
      dayEnd: '14:45',
      address: { street: `${100 + i} ${place} Rd`, city: 'Ashford', state: 'TN', postalCode: '37701', countryOrRegion: 'United States' },
    });
    principals.push(p);
  }
  // One principal in ten is in no cohort; the rest form cohorts of about twelve, each with a coach.
  const inCohorts = principals.filter((_, i) => i % 10 !== 9);
  const cohorts: { coach: SimUser; members: SimUser[]; group: SimGroup }[] = [];
  for (let c = 0; c * COHORT_SIZE < inCohorts.length; c++) {
    const members = inCohorts.slice(c * COHORT_SIZE, (c + 1) * COHORT_SIZE);
    const coach = coaches[c % coaches.length]!;
    const group: SimGroup = {
      id: rng.guid(),
      displayName: `Principals Cohort ${c + 1}`,
      description: `Cohort ${c + 1}: cohort meetings, learning walks and data digs.`,
      mail: `cohort-${c + 1}@${state.domain}`,
      mailNickname: `cohort-${c + 1}`,
      groupTypes: ['Unified'],
      mailEnabled: true,
      securityEnabled: false,
      visibility: 'Private',
      createdDateTime: '2025-08-04T14:00:00Z',
      memberIds: [coach.id, ...members.map((m) => m.id)],
    };
    state.groups.push(group);
    cohorts.push({ coach, members, group });
  }
  const anchor = DateTime.fromMillis(nowMs, { zone: EASTERN.iana }).startOf('week');
  const term = { first: anchor.minus({ weeks: TERM_WEEKS_BEFORE }), last: anchor.plus({ weeks: TERM_WEEKS_AFTER, days: 4 }) };
  seedCommonTimeHistory(
    state,
    rng,
    term,
    cohorts.map(({ coach, members }, c) => ({ coach, members, title: `Cohort ${c + 1}` })),
  );
  return state;
}
