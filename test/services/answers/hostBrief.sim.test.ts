/**
 * Host-owned learning-walk briefs over HTTP against the demo tenant: the coach books the rotation with only
 * the shared focus; the host sends their school's focus question, classrooms and look-fors in their answer
 * (or later, answering again); the coach's app puts the newest brief on the walk, and the visitors' copies
 * show it. "Today" is fixed, so the test passes on any date.
 */
import { describe, expect, it } from '@jest/globals';
import { planWalks, type HostBrief } from '../../../src/core/booking/index.js';
import type { RotationVisit } from '../../../src/core/planning/index.js';
import { createGraphGateway, parseHostBriefProperty } from '../../../src/graph/index.js';
import { bookPlan } from '../../../src/services/booking/bookPlan.js';
import { answerWithHostBrief, collectHostBriefs } from '../../../src/services/answers/hostBrief.js';
import { calendarOf } from '../../../src/sim/calendar/model.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import { findUser } from '../../../src/sim/state.js';
import { useSimWorld } from '../../support/useSimWorld.js';

const NOW = Date.parse('2026-10-13T14:00:00Z');
const START = Date.parse('2026-10-28T20:30:00Z'); // 16:30 Eastern two weeks on: after the seeded meetings

const world = useSimWorld(async () => {
  let last = 0;
  const sim: SimHandle = await startSim({ port: 0, seed: 'demo', now: () => (last = Math.max(NOW, last + 1)) });
  const person = (u: SimHandle['state']['users'][number]) => ({ address: u.userPrincipalName, name: u.displayName });
  const coach = person(sim.state.users.find((u) => u.role === 'coach')!);
  const gateway = (address: string) => createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(address) });
  // Three principals free for the whole walk (the seeded calendars have their own after-school items).
  const all = sim.state.users.filter((u) => u.role === 'principal').map(person);
  const info = await gateway(coach.address).getSchedules(
    all.map((p) => p.address),
    { start: new Date(START).toISOString(), end: new Date(START + 7_200_000).toISOString() },
    { intervalMinutes: 15 },
  );
  const free = new Set(info.filter((i) => /^0+$/.test(i.availabilityView ?? '')).map((i) => i.scheduleId!.toLowerCase()));
  const [host, ...visitors] = all.filter((p) => free.has(p.address.toLowerCase())).slice(0, 3);
  return { sim, coach, host: host!, visitors, gateway };
});

function copyOf(sim: SimHandle, address: string, subject: string) {
  return Object.values(calendarOf(sim.state.calendars, findUser(sim.state, address)!.id).events).find((e) => e.subject === subject && !e.isCancelled)!;
}

describe('host-owned learning-walk briefs', () => {
  it('the host adds the focus question, classrooms and look-fors in their answer, and again later; the walk and its visitors get the newest', async () => {
    const { sim, coach, host, visitors, gateway } = world();
    const school = sim.state.schools.find((s) => s.principalId === findUser(sim.state, host.address)!.id)!;
    const attendee = (p: { address: string }, role: 'host' | 'visitor') => ({
      id: p.address,
      role,
      travelMinutesBefore: 0,
      travelMinutesAfter: 0,
      committed: { start: START, end: START + 7_200_000 },
    });
    const visit: RotationVisit = {
      start: START,
      end: START + 7_200_000,
      schoolId: school.id,
      schoolName: school.name,
      timeZone: 'America/New_York',
      attendees: [attendee(host, 'host'), ...visitors.map((v) => attendee(v, 'visitor'))],
      absent: [],
      explanation: '',
      travel: '',
    };
    const people = Object.fromEntries([host, ...visitors].map((p) => [p.address, p]));
    const schools = {
      [school.id]: { name: school.name, address: { street: school.address.street, city: school.address.city, state: school.address.state, postalCode: school.address.postalCode } },
    };
    // The coach gives only the shared focus: no host field is asked of them.
    const plan = planWalks({
      organizer: coach,
      timeZone: 'America/New_York',
      rotation: { visits: [visit], unplaced: [], complete: true, searchNodes: 1 },
      people,
      schools,
      agenda: { fields: { sharedFocus: 'Student discourse in mathematics', address: school.address.street } },
    });
    const report = await bookPlan(gateway(coach.address), plan);
    expect(report.complete).toBe(true);
    const subject = plan.drafts[0]!.subject;
    const coachGateway = gateway(coach.address);
    expect(await collectHostBriefs(coachGateway)).toEqual([expect.objectContaining({ host: host.address, updated: false })]);

    const first: HostBrief = {
      focusQuestion: 'How do students justify their answers?',
      classrooms: ['Room 4, Ms Lee, grade 3 math', 'Room 12, Mr Ortiz, grade 5 math'],
      lookFors: ['Students explain why', 'Talk moves'],
    };
    await answerWithHostBrief(gateway(host.address), copyOf(sim, host.address, subject).id, first, { note: 'Happy to host!', nowMs: NOW });
    const collected = await collectHostBriefs(coachGateway);
    expect(collected).toEqual([expect.objectContaining({ brief: first, updated: true })]);
    // Idempotent: a second look changes nothing.
    expect(await collectHostBriefs(coachGateway)).toEqual([expect.objectContaining({ brief: first, updated: false })]);

    const organizerEvent = await coachGateway.getEvent('me', collected[0]!.eventId);
    expect(parseHostBriefProperty(organizerEvent)?.brief).toEqual(first);
    expect(organizerEvent.body?.content).toContain('Student discourse in mathematics');
    expect(organizerEvent.body?.content).toContain('How do students justify their answers?');
    // The visitors' invitations carry the host's brief.
    for (const v of visitors) expect(copyOf(sim, v.address, subject).body.content).toContain('Room 12, Mr Ortiz, grade 5 math');

    // Later the host changes a classroom, answering again; the walk shows only the newest brief.
    const later: HostBrief = { ...first, classrooms: ['Room 7, Ms Park, grade 4 math'] };
    await answerWithHostBrief(gateway(host.address), copyOf(sim, host.address, subject).id, later, { nowMs: NOW + 86_400_000 });
    expect(await collectHostBriefs(coachGateway)).toEqual([expect.objectContaining({ brief: later, updated: true })]);
    const body = (await coachGateway.getEvent('me', collected[0]!.eventId)).body?.content ?? '';
    expect(body).toContain('Room 7, Ms Park');
    expect(body).not.toContain('Room 12, Mr Ortiz');
    expect(body.match(/ct-host-brief/g)).toHaveLength(1);
    // A brief in a note stays text: markup typed by a host is escaped in the invitation.
    await answerWithHostBrief(
      gateway(host.address),
      copyOf(sim, host.address, subject).id,
      { ...later, focusQuestion: '<script>alert(1)</script>' },
      { nowMs: NOW + 2 * 86_400_000 },
    );
    await collectHostBriefs(coachGateway);
    expect((await coachGateway.getEvent('me', collected[0]!.eventId)).body?.content).not.toContain('<script>');
  });
});
