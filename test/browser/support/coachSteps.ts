/**
 * Steps of a coach's journey that several browser tests take: wait for Find time's answer, open the first
 * suggestion for booking, and have someone take a time meanwhile through Graph (as Outlook would).
 */
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { Stack } from '../stack.js';

/** Waits until Find time has answered: suggestions, the closest options, or why there is no time. */
export async function waitForSuggestions(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /suggested times? for|come closest|No time/ })
    .first()
    .waitFor({ timeout: 30_000 });
}

/** Opens the first suggestion's booking form; returns the suggestion's title. */
export async function openFirstSuggestion(page: Page): Promise<string> {
  const first = page
    .getByRole('list', { name: /Suggestions/ })
    .getByRole('listitem')
    .first();
  const title = await first.getByRole('heading').innerText();
  await first.getByRole('button', { name: 'Book this time' }).click();
  await page.getByRole('heading', { name: /^Book: / }).waitFor();
  return title;
}

/** `person` books a busy "Budget meeting" over `slot` in their own calendar, through Graph. */
export async function takeTheTime(stack: Stack, person: string, slot: { readonly start: number; readonly end: number }): Promise<void> {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  const taken = await fetch(`${stack.sim.graphUrl}/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(person)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: 'Budget meeting',
      showAs: 'busy',
      start: { dateTime: iso(slot.start), timeZone: 'UTC' },
      end: { dateTime: iso(slot.end), timeZone: 'UTC' },
    }),
  });
  expect(taken.status).toBe(201);
}
