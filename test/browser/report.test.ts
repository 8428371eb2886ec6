/**
 * The district admin in a real browser: signs in on the demo, lands on the district report with the demo's
 * past term counted and the principals who have none named, and sees the hours that a coach's booking,
 * accepted by one of them, just added; opens that principal's
 * sessions. Principals and coaches are not offered the report. "Today" is fixed for the demo tenant,
 * the app server and (through /api/config) the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createGraphGateway } from '../../src/graph/index.js';
import type { SimUser } from '../../src/sim/state.js';
import { startStack, type Stack } from './stack.js';

// A Wednesday in October, 10:00 in the district: the demo's clock starts there and runs on.
const TODAY = '2026-10-14T10:00';
const SUBJECT = 'Cohort meeting: reading data';
let stack: Stack;
let admin: SimUser;
let coach: SimUser;
let principal: SimUser;
/** How many principals the report names as having no protected time when the admin lands. */
let withNone: number;

beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  const users = stack.sim.state.users;
  admin = users.find((u) => u.role === 'districtAdmin')!;
  coach = users.find((u) => u.role === 'coach')!;
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

async function openAs(person: SimUser): Promise<Page> {
  const page = await stack.newPage();
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${person.displayName}`) }).click();
  return page;
}

const principalRow = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('button', { name: `Sessions of ${principal.displayName}` }) });

describe('district admin: the report', () => {
  let page: Page;

  it("lands on the report: the demo's past term counted, and the principals with none named", async () => {
    page = await openAs(admin);
    const noneHeading = page.getByRole('heading', { name: /No protected time \(\d+\)/ });
    await noneHeading.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab', { name: 'District report' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Find time' }).count()).toBe(0);
    // The seeded term gave most of the 24 principals protected time; a few have none, and are named.
    withNone = Number(/\((\d+)\)/.exec(await noneHeading.innerText())![1]);
    expect(withNone).toBeGreaterThan(0);
    expect(withNone).toBeLessThan(24);
    const named = (await page.getByRole('list', { name: 'Principals with no protected time' }).getByRole('listitem').allInnerTexts()).map((t) => t.split(',')[0]!.trim());
    expect(named).toHaveLength(withNone);
    principal = stack.sim.state.users.find((u) => u.role === 'principal' && u.displayName === named[0])!;
    await expect(principalRow(page).innerText()).resolves.toContain('0 h');
    const someoneWithTime = stack.sim.state.users.find((u) => u.role === 'principal' && !named.includes(u.displayName))!;
    // Their sessions are the coaches' seeded cohort meetings, walks and data digs.
    await page.getByRole('button', { name: `Sessions of ${someoneWithTime.displayName}` }).click();
    const sessions = page.getByRole('dialog');
    await sessions
      .getByText(/Principals Cohort (meeting|data dig)|^Learning walk: /)
      .first()
      .waitFor();
    await sessions.getByRole('button', { name: 'Close' }).click();
    // The charts' figures are there for screen readers as tables.
    expect(await page.locator('caption', { hasText: 'Protected hours by week' }).count()).toBe(1);
    // axe-core finds nothing serious in the report (evaluated through the debugger: the page's CSP allows no inline script).
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    // Fluent's focus manager (Tabster) puts focusable, aria-hidden guard elements at the edges of
    // focus groups by design; axe's aria-hidden-focus flags those, so they are left out (nothing else is).
    const violations = (await page.evaluate(`(async () => {
      const result = await window.axe.run(document.querySelector('main'));
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .filter((v) => v.nodes.some((n) => !n.html.includes('data-tabster-dummy')))
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.html).join(' | '));
    })()`)) as string[];
    expect(violations).toEqual([]);
  }, 90_000);

  it("shows the hours a coach's booking added once the principal accepted it, and its sessions", async () => {
    const asCoach = createGraphGateway({ baseUrl: stack.sim.graphUrl, getToken: () => stack.sim.tokenFor(coach.userPrincipalName), clock: stack.now });
    const event = await asCoach.createEvent(
      'me',
      {
        subject: SUBJECT,
        start: { dateTime: '2026-10-15T10:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2026-10-15T11:30:00', timeZone: 'Eastern Standard Time' },
        attendees: [{ emailAddress: { address: principal.mail, name: principal.displayName }, type: 'required' }],
        transactionId: 'report-browser-test-1',
      },
      { tag: { kind: 'cohortMeeting', planId: 'report-browser-test' } },
    );
    expect(event.id).toBeTruthy();
    const asPrincipal = createGraphGateway({ baseUrl: stack.sim.graphUrl, getToken: () => stack.sim.tokenFor(principal.userPrincipalName), clock: stack.now });
    const [copy] = await asPrincipal
      .calendarView('me', '2026-10-15T00:00:00Z', '2026-10-16T00:00:00Z', { select: ['subject'] })
      .collect()
      .then((all) => all.filter((e) => e.subject === SUBJECT));
    await asPrincipal.respond(copy!.id!, 'accept', { sendResponse: true });

    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { name: `No protected time (${withNone - 1})` }).waitFor({ timeout: 60_000 });
    await expect(principalRow(page).innerText()).resolves.toMatch(/1\.5 h/);
    await page.getByRole('button', { name: `Sessions of ${principal.displayName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(SUBJECT).waitFor();
    await expect(dialog.innerText()).resolves.toContain(`${principal.displayName}: Accepted`);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }, 120_000);

  it('exports the rows as CSV for Excel', async () => {
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'By principal' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^common-time-report-principal-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    });
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.toString('utf8')).toContain(`${principal.userPrincipalName.toLowerCase()},${principal.displayName},`);
  }, 60_000);

  it('shows partial results and names the calendar that could not be read', async () => {
    const coachUpn = coach.userPrincipalName.toLowerCase();
    stack.sim.faults.set({
      unavailable: { rate: 1, retryAfterSeconds: 0, match: (t) => t.path.toLowerCase().includes(coachUpn) || t.path.toLowerCase().includes(encodeURIComponent(coachUpn)) },
    });
    try {
      await page.getByRole('button', { name: 'Show report' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Partial results' });
      await alert.waitFor({ timeout: 60_000 });
      await expect(alert.innerText()).resolves.toContain(coachUpn);
    } finally {
      stack.sim.faults.clear();
    }
  }, 90_000);
});

describe('navigation by role', () => {
  it("moves between the admin's screens with the keyboard", async () => {
    const page = await openAs(admin);
    await page.getByRole('heading', { name: /No protected time/ }).waitFor({ timeout: 60_000 });
    let guard = 0;
    // Signing in puts focus on the screen itself; the screens' tabs sit just before it, in the navigation.
    const onScreenTab = 'Boolean(document.activeElement && document.activeElement.getAttribute("role") === "tab" && document.activeElement.closest("nav"))';
    while (!(await page.evaluate(onScreenTab)) && guard++ < 15) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('District report');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'My collaboration invites' }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /District report/ }).waitFor();
    await page.close();
  }, 90_000);

  it('offers a principal My invites only, and a coach no report', async () => {
    const p = await openAs(principal);
    await p.getByRole('tab', { name: 'My invites' }).waitFor();
    expect(await p.getByRole('tab').count()).toBe(1);
    await p.close();
    const c = await openAs(coach);
    await c.getByRole('tab', { name: 'Find time' }).waitFor();
    expect(await c.getByRole('tab', { name: 'District report' }).count()).toBe(0);
    await c.close();
  }, 60_000);
});
