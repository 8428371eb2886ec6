/**
 * Principal-supervisor partnerships over HTTP against the demo tenant: one-to-one with the supervisor's own
 * principal (from the directory's manager), the three stages in order with their templates, joint work at the
 * principal's school, and a booker who is not the principal's supervisor told so. "Today" is fixed.
 */
import { describe, expect, it } from '@jest/globals';
import type { BookingPerson } from '../../../src/core/booking/index.js';
import { createGraphGateway } from '../../../src/graph/index.js';
import { bookPartnershipStage, myPartnerships, partnershipWith } from '../../../src/services/relations/partnership.js';
import { calendarOf } from '../../../src/sim/calendar/model.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import { findUser } from '../../../src/sim/state.js';
import { useSimWorld } from '../../support/useSimWorld.js';

const NOW = Date.parse('2026-10-13T14:00:00Z');
const NY = 'America/New_York';
// After school on three later days, so nothing seeded is in the way.
const at = (iso: string): { start: number; end: number } => ({ start: Date.parse(iso), end: Date.parse(iso) + 3_600_000 });
const OCT_20 = at('2026-10-20T21:00:00Z');
const NOV_03 = at('2026-11-03T21:00:00Z');
const NOV_17 = at('2026-11-17T21:00:00Z');

const world = useSimWorld(async () => {
  let last = 0;
  const sim: SimHandle = await startSim({ port: 0, seed: 'demo', now: () => (last = Math.max(NOW, last + 1)) });
  const person = (pick: (u: SimHandle['state']['users'][number]) => boolean): BookingPerson => {
    const u = sim.state.users.find(pick)!;
    return { address: u.userPrincipalName, name: u.displayName };
  };
  const supervisorId = sim.state.users.find((u) => u.role === 'principal' && u.officeLocation.includes('Elementary'))!.managerId!;
  const supervisor = person((u) => u.id === supervisorId);
  const principal = person((u) => u.role === 'principal' && u.managerId === supervisorId);
  const otherSupervisor = person((u) => u.role === 'coach' && sim.state.users.some((p) => p.managerId === u.id && p.role === 'principal') && u.id !== supervisorId);
  const coach = person((u) => u.role === 'coach' && !sim.state.users.some((p) => p.managerId === u.id && p.role === 'principal') && !u.sharedMailbox);
  return {
    sim,
    supervisor,
    principal,
    otherSupervisor,
    coach,
    gateway: (p: BookingPerson) => createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(p.address) }),
  };
});

describe('principal-supervisor partnerships', () => {
  it('tells a coach, or another supervisor, that the principal is not theirs, naming the supervisor, and books nothing', async () => {
    const { coach, otherSupervisor, principal, supervisor, gateway, sim } = world();
    for (const booker of [coach, otherSupervisor]) {
      const view = await partnershipWith(gateway(booker), booker, principal);
      expect(view).toMatchObject({ status: 'notYours', supervisor: { address: supervisor.address, name: supervisor.name } });
      const booking = await bookPartnershipStage(gateway(booker), {
        me: booker,
        principal,
        stage: 'partnershipBuilding',
        timeZone: NY,
        slot: OCT_20,
        agenda: { fields: { agreements: ['Candour'] } },
      });
      expect(booking).toEqual({
        status: 'notYours',
        message: `${principal.name} is not one of your principals: their supervisor is ${supervisor.name}. Partnership sessions are one-to-one between a principal and their own supervisor, so ${supervisor.name} books them.`,
      });
      const theirs = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, booker.address)!.id).events);
      expect(theirs.filter((e) => e.subject.startsWith('Stage'))).toEqual([]);
    }
  });

  it("books the three stages in order, one-to-one, the joint work at the principal's school and not in Teams", async () => {
    const { supervisor, principal, gateway, sim } = world();
    const g = gateway(supervisor);
    const first = await partnershipWith(g, supervisor, principal);
    expect(first).toMatchObject({ status: 'yours', booked: [], next: 'partnershipBuilding' });

    // Out of order: joint work before the partnership is built.
    const early = await bookPartnershipStage(g, {
      me: supervisor,
      principal,
      stage: 'partnershipJointWork',
      timeZone: NY,
      slot: NOV_17,
      agenda: { fields: { improvementGoal: 'g', jointActivity: 'a' } },
    });
    expect(early).toMatchObject({ status: 'invalid', field: 'stage', message: expect.stringMatching(/Stage 1: building the partnership is not booked yet/) });

    expect(
      await bookPartnershipStage(g, {
        me: supervisor,
        principal,
        stage: 'partnershipBuilding',
        timeZone: NY,
        slot: NOV_03,
        agenda: { fields: { agreements: ['We speak candidly'] } },
      }),
    ).toMatchObject({ status: 'booked', report: { complete: true } });
    // Stage 2 at a time before stage 1 is refused.
    const before = await bookPartnershipStage(g, {
      me: supervisor,
      principal,
      stage: 'partnershipLearningConversation',
      timeZone: NY,
      slot: OCT_20,
      agenda: { fields: { focus: 'Feedback to teachers' } },
    });
    expect(before).toMatchObject({ status: 'invalid', field: 'slot' });
    expect(
      await bookPartnershipStage(g, {
        me: supervisor,
        principal,
        stage: 'partnershipLearningConversation',
        timeZone: NY,
        slot: at('2026-11-10T21:00:00Z'),
        agenda: { fields: { focus: 'Feedback to teachers' } },
      }),
    ).toMatchObject({ status: 'booked' });
    expect(
      await bookPartnershipStage(g, {
        me: supervisor,
        principal,
        stage: 'partnershipJointWork',
        timeZone: NY,
        slot: NOV_17,
        agenda: { fields: { improvementGoal: 'Stronger feedback cycles', jointActivity: 'Observe two classrooms together' } },
      }),
    ).toMatchObject({ status: 'booked' });

    const done = await partnershipWith(g, supervisor, principal);
    expect(done).toMatchObject({ status: 'yours', next: null });
    expect(done.status === 'yours' && done.booked.map((b) => b.stage)).toEqual(['partnershipBuilding', 'partnershipLearningConversation', 'partnershipJointWork']);

    const events = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, supervisor.address)!.id).events).filter((e) => e.subject.startsWith('Stage'));
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e.attendees.map((a) => a.emailAddress?.address)).toEqual([principal.address]);
      expect(e.organizer?.emailAddress?.address).toBe(supervisor.address);
    }
    const joint = events.find((e) => e.subject.startsWith('Stage 3'))!;
    const school = sim.state.schools.find((s) => s.principalId === findUser(sim.state, principal.address)!.id)!;
    expect(joint.subject).toBe(`Stage 3: joint work at the school: ${supervisor.name} and ${principal.name}`);
    expect(joint.location.displayName).toBe(school.name);
    expect(joint.locations[0]).toMatchObject({ displayName: school.name, address: { street: school.address.street, city: school.address.city } });
    expect(joint.isOnlineMeeting).toBe(false);
    const building = events.find((e) => e.subject.startsWith('Stage 1'))!;
    expect(building.isOnlineMeeting).toBe(true);
    expect(building.body.content).toContain('We speak candidly');
  });

  it("lists a supervisor's own principals (their direct reports) with their schools and where each partnership stands; a coach has none", async () => {
    const { supervisor, coach, gateway, sim } = world();
    const supervisorId = findUser(sim.state, supervisor.address)!.id;
    const theirs = sim.state.users.filter((u) => u.managerId === supervisorId);
    sim.stats.reset();
    const listed = await myPartnerships(gateway(supervisor));
    // However many principals: one directReports read, one read of the calendar per stage, one $batch of schools.
    expect(sim.stats.count('GET /users/{userId}/directReports')).toBe(1);
    expect(sim.stats.count('POST /$batch')).toBe(1);
    expect(sim.stats.httpRequests).toBe(5);
    expect(listed.map((p) => p.principal.address).sort()).toEqual(theirs.map((u) => u.userPrincipalName).sort());
    for (const p of listed) {
      const school = sim.state.schools.find((s) => s.principalId === findUser(sim.state, p.principal.address)!.id)!;
      expect(p.school).toMatchObject({ name: school.name, address: { street: school.address.street } });
      expect(p.next === null || p.booked.length < 3).toBe(true);
    }
    // The principal booked with in the test before has all three stages, with their times; the others none yet.
    const done = listed.find((p) => p.principal.address === world().principal.address)!;
    expect(done).toMatchObject({ next: null });
    expect(done.booked.every((b) => typeof b.firstEnd === 'number' && b.firstEnd > b.firstStart)).toBe(true);
    expect(listed.filter((p) => p !== done).every((p) => p.booked.length === 0 && p.next === 'partnershipBuilding')).toBe(true);
    expect(await myPartnerships(gateway(coach))).toEqual([]);
  });
});
