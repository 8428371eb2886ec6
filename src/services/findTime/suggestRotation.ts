/**
 * A learning-walk rotation for a cohort: each principal hosts one visit at their school during the
 * school day, everyone else visits, with travel time between schools; nobody is booked twice. The
 * school is the principal's Graph officeLocation and its school day their working hours (a district
 * with a bell schedule would add it here as daily exclusions). Pure.
 */
import type { UnavailableReason } from '../../core/availability/model.js';
import type { ScheduleInput, WorkingHours } from '../../core/availability/scheduleInput.js';
import { planRotation } from '../../core/planning/index.js';
import type { RotationPlan, RotationPrincipal, RotationSchool } from '../../core/planning/index.js';
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
}

export interface WalkVisit {
  readonly start: number;
  readonly end: number;
  readonly schoolName: string;
  readonly timeZone: string;
  readonly host: DirectoryPerson;
  readonly attendees: readonly DirectoryPerson[];
  readonly absent: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason | 'anotherVisit' }[];
  /** The planner's sentence: school, time, who, travel. */
  readonly explanation: string;
}

export interface RotationSuggestion {
  readonly visits: readonly WalkVisit[];
  readonly unplaced: readonly { readonly schoolName: string; readonly reason: string }[];
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

function schoolDay(hours: WorkingHours | undefined, fallbackZone: string): RotationSchool['constraints'] {
  if (!hours)
    return { timeZone: fallbackZone, daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], dailyWindow: { start: '08:00', end: '15:00', label: 'school day' } };
  return {
    timeZone: typeof hours.timeZone === 'string' ? hours.timeZone : fallbackZone,
    daysOfWeek: hours.daysOfWeek,
    dailyWindow: { start: hhmm(hours.startMinute), end: hours.endMinute === 0 ? '24:00' : hhmm(hours.endMinute), label: 'school day' },
  };
}

export function suggestRotation(schedules: readonly ScheduleInput[], cohort: readonly DirectoryPerson[], request: RotationRequest): RotationSuggestion {
  const { people, byLabel, inputs, unreadable } = cohortAvailability(schedules, cohort, request.window, request.tentativeCountsAsFree);
  const hosts = people.map((p) => ({ label: p.id, person: byLabel.get(p.id)! })).filter(({ person }) => leadsASchool(person));
  const schools = new Map<string, RotationSchool>();
  for (const { label, person } of hosts) {
    const name = person.officeLocation!;
    if (!schools.has(name)) schools.set(name, { id: name, name, constraints: schoolDay(inputs.find((i) => i.id === label)?.workingHours, request.timeZone) });
  }
  const rotationCohort: RotationPrincipal[] = hosts.map(({ label, person }) => ({ id: label, name: person.displayName, schoolId: person.officeLocation! }));
  const hostLabels = new Set(hosts.map((h) => h.label));
  const notHosts = people.filter((p) => !hostLabels.has(p.id)).map((p) => byLabel.get(p.id)!);
  if (rotationCohort.length < 2) {
    return { visits: [], unplaced: [], notHosts, complete: true, unreadable };
  }
  const plan = planRotation({
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
      explanation: v.explanation,
    })),
    unplaced: plan.unplaced.map((u) => ({ schoolName: u.schoolName, reason: u.reason })),
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
