/**
 * The whole coach journey by keyboard alone, in a real browser: sign in, choose a cohort group, find time,
 * choose the best suggestion, fill the agenda and book it. Only key presses act on the page; the test reads
 * the page to know where focus is and what it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startStack } from './stack.js';
import type { Stack } from './stack.js';
import { tabTo } from './support/keyboard.js';

let stack: Stack;
let coachName: string;
const LONG = { timeout: 90_000 };

beforeAll(async () => {
  stack = await startStack();
  coachName = stack.sim.state.users.find((u) => u.role === 'coach')!.displayName;
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('keyboard only: a coach finds a time and books it', () => {
  it('signs in, picks a group, finds time, chooses the best time, fills the agenda and books, without a mouse', async () => {
    const page = await stack.newPage();
    await page.goto(stack.app.url);
    await page.getByRole('searchbox', { name: /Filter people/ }).waitFor(LONG);
    await tabTo(page, 'the people filter', `el.getAttribute('type') === 'search'`);
    await page.keyboard.type(coachName);
    await tabTo(
      page,
      `the sign-in button for ${coachName}`,
      `el.tagName === 'BUTTON' && (el.textContent || '').startsWith('Sign in as ') && (el.textContent || '').includes(${JSON.stringify(coachName)})`,
    );
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor(LONG);
    const group = page.getByRole('combobox', { name: /^Group/ });
    await group
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached', ...LONG });
    await tabTo(page, 'the Group list', `el.tagName === 'SELECT' && /^Group/.test(el.labels && el.labels[0] ? el.labels[0].textContent : '')`);
    await page.keyboard.press('ArrowDown'); // a closed list moves to its next option
    await page.getByText(/^\d+ members:/).waitFor(LONG);
    expect(await group.inputValue()).not.toBe('');

    await tabTo(page, 'the Find time button', `el.tagName === 'BUTTON' && el.getAttribute('type') === 'submit' && el.textContent === 'Find time'`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /suggested times? for \d+ people|come closest/ })
      .waitFor(LONG);

    await tabTo(page, 'the first Book button', `el.tagName === 'BUTTON' && el.textContent === 'Book this time'`);
    // The button's name is its visible words; the time it books is its description (the card's title).
    const when = String(
      await page.evaluate(
        `(() => { const id = document.activeElement.getAttribute('aria-describedby'); const title = id && document.getElementById(id); return title ? title.textContent : ''; })()`,
      ),
    );
    expect(when).not.toBe('');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /^Book: / });
    await heading.waitFor(LONG);
    await page.getByLabel('Invite subject').waitFor(LONG);
    // The booking panel takes focus, so a keyboard user continues from its heading.
    expect(await page.evaluate('Boolean(document.activeElement && document.activeElement.closest("section[aria-labelledby=booking-title]"))')).toBe(true);
    // The panel books the time the chosen card named.
    expect(await page.locator('section[aria-labelledby=booking-title]').getByText(when, { exact: true }).count()).toBe(1);

    // Every required agenda field still empty gets typed into, reached by Tab.
    const empty =
      (await page.evaluate(`[...document.querySelectorAll('section[aria-labelledby=booking-title] input[required], section[aria-labelledby=booking-title] textarea[required], section[aria-labelledby=booking-title] [aria-required=true]')]
      .filter((el) => 'value' in el && el.value === '' && el.id).map((el) => el.id)`)) as string[];
    for (const id of empty) {
      await tabTo(page, `required field #${id}`, `el.id === ${JSON.stringify(id)}`);
      await page.keyboard.type('Attendance data, grade 3');
    }

    await tabTo(page, 'the Book button', `el.tagName === 'BUTTON' && el.textContent === 'Book'`);
    await page.keyboard.press('Enter');
    await page.getByText('Booked', { exact: true }).waitFor(LONG);
    expect(await page.getByText(/The invite is on its way\.|invites are on their way\./).count()).toBe(1);
    await page.close();
  }, 240_000);
});
