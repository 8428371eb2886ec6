/**
 * A coach's journeys on a fixed demo day (Monday 7 December 2026, 9:00 Eastern), so they pass on any date:
 * booked stays booked after a reload; a taken time offers real ways forward; a window in the winter break
 * says why and offers the next one. Each journey signs in on its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe.js';
import { startStack, type Stack } from './stack.js';
import { openFirstSuggestion, takeTheTime, waitForSuggestions } from './support/coachSteps.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ today: '2026-12-07T09:00' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const coach = () => stack.sim.state.users.filter((u) => u.role === 'coach')[0]!;
const principals = () => stack.sim.state.users.filter((u) => u.role === 'principal');

async function signIn(page: Page): Promise<void> {
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${coach().displayName}`) }).click();
  await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
  // Focus lands on the screen, not on the page body.
  expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('MAIN');
}

/** Two principals picked by name, a date range, Find time; waits for the answer. */
async function findFor(page: Page, people: readonly { givenName: string; displayName: string }[], from: string, to: string): Promise<void> {
  await page.getByRole('radio', { name: 'Pick people' }).check();
  const search = page.getByRole('combobox', { name: /^Add people/ });
  for (const p of people) {
    await search.click();
    await search.pressSequentially(p.displayName.split(' ')[0]!, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(p.displayName) }).click();
    await page.getByRole('button', { name: `Remove ${p.displayName}` }).waitFor();
  }
  await page.getByLabel('From').fill(from);
  await page.getByLabel('To').fill(to);
  await page.getByRole('button', { name: 'Find time' }).click();
  await waitForSuggestions(page);
}

async function fillAgenda(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /^Presenting principal/ }).fill(principals()[0]!.displayName);
  await page.getByRole('textbox', { name: /^Problem of practice or data/ }).fill('Chronic absence in grade 3');
}

describe('coach journeys on a fixed day', () => {
  it('booked means booked: after booking, a reload shows it booked with its link, and the suggestion is not offered again', async () => {
    const page = await stack.newPage();
    await signIn(page);
    const people = principals().slice(0, 2);
    await findFor(page, people, '2026-12-09', '2026-12-11');
    const title = await openFirstSuggestion(page);
    await fillAgenda(page);
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const outcome = page.getByRole('status').filter({ hasText: /Booked|just taken|not sent/ });
    await outcome.getByText('Booked', { exact: true }).waitFor({ timeout: 30_000 });
    // Focus lands on what happened, not on the page body.
    expect(await page.evaluate('document.activeElement && document.activeElement.getAttribute("role")')).toBe('status');
    await page.getByRole('link', { name: 'Open the booked invite in Outlook' }).waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);

    // A reload (nothing kept but the plan) still knows it is booked, from Graph: no Book button.
    await page.reload();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    await page.getByText('Already booked').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Book', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open the booked invite in Outlook' }).getAttribute('href')).toMatch(/^https:\/\/outlook\.office365\.com\//);

    // A new search does not offer that time for booking again: it is gone (everyone is booked then) or marked booked.
    await page.getByRole('button', { name: 'Back to suggestions' }).click();
    await page.getByRole('button', { name: 'Find time' }).click();
    await waitForSuggestions(page);
    const again = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    expect(await again.getByRole('button', { name: 'Book this time' }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it('a taken time offers real ways forward, and one of them books', async () => {
    const page = await stack.newPage();
    await signIn(page);
    const people = principals().slice(2, 4);
    await findFor(page, people, '2026-12-14', '2026-12-18');
    await openFirstSuggestion(page);
    await fillAgenda(page);
    // One of the people takes the time meanwhile, through Graph.
    const plan = JSON.parse(String(await page.evaluate(`sessionStorage.getItem('common-time:booking-plan:${coach().userPrincipalName}')`))) as {
      slot: { start: number; end: number };
    };
    await takeTheTime(stack, people[0]!.userPrincipalName, plan.slot);
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByText('That time was just taken').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').innerText()).toContain(people[0]!.displayName);
    // Never a Try again that fails again: the ways forward instead.
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    const ways = page.getByRole('group', { name: 'Other times' }).getByRole('button');
    expect(await ways.count()).toBeGreaterThan(0);
    expect(await ways.first().innerText()).toMatch(/^Use .* (\(everyone free\)|without |\(another suggestion, still open\))/);
    expect(await seriousViolations(page)).toEqual([]);
    await ways.first().click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked', { exact: true }).waitFor({ timeout: 30_000 });
    await page.close();
  }, 120_000);

  it('dates in the winter break say why, in a person’s words, and offer the next window', async () => {
    const page = await stack.newPage();
    await signIn(page);
    await findFor(page, principals().slice(4, 6), '2026-12-28', '2027-01-01');
    const why = page.getByText(/can be offered: the district calendar closes them \(Winter break\)/);
    await why.waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try Monday, January 4 to Friday, January 8' }).click();
    await page
      .getByRole('list', { name: /Suggestions|Closest options/ })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('From').inputValue()).toBe('2027-01-04');
    // Every suggestion is a school day in the new window, in one format with the zone named.
    const titles = await page
      .getByRole('list', { name: /Suggestions|Closest options/ })
      .first()
      .getByRole('heading')
      .allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday), January [4-8], .* (AM|PM) Eastern$/);
    await page.close();
  }, 120_000);

  it('in a 350 px Outlook pane, each form error is said once', async () => {
    const page = await stack.newPage({ viewport: { width: 350, height: 900 } });
    await signIn(page);
    await page.getByLabel('From').fill('');
    await page.getByRole('button', { name: 'Find time' }).click();
    await page.getByText('Check the form:').waitFor({ timeout: 15_000 });
    const errors = await page.locator('.fui-Field__validationMessage').allInnerTexts();
    expect(errors.length).toBeGreaterThan(0);
    for (const text of errors) expect(await page.getByText(text, { exact: true }).count()).toBe(1);
    await page.close();
  }, 60_000);
});
