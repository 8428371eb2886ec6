/**
 * Principal-supervisor partnerships in a real browser over the demo tenant, on a fixed day: a seeded
 * supervisor books stage 1 with one of their principals, sees it booked after a reload, and stage 2 is next;
 * joint work at the school (stage 3) is booked in Graph at the principal's school with no Teams link; another
 * coach choosing that principal is told whose principal it is, and nothing is booked. Each state is scanned by
 * axe in light, dark and high contrast, and pictured in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { BookingPerson } from '../../src/core/booking/index.js';
import { createGraphGateway } from '../../src/graph/index.js';
import { bookPartnershipStage } from '../../src/services/relations/partnership.js';
import { calendarOf } from '../../src/sim/calendar/model.js';
import type { SimUser } from '../../src/sim/state.js';
import { seriousViolations } from './support/axe.js';
import { startStack, type Stack } from './stack.js';
import { tabTo } from './support/keyboard.js';

const SHOTS = path.resolve('test-results/screenshots');
const LONG = { timeout: 90_000 };
const NY = 'America/New_York';
let stack: Stack;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack({ today: '2026-10-13' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const users = () => stack.sim.state.users;
/** The elementary schools' supervisor: seeded as a coach, the manager of a group of principals. */
const supervisor = (): SimUser => users().find((u) => u.id === users().find((p) => p.role === 'principal' && p.officeLocation.includes('Elementary'))!.managerId)!;
/** Their principals, as the screen lists them (by name). */
const theirPrincipals = (): SimUser[] =>
  users()
    .filter((u) => u.managerId === supervisor().id)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
/** A coach who supervises nobody. */
const otherCoach = (): SimUser => users().find((u) => u.role === 'coach' && u.jobTitle === 'Principal Coach' && !users().some((p) => p.managerId === u.id))!;
const person = (u: SimUser): BookingPerson => ({ address: u.userPrincipalName, name: u.displayName });

async function openPartnerships(who: SimUser, options: Parameters<Stack['newPage']>[0] = {}): Promise<Page> {
  const page = await stack.newPage(options);
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${who.displayName}`) }).click(LONG);
  await page.getByRole('tab', { name: 'Partnerships' }).click(LONG);
  await page.getByRole('heading', { name: 'Partnerships with your principals', level: 2 }).waitFor(LONG);
  await page
    .getByRole('status')
    .filter({ hasText: /report to you/ })
    .waitFor(LONG);
  return page;
}

function card(page: Page, name: string) {
  return page
    .getByRole('list', { name: 'Your principals' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, level: 3 }) });
}

/** Opens the next stage's booking, searches the default dates, and picks the first time offered. */
async function chooseFirstTime(page: Page, name: string, stageNumber: number): Promise<void> {
  await card(page, name)
    .getByRole('button', { name: `Book stage ${stageNumber} with ${name}` })
    .click();
  await page.getByRole('heading', { name: new RegExp(`^Book Stage ${stageNumber}: .* with ${name}$`) }).waitFor(LONG);
  await page.getByRole('button', { name: 'Find times' }).click();
  const times = page.getByRole('radiogroup');
  await times.waitFor(LONG);
  await times.getByRole('radio').first().check();
}

async function scan(page: Page, shot: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `partnerships-${shot}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

describe('principal-supervisor partnerships', () => {
  it('a supervisor books stage 1 with one of their principals, sees it booked after a reload, and stage 2 is next', async () => {
    const principal = theirPrincipals()[0]!;
    const page = await openPartnerships(supervisor());
    await page.getByText(`${theirPrincipals().length} principals report to you.`).waitFor(LONG);
    expect(await page.getByRole('list', { name: 'Your principals' }).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(theirPrincipals().map((p) => p.displayName));
    await card(page, principal.displayName).getByText('Next: Stage 1: building the partnership.').waitFor();
    await scan(page, 'list-light');

    await chooseFirstTime(page, principal.displayName, 1);
    const time = await page.getByRole('radiogroup').locator('label').first().innerText();
    expect(await page.getByText('Where: a Teams meeting (online).').count()).toBe(1);
    await page.getByRole('textbox', { name: /^Working agreements/ }).fill('We speak candidly\nWhat we discuss stays between us');
    await scan(page, 'booking-light');
    await page.getByRole('button', { name: 'Book stage 1', exact: true }).click();
    await page.getByText(new RegExp(`^Stage 1: building the partnership is booked with ${principal.displayName} for `)).waitFor(LONG);
    // Focus goes to what was booked.
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toMatch(/is booked with/);

    await page.reload();
    await page.getByRole('heading', { name: 'Partnerships with your principals', level: 2 }).waitFor(LONG);
    const stages = card(page, principal.displayName).getByRole('list', { name: `Partnership stages with ${principal.displayName}` });
    await stages.getByRole('listitem').first().getByText('Booked', { exact: true }).waitFor(LONG);
    expect(await stages.getByRole('listitem').first().innerText()).toContain(`Stage 1: building the partnership: booked for ${time}`);
    await card(page, principal.displayName).getByText('Next: Stage 2: learning-focused conversation.').waitFor();
    await card(page, principal.displayName)
      .getByRole('button', { name: `Book stage 2 with ${principal.displayName}` })
      .waitFor();
    // The other principals are untouched.
    await card(page, theirPrincipals()[1]!.displayName).getByText('Next: Stage 1: building the partnership.').waitFor();

    for (const [label, options] of [
      ['dark', { colorScheme: 'dark' }],
      ['high-contrast', { forcedColors: 'active' }],
      ['side-panel', { viewport: { width: 320, height: 900 } }],
    ] as const) {
      const themed = await openPartnerships(supervisor(), options);
      await card(themed, principal.displayName).getByText('Next: Stage 2: learning-focused conversation.').waitFor(LONG);
      await scan(themed, `list-${label}`);
      await chooseFirstTime(themed, principal.displayName, 2);
      await scan(themed, `booking-${label}`);
      // Nothing scrolls sideways, even in a Teams side panel.
      expect(await themed.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
      await themed.close();
    }
    await page.close();
  }, 300_000);

  it("books joint work (stage 3) at the principal's school by keyboard alone: in Graph it has the school's location and no Teams link", async () => {
    const principal = theirPrincipals()[1]!;
    const school = stack.sim.state.schools.find((s) => s.principalId === principal.id)!;
    // Stages 1 and 2 are booked through Graph first (after school on two later days), as an earlier session would have.
    const graph = createGraphGateway({ baseUrl: stack.sim.graphUrl, getToken: () => stack.sim.tokenFor(supervisor().userPrincipalName) });
    const earlier = [
      { stage: 'partnershipBuilding', slot: '2026-10-20T21:00:00Z', agenda: { agreements: ['Candour'] } },
      { stage: 'partnershipLearningConversation', slot: '2026-10-27T21:00:00Z', agenda: { focus: 'Feedback to teachers' } },
    ] as const;
    for (const { stage, slot, agenda } of earlier) {
      const start = Date.parse(slot);
      const result = await bookPartnershipStage(graph, {
        me: person(supervisor()),
        principal: person(principal),
        stage,
        timeZone: NY,
        slot: { start, end: start + 3_600_000 },
        agenda: { fields: agenda },
      });
      expect(result).toMatchObject({ status: 'booked', report: { complete: true } });
    }

    // By keyboard alone: only key presses act on the page; it is read to know where focus is and what it shows.
    const page = await openPartnerships(supervisor());
    await card(page, principal.displayName).getByText('Next: Stage 3: joint work at the school.').waitFor(LONG);
    const button = (text: string) => `el.tagName === 'BUTTON' && el.textContent === ${JSON.stringify(text)}`;
    const field = (label: string) => `Boolean(el.labels && el.labels[0] && el.labels[0].textContent.startsWith(${JSON.stringify(label)}))`;
    await tabTo(page, 'the Book stage 3 button', button(`Book stage 3 with ${principal.displayName}`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Book Stage 3: joint work at the school with ${principal.displayName}` }).waitFor(LONG);
    expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('H4');
    await page.getByText(new RegExp(`^Where: ${school.name}, ${school.address.street}.*In person at the school, not a Teams meeting\\.$`)).waitFor();
    await tabTo(page, 'Find times', button('Find times'));
    await page.keyboard.press('Enter');
    await page.getByRole('radiogroup').waitFor(LONG);
    await tabTo(page, 'the first time offered', `el.getAttribute('type') === 'radio'`);
    await page.keyboard.press('Space');
    expect(await page.getByRole('radiogroup').getByRole('radio').first().isChecked()).toBe(true);
    await tabTo(page, 'Improvement goal', field('Improvement goal'));
    await page.keyboard.type('Stronger feedback cycles in grade 3');
    await tabTo(page, 'What we will do together', field('What we will do together'));
    await page.keyboard.type('Observe two classrooms together, then plan feedback');
    await tabTo(page, 'the Book stage 3 button', button('Book stage 3'));
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`^Stage 3: joint work at the school is booked with ${principal.displayName} for `)).waitFor(LONG);
    await card(page, principal.displayName).getByText('All three stages are booked.').waitFor(LONG);
    expect(
      await card(page, principal.displayName)
        .getByRole('button', { name: /^Book stage/ })
        .count(),
    ).toBe(0);
    await scan(page, 'all-booked-light');

    const [joint] = await graph.findTaggedEvents('me', { kind: 'partnershipJointWork' });
    expect(joint).toBeDefined();
    const event = joint!.event;
    expect(event.attendees?.map((a) => a.emailAddress?.address)).toEqual([principal.userPrincipalName]);
    expect(event.location?.displayName).toBe(school.name);
    expect(event.locations?.[0]).toMatchObject({ displayName: school.name, address: { street: school.address.street, city: school.address.city } });
    expect(event.isOnlineMeeting).toBe(false);
    expect(event.onlineMeeting?.joinUrl ?? null).toBeNull();
    expect(Date.parse(`${event.start!.dateTime}Z`)).toBeGreaterThan(Date.parse(earlier[1].slot));
    await page.close();
  }, 300_000);

  it('another coach choosing a principal who is not theirs is told whose principal it is, and nothing is booked', async () => {
    const principal = theirPrincipals()[2]!;
    const coach = otherCoach();
    const page = await openPartnerships(coach);
    await page.getByText('No principals report to you in the directory.').waitFor(LONG);
    const search = page.getByRole('combobox', { name: /^Principal/ });
    await search.click();
    await search.pressSequentially(principal.displayName.split(' ')[0]!, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(principal.displayName) }).click(LONG);
    const alert = page.getByRole('alert').filter({ hasText: 'is not one of your principals' });
    await alert.waitFor(LONG);
    expect(await alert.innerText()).toBe(
      `${principal.displayName} is not one of your principals: their supervisor is ${supervisor().displayName}. Partnership sessions are one-to-one between a principal and their own supervisor, so ${supervisor().displayName} books them.`,
    );
    expect(await page.getByRole('button', { name: /^Book stage/ }).count()).toBe(0);
    await scan(page, 'not-yours-light');
    const coachEvents = Object.values(calendarOf(stack.sim.state.calendars, coach.id).events);
    expect(coachEvents.filter((e) => e.subject.startsWith('Stage'))).toEqual([]);
    await page.close();
  }, 180_000);
});
