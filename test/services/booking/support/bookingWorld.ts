/**
 * The demo tenant for booking tests: started on a free port, with a clock that never repeats a millisecond
 * (so createdDateTime orders two bookings strictly, as Graph's 100-ns stamps do), gateways signed in as
 * seeded people, and readers of what each mailbox really holds.
 */
import { testClock } from '../../../support/testClock.js';
import { useSimWorld } from '../../../support/useSimWorld.js';
import { DateTime } from 'luxon';
import { createGraphGateway, type GraphGateway, type GraphGatewayOptions } from '../../../../src/graph/index.js';
import { calendarOf, type StoredEvent } from '../../../../src/sim/calendar/model.js';
import { startSim, type SimHandle } from '../../../../src/sim/server.js';
import { findUser } from '../../../../src/sim/state.js';
import type { BookingPerson, HostSchool } from '../../../../src/core/booking/index.js';
import type { RotationVisit } from '../../../../src/core/planning/index.js';

export interface Person extends BookingPerson {
  readonly name: string;
  readonly role: string;
  readonly school: string | null;
}

export interface BookingWorld {
  readonly sim: SimHandle;
  readonly coaches: readonly Person[];
  readonly principals: readonly Person[];
  gateway(as: string, options?: Partial<GraphGatewayOptions>): GraphGateway;
  /** The school a principal leads, with its address. */
  schoolOf(principal: string): HostSchool & { readonly id: string };
  /** Events in a mailbox (not cancelled) that overlap [start, end), read from the tenant's state. */
  eventsAt(address: string, start: number, end: number): StoredEvent[];
  allEvents(address: string): StoredEvent[];
  /** Cancelled copies (a withdrawn meeting) that overlap [start, end). */
  cancelledAt(address: string, start: number, end: number): StoredEvent[];
}

function startMs(e: StoredEvent): number {
  return DateTime.fromISO(e.start.dateTime, { zone: zoneOf(e.start.timeZone) }).toMillis();
}
function endMs(e: StoredEvent): number {
  return DateTime.fromISO(e.end.dateTime, { zone: zoneOf(e.end.timeZone) }).toMillis();
}
function zoneOf(name: string): string {
  const windows: Record<string, string> = { 'Eastern Standard Time': 'America/New_York', 'Central Standard Time': 'America/Chicago', UTC: 'UTC' };
  return windows[name] ?? name;
}

export async function startBookingWorld(clock: () => number = Date.now): Promise<BookingWorld> {
  let last = 0;
  const now = (): number => (last = Math.max(clock(), last + 1));
  const sim = await startSim({ port: 0, seed: 'demo', now });
  const people = ((await (await fetch(`${sim.url}/demo/people`)).json()) as { value: { upn: string; name: string; role: string; school: string | null }[] }).value;
  const asPerson = (p: (typeof people)[number]): Person => ({ address: p.upn, name: p.name, role: p.role, school: p.school });
  const names = new Map(people.map((p) => [p.upn.toLowerCase(), p.name]));
  const userId = (address: string): string => {
    const user = findUser(sim.state, address);
    if (!user) throw new Error(`no seeded person ${address}`);
    return user.id;
  };
  const stored = (address: string): StoredEvent[] => Object.values(calendarOf(sim.state.calendars, userId(address)).events);
  const allEvents = (address: string): StoredEvent[] => stored(address).filter((e) => !e.isCancelled);
  const overlapping = (e: StoredEvent, start: number, end: number): boolean => e.type === 'singleInstance' && startMs(e) < end && start < endMs(e);
  return {
    sim,
    coaches: people.filter((p) => p.role === 'coach').map(asPerson),
    principals: people.filter((p) => p.role === 'principal').map(asPerson),
    gateway: (as, options = {}) => createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(as), nameOf: (a) => names.get(a.toLowerCase()), ...options }),
    schoolOf: (principal) => {
      const user = findUser(sim.state, principal);
      const school = sim.state.schools.find((s) => s.id === user?.schoolId);
      if (!school) throw new Error(`${principal} leads no school`);
      return { id: school.id, name: school.name, address: school.address };
    },
    eventsAt: (address, start, end) => allEvents(address).filter((e) => overlapping(e, start, end)),
    allEvents,
    cancelledAt: (address, start, end) => stored(address).filter((e) => e.isCancelled && overlapping(e, start, end)),
  };
}

/**
 * The demo's today for the booking worlds: months before the spring 2027 dates the tests book (see
 * `eastern`), so those weeks hold only what a test puts there, whatever the real date is.
 */
export const BOOKING_WORLD_TODAY = '2026-10-05';

/** One demo tenant per test file, faults and stats cleared before each test. */
export function useBookingWorld(): () => BookingWorld {
  return useSimWorld(() => startBookingWorld(testClock(BOOKING_WORLD_TODAY)));
}

/** A weekday at a local wall-clock time in New York, `weeksAhead` weeks after 2027-03-01 (a Monday), as epoch ms. */
export function eastern(weeksAhead: number, weekday: number, time: string): number {
  const [h, m] = time.split(':').map(Number);
  return DateTime.fromObject({ year: 2027, month: 3, day: 1, hour: h, minute: m }, { zone: 'America/New_York' }).plus({ weeks: weeksAhead, days: weekday }).toMillis();
}

export const HOUR = 3_600_000;

/** A placed learning walk as planRotation returns it: the host, the visitors, two hours at `start`. */
export function visitAt(host: Person, visitors: readonly Person[], schoolId: string, start: number): RotationVisit {
  const attendee = (p: Person, role: 'host' | 'visitor') => ({ id: p.address, role, travelMinutesBefore: 0, travelMinutesAfter: 0, committed: { start, end: start + 2 * HOUR } });
  return {
    start,
    end: start + 2 * HOUR,
    schoolId,
    schoolName: host.school ?? '',
    timeZone: 'America/New_York',
    attendees: [attendee(host, 'host'), ...visitors.map((v) => attendee(v, 'visitor'))],
    absent: [],
    explanation: '',
    travel: '',
  };
}
