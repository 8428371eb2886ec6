/**
 * Peer-coaching pairs in a real browser, on a fixed date: from who supervises whom in Graph, not job titles.
 * The secondary cohort's own supervisor is a member of its group and is never paired, with the reason
 * shown; each partner's experience comes from employeeHireDate; the New Principals Network is paired newer
 * with newer only with a notice that says so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let page: Page;
const ZONE = 'America/New_York';

beforeAll(async () => {
  stack = await startStack({ today: '2026-10-13' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

async function findPairs(coachUpn: string, coachName: string, nickname: string): Promise<void> {
  // A fresh page: sessionStorage is per page, so each journey starts signed out.
  await page?.close();
  page = await stack.newPage();
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${coachName}`) }).click();
  await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
  const group = stack.sim.state.groups.find((g) => g.mailNickname === nickname)!;
  // Six fortnightly sessions starting four weeks out, by the demo's clock.
  const firstMonday = DateTime.fromMillis(stack.now(), { zone: ZONE }).startOf('week').plus({ weeks: 4 });
  const form = {
    cohortMode: 'group',
    groupId: group.id,
    people: [],
    kind: 'peerCoaching',
    pairs: true,
    rotation: false,
    travelMinutes: '30',
    durationMinutes: 45,
    repeat: 'biweekly',
    sessions: '6',
    minAvailable: '',
    tentativeFree: false,
    firstDate: firstMonday.toISODate(),
    lastDate: firstMonday.plus({ weeks: 12 }).toISODate(),
  };
  await page.evaluate(`sessionStorage.setItem(${JSON.stringify(`common-time:find-time:${coachUpn}`)}, ${JSON.stringify(JSON.stringify(form))})`);
  await page.reload();
  // The group's members are read first: search once the form shows them.
  await page.getByText(new RegExp(`^${group.memberIds.length} members: `)).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Find time' }).click();
}

describe('pairs from who supervises whom', () => {
  it("never pairs the supervisor who is in the cohort, and says why; shows each partner's experience", async () => {
    const users = stack.sim.state.users;
    const coach = users.find((u) => u.role === 'coach' && u.jobTitle === 'Principal Coach')!;
    const group = stack.sim.state.groups.find((g) => g.mailNickname === 'secondary-cohort')!;
    const supervisor = users.find((u) => group.memberIds.includes(u.id) && users.some((p) => p.managerId === u.id))!;
    await findPairs(coach.userPrincipalName, coach.displayName, 'secondary-cohort');
    await page
      .getByText(new RegExp(`${supervisor.displayName}: ${supervisor.displayName} supervises or evaluates .* in this cohort, so is nobody's peer partner here\\.`))
      .waitFor({ timeout: 90_000 });
    const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: / & / }) });
    await cards.first().waitFor();
    const names = await cards.getByRole('heading').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const n of names) expect(n).not.toContain(supervisor.displayName);
    // Experience from employeeHireDate, and the explanation asserts only what was read.
    await cards
      .first()
      .getByText(/: (new \(first year\)|second year|experienced \(\d+ years\))$/)
      .first()
      .waitFor();
    await cards
      .first()
      .getByText(/neither supervises or evaluates the other/)
      .waitFor();
  }, 150_000);

  it('says so when the New Principals Network pairs newer principals together', async () => {
    const users = stack.sim.state.users;
    const coach = users.find((u) => u.role === 'coach' && u.officeLocation.includes('Fairview'))!;
    await findPairs(coach.userPrincipalName, coach.displayName, 'new-principals');
    await page.getByText(/^Everyone in this cohort is newer \(first or second year as principal\), so 3 groups put newer principals together/).waitFor({ timeout: 90_000 });
  }, 150_000);
});
