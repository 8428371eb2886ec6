/**
 * Every screen, checked as a person would notice: no serious or critical axe-core violation in the light,
 * dark and high-contrast (forced colors) themes; every control named by its visible words (voice control); no horizontal scrolling in a 320 px Teams side panel or a
 * 350 px Outlook pane; and screenshots of each (light and dark, tab and pane) in test-results/screenshots/
 * for reviewers who do not run the app.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seriousViolations } from './support/axe.js';
import { namesWithoutTheirText } from './support/namesMatchText.js';
import { everyScreen, SCREEN_NAMES, type ScreenName, type Walker } from './support/everyScreen.js';
import { startStack } from './stack.js';
import type { Stack } from './stack.js';

const SHOTS = path.resolve('test-results/screenshots');
const SUBJECT = 'Cohort meeting: attendance data dig';
let stack: Stack;
let who: Walker;

beforeAll(async () => {
  stack = await startStack();
  const users = stack.sim.state.users;
  const coach = users.find((u) => u.role === 'coach')!;
  const principal = users.find((u) => u.role === 'principal')!;
  const admin = users.find((u) => u.role === 'districtAdmin')!;
  who = { coach: coach.displayName, principal: principal.displayName, admin: admin.displayName, inviteSubject: SUBJECT };
  // An invite from the coach, three days ahead by the demo's clock, so My invites has one to show.
  const start = new Date(stack.now() + 3 * 86_400_000);
  start.setUTCHours(16, 0, 0, 0);
  const response = await fetch(`${stack.sim.graphUrl}/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.userPrincipalName)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: SUBJECT,
      body: { contentType: 'html', content: '<h2>Agenda</h2><p>Protected collaboration time.</p><ul><li>Look at the attendance data together</li></ul>' },
      start: { dateTime: start.toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(start.getTime() + 3_600_000).toISOString().slice(0, 19), timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: principal.userPrincipalName, name: principal.displayName }, type: 'required' }],
    }),
  });
  expect(response.status).toBe(201);
  await mkdir(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('accessibility: axe-core on every screen', () => {
  it.each([
    ['light', { colorScheme: 'light' as const }],
    ['dark', { colorScheme: 'dark' as const }],
    ['high contrast', { forcedColors: 'active' as const }],
  ])(
    '%s theme: no serious or critical violation',
    async (_theme, options) => {
      const page = await stack.newPage(options);
      const found: Partial<Record<ScreenName, string[]>> = {};
      await everyScreen(stack, page, '/', who, async (screen) => {
        found[screen] = await seriousViolations(page);
      });
      expect(Object.keys(found)).toEqual([...SCREEN_NAMES]);
      expect(found).toEqual(Object.fromEntries(SCREEN_NAMES.map((s) => [s, []])));
      await page.close();
    },
    360_000,
  );
});

describe('voice control: every control is named by its visible words', () => {
  it('on every screen, each control’s accessible name contains its visible text', async () => {
    const page = await stack.newPage();
    const found: Partial<Record<ScreenName, string[]>> = {};
    await everyScreen(stack, page, '/', who, async (screen) => {
      await seriousViolations(page); // loads axe-core into the page
      found[screen] = await namesWithoutTheirText(page);
    });
    expect(Object.keys(found)).toEqual([...SCREEN_NAMES]);
    expect(found).toEqual(Object.fromEntries(SCREEN_NAMES.map((s) => [s, []])));
    await page.close();
  }, 360_000);
});

describe('narrow hosts and screenshots', () => {
  it.each([
    ['tab', '/' as const, 1280, 'light' as const],
    ['tab', '/' as const, 1280, 'dark' as const],
    // The app in an Outlook task pane's width (the add-in's own item panes are add-in tests' business).
    ['pane', '/' as const, 350, 'light' as const],
    ['pane', '/' as const, 350, 'dark' as const],
    ['teams-side-panel', '/' as const, 320, 'light' as const],
  ])(
    '%s (%s, %i px, %s): every screen fits its width, screenshot written',
    async (host, entry, width, colorScheme) => {
      const page = await stack.newPage({ colorScheme, viewport: { width, height: 900 } });
      const overflowing: string[] = [];
      const shots: string[] = [];
      await everyScreen(stack, page, entry, who, async (screen) => {
        const { scrollWidth, clientWidth } = (await page.evaluate(
          '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
        )) as { scrollWidth: number; clientWidth: number };
        if (scrollWidth > clientWidth) overflowing.push(`${screen}: ${scrollWidth} px of content in ${clientWidth} px`);
        if (host !== 'teams-side-panel') {
          const file = path.join(SHOTS, `${screen}-${colorScheme}-${host}.png`);
          await page.screenshot({ path: file, fullPage: true });
          shots.push(file);
        }
      });
      expect(overflowing).toEqual([]);
      if (host !== 'teams-side-panel') expect(shots).toHaveLength(SCREEN_NAMES.length);
      await page.close();
    },
    360_000,
  );
});
