/**
 * A coach manages what was booked, on a fixed demo day (Monday 7 December 2026, 9:00 Eastern), so it passes
 * on any date: moves a booked session to another time (seen moved in Graph and on screen, after a reload
 * too); cancels one meeting of a series with a message (that meeting cancelled, the rest kept); and books a
 * weekly series across the winter break, which says which dates fall on closures, offers to skip or move
 * them, and skipping cancels just those dates. The district's closures come from the demo tenant's district
 * calendar mailbox, read through Graph (test/browser/stack.ts). Each journey signs in on its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DateTime } from 'luxon';
import { buildCommonTimeTag } from '../../src/graph/index.js';
import { seriousViolations } from './support/axe.js';
import { startStack, type Stack } from './stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ today: '2026-12-07T09:00' });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const NY = 'America/New_York';
const coach = () => stack.sim.state.users.filter((u) => u.role === 'coach')[0]!;
const principals = () => stack.sim.state.users.filter((u) => u.role === 'principal');

interface GraphEvent {
  id: string;
  subject: string;
  type: string;
  isCancelled?: boolean;
  seriesMasterId?: string | null;
  start: { dateTime: string; timeZone: string };
}

/** Graph as the coach, over HTTP. */
async function graph<T>(method: string, path: string, body?: unknown, who = coach().userPrincipalName): Promise<{ status: number; json: T }> {
  const response = await fetch(`${stack.sim.graphUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(who)}`, 'content-type': 'application/json', prefer: 'outlook.timezone="Eastern Standard Time"' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : undefined) as T };
}

/** A Common Time session the coach booked earlier (tagged as the app tags it), built through Graph. */
async function booked(subject: string, start: string, minutes: number, people: number[], recurrence?: unknown): Promise<string> {
  const begin = DateTime.fromISO(start, { zone: NY });
  const created = await graph<GraphEvent>('POST', '/me/events', {
    subject,
    start: { dateTime: begin.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'Eastern Standard Time' },
    end: { dateTime: begin.plus({ minutes }).toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'Eastern Standard Time' },
    attendees: people.map((i) => ({ emailAddress: { address: principals()[i]!.userPrincipalName, name: principals()[i]!.displayName }, type: 'required' })),
    showAs: 'busy',
    singleValueExtendedProperties: [buildCommonTimeTag({ kind: 'cohortMeeting', planId: `manage-${subject.replace(/\W+/g, '-')}` })],
    ...(recurrence ? { recurrence } : {}),
  });
  expect(created.status).toBe(201);
  return created.json.id;
}

/** The coach's meetings (occurrences expanded) between two local dates, as Graph has them. */
async function calendarView(from: string, to: string): Promise<GraphEvent[]> {
  const start = DateTime.fromISO(from, { zone: NY }).toUTC().toISO();
  const end = DateTime.fromISO(to, { zone: NY }).toUTC().toISO();
  const view = await graph<{ value: GraphEvent[] }>(
    'GET',
    `/me/calendarView?startDateTime=${encodeURIComponent(start!)}&endDateTime=${encodeURIComponent(end!)}&$top=500&$select=subject,start,type,isCancelled,seriesMasterId`,
  );
  expect(view.status).toBe(200);
  return view.json.value;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${coach().displayName}`) }).click();
  await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
}

async function openSent(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Sent invites' }).click();
  await page.getByRole('heading', { name: 'Sent invites and answers' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /booked sessions?\./ })
    .first()
    .waitFor({ timeout: 30_000 });
}

const card = (page: Page, subject: string) =>
  page
    .getByRole('list', { name: 'Sent invites' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: subject, exact: true }) });

describe('managing booked sessions', () => {
  it('moves a booked session to one of the next free times: moved in Graph, shown on screen, after a reload too', async () => {
    const subject = 'Cohort meeting: attendance data';
    const id = await booked(subject, '2026-12-10T10:00', 60, [0, 1]);
    const page = await stack.newPage();
    await signIn(page);
    await openSent(page);
    await card(page, subject).getByText('Thursday, December 10, 10:00 – 11:00 AM Eastern').waitFor();
    await card(page, subject)
      .getByRole('button', { name: `Move ${subject}` })
      .click();
    const dialog = page.getByRole('dialog');
    const offered = dialog.getByRole('radio', { name: /: everyone free$/ });
    await offered.first().waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/manage-move.png', fullPage: true });
    // On a phone-sized pane the dialog fits without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/manage-move-320.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The second time offered, by keyboard: arrow down the group, then Move.
    await offered.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await offered.nth(1).isChecked()).toBe(true);
    const chosen = (await offered.nth(1).evaluate((el) => el.closest('.fui-Radio')?.textContent ?? '')).replace(/: everyone free$/, '');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.getByText('Moved', { exact: true }).waitFor({ timeout: 30_000 });
    await dialog.getByText(`Now booked for ${chosen}.`).waitFor();

    // In Graph: the event itself moved (attendees are told by Graph's update).
    const event = await graph<GraphEvent>('GET', `/me/events/${id}?$select=subject,start`);
    const [day, time] = chosen.split(', ').length === 3 ? [chosen.split(', ').slice(0, 2).join(', '), chosen.split(', ')[2]!] : ['', ''];
    const graphStart = DateTime.fromISO(event.json.start.dateTime, { zone: NY });
    expect(`${graphStart.toFormat('cccc, LLLL d')}`).toBe(day);
    expect(time.startsWith(graphStart.toFormat('h:mm'))).toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('status')
      .getByText(/moved; everyone invited was told/)
      .waitFor();
    await card(page, subject).getByText(chosen).waitFor({ timeout: 30_000 });
    await page.reload();
    await page.getByRole('tab', { name: 'Sent invites' }).waitFor();
    await openSent(page);
    await card(page, subject).getByText(chosen).waitFor({ timeout: 30_000 });
    await page.close();
  }, 180_000);

  it('cancels one meeting of a series with a message: that meeting is cancelled, the rest are kept', async () => {
    const subject = 'Data dig: reading growth (series)';
    const seriesId = await booked(subject, '2026-12-08T14:00', 60, [2, 3], {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
      range: { type: 'numbered', startDate: '2026-12-08', numberOfOccurrences: 3, recurrenceTimeZone: 'Eastern Standard Time' },
    });
    const page = await stack.newPage();
    await signIn(page);
    await openSent(page);
    await card(page, subject)
      .getByRole('button', { name: `Cancel ${subject}` })
      .click();
    const dialog = page.getByRole('dialog');
    const which = dialog.getByRole('combobox', { name: 'Which meeting' });
    await which.waitFor({ timeout: 30_000 });
    expect(await which.locator('option').count()).toBe(3);
    await which.selectOption({ label: 'Tuesday, December 15, 2:00 – 3:00 PM Eastern' });
    await dialog.getByRole('textbox', { name: /Message to everyone invited/ }).fill('No data dig this week: state testing.');
    await dialog.getByRole('button', { name: 'Cancel the meeting...' }).click();
    await dialog.getByRole('alert').getByText('Cancel the meeting on Tuesday, December 15, 2:00 – 3:00 PM Eastern?').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/manage-cancel-confirm.png', fullPage: true });
    // The message goes with Graph's cancel of that one meeting (the demo tenant does not deliver mail, so it is read off the request).
    const cancelled = page.waitForRequest((r) => r.method() === 'POST' && /\/events\/[^/]+\/cancel$/.test(new URL(r.url()).pathname));
    await dialog.getByRole('button', { name: 'Yes, cancel it' }).click();
    const request = await cancelled;
    expect(JSON.parse(request.postData() ?? '{}')).toEqual({ Comment: 'No data dig this week: state testing.' });
    expect(decodeURIComponent(new URL(request.url()).pathname)).not.toContain(seriesId);
    await dialog.getByText('Cancelled', { exact: true }).waitFor({ timeout: 30_000 });
    await dialog.getByText(/2 meetings stay in the series\./).waitFor();
    expect(await which.locator('option').allInnerTexts()).toEqual(['Tuesday, December 8, 2:00 – 3:00 PM Eastern', 'Tuesday, December 22, 2:00 – 3:00 PM Eastern']);

    // In Graph: the series keeps December 8 and 22; December 15 is gone from the coach's calendar and
    // cancelled on the principal's.
    const mine = (await calendarView('2026-12-07', '2026-12-24')).filter((e) => e.seriesMasterId === seriesId);
    expect(mine.map((e) => e.start.dateTime.slice(0, 10))).toEqual(['2026-12-08', '2026-12-22']);
    const principal = principals()[2]!.userPrincipalName;
    const theirs = await graph<{ value: GraphEvent[] }>(
      'GET',
      `/me/calendarView?startDateTime=2026-12-15T05:00:00Z&endDateTime=2026-12-16T05:00:00Z&$select=subject,isCancelled,start`,
      undefined,
      principal,
    );
    const copy = theirs.json.value.find((e) => e.subject.includes('Data dig: reading growth'));
    expect(copy === undefined || copy.isCancelled === true).toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('status')
      .getByText(/This meeting of the series was cancelled and your message sent/)
      .waitFor();
    await card(page, subject).waitFor();
    await page.close();

    // The same dialog in the dark theme and in forced colors (Windows high contrast), each on its own page.
    for (const look of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const }]) {
      const other = await stack.newPage(look);
      await signIn(other);
      await openSent(other);
      await card(other, subject)
        .getByRole('button', { name: `Cancel ${subject}` })
        .click();
      await other.getByRole('dialog').getByRole('combobox', { name: 'Which meeting' }).waitFor({ timeout: 30_000 });
      await other.getByRole('dialog').getByRole('button', { name: 'Cancel the meeting...' }).click();
      await other.getByRole('dialog').getByRole('alert').waitFor();
      expect(await seriousViolations(other)).toEqual([]);
      await other.screenshot({ path: `test-results/screenshots/manage-cancel-confirm-${look.colorScheme ?? 'forced'}.png`, fullPage: true });
      await other.close();
    }
  }, 240_000);

  it('moves every meeting of a series to a new start time: a taken date is named and nothing moves; a free time moves all in Graph', async () => {
    const subject = 'Instructional rounds debrief (series)';
    const seriesId = await booked(subject, '2026-12-09T13:00', 60, [8, 9], {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'], firstDayOfWeek: 'sunday' },
      range: { type: 'numbered', startDate: '2026-12-09', numberOfOccurrences: 2, recurrenceTimeZone: 'Eastern Standard Time' },
    });
    // One required principal is busy on the second Wednesday at 15:00.
    const busy = principals()[9]!;
    const blocker = await graph<GraphEvent>(
      'POST',
      '/me/events',
      {
        subject: 'Budget hearing',
        start: { dateTime: '2026-12-16T15:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2026-12-16T16:00:00', timeZone: 'Eastern Standard Time' },
        showAs: 'busy',
      },
      busy.userPrincipalName,
    );
    expect(blocker.status).toBe(201);
    const page = await stack.newPage();
    await signIn(page);
    await openSent(page);
    await card(page, subject)
      .getByRole('button', { name: `Move ${subject}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Which meeting' }).waitFor({ timeout: 30_000 });
    // By keyboard: from "This meeting", arrow down to "Every meeting of the series".
    await dialog.getByRole('radio', { name: 'This meeting' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Every meeting of the series' }).isChecked()).toBe(true);
    const time = dialog.getByLabel(/New start time for every meeting/);
    await time.fill('15:00');
    await dialog.getByRole('button', { name: 'Move every meeting' }).click();
    await dialog.getByText('Not moved: some meetings are taken at that time').waitFor({ timeout: 30_000 });
    // Every taken date is named with who is busy then (the demo's seeded calendars may take other dates too).
    expect(await dialog.getByRole('status').innerText()).toMatch(new RegExp(`Wednesday, December 16: [^;]*${busy.displayName} \\(busy\\)[^;]*\\. Nothing was changed`));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/manage-move-series-conflict.png', fullPage: true });
    const unchanged = (await calendarView('2026-12-07', '2026-12-19')).filter((e) => e.seriesMasterId === seriesId);
    expect(unchanged.map((e) => e.start.dateTime.slice(0, 16))).toEqual(['2026-12-09T13:00', '2026-12-16T13:00']);

    await time.fill('14:00');
    await dialog.getByRole('button', { name: 'Move every meeting' }).click();
    await dialog.getByText('Moved', { exact: true }).waitFor({ timeout: 30_000 });
    await dialog.getByText('Every meeting moved; the next is Wednesday, December 9, 2:00 – 3:00 PM Eastern.').waitFor();
    await page.screenshot({ path: 'test-results/screenshots/manage-move-series-moved.png', fullPage: true });
    // In Graph: both meetings keep their dates at the new time, the series' pattern intact.
    const moved = (await calendarView('2026-12-07', '2026-12-19')).filter((e) => e.seriesMasterId === seriesId);
    expect(moved.map((e) => e.start.dateTime.slice(0, 16))).toEqual(['2026-12-09T14:00', '2026-12-16T14:00']);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('status')
      .getByText(/Every meeting of .* moved to 14:00/)
      .waitFor();
    await page.close();
  }, 180_000);

  it('right after booking from Find time, the booked session can be moved from the booking panel', async () => {
    const page = await stack.newPage();
    await signIn(page);
    const people = principals().slice(6, 8);
    await page.getByRole('radio', { name: 'Pick people' }).check();
    const search = page.getByRole('combobox', { name: /^Add people/ });
    for (const p of people) {
      await search.click();
      await search.pressSequentially(p.displayName.split(' ')[0]!, { delay: 20 });
      await page.getByRole('option', { name: new RegExp(p.displayName) }).click();
      await page.getByRole('button', { name: `Remove ${p.displayName}` }).waitFor();
    }
    await page.getByLabel('From').fill('2026-12-15');
    await page.getByLabel('To').fill('2026-12-17');
    await page.getByRole('button', { name: 'Find time' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /suggested times? for/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByRole('list', { name: /Suggestions/ })
      .getByRole('button', { name: 'Book this time' })
      .first()
      .click();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    await page.getByRole('textbox', { name: /^Presenting principal/ }).fill(people[0]!.displayName);
    await page.getByRole('textbox', { name: /^Problem of practice or data/ }).fill('Grade 5 writing samples');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked', { exact: true }).waitFor({ timeout: 30_000 });
    const move = page.getByRole('button', { name: /^Move Cohort meeting/ });
    await move.waitFor({ timeout: 15_000 });
    await move.click();
    const dialog = page.getByRole('dialog');
    const offered = dialog.getByRole('radio', { name: /: everyone free$/ });
    await offered.first().waitFor({ timeout: 30_000 });
    const chosen = (await offered.first().evaluate((el) => el.closest('.fui-Radio')?.textContent ?? '')).replace(/: everyone free$/, '');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.getByText(`Now booked for ${chosen}.`).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('status').getByText(`It is now ${chosen}.`).waitFor();
    // Still booked, read from Graph: no Book again.
    expect(await page.getByRole('button', { name: 'Book', exact: true }).count()).toBe(0);
    await page.close();
  }, 180_000);

  it('a weekly series across the winter break names the closure dates, offers skip or move, and skipping cancels just those dates', async () => {
    const page = await stack.newPage();
    await signIn(page);
    const people = principals().slice(4, 6);
    await page.getByRole('radio', { name: 'Pick people' }).check();
    const search = page.getByRole('combobox', { name: /^Add people/ });
    for (const p of people) {
      await search.click();
      await search.pressSequentially(p.displayName.split(' ')[0]!, { delay: 20 });
      await page.getByRole('option', { name: new RegExp(p.displayName) }).click();
      await page.getByRole('button', { name: `Remove ${p.displayName}` }).waitFor();
    }
    await page.getByRole('combobox', { name: 'Repeat' }).selectOption('weekly');
    await page.getByLabel('Starting').fill('2026-12-14');
    await page.getByRole('textbox', { name: /^Meetings/ }).fill('4');
    await page.getByRole('button', { name: 'Find time' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /repeating times? for \d+ people|No repeating time fits/ })
      .waitFor({ timeout: 60_000 });
    // Every weekday's series of four from December 14 meets once in the winter break (December 22 to January 2).
    // The first standing time free for everyone on every date but the closures: a person busy on a school day
    // would make the booking's last look refuse the series, which is another journey.
    const options = page.getByRole('list', { name: 'Suggestions' }).locator(':scope > li');
    let chosen = -1;
    for (let i = 0; i < (await options.count()) && chosen < 0; i++) {
      await options
        .nth(i)
        .getByRole('button', { name: /^All 4 dates/ })
        .click();
      const dates = await options.nth(i).locator('[role="region"] li, .fui-AccordionPanel li').allInnerTexts();
      if (dates.length === 4 && dates.some((d) => /schools closed \(Winter break\)/.test(d)) && dates.every((d) => /everyone free$|schools closed/.test(d))) chosen = i;
    }
    expect(chosen).toBeGreaterThanOrEqual(0);
    const first = options.nth(chosen);
    await first
      .getByText(/schools closed \(Winter break\); you can skip or move it when you book/)
      .first()
      .waitFor();
    await first.getByRole('button', { name: /^Book this series/ }).click();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();

    const closures = page.getByRole('region', { name: 'District closures' });
    await closures.getByText(/of the 4 dates falls? on (a )?district closures?: .*\(Winter break\)/).waitFor();
    const dates = closures.getByRole('list', { name: 'Dates on district closures' }).getByRole('listitem');
    const clashCount = await dates.count();
    expect(clashCount).toBeGreaterThan(0);
    expect(await dates.first().innerText()).toMatch(/Winter break\./);
    expect(await closures.getByRole('radio', { name: /^Skip them/ }).isChecked()).toBe(true);
    expect(await closures.getByRole('radio', { name: /^Move/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/manage-series-closures.png', fullPage: true });

    await page.getByRole('textbox', { name: /^Presenting principal/ }).fill(people[0]!.displayName);
    await page.getByRole('textbox', { name: /^Problem of practice or data/ }).fill('Attendance after the break');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').getByText('Booked', { exact: true }).first().waitFor({ timeout: 60_000 });
    const results = closures.getByRole('list', { name: 'What happened to each closure date' }).getByRole('listitem');
    await results.first().waitFor({ timeout: 60_000 });
    expect(await results.count()).toBe(clashCount);
    for (const text of await results.allInnerTexts()) expect(text).toMatch(/\(Winter break\): skipped; everyone was told why\.$/);
    await page.screenshot({ path: 'test-results/screenshots/manage-series-settled.png', fullPage: true });

    // In Graph: the series keeps its school-day meetings; none is left between December 22 and January 2.
    const series = (await calendarView('2026-12-14', '2027-01-16')).filter((e) => e.subject.startsWith('Cohort meeting') && e.type !== 'singleInstance');
    const days = series.map((e) => e.start.dateTime.slice(0, 10));
    expect(days.length).toBe(4 - clashCount);
    for (const d of days) expect(d < '2026-12-22' || d > '2027-01-02').toBe(true);
    // A reload still shows what happened to each date (kept for the tab), and nothing is settled twice.
    await page.reload();
    await page.getByRole('heading', { name: /^Book: / }).waitFor();
    await page.getByRole('list', { name: 'What happened to each closure date' }).getByRole('listitem').first().waitFor({ timeout: 30_000 });
    await page.close();
  }, 240_000);
});
