/**
 * Answers the coach can act on, over HTTP against the demo tenant: notes and proposed times from the
 * organizer's copy and the response messages, the principal's own note and proposal kept on their copy,
 * reminders by forwarding the request (and when), moving to a proposal after a fresh free/busy check, or
 * keeping the time. "Today" is fixed, so the test passes on any date.
 */
import { describe, expect, it } from '@jest/globals';
import { planSession } from '../../../src/core/booking/index.js';
import { createGraphGateway, parseMyAnswer } from '../../../src/graph/index.js';
import { bookPlan } from '../../../src/services/booking/bookPlan.js';
import { answerAndKeep, keepTime, moveToProposal, remindNonResponders, sessionAnswers } from '../../../src/services/answers/followUp.js';
import { calendarOf } from '../../../src/sim/calendar/model.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';
import { findUser } from '../../../src/sim/state.js';
import { demoPerson, principalsFreeAt } from '../../support/freePrincipals.js';
import { useSimWorld } from '../../support/useSimWorld.js';

const NOW = Date.parse('2026-10-13T14:00:00Z');
// After school (17:00 and 17:30 Eastern on later days): nothing seeded is in the way.
const SESSION = { start: Date.parse('2026-10-21T21:00:00Z'), end: Date.parse('2026-10-21T21:45:00Z') };
const PROPOSAL = { start: Date.parse('2026-10-22T21:30:00Z'), end: Date.parse('2026-10-22T22:15:00Z') };

const world = useSimWorld(async () => {
  let last = 0;
  const sim: SimHandle = await startSim({ port: 0, seed: 'demo', now: () => (last = Math.max(NOW, last + 1)) });
  const coach = demoPerson(sim.state.users.find((u) => u.role === 'coach')!);
  const gateway = (address: string) => createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(address) });
  // Three principals free at both times (the seeded calendars have their own after-school items).
  const principals = await principalsFreeAt(sim, coach.address, [SESSION, PROPOSAL], 3);
  return { sim, coach, principals, gateway };
});

function copyId(sim: SimHandle, address: string, subject: string): string {
  const events = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, address)!.id).events);
  return events.find((e) => e.subject === subject && !e.isCancelled)!.id;
}

describe('answers the coach can act on', () => {
  it('shows each answer with its note and proposal, reminds those who have not answered, and moves to a proposal only when everyone is free', async () => {
    const { sim, coach, principals, gateway } = world();
    const [ana, ben, cy] = principals as [(typeof principals)[0], (typeof principals)[0], (typeof principals)[0]];
    const plan = planSession({
      kind: 'cohortMeeting',
      organizer: coach,
      attendees: principals,
      timeZone: 'America/New_York',
      slot: SESSION,
      subject: 'Cohort meeting: reading growth',
      agenda: { fields: { presenter: ana.name, problemOfPractice: 'Reading growth has stalled in grade 3' } },
    });
    const report = await bookPlan(gateway(coach.address), plan);
    expect(report.outcomes.map((o) => ('message' in o ? o.message : o.status))).toEqual(['created']);
    const eventId = (report.outcomes[0] as { eventId: string }).eventId;
    const subject = plan.drafts[0]!.subject;

    // Ana proposes a later time with a note; Ben declines with a note; Cy does not answer.
    const anaCopy = copyId(sim, ana.address, subject);
    const kept = await answerAndKeep(gateway(ana.address), anaCopy, 'tentativelyAccept', {
      comment: 'Could we start a bit later? <b>Bus duty</b>',
      proposedNewTime: PROPOSAL,
      nowMs: NOW,
    });
    await answerAndKeep(gateway(ben.address), copyId(sim, ben.address, subject), 'decline', { comment: 'Board meeting that night', nowMs: NOW });

    // The principal sees what they said, read back from their own copy in Graph.
    const anaEvent = await gateway(ana.address).getEvent('me', anaCopy);
    expect(parseMyAnswer(anaEvent)).toEqual(kept);
    expect(kept).toMatchObject({ response: 'tentativelyAccepted', note: 'Could we start a bit later? <b>Bus duty</b>', proposedNewTime: PROPOSAL });

    const coachGateway = gateway(coach.address);
    const answers = await sessionAnswers(coachGateway, eventId);
    expect(answers.answers.map((a) => [a.address, a.response, a.note])).toEqual([
      [ana.address, 'tentativelyAccepted', 'Could we start a bit later? <b>Bus duty</b>'],
      [ben.address, 'declined', 'Board meeting that night'],
      [cy.address, 'none', ''],
    ]);
    expect(answers.answers[0]!.proposedNewTime).toEqual(PROPOSAL);
    expect(answers.answers[2]!.remindedMs).toBeUndefined();

    // Remind in one click: only Cy, by forwarding the request; when is kept on the event.
    const remindAt = NOW + 3_600_000;
    expect(await remindNonResponders(coachGateway, eventId, { nowMs: remindAt })).toEqual({ reminded: [cy.address], at: remindAt });
    const organizerEvent = Object.values(calendarOf(sim.state.calendars, findUser(sim.state, coach.address)!.id).events).find((e) => e.id === eventId)!;
    expect(organizerEvent.sim.forwards?.map((f) => f.to)).toEqual([[cy.address]]);
    const after = await sessionAnswers(coachGateway, eventId);
    expect(after.answers.map((a) => a.remindedMs)).toEqual([undefined, undefined, remindAt]);
    // The attendees' answers are untouched by recording it.
    expect(after.answers.map((a) => a.response)).toEqual(['tentativelyAccepted', 'declined', 'none']);

    // Keep the time: recorded as handled.
    await keepTime(coachGateway, eventId, ana.address, { nowMs: remindAt + 1 });
    expect((await sessionAnswers(coachGateway, eventId)).answers[0]!.keptMs).toBe(remindAt + 1);

    // Someone is busy at the proposed time now: not moved, and told who.
    const blocker = await gateway(cy.address).createEvent('me', {
      subject: 'Parent conference',
      start: { dateTime: '2026-10-22T21:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-10-22T22:00:00', timeZone: 'UTC' },
      showAs: 'busy',
    });
    const taken = await moveToProposal(coachGateway, eventId, ana.address);
    expect(taken).toMatchObject({ status: 'taken', who: [cy.address], message: expect.stringContaining(cy.name) });
    await gateway(cy.address).deleteEvent('me', blocker.id!);

    // Free again: moved; Graph sends the new time to everyone, who answer again.
    expect(await moveToProposal(coachGateway, eventId, ana.address)).toEqual({ status: 'moved', slot: PROPOSAL });
    const moved = await sessionAnswers(coachGateway, eventId);
    expect([moved.start, moved.end]).toEqual([PROPOSAL.start, PROPOSAL.end]);
    expect(moved.answers.map((a) => a.response)).toEqual(['none', 'none', 'none']);
    expect(await moveToProposal(coachGateway, eventId, ben.address)).toMatchObject({ status: 'notPossible' });
  });
});
