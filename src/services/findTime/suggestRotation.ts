/**
 * A learning-walk rotation for a cohort: each principal hosts one visit at their school while classes are
 * in session, everyone else visits, with travel time between schools; nobody is booked twice. The school
 * is the principal's Graph officeLocation and its school day their working hours without the time before
 * the first bell and after dismissal (a district with a bell schedule would add it here as daily
 * exclusions). When the coach left "At least" empty and everyone never fits, the planner asks for fewer
 * at each walk and says so; unplaced schools are told once per cause. Pure.
 */
import type { UnavailableReason } from '../../core/availability/model.js';
import type { ScheduleInput, WorkingHours } from '../../core/availability/scheduleInput.js';
import { planRotationRelaxed } from '../../core/planning/index.js';
import type { RotationPlan, RotationPrincipal, RotationSchool, UnplacedCause } from '../../core/planning/index.js';
import type { Blackout } from '../../core/slots/constraints.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import { cohortAvailability } from './cohortAvailability.js';

export interface RotationRequest {
  readonly window: { readonly start: number; readonly end: number };
  readonly visitMinutes: number;
  readonly travelMinutes: number;
  /** The coach's zone: used for a school whose working hours have no named zone. */
  readonly timeZone: string;
  readonly minAttendees?: number;
  readonly tentativeCountsAsFree: boolean;
  /** The district's closures, added to every school's days. */
  readonly blackouts?: readonly Blackout[];
}

export interface WalkVisit {
  readonly start: number;
  readonly end: number;
  readonly schoolName: string;
  readonly timeZone: string;
  readonly host: DirectoryPerson;
  readonly attendees: readonly DirectoryPerson[];
  readonly absent: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason | 'anotherVisit' }[];
  /** The travel: "Visitors travel 20 minutes each way" ('' with no visitors); who comes is in attendees and absent. */
  readonly travel: string;
}

export interface RotationSuggestion {
  readonly visits: readonly WalkVisit[];
  readonly unplaced: readonly { readonly schoolName: string; readonly reason: string; readonly cause: UnplacedCause }[];
  /** The unplaced schools, one sentence per cause naming its schools: what the coach reads. */
  readonly warnings: readonly string[];
  /** How many each walk asks for (hosts included). */
  readonly minAttendees?: number;
  /** Set when the planner asked for fewer than everyone at each walk: what it did, in a coach's words. */
  readonly relaxed?: string;
  /** Rules that moved or emptied the dates (the notice a walk needs), for the coach. */
  readonly notes: readonly string[];
  /** Cohort members who lead no school and so host no visit (a coach, a supervisor). */
  readonly notHosts: readonly DirectoryPerson[];
  readonly complete: boolean;
  readonly unreadable: readonly { readonly person: DirectoryPerson; readonly message: string }[];
  /** What booking the whole rotation needs: the planner's own plan, who each of its ids is, each school's day. */
  readonly rotation?: {
    readonly plan: RotationPlan;
    readonly people: Readonly<Record<string, DirectoryPerson>>;
    readonly schools: Readonly<Record<string, RotationSchool>>;
  };
}

/** A school leader by title: "Principal", not "Principal Coach" or "Principal Supervisor". */
export function leadsASchool(person: DirectoryPerson): boolean {
  return person.officeLocation !== undefined && /\bprincipal\b/i.test(person.jobTitle ?? '') && !/coach|supervisor|director/i.test(person.jobTitle ?? '');
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * A principal's working hours run from before the first bell (arrival duty) to well after dismissal (staff
 * meetings, buses): a walk needs classes in session, so it keeps this far inside them. An elementary
 * principal at work 07:30-16:00 has walks between 08:00 and 14:45.
 */
export const BEFORE_FIRST_BELL_MINUTES = 30;
export const AFTER_DISMISSAL_MINUTES = 75;

function schoolDay(hours: WorkingHours | undefined, fallbackZone: string): RotationSchool['constraints'] {
  if (!hours)
    return { timeZone: fallbackZone, daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], dailyWindow: { start: '08:00', end: '14:45', label: 'school day' } };
  const end = hours.endMinute === 0 ? 24 * 60 : hours.endMinute;
  // Short or odd working hours are taken as they are rather than shrunk to nothing.
  const inSession = end - hours.startMinute > 4 * 60 + BEFORE_FIRST_BELL_MINUTES + AFTER_DISMISSAL_MINUTES;
  const start = inSession ? hours.startMinute + BEFORE_FIRST_BELL_MINUTES : hours.startMinute;
  const last = inSession ? end - AFTER_DISMISSAL_MINUTES : end;
  return {
    timeZone: typeof hours.timeZone === 'string' ? hours.timeZone : fallbackZone,
    daysOfWeek: hours.daysOfWeek,
    dailyWindow: { start: hhmm(start), end: last === 24 * 60 ? '24:00' : hhmm(last), label: 'school day' },
  };
}

export function suggestRotation(schedules: readonly ScheduleInput[], cohort: readonly DirectoryPerson[], request: RotationRequest): RotationSuggestion {
  const { people, byLabel, inputs, unreadable } = cohortAvailability(schedules, cohort, request.window, request.tentativeCountsAsFree);
  const hosts = people.map((p) => ({ label: p.id, person: byLabel.get(p.id)! })).filter(({ person }) => leadsASchool(person));
  const schools = new Map<string, RotationSchool>();
  for (const { label, person } of hosts) {
    const name = person.officeLocation!;
    if (schools.has(name)) continue;
    const day = schoolDay(inputs.find((i) => i.id === label)?.workingHours, request.timeZone);
    // The closures go with each school's day, so a next best time offered after a conflict keeps them too.
    schools.set(name, { id: name, name, constraints: request.blackouts ? { ...day, blackouts: [...(day.blackouts ?? []), ...request.blackouts] } : day });
  }
  const rotationCohort: RotationPrincipal[] = hosts.map(({ label, person }) => ({ id: label, name: person.displayName, schoolId: person.officeLocation! }));
  const hostLabels = new Set(hosts.map((h) => h.label));
  const notHosts = people.filter((p) => !hostLabels.has(p.id)).map((p) => byLabel.get(p.id)!);
  if (rotationCohort.length < 2) {
    return { visits: [], unplaced: [], warnings: [], notes: [], notHosts, complete: true, unreadable };
  }
  const { plan, minAttendees, relaxed, warnings } = planRotationRelaxed({
    schools: [...schools.values()],
    cohort: rotationCohort,
    availability: people.filter((p) => hostLabels.has(p.id)),
    window: request.window,
    visitMinutes: request.visitMinutes,
    travel: { defaultMinutes: request.travelMinutes },
    stepMinutes: 30,
    ...(request.minAttendees !== undefined && { minAttendees: Math.min(request.minAttendees, rotationCohort.length) }),
  });
  return {
    visits: plan.visits.map((v) => ({
      start: v.start,
      end: v.end,
      schoolName: v.schoolName,
      timeZone: v.timeZone,
      host: byLabel.get(v.attendees.find((a) => a.role === 'host')?.id ?? '') ?? byLabel.get(rotationCohort.find((p) => p.schoolId === v.schoolId)!.id)!,
      attendees: v.attendees.map((a) => byLabel.get(a.id)!),
      absent: v.absent.map((a) => ({ person: byLabel.get(a.id)!, reason: a.reason })),
      travel: v.travel,
    })),
    unplaced: plan.unplaced.map((u) => ({ schoolName: u.schoolName, reason: u.reason, cause: u.cause })),
    warnings,
    minAttendees,
    ...(relaxed && { relaxed }),
    notes: [],
    notHosts,
    complete: plan.complete,
    unreadable,
    rotation: {
      plan,
      people: Object.fromEntries(hosts.map(({ label, person }) => [label, person])),
      schools: Object.fromEntries(schools),
    },
  };
}
