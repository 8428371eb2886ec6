/**
 * The Outlook add-in in a real browser on the demo tenant, on a fake mailbox item (Office.js from the
 * CDN does not load here; the pane runs through the same Office module on the demo's stand-in):
 * a coach writes a new meeting (agenda inserted once, a common time found and set in one click with the
 * host school as location, marked as protected and tagged once saved); a principal opens the invitation
 * from the Inbox and answers it with a note. "Today" is fixed for the demo tenant, the server and the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { COMMON_TIME_TAG_ID, parseCommonTimeTag } from '../../src/graph/commonTimeTag.js';
import { startStack } from './stack.js';
import type { Stack } from './stack.js';

/** "Today" for the tenant, the app server and the tab alike: a Monday morning in the district. */
const TODAY = '2026-12-07T08:00';
const SUBJECT = 'Learning walk: reading blocks';
let stack: Stack;
let coach: { upn: string; name: string };
let host: { upn: string; name: string; school: string };
let visitor: { upn: string; name: string };
let bookedId: string;

beforeAll(async () => {
  stack = await startStack({ today: TODAY });
  const users = stack.sim.state.users;
  const c = users.find((u) => u.role === 'coach')!;
  const [p1, p2] = users.filter((u) => u.role === 'principal');
  coach = { upn: c.userPrincipalName, name: c.displayName };
  host = { upn: p1!.userPrincipalName, name: p1!.displayName, school: p1!.officeLocation };
  visitor = { upn: p2!.userPrincipalName, name: p2!.displayName };
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

async function openPane(query: string, who: string): Promise<Page> {
  const page = await stack.newPage({ viewport: { width: 1100, height: 900 } });
  // No network here: Office.js from Microsoft's CDN fails fast, as in a plain browser offline.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.goto(`${stack.app.url}/addin${query}`);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${who}`) }).click();
  return page;
}

/** axe-core's serious and critical findings on the page (evaluated through the driver, so the page's CSP allows it). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function graphAs(upn: string, path: string): Promise<any> {
  const response = await fetch(`${stack.sim.graphUrl}${path}`, { headers: { authorization: `Bearer ${await stack.sim.tokenFor(upn)}` } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('compose: a coach writing a new meeting', () => {
  let page: Page;

  it('inserts the learning walk agenda into the meeting body, once however often it is pressed', async () => {
    page = await openPane(`?to=${encodeURIComponent(`${host.upn},${visitor.upn}`)}&subject=${encodeURIComponent(SUBJECT)}`, coach.name);
    const item = page.getByRole('region', { name: 'Demo: the meeting in Outlook' });
    await item.waitFor({ timeout: 20_000 });
    await expect(item.locator('[data-field="attendees"]').innerText()).resolves.toBe(`${host.name}, ${visitor.name}`);
    await page.getByLabel('Kind of session').selectOption('learningWalk');
    const school = page.getByLabel('Host school');
    await school.locator('option', { hasText: host.school }).waitFor({ state: 'attached', timeout: 15_000 });
    await school.selectOption(host.school);
    await page.getByRole('button', { name: 'Insert agenda' }).click();
    await page.getByText('The agenda is at the top of the meeting body.').waitFor();
    await page.getByRole('button', { name: 'Insert agenda' }).click();
    await page.getByText('The Common Time agenda in the body was replaced.').waitFor();
    const body = await item.getByRole('region', { name: 'Meeting body' }).innerText();
    expect(body.split('Protected collaboration time.').length - 1).toBe(1);
    expect(body).toContain(SUBJECT);
    expect(body).toContain(host.school);
  }, 60_000);

  it('finds a time everyone invited can make and sets start, end and the host school in one click', async () => {
    await page.getByRole('button', { name: 'Find common time' }).click();
    const list = page.getByRole('list', { name: 'Suggested times' });
    await list.waitFor({ timeout: 30_000 });
    const first = list.getByRole('button', { name: /^Use this time: / }).first();
    const label = (await first.getAttribute('aria-label'))!.replace(/^Use this time: /, '');
    await first.click();
    await page.getByText(`The meeting is now ${label}, at ${host.school}`, { exact: false }).waitFor();
    const item = page.getByRole('region', { name: 'Demo: the meeting in Outlook' });
    await expect(item.locator('[data-field="when"]').innerText()).resolves.toBe(label);
    await expect(item.locator('[data-field="location"]').innerText()).resolves.toContain(host.school);
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 60_000);

  it('marks it as protected collaboration: the category now, the tag once saved', async () => {
    await page.getByRole('button', { name: 'Mark as protected collaboration' }).click();
    await page.getByText("Common Time's tag goes on once the meeting is saved.", { exact: false }).waitFor();
    const item = page.getByRole('region', { name: 'Demo: the meeting in Outlook' });
    await expect(item.locator('[data-field="categories"]').innerText()).resolves.toBe('Protected collaboration, Learning walk');
    await page.getByRole('button', { name: 'Save now and tag' }).click();
    await page.getByText("Marked as protected collaboration time, with Common Time's tag.").waitFor({ timeout: 20_000 });
    await expect(item.locator('[data-field="saved"]').innerText()).resolves.toBe('Yes');
    // In the coach's calendar: one meeting, with the agenda, the place, the categories and the tag.
    const filter = encodeURIComponent(`subject eq '${SUBJECT}'`);
    const found = await graphAs(
      coach.upn,
      `/me/events?$filter=${filter}&$select=id,subject,body,location,categories,attendees&$expand=singleValueExtendedProperties($filter=id eq '${COMMON_TIME_TAG_ID}')`,
    );
    expect(found.value).toHaveLength(1);
    const event = found.value[0];
    bookedId = event.id;
    expect(event.categories).toEqual(['Protected collaboration', 'Learning walk']);
    expect(parseCommonTimeTag(event)?.kind).toBe('learningWalk');
    expect(event.location.displayName).toContain(host.school);
    expect(event.body.content).toContain('Protected collaboration time.');
    expect(event.attendees.map((a: any) => a.emailAddress.address.toLowerCase()).sort()).toEqual([host.upn, visitor.upn].map((a) => a.toLowerCase()).sort());
  }, 60_000);
});

describe('read: a principal opening the invitation from the Inbox', () => {
  it('shows the agenda and visit brief, and answers tentatively with a note the organizer gets', async () => {
    expect(bookedId).toBeDefined();
    const page = await openPane('?item=inbox', visitor.name);
    await page.getByRole('heading', { name: SUBJECT, level: 3 }).waitFor({ timeout: 20_000 });
    await page.getByText('Open in Outlook').waitFor();
    await expect(page.getByRole('region', { name: `Agenda for ${SUBJECT}` }).innerText()).resolves.toContain('Protected collaboration time.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Note to the organizer (optional)').fill('Coming after the 9:00 bus duty');
    await page.getByRole('button', { name: 'Tentative' }).click();
    await page.getByText('You tentatively accepted; the organizer has your answer.').waitFor({ timeout: 15_000 });
    const organizerCopy = await graphAs(coach.upn, `/me/events/${encodeURIComponent(bookedId)}?$select=attendees`);
    const answer = organizerCopy.attendees.find((a: any) => a.emailAddress.address.toLowerCase() === visitor.upn.toLowerCase());
    expect(answer.status.response).toBe('tentativelyAccepted');
    const messages = await graphAs(coach.upn, '/me/messages?$top=10');
    expect(messages.value.some((m: any) => m.subject === `Tentative: ${SUBJECT}` && m.body.content.includes('Coming after the 9:00 bus duty'))).toBe(true);
  }, 60_000);
});
