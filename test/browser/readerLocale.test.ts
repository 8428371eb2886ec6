/**
 * Reads the same everywhere: a coach whose browser speaks French sees Find time's dates and times in French,
 * the zone named as people say it there, never an IANA name; on a fixed demo day (Monday 7 December 2026,
 * 9:00 Eastern), so it passes on any date.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ today: '2026-12-07T09:00', locale: 'fr-FR' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

describe('a reader in fr-FR', () => {
  it('sees the suggested times and the who-is-free grid in French, the zone named in words', async () => {
    const page = await stack.newPage();
    const coach = stack.sim.state.users.find((u) => u.role === 'coach')!;
    await page.goto(stack.app.url);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${coach.displayName}`) }).click();
    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
    const group = page.getByRole('combobox', { name: /^Group/ });
    await group.locator('option').nth(1).waitFor({ state: 'attached' });
    await group.selectOption({ index: 1 });
    await page.getByText(/^\d+ members:/).waitFor();
    await page.getByRole('button', { name: 'Find time' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /suggested times? for|come closest|No time/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/screenshots/suggestions-fr-FR.png' });
    // The best time, or the closest options when nobody's calendar leaves one for all.
    const first = page
      .getByRole('list', { name: /^(Suggestions|Closest options|Also worth a look)/ })
      .first()
      .getByRole('listitem')
      .first();
    const title = await first.getByRole('heading').innerText();
    // "vendredi 11 décembre, 09:30 – 11:00 heure de l’Est nord-américain": a French day, 24-hour times, the zone in words.
    expect(title).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi) \d{1,2} décembre, \d{2}:\d{2} – \d{2}:\d{2} \S/);
    expect(title).not.toMatch(/AM|PM|America\/|New_York|Eastern/);
    const caption = await page.getByRole('table').first().locator('caption').innerText();
    expect(caption).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi) \d{1,2} décembre, times in /);
    expect(caption).not.toMatch(/America\/|New_York/);
    await page.close();
  }, 120_000);
});
