/**
 * Peer-coaching pairs in a real browser, on a fixed date: from who supervises whom in Graph, not job titles.
 * The secondary cohort's own supervisor is a member of its group and is never paired, with the reason
 * shown; each partner's experience comes from employeeHireDate; the New Principals Network is paired newer
 * with newer only with a notice that says so. A pair booked from the tab goes through the district's shared
 * peer-coaching calendar, titled with the partners' names; another coach sees it as booked, and a re-run
 * keeps it and pairs the others the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { calendarOf } from '../../src/sim/calendar/model.js';
import { findUser } from '../../src/sim/state.js';
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

describe("pairs booked through the district's shared peer-coaching calendar", () => {
  const pairCards = () => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: / & / }) });
  let bookedNames: string[] = [];

  it('a coach books a pair from the tab: the shared calendar organizes it, titled with the partners, and the coach is not shown busy', async () => {
    const users = stack.sim.state.users;
    const coach = users.filter((u) => u.role === 'coach' && u.jobTitle === 'Principal Coach')[0]!;
    const shared = stack.sim.state.district!.coachingCalendar!;
    await findPairs(coach.userPrincipalName, coach.displayName, 'secondary-cohort');
    await page.getByText(new RegExp(`New pairs are booked through the district's shared peer-coaching calendar \\(${shared.replace('.', '\\.')}\\)`)).waitFor({ timeout: 90_000 });
    const card = pairCards()
      .filter({ has: page.getByRole('button', { name: /^Book this series: / }) })
      .first();
    const names = await card.getByRole('heading').innerText();
    await card.getByRole('button', { name: /^Book this series: / }).click();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    const [a, b] = names.split(' & ');
    expect(await page.getByRole('textbox', { name: /^Invite subject/ }).inputValue()).toBe(`Peer coaching: ${a} and ${b}`);
    await page.getByText(`The district's shared peer-coaching calendar (${shared}), for ${coach.displayName}`).waitFor();
    await page.getByRole('textbox', { name: /^Leadership goal/ }).fill('Feedback to teachers after walkthroughs');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const outcome = page.getByRole('status').filter({ hasText: /Booked|just taken|not sent/ });
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.innerText()).toMatch(/Booked/);
    const eventsOf = (address: string) => Object.values(calendarOf(stack.sim.state.calendars, findUser(stack.sim.state, address)!.id).events);
    const series = eventsOf(shared).filter((e) => e.subject === `Peer coaching: ${a} and ${b}`);
    expect(series).toHaveLength(1);
    expect(series[0]!.recurrence).toBeTruthy();
    expect(eventsOf(coach.userPrincipalName).filter((e) => e.subject.startsWith('Peer coaching'))).toEqual([]);
    // A reload still knows it is booked, read from the shared calendar: no Book button.
    await page.reload();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    await page.getByText("the invite went out from the district's shared peer-coaching calendar").waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Book', exact: true }).count()).toBe(0);
    bookedNames = [a!, b!];
  }, 180_000);

  it('another coach sees that pair as booked, with its series, and a re-run keeps it and the other pairs as they were', async () => {
    const users = stack.sim.state.users;
    const other = users.filter((u) => u.role === 'coach' && u.jobTitle === 'Principal Coach')[1]!;
    await findPairs(other.userPrincipalName, other.displayName, 'secondary-cohort');
    let booked = page.getByRole('list', { name: 'Pairs already booked' }).getByRole('listitem');
    await booked.first().waitFor({ timeout: 90_000 });
    expect(await booked.count()).toBe(1);
    const text = await booked.innerText();
    expect(text).toContain(`${bookedNames[0]} & ${bookedNames[1]}`);
    expect(text).toContain('Booked');
    expect(text).toContain(`Peer coaching: ${bookedNames[0]} and ${bookedNames[1]}`);
    expect(text).toMatch(/Series until \w+, \w+ \d+, in the district's shared peer-coaching calendar/);
    await pairCards().first().waitFor();
    const first = await pairCards().getByRole('heading').allInnerTexts();
    for (const n of first) for (const name of bookedNames) expect(n).not.toContain(name);
    await page.screenshot({ path: 'test-results/screenshots/pairs-booked.png', fullPage: true });

    // Again (a fresh search): the booked pair stays booked, and nobody is reshuffled.
    await findPairs(other.userPrincipalName, other.displayName, 'secondary-cohort');
    booked = page.getByRole('list', { name: 'Pairs already booked' }).getByRole('listitem');
    await booked.first().waitFor({ timeout: 90_000 });
    await pairCards().first().waitFor();
    expect(await booked.count()).toBe(1);
    expect(await pairCards().getByRole('heading').allInnerTexts()).toEqual(first);
  }, 180_000);
});
