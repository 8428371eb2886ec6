/**
 * The demo district's directory: a district admin, three coaches and 24 principals in elementary,
 * middle and high schools, most in Eastern time and some in Central, and three cohort groups.
 * Deterministic: the same seed gives the same people, ids and schools on every run.
 */
import type { Rng } from './prng.js';
import type { Role, SchoolLevel, SimGroup, SimMailboxSettings, SimSchool, SimUser, TenantState } from '../state.js';

interface SchoolSpec {
  name: string;
  level: SchoolLevel;
  street: string;
  city: string;
  postalCode: string;
  central: boolean;
}

const EASTERN = { iana: 'America/New_York', windows: 'Eastern Standard Time' };
const CENTRAL = { iana: 'America/Chicago', windows: 'Central Standard Time' };

// Fictional schools in a cooperative that straddles the Eastern/Central line (as Tennessee does).
const SCHOOLS: SchoolSpec[] = [
  { name: 'Maple Grove Elementary', level: 'elementary', street: '1200 Maple Grove Rd', city: 'Ashford', postalCode: '37701', central: false },
  { name: 'Riverside Elementary', level: 'elementary', street: '45 River St', city: 'Ashford', postalCode: '37701', central: false },
  { name: 'Cedar Point Elementary', level: 'elementary', street: '880 Cedar Point Dr', city: 'Blount Springs', postalCode: '37703', central: false },
  { name: 'Harmony Elementary', level: 'elementary', street: '310 Harmony Ln', city: 'Blount Springs', postalCode: '37703', central: false },
  { name: 'Willow Creek Elementary', level: 'elementary', street: '2 Willow Creek Pkwy', city: 'Carterville', postalCode: '37705', central: false },
  { name: 'Lincoln Park Elementary', level: 'elementary', street: '1500 Lincoln Ave', city: 'Carterville', postalCode: '37705', central: false },
  { name: 'Sunrise Elementary', level: 'elementary', street: '77 Sunrise Blvd', city: 'Dalton Ridge', postalCode: '37707', central: false },
  { name: 'Oak Hollow Elementary', level: 'elementary', street: '640 Oak Hollow Rd', city: 'Dalton Ridge', postalCode: '37707', central: false },
  { name: 'Pine Valley Elementary', level: 'elementary', street: '901 Pine Valley Rd', city: 'Eastbrook', postalCode: '37709', central: false },
  { name: 'Brookside Elementary', level: 'elementary', street: '18 Brook St', city: 'Fairview', postalCode: '38401', central: true },
  { name: 'Meadowlark Elementary', level: 'elementary', street: '455 Meadowlark Way', city: 'Fairview', postalCode: '38401', central: true },
  { name: 'Stone Bridge Elementary', level: 'elementary', street: '1020 Stone Bridge Rd', city: 'Glen Haven', postalCode: '38403', central: true },
  { name: 'Ridgeview Middle', level: 'middle', street: '2300 Ridgeview Dr', city: 'Ashford', postalCode: '37701', central: false },
  { name: 'Lakeside Middle', level: 'middle', street: '99 Lakeshore Dr', city: 'Blount Springs', postalCode: '37703', central: false },
  { name: 'Franklin Middle', level: 'middle', street: '700 Franklin St', city: 'Carterville', postalCode: '37705', central: false },
  { name: 'Hillcrest Middle', level: 'middle', street: '1450 Hillcrest Rd', city: 'Eastbrook', postalCode: '37709', central: false },
  { name: 'Cumberland Middle', level: 'middle', street: '300 Cumberland Ave', city: 'Fairview', postalCode: '38401', central: true },
  { name: 'Bluff City Middle', level: 'middle', street: '55 Bluff Rd', city: 'Glen Haven', postalCode: '38403', central: true },
  { name: 'Ashford High', level: 'high', street: '1 Panther Way', city: 'Ashford', postalCode: '37701', central: false },
  { name: 'Blount Springs High', level: 'high', street: '400 Bulldog Blvd', city: 'Blount Springs', postalCode: '37703', central: false },
  { name: 'Carterville High', level: 'high', street: '2100 Eagle Dr', city: 'Carterville', postalCode: '37705', central: false },
  { name: 'Eastbrook High', level: 'high', street: '800 Falcon Ridge Rd', city: 'Eastbrook', postalCode: '37709', central: false },
  { name: 'Fairview High', level: 'high', street: '1600 Tiger Trail', city: 'Fairview', postalCode: '38401', central: true },
  { name: 'Glen Haven High', level: 'high', street: '250 Mustang Ave', city: 'Glen Haven', postalCode: '38403', central: true },
];

export const FIRST_NAMES = [
  'Ana',
  'Marcus',
  'Priya',
  'James',
  'Keisha',
  'Daniel',
  'Mei',
  'Robert',
  'Lucia',
  'Thomas',
  'Aisha',
  'Kevin',
  'Hannah',
  'Luis',
  'Grace',
  'Andre',
  'Sofia',
  'Michael',
  'Tanya',
  'David',
  'Rachel',
  'Omar',
  'Emily',
  'Carlos',
  'Jasmine',
  'Brian',
  'Nora',
  'Samuel',
];
export const LAST_NAMES = [
  'Rivera',
  'Johnson',
  'Patel',
  'Okafor',
  'Nguyen',
  'Williams',
  'Chen',
  'Garcia',
  'Brooks',
  'Kim',
  'Hassan',
  'Murphy',
  'Lopez',
  'Carter',
  'Reyes',
  'Bennett',
  'Singh',
  'Foster',
  'Morales',
  'Price',
  'Ward',
  'Ellis',
  'Coleman',
  'Hayes',
  'Turner',
  'Diaz',
  'Sullivan',
  'Grant',
];

/** School-day bell times by level: elementary starts later than secondary, as in most US districts. */
const SCHOOL_DAY: Record<SchoolLevel, { start: string; end: string; work: [string, string] }> = {
  elementary: { start: '08:00', end: '14:45', work: ['07:30', '16:00'] },
  middle: { start: '07:45', end: '14:50', work: ['07:15', '15:45'] },
  high: { start: '07:20', end: '14:30', work: ['07:00', '15:30'] },
};

const WEEKDAYS: SimMailboxSettings['workingHours']['daysOfWeek'] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function timeOfDay(hhmm: string): string {
  return `${hhmm}:00.0000000`;
}

export function mailboxSettings(zone: { windows: string }, work: [string, string]): SimMailboxSettings {
  return {
    timeZone: zone.windows,
    workingHours: { daysOfWeek: [...WEEKDAYS], startTime: timeOfDay(work[0]), endTime: timeOfDay(work[1]), timeZone: { name: zone.windows } },
    language: { locale: 'en-US', displayName: 'English (United States)' },
    dateFormat: 'M/d/yyyy',
    timeFormat: 'h:mm tt',
    automaticRepliesSetting: { status: 'disabled', externalAudience: 'all', internalReplyMessage: '', externalReplyMessage: '' },
  };
}

/** What differs between the seeded people; everything else every demo mailbox has alike. */
export interface PersonSpec {
  readonly id: string;
  readonly given: string;
  readonly surname: string;
  /** Default: given.surname@domain, in lower case. */
  readonly upn?: string;
  readonly role: Role;
  readonly jobTitle: string;
  readonly department: string;
  readonly office: string;
  readonly phone: string;
  readonly mailboxSettings: SimMailboxSettings;
  readonly schoolId?: string;
}

/**
 * A demo user as Graph's directory would hold them. The callers draw ids and names from their own
 * generators in their own order, so each seed keeps its sequence (and its people's ids).
 */
export function simUser(domain: string, p: PersonSpec): SimUser {
  const upn = p.upn ?? `${p.given}.${p.surname}@${domain}`.toLowerCase();
  return {
    id: p.id,
    userPrincipalName: upn,
    mail: upn,
    displayName: `${p.given} ${p.surname}`,
    givenName: p.given,
    surname: p.surname,
    jobTitle: p.jobTitle,
    department: p.department,
    officeLocation: p.office,
    businessPhones: [p.phone],
    mobilePhone: null,
    preferredLanguage: 'en-US',
    role: p.role,
    mailboxSettings: p.mailboxSettings,
    ...(p.schoolId ? { schoolId: p.schoolId } : {}),
  };
}

export function buildDirectory(state: TenantState, rng: Rng): void {
  const usedNames = new Set<string>();
  const person = (): { given: string; surname: string } => {
    for (;;) {
      const given = rng.pick(FIRST_NAMES);
      const surname = rng.pick(LAST_NAMES);
      if (!usedNames.has(given) && !usedNames.has(`_${surname}`)) {
        usedNames.add(given);
        usedNames.add(`_${surname}`);
        return { given, surname };
      }
    }
  };
  const addUser = (role: Role, jobTitle: string, department: string, office: string, zone: { windows: string }, work: [string, string], schoolId?: string): SimUser => {
    const { given, surname } = person();
    const user = simUser(state.domain, {
      id: rng.guid(),
      given,
      surname,
      role,
      jobTitle,
      department,
      office,
      phone: `+1 615 555 0${String(100 + state.users.length).padStart(3, '0')}`,
      mailboxSettings: mailboxSettings(zone, work),
      ...(schoolId ? { schoolId } : {}),
    });
    state.users.push(user);
    return user;
  };

  addUser('districtAdmin', 'Director of Leadership Development', 'District Office', 'Central Office, Ashford', EASTERN, ['08:00', '17:00']);
  const coaches = [
    addUser('coach', 'Principal Coach', 'Leadership Development', 'Central Office, Ashford', EASTERN, ['08:00', '16:30']),
    addUser('coach', 'Principal Supervisor', 'Leadership Development', 'Central Office, Ashford', EASTERN, ['07:30', '16:30']),
    addUser('coach', 'Principal Coach', 'Leadership Development', 'West Annex, Fairview', CENTRAL, ['08:00', '16:30']),
  ];

  for (const spec of SCHOOLS) {
    const zone = spec.central ? CENTRAL : EASTERN;
    const day = SCHOOL_DAY[spec.level];
    const schoolId = rng.guid();
    const levelName = spec.level === 'elementary' ? 'Elementary Schools' : spec.level === 'middle' ? 'Middle Schools' : 'High Schools';
    const principal = addUser('principal', 'Principal', levelName, spec.name, zone, day.work, schoolId);
    const school: SimSchool = {
      id: schoolId,
      name: spec.name,
      level: spec.level,
      address: { street: spec.street, city: spec.city, state: 'TN', postalCode: spec.postalCode, countryOrRegion: 'United States' },
      timeZone: zone.iana,
      dayStart: day.start,
      dayEnd: day.end,
      principalId: principal.id,
    };
    state.schools.push(school);
  }

  const principals = state.users.filter((u) => u.role === 'principal');
  const level = (u: SimUser): SchoolLevel | undefined => state.schools.find((s) => s.id === u.schoolId)?.level;
  const group = (displayName: string, nickname: string, description: string, members: SimUser[]): SimGroup => ({
    id: rng.guid(),
    displayName,
    description,
    mail: `${nickname}@${state.domain}`,
    mailNickname: nickname,
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    visibility: 'Private',
    createdDateTime: '2025-08-04T14:00:00Z',
    memberIds: members.map((m) => m.id),
  });
  const elementary = principals.filter((p) => level(p) === 'elementary');
  const secondary = principals.filter((p) => level(p) !== 'elementary');
  // Newer principals: every fourth principal, across levels, so the cohort mixes schools and zones.
  const newer = principals.filter((_, i) => i % 4 === 1);
  state.groups.push(
    group('Elementary Principals Cohort', 'elementary-cohort', 'Elementary principals: learning walks and data digs, coached by the leadership team.', [
      coaches[0]!,
      ...elementary,
    ]),
    group('Secondary Principals Cohort', 'secondary-cohort', 'Middle and high school principals: instructional rounds and peer coaching.', [coaches[1]!, ...secondary]),
    group('New Principals Network', 'new-principals', 'Principals in their first or second year, paired with peer coaches.', [coaches[2]!, ...newer]),
  );
}
