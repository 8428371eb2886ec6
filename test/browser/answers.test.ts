/**
 * Answers in a real browser, on a fixed date: a principal answers with a note and sees what they said (also
 * after reloading, from Graph), and the answer is never a failed request in the browser's network log; the
 * coach opens Notes and follow-up on Sent invites, reads each note and proposal, reminds the one who has not
 * answered (and sees when), and moves the session to the proposed time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page, Request } from 'playwright-core';
import { planSession } from '../../src/core/booking/index.js';
import { createGraphGateway } from '../../src/graph/index.js';
import { answerAndKeep } from '../../src/services/answers/followUp.js';
import { bookPlan } from '../../src/services/booking/bookPlan.js';
import { calendarOf } from '../../src/sim/calendar/model.js';
import { findUser } from '../../src/sim/state.js';
import { demoPerson, principalsFreeAt } from '../support/freePrincipals.js';
import { startStack, type Stack } from './stack.js';

const SESSION = { start: Date.parse('2026-10-21T21:00:00Z'), end: Date.parse('2026-10-21T21:45:00Z') };
const PROPOSAL = { start: Date.parse('2026-10-22T21:30:00Z'), end: Date.parse('2026-10-22T22:15:00Z') };
const SUBJECT = 'Cohort meeting: feedback cycles';

let stack: Stack;
let coach: { address: string; name: string };
let principals: { address: string; name: string }[];

beforeAll(async () => {
  stack = await startStack({ today: '2026-10-13' });
  coach = demoPerson(stack.sim.state.users.find((u) => u.role === 'coach')!);
  const gateway = (address: string) => createGraphGateway({ baseUrl: stack.sim.graphUrl, getToken: () => stack.sim.tokenFor(address) });
  principals = await principalsFreeAt(stack.sim, coach.address, [SESSION, PROPOSAL], 3);
  const plan = planSession({
    kind: 'cohortMeeting',
    organizer: coach,
    attendees: principals,
    timeZone: 'America/New_York',
    slot: SESSION,
    subject: SUBJECT,
    agenda: { fields: { presenter: principals[0]!.name, problemOfPractice: 'Feedback to teachers is rare' } },
  });
  expect((await bookPlan(gateway(coach.address), plan)).complete).toBe(true);
  // The second principal proposes a later time (through the same service the tab uses).
  const copy = Object.values(calendarOf(stack.sim.state.calendars, findUser(stack.sim.state, principals[1]!.address)!.id).events).find((e) => e.subject === SUBJECT)!;
  await answerAndKeep(gateway(principals[1]!.address), copy.id, 'tentativelyAccept', {
    comment: 'Bus duty until 5:15',
    proposedNewTime: PROPOSAL,
    nowMs: Date.parse('2026-10-13T15:00:00Z'),
  });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
}

describe('answers', () => {
  it('a principal answers with a note, sees it after answering and after reloading, and the answer is not a failed request', async () => {
    const page = await stack.newPage();
    const failed: Request[] = [];
    page.on('requestfailed', (r) => failed.push(r));
    await signIn(page, principals[0]!.name);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SUBJECT }) });
    await card.getByRole('heading', { name: SUBJECT }).waitFor({ timeout: 30_000 });
    await card.getByLabel('Note to the organizer (optional)').fill('I will bring the walkthrough data.');
    const answered = page.waitForEvent('requestfinished', { predicate: (r) => /\/tentativelyAccept$/.test(new URL(r.url()).pathname), timeout: 30_000 });
    await card.getByRole('button', { name: 'Tentative' }).click();
    await answered;
    await card.getByText('You wrote: “I will bring the walkthrough data.”').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await card.getByText('You wrote: “I will bring the walkthrough data.”').waitFor({ timeout: 15_000 });
    expect(failed.map((r) => `${r.method()} ${r.url()} ${r.failure()?.errorText}`)).toEqual([]);
    await page.close();
  }, 90_000);

  it('the coach reads each note and proposal, reminds the one who has not answered, and moves to the proposed time', async () => {
    const page = await stack.newPage();
    await signIn(page, coach.name);
    await page.getByRole('tab', { name: 'Sent invites' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SUBJECT }) });
    await card.getByRole('button', { name: `Notes and follow-up for ${SUBJECT}` }).click();
    const followUp = card.getByRole('region', { name: `Notes and follow-up for ${SUBJECT}` });
    await followUp.getByText('Note: “Bus duty until 5:15”').waitFor({ timeout: 30_000 });
    await followUp.getByText('Note: “I will bring the walkthrough data.”').waitFor();
    await followUp.getByText(/^Proposed: /).waitFor();

    await followUp.getByRole('button', { name: 'Remind the 1 who have not answered' }).click();
    await followUp.getByText(`Sent the invitation again to ${principals[2]!.name}.`).waitFor({ timeout: 30_000 });
    await followUp.getByText(/^Reminded /).waitFor();
    const organizerEvent = Object.values(calendarOf(stack.sim.state.calendars, findUser(stack.sim.state, coach.address)!.id).events).find((e) => e.subject === SUBJECT)!;
    expect(organizerEvent.sim.forwards?.map((f) => f.to)).toEqual([[principals[2]!.address]]);

    await followUp.getByRole('button', { name: 'Move to this time' }).click();
    await followUp.getByText(/^Moved to .*everyone is asked to answer again\.$/).waitFor({ timeout: 30_000 });
    const moved = Object.values(calendarOf(stack.sim.state.calendars, findUser(stack.sim.state, coach.address)!.id).events).find((e) => e.subject === SUBJECT)!;
    expect([moved.sim.startMs, moved.sim.endMs]).toEqual([PROPOSAL.start, PROPOSAL.end]);
    await page.close();
  }, 120_000);
});
