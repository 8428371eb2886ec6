/**
 * Every screen of the tab in one walk, for checks that apply to all of them (accessibility, screenshots,
 * fitting a narrow pane): sign-in, Find time (empty form, ranked suggestions, booking), Sent invites, and
 * a principal's My invites with an agenda open, and a district admin's report. `visit` runs once each screen shows what it is for.
 */
import type { Page } from 'playwright-core';
import type { Stack } from '../stack.js';

export const SCREEN_NAMES = ['sign-in', 'find-time', 'suggestions', 'booking', 'sent-invites', 'my-invites', 'report'] as const;
export type ScreenName = (typeof SCREEN_NAMES)[number];

export interface Walker {
  readonly coach: string;
  readonly principal: string;
  /** A district admin, who lands on the district report. */
  readonly admin: string;
  /** The subject of an invite the principal has, so My invites shows one. */
  readonly inviteSubject: string;
}

const LONG = { timeout: 90_000 };

async function signIn(page: Page, name: string): Promise<void> {
  const switchButton = page.getByRole('button', { name: 'Switch person' });
  if (await switchButton.isVisible()) await switchButton.click();
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click(LONG);
}

/**
 * Waits until no finite animation or transition runs (a button fading from disabled to enabled, an agenda
 * opening), so what is checked or pictured is what a person sees once the screen is still. Spinners and
 * other endless animations are not waited for.
 */
async function settled(page: Page): Promise<void> {
  // Polled with page.evaluate: the app's Content-Security-Policy forbids the eval that waitForFunction uses.
  const still = `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)`;
  const deadline = Date.now() + LONG.timeout;
  while (!(await page.evaluate(still))) {
    if (Date.now() > deadline) throw new Error(`animations still running after ${LONG.timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `entry` is '/' for the Teams tab or '/addin' for the Outlook task pane. */
export async function everyScreen(stack: Stack, page: Page, entry: '/' | '/addin', who: Walker, visitScreen: (screen: ScreenName) => Promise<void>): Promise<void> {
  const visit = async (screen: ScreenName) => {
    await settled(page);
    await visitScreen(screen);
  };
  await page.goto(`${stack.app.url}${entry}`);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${who.coach}`) }).waitFor(LONG);
  await visit('sign-in');

  await signIn(page, who.coach);
  await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor(LONG);
  const group = page.getByRole('combobox', { name: /^Group/ });
  await group
    .locator('option')
    .nth(1)
    .waitFor({ state: 'attached', ...LONG });
  await visit('find-time');

  await group.selectOption({ index: 1 });
  await page.getByText(/^\d+ members:/).waitFor(LONG);
  await page.getByRole('button', { name: 'Find time' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /suggested times? for \d+ people|come closest/ })
    .waitFor(LONG);
  await page.getByRole('table').first().waitFor(LONG);
  await visit('suggestions');

  await page
    .getByRole('button', { name: /^Book / })
    .first()
    .click();
  await page.getByRole('heading', { name: /^Book: / }).waitFor(LONG);
  await page.getByLabel('Invite subject').waitFor(LONG);
  await visit('booking');

  await page.getByRole('tab', { name: 'Sent invites' }).click();
  await page.getByRole('heading', { name: 'Sent invites and answers' }).waitFor(LONG);
  await page
    .getByRole('status')
    .filter({ hasText: /booked sessions?\.|not booked anything/ })
    .waitFor(LONG);
  // The learning-walk cards read their answers on their own: the screen is shown once nothing is still reading
  // (no spinner, every Refresh enabled again), not while a button is on its way from disabled to enabled.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role=progressbar]').length === 0 &&
      !Array.from(document.querySelectorAll('button')).some((b) => /^Refresh/.test(b.textContent ?? '') && b.disabled),
    undefined,
    LONG,
  );
  await visit('sent-invites');

  await signIn(page, who.principal);
  await page.getByRole('heading', { name: who.inviteSubject }).waitFor(LONG);
  await page
    .getByRole('button', { name: /^Agenda( and visit brief)?$/ })
    .first()
    .click();
  await page.getByRole('region', { name: `Agenda for ${who.inviteSubject}` }).waitFor(LONG);
  await visit('my-invites');

  await signIn(page, who.admin);
  await page.getByRole('heading', { name: /District report/ }).waitFor(LONG);
  await page.getByRole('heading', { name: /No protected time/ }).waitFor(LONG);
  await visit('report');
}
