/**
 * Host-owned learning-walk briefs in a real browser, on a fixed date: the coach booked a walk with only the
 * rotation's shared focus (built through Graph here; booking from the tab is walks.test.ts); the host opens
 * My invites, adds their school's focus question, classrooms and look-fors and accepts in one step; the
 * coach sees under Sent invites that the host added theirs; a visitor reads it in the walk's visit brief;
 * the Outlook pane on the host's meeting shows the same card, with the brief they sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { planWalks } from '../../src/core/booking/index.js';
import type { RotationVisit } from '../../src/core/planning/index.js';
import { createGraphGateway } from '../../src/graph/index.js';
import { bookPlan } from '../../src/services/booking/bookPlan.js';
import { calendarOf } from '../../src/sim/calendar/model.js';
import { findUser } from '../../src/sim/state.js';
import { seriousViolations } from './support/axe.js';
import { startStack, type Stack } from './stack.js';

const START = Date.parse('2026-10-28T20:30:00Z'); // 16:30 Eastern, two weeks after the demo's today
const END = START + 7_200_000;
const SHARED_FOCUS = 'Student discourse in mathematics';
const QUESTION = 'How do students justify their answers?';
const CLASSROOM = 'Room 12, Mr Ortiz, grade 5 math';

let stack: Stack;
let coach: { address: string; name: string };
let host: { address: string; name: string };
let visitor: { address: string; name: string };
let school: string;
let subject: string;

beforeAll(async () => {
  stack = await startStack({ today: '2026-10-13' });
  const { users, schools } = stack.sim.state;
  const person = (u: (typeof users)[number]) => ({ address: u.userPrincipalName, name: u.displayName });
  coach = person(users.find((u) => u.role === 'coach')!);
  const gateway = (address: string) => createGraphGateway({ baseUrl: stack.sim.graphUrl, getToken: () => stack.sim.tokenFor(address) });
  // Two principals free for the whole walk (the seeded calendars have their own after-school items).
  const all = users.filter((u) => u.role === 'principal');
  const info = await gateway(coach.address).getSchedules(
    all.map((u) => u.userPrincipalName),
    { start: new Date(START).toISOString(), end: new Date(END).toISOString() },
    { intervalMinutes: 15 },
  );
  const free = new Set(info.filter((i) => /^0+$/.test(i.availabilityView ?? '')).map((i) => i.scheduleId!.toLowerCase()));
  const [h, v] = all.filter((u) => free.has(u.userPrincipalName.toLowerCase()));
  [host, visitor] = [person(h!), person(v!)];
  const hostSchool = schools.find((s) => s.principalId === h!.id)!;
  school = hostSchool.name;
  const attendee = (address: string, role: 'host' | 'visitor') => ({ id: address, role, travelMinutesBefore: 0, travelMinutesAfter: 0, committed: { start: START, end: END } });
  const visit: RotationVisit = {
    start: START,
    end: END,
    schoolId: hostSchool.id,
    schoolName: hostSchool.name,
    timeZone: 'America/New_York',
    attendees: [attendee(host.address, 'host'), attendee(visitor.address, 'visitor')],
    absent: [],
    explanation: '',
    travel: '',
  };
  // The coach gives only the shared focus: the host's fields are the host's.
  const plan = planWalks({
    organizer: coach,
    timeZone: 'America/New_York',
    rotation: { visits: [visit], unplaced: [], complete: true, searchNodes: 1 },
    people: { [host.address]: host, [visitor.address]: visitor },
    schools: { [hostSchool.id]: { name: hostSchool.name, address: { street: hostSchool.address.street, city: hostSchool.address.city } } },
    agenda: { fields: { sharedFocus: SHARED_FOCUS } },
  });
  expect((await bookPlan(gateway(coach.address), plan)).complete).toBe(true);
  subject = plan.drafts[0]!.subject;
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
}

const walkCard = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }) });

describe("a walk's host adds their school's visit brief", () => {
  it('the host adds the focus question, classrooms and look-fors and accepts in one step', async () => {
    const page = await stack.newPage();
    await signIn(page, host.name);
    const card = walkCard(page);
    const brief = card.getByRole('region', { name: "Your school's visit brief" });
    await brief.getByRole('button', { name: "Add your school's visit brief" }).click({ timeout: 45_000 });
    await brief.getByLabel(/^Focus question/).fill(QUESTION);
    await brief.getByLabel(/^Classrooms to visit/).fill(`Room 4, Ms Lee, grade 3 math\n${CLASSROOM}`);
    await brief.getByLabel(/^Look-fors/).fill('Students explain why\nTalk moves');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/host-brief-form.png', fullPage: true });
    // The open form in the dark theme and in forced colors (Windows high contrast) too, each from a fresh load in
    // that theme; the form stays open with what was typed (kept for this browser tab), so nothing is lost.
    for (const media of [
      { colorScheme: 'dark' as const, forcedColors: 'none' as const },
      { colorScheme: 'light' as const, forcedColors: 'active' as const },
      { colorScheme: 'light' as const, forcedColors: 'none' as const },
    ]) {
      await page.emulateMedia(media);
      await page.reload();
      expect(await brief.getByLabel(/^Focus question/).inputValue({ timeout: 45_000 })).toBe(QUESTION);
      expect(await seriousViolations(page)).toEqual([]);
      if (media.forcedColors === 'active') await page.screenshot({ path: 'test-results/screenshots/host-brief-form-forced-colors.png', fullPage: true });
    }
    await brief.getByRole('button', { name: 'Accept and send visit brief' }).click();
    await brief.getByText(/went to .* with your answer; Common Time adds it to the visitors' invitations when .* next opens Sent invites\./).waitFor({ timeout: 30_000 });
    await card.getByText('You accepted', { exact: true }).waitFor();
    // After a reload, read from Graph: the brief the host sent, offered for change.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await brief.getByText(`Focus question: ${QUESTION}`).waitFor({ timeout: 30_000 });
    await brief.getByRole('button', { name: "Change your school's visit brief" }).waitFor();
    await page.close();
  }, 120_000);

  it('the coach sees under Sent invites that the host added theirs', async () => {
    const page = await stack.newPage();
    await signIn(page, coach.name);
    await page.getByRole('tab', { name: 'Sent invites' }).click();
    const rotation = page.getByLabel('Rotation of 1 learning walks');
    await rotation.getByText(/1 of 1 host has added their visit brief\./).waitFor({ timeout: 45_000 });
    const walk = rotation.getByRole('listitem').filter({ has: page.getByText(school, { exact: true }) });
    await walk.getByText('Visit brief added').waitFor();
    await walk.getByText(`${host.name}'s visit brief: focus question "${QUESTION}", 2 classrooms, 2 look-fors; visitors see it in their invitation.`).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/host-brief-coach.png', fullPage: true });
    await page.close();
  }, 120_000);

  it("a visitor reads the host's brief beside the coach's shared focus", async () => {
    const page = await stack.newPage();
    await signIn(page, visitor.name);
    const card = walkCard(page);
    await card.getByRole('button', { name: 'Agenda and visit brief' }).click({ timeout: 45_000 });
    const agenda = card.getByRole('region', { name: `Agenda for ${subject}` });
    await agenda.getByText(QUESTION, { exact: false }).first().waitFor({ timeout: 15_000 });
    const text = await agenda.innerText();
    expect(text).toContain(SHARED_FOCUS);
    expect(text).toContain(CLASSROOM);
    expect(text).toContain('Talk moves');
    expect(text).toContain(`From the host, ${host.name}`);
    // The visitor is not the host: no brief form on their card.
    expect(await card.getByRole('region', { name: "Your school's visit brief" }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it("the Outlook pane on the host's meeting shows the brief they sent, offered for change", async () => {
    const copy = Object.values(calendarOf(stack.sim.state.calendars, findUser(stack.sim.state, host.address)!.id).events).find((e) => e.subject === subject)!;
    const page = await stack.newPage({ viewport: { width: 420, height: 900 } });
    // No network here: Office.js from Microsoft's CDN fails fast, as in a plain browser offline.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${stack.app.url}/addin?item=event:${encodeURIComponent(copy.id)}`);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${host.name}`) }).click();
    const brief = page.getByRole('region', { name: "Your school's visit brief" });
    await brief.getByText(`Focus question: ${QUESTION}`).waitFor({ timeout: 45_000 });
    await brief.getByRole('button', { name: "Change your school's visit brief" }).click();
    expect(await brief.getByLabel(/^Classrooms to visit/).inputValue()).toContain(CLASSROOM);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/host-brief-outlook-pane.png', fullPage: true });
    await page.close();
  }, 120_000);
});
