/**
 * The coach marks a person optional, on a fixed demo day (Monday 7 December 2026, 9:00 Eastern) with the
 * calendars it needs built through Graph, so it passes on any date: the one time the required people share is
 * the optional person's meeting; it is suggested, with that person named busy, booked, and Graph lists the
 * person as optional. On the way, the empty search's "With Ana optional" offer marks Ana optional, and the
 * keyboard turns her back. The choice survives a reload. The form with the toggle passes the axe scan in
 * light, dark and forced colors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe.js';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ today: '2026-12-07T09:00' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const coach = () => stack.sim.state.users.filter((u) => u.role === 'coach')[0]!;
const principals = () => stack.sim.state.users.filter((u) => u.role === 'principal');
const DAY = '2026-12-16';
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);

async function graph(as: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${stack.sim.graphUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(as)}`, 'content-type': 'application/json', prefer: 'outlook.timezone="UTC"' },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
}

async function busy(as: string, subject: string, start: number, end: number): Promise<void> {
  const made = await graph(as, '/me/events', {
    method: 'POST',
    body: { subject, showAs: 'busy', start: { dateTime: iso(start), timeZone: 'UTC' }, end: { dateTime: iso(end), timeZone: 'UTC' } },
  });
  expect(made.status).toBe(201);
}

async function findTime(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Find time' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /suggested times? for|come closest|No time/ })
    .first()
    .waitFor({ timeout: 30_000 });
}

const storedPlan = async (page: Page) =>
  JSON.parse(String(await page.evaluate(`sessionStorage.getItem('common-time:booking-plan:${coach().userPrincipalName}')`))) as { slot: { start: number; end: number } };

describe('required and optional people', () => {
  it('the coach marks a busy person optional, sees the time suggested with them named busy, books it, and Graph lists them as optional', async () => {
    const page = await stack.newPage();
    await page.goto(stack.app.url);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${coach().displayName}`) }).click();
    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();

    const [ana, ben, dee] = principals().slice(6, 9);
    await page.getByRole('radio', { name: 'Pick people' }).check();
    const search = page.getByRole('combobox', { name: /^Add people/ });
    for (const p of [ana!, ben!, dee!]) {
      await search.click();
      await search.pressSequentially(p.displayName.split(' ')[0]!, { delay: 20 });
      await page.getByRole('option', { name: new RegExp(p.displayName) }).click();
      await page.getByRole('button', { name: `Remove ${p.displayName}` }).waitFor();
    }
    await page.getByLabel('From').fill(DAY);
    await page.getByLabel('To').fill(DAY);

    // A time all four (the coach too) are free, as the app finds it; then, through Graph, it becomes the
    // only time Ana has that day, and Dee's meeting takes it.
    await findTime(page);
    await page
      .getByRole('list', { name: /Suggestions/ })
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: 'Book this time' })
      .click();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    const { slot } = await storedPlan(page);
    await page.getByRole('button', { name: 'Choose another time' }).click();
    const dayStart = Date.parse(`${DAY}T05:00:00Z`);
    await busy(ana!.userPrincipalName, 'Site visits', dayStart, slot.start);
    await busy(ana!.userPrincipalName, 'Board prep', slot.end, dayStart + 86_400_000);
    await busy(dee!.userPrincipalName, 'IEP meeting', slot.start, slot.end);

    // Everyone required: nothing suits all.
    await findTime(page);
    await page
      .getByRole('status')
      .getByText(/^No time suits all 4\./)
      .waitFor();

    // The explanation offers Ana, who blocks most, as optional: taking it marks her optional and searches again.
    await page.getByRole('button', { name: new RegExp(`^With ${ana!.displayName} optional, `) }).click();
    await page
      .getByRole('status')
      .getByText(/suggested times? for 3 required people \(and 1 optional\)/)
      .waitFor({ timeout: 30_000 });
    const section = page.getByRole('button', { name: /^Required and optional: 2 required, 1 optional/ });
    // By keyboard: the section opens with Enter, a switch turns with Space and says its state. Ana back to required, Dee optional.
    await section.focus();
    await page.keyboard.press('Enter');
    const anaSwitch = page.getByRole('switch', { name: `${ana!.displayName} Optional` });
    expect(await anaSwitch.isChecked()).toBe(true);
    await anaSwitch.focus();
    await page.keyboard.press('Space');
    expect(await anaSwitch.isChecked()).toBe(false);
    await page.getByRole('button', { name: /^Required and optional: All 3 required/ }).waitFor();
    const deeSwitch = page.getByRole('switch', { name: `${dee!.displayName} Optional` });
    await deeSwitch.focus();
    await page.keyboard.press('Space');
    expect(await deeSwitch.isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Required and optional: 2 required, 1 optional/ }).waitFor();
    expect(await page.getByText('Leave empty to need everyone required: you and 2 more. Optional people are not counted.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/optional-people-form.png', fullPage: true });
    // The same form, switch on, in dark and in forced colors (Windows high contrast).
    for (const media of [{ colorScheme: 'dark' as const }, { colorScheme: 'light' as const, forcedColors: 'active' as const }]) {
      await page.emulateMedia(media);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.screenshot({ path: 'test-results/screenshots/optional-people-form-forced-colors.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });

    await findTime(page);
    await page
      .getByRole('status')
      .getByText(/^1 suggested time for 3 required people \(and 1 optional\)/)
      .waitFor();
    const card = page
      .getByRole('list', { name: /Suggestions/ })
      .getByRole('listitem')
      .first();
    await card.getByText('All 3 required free', { exact: true }).waitFor();
    await card.getByText(`all 3 required free; the optional person is busy (${dee!.displayName})`).waitFor();
    // The grid names Dee as optional.
    await page.getByRole('rowheader', { name: `${dee!.displayName} (optional)` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/optional-people-suggested.png', fullPage: true });

    await card.getByRole('button', { name: 'Book this time' }).click();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    expect((await storedPlan(page)).slot).toEqual(slot);
    await page.getByText(`3 people: ${ana!.displayName}, ${ben!.displayName}, ${dee!.displayName} (optional)`).waitFor();
    await page.getByRole('textbox', { name: /^Presenting principal/ }).fill(ana!.displayName);
    await page.getByRole('textbox', { name: /^Problem of practice or data/ }).fill('Chronic absence in grade 3');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked', { exact: true }).waitFor({ timeout: 30_000 });

    // In Graph: the coach's event lists Dee as optional, the others as required.
    const view = await graph(coach().userPrincipalName, `/me/calendarView?startDateTime=${iso(slot.start)}Z&endDateTime=${iso(slot.end)}Z&$select=subject,start,attendees`);
    expect(view.status).toBe(200);
    const events = (
      (await view.json()) as { value: { subject: string; start: { dateTime: string }; attendees: { type: string; emailAddress: { address: string } }[] }[] }
    ).value.filter((e) => Date.parse(`${e.start.dateTime.slice(0, 19)}Z`) === slot.start && e.attendees.length > 0);
    expect(events).toHaveLength(1);
    const types = new Map(events[0]!.attendees.map((a) => [a.emailAddress.address.toLowerCase(), a.type]));
    expect(types.get(dee!.userPrincipalName.toLowerCase())).toBe('optional');
    expect(types.get(ana!.userPrincipalName.toLowerCase())).toBe('required');
    expect(types.get(ben!.userPrincipalName.toLowerCase())).toBe('required');

    // The choice is kept with the form: after a reload Dee is still optional.
    await page.reload();
    await page.getByRole('button', { name: 'Back to suggestions' }).click();
    await page.getByRole('button', { name: /^Required and optional: 2 required, 1 optional/ }).click();
    expect(await page.getByRole('switch', { name: `${dee!.displayName} Optional` }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: `${ana!.displayName} Optional` }).isChecked()).toBe(false);
    await page.close();
  }, 180_000);
});
