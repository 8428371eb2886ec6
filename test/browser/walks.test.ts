/**
 * A learning walk needs two yeses, in a real browser: a coach plans a small rotation and books it with the
 * hosts asked first; a host signs in and accepts; the coach sees that under Sent invites, Learning walks,
 * and invites the visitors (with this browser's storage cleared first: the rotation is found in Graph); a visitor sees the walk with the school as its location. One browser page,
 * switching people through the demo sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Page, Route } from 'playwright-core';
import type { SimUser } from '../../src/sim/state.js';
import { startStack } from './stack.js';
import type { Stack } from './stack.js';

let stack: Stack;
let page: Page;
let coach: SimUser;
let cohort: SimUser[];
const ZONE = 'America/New_York';

beforeAll(async () => {
  stack = await startStack();
  const users = stack.sim.state.users;
  coach = users.find((u) => u.role === 'coach' && u.mailboxSettings.timeZone === 'Eastern Standard Time')!;
  cohort = users.filter((u) => u.role === 'principal' && u.mailboxSettings.timeZone === 'Eastern Standard Time').slice(0, 3);
  page = await stack.newPage();
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function signIn(name: string): Promise<void> {
  const switchButton = page.getByRole('button', { name: 'Switch person' });
  if (await switchButton.isVisible()) await switchButton.click();
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
}

/** The coach's organizer copies of the rotation, read straight from the demo tenant. */
interface WalkCopy {
  id: string;
  start: { dateTime: string };
  end: { dateTime: string };
  location: { displayName: string };
  locations: { displayName: string; address?: { street?: string; city?: string; postalCode?: string } }[];
  attendees: { emailAddress: { address: string } }[];
}

async function coachWalks(): Promise<WalkCopy[]> {
  const response = await fetch(`${stack.sim.graphUrl}/me/events?$select=subject,start,end,location,locations,attendees,categories&$top=200`, {
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.userPrincipalName)}` },
  });
  const { value } = (await response.json()) as { value: (WalkCopy & { categories: string[] })[] };
  return value.filter((e) => e.categories.includes('Learning walk'));
}

let hostName: string;
let school: string;

describe('learning walks: two yeses', () => {
  it('the coach plans a rotation of three schools and books it, asking the hosts first', async () => {
    await page.goto(stack.app.url);
    await signIn(coach.displayName);
    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
    // The hand-picked cohort, as the form keeps it for the tab (picking people is tested in coach.test.ts).
    // Three weeks starting four weeks out, by the demo's clock: past the weeks the demo district fills
    // with one-off meetings, so only standing meetings and closures stand in the way and all three
    // visits fit whatever the date (even with the winter break inside: 15 weekdays, at most 9 closed).
    const firstMonday = DateTime.fromMillis(stack.now(), { zone: ZONE }).startOf('week').plus({ weeks: 4 });
    const form = {
      cohortMode: 'people',
      people: cohort.map((u) => ({ id: u.id, displayName: u.displayName, mail: u.mail, jobTitle: u.jobTitle, officeLocation: u.officeLocation })),
      kind: 'learningWalk',
      rotation: true,
      travelMinutes: '30',
      durationMinutes: 120,
      repeat: 'none',
      minAvailable: '',
      firstDate: firstMonday.toISODate(),
      lastDate: firstMonday.plus({ weeks: 2, days: 4 }).toISODate(),
    };
    await page.evaluate(`sessionStorage.setItem(${JSON.stringify(`common-time:find-time:${coach.userPrincipalName}`)}, ${JSON.stringify(JSON.stringify(form))})`);
    await page.reload();
    await page.getByRole('button', { name: 'Find time' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ of 3 visits placed/ })
      .waitFor({ timeout: 60_000 });
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /visits placed/ })
        .innerText(),
    ).toMatch(/3 of 3 visits placed/);

    const firstVisit = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first();
    school = (await firstVisit.getByRole('heading').innerText()).replace(/^Visit 1: /, '');
    hostName = (await firstVisit.getByText(/^Host: /).innerText()).replace(/^Host: /, '');

    const panel = page.getByRole('region', { name: /^Book the rotation: 3 learning walks/ });
    expect(await panel.getByRole('radio', { name: /^Ask hosts first/ }).isChecked()).toBe(true);
    await panel
      .getByRole('group', { name: 'Agenda for every walk' })
      .getByLabel(/^Shared focus of the rotation/)
      .fill('Student talk in every classroom');
    // The coach is asked only for the shared focus: the look-fors and the rest of each school's brief are the hosts'.
    expect(
      await panel
        .getByRole('group', { name: 'Agenda for every walk' })
        .getByLabel(/^Look-fors/)
        .count(),
    ).toBe(0);
    // A coach who already knows a school's focus question may still fill it in (hostBrief.test.ts: the host adds theirs).
    const first = cohort.find((u) => u.officeLocation === school)!;
    await panel.getByRole('button', { name: `Visit brief: ${first.officeLocation}` }).click();
    const brief = panel.getByRole('group', { name: `What ${first.displayName}'s visitors need to know` });
    await brief.getByLabel(/^Focus question/).fill(`How do students at ${first.officeLocation} explain their thinking?`);
    // The coach stops while the first walk is still on its way: the walks not tried are reported, and
    // booking again resumes. Graph's answers are held until the stop is clicked, so no timing decides it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route): Promise<void> => {
      await held;
      await route.continue();
    };
    await page.route('**/v1.0/**', hold);
    await panel.getByRole('button', { name: 'Book 3 walks' }).click();
    await panel.getByRole('button', { name: 'Stop after this walk' }).click();
    release();
    await panel.getByText('Not every walk is booked').waitFor({ timeout: 60_000 });
    await page.unroute('**/v1.0/**', hold);
    const results = panel.getByRole('list', { name: "Each walk's booking" }).getByRole('listitem');
    const stopped = await results.filter({ hasText: 'Not started' }).count();
    expect(stopped).toBeGreaterThan(0);
    const firstRun = await coachWalks();
    expect(firstRun).toHaveLength(3 - stopped);
    await panel.getByRole('button', { name: 'Book what is missing' }).click();
    await panel.getByText('Rotation booked').waitFor({ timeout: 60_000 });
    expect(await results.count()).toBe(3);
    expect(await results.filter({ hasText: 'Already booked' }).count()).toBe(3 - stopped);
    expect(await results.filter({ hasText: /^.*Booked.*only, to agree to host/s }).count()).toBe(stopped);
    await page.screenshot({ path: '/tmp/ct-walks-booked.png', fullPage: true });

    // In Graph: one walk per school, at the school, with only its host invited so far.
    const walks = await coachWalks();
    for (const w of firstRun) expect(walks.map((x) => x.id)).toContain(w.id);
    expect(walks.map((w) => w.location.displayName).sort()).toEqual(cohort.map((u) => u.officeLocation).sort());
    for (const w of walks) expect(w.attendees).toHaveLength(1);
    // The school's street address comes from its principal's directory profile (Graph keeps it on `locations`).
    for (const w of walks) {
      const seeded = stack.sim.state.schools.find((x) => x.name === w.location.displayName)!;
      expect(w.locations[0]).toMatchObject({
        displayName: seeded.name,
        address: { street: seeded.address.street, city: seeded.address.city, postalCode: seeded.address.postalCode },
      });
    }
    expect(await panel.getByText(/^No street address in the directory/).count()).toBe(0);
  }, 120_000);

  it('booking again creates only what is missing: a deleted walk comes back, nothing else is sent twice', async () => {
    const walks = await coachWalks();
    const gone = walks.find((w) => w.location.displayName !== school)!;
    const deleted = await fetch(`${stack.sim.graphUrl}/me/events/${encodeURIComponent(gone.id)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.userPrincipalName)}` },
    });
    expect(deleted.status).toBe(204);
    // A reload keeps the rotation: it lives in this browser, under Sent invites.
    await page.reload();
    await page.getByRole('tab', { name: 'Sent invites' }).click();
    const rotation = page.getByLabel('Rotation of 3 learning walks');
    await rotation.getByText('2 of 3 walks booked').waitFor({ timeout: 45_000 });
    await rotation.getByLabel(`${gone.location.displayName}, not booked`).getByText('Not booked', { exact: true }).waitFor();

    // Meanwhile its host took that time: nothing is booked, and the coach reads who and the next best time.
    const host = cohort.find((u) => u.officeLocation === gone.location.displayName)!;
    const busy = await fetch(`${stack.sim.graphUrl}/me/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(host.userPrincipalName)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'District budget meeting', start: { ...gone.start, timeZone: 'UTC' }, end: { ...gone.end, timeZone: 'UTC' }, showAs: 'busy' }),
    });
    expect(busy.status).toBe(201);
    await rotation.getByRole('button', { name: 'Book the 1 missing walk' }).click();
    const conflict = rotation.getByRole('alert').filter({ hasText: 'That time was just taken' });
    await conflict.waitFor({ timeout: 45_000 });
    expect(await conflict.innerText()).toMatch(
      new RegExp(`${host.displayName} is now busy for .*was not booked\\..*(Next best time for the same people: |Best time without |No common time)`, 's'),
    );
    expect(await coachWalks()).toHaveLength(2);
    await page.screenshot({ path: '/tmp/ct-walks-conflict.png' });
    const busyId = ((await busy.json()) as { id: string }).id;
    await fetch(`${stack.sim.graphUrl}/me/events/${encodeURIComponent(busyId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(host.userPrincipalName)}` },
    });

    await rotation.getByRole('button', { name: 'Book the 1 missing walk' }).click();
    await rotation.getByText('3 of 3 walks booked').waitFor({ timeout: 45_000 });
    const after = await coachWalks();
    expect(after).toHaveLength(3);
    expect(after.filter((w) => w.location.displayName === gone.location.displayName)).toHaveLength(1);
    // The two walks that were there are the same events (not sent again).
    for (const w of walks.filter((x) => x.id !== gone.id)) expect(after.map((x) => x.id)).toContain(w.id);
  }, 90_000);

  it('the host accepts; the coach sees it and invites the visitors; a visitor sees the walk at the school', async () => {
    await signIn(hostName);
    const invite = page
      .getByRole('listitem')
      .filter({ hasText: school })
      .filter({ has: page.getByRole('button', { name: 'Accept' }) });
    await invite.first().waitFor({ timeout: 45_000 });
    await invite.first().getByRole('button', { name: 'Accept' }).click();
    await page
      .getByText(/You accepted/)
      .first()
      .waitFor();

    // The coach comes back with this browser's storage cleared (or from another browser): the rotation is
    // found in Graph by its plan id, and each walk's visitors are read from the walk itself.
    await page.evaluate('window.localStorage.clear()');
    await signIn(coach.displayName);
    await page.getByRole('tab', { name: 'Sent invites' }).click();
    const rotation = page.getByLabel('Rotation of 3 learning walks');
    await page.screenshot({ path: '/tmp/ct-walks-from-graph.png', fullPage: true });
    await rotation.getByText('3 of 3 walks booked').waitFor({ timeout: 45_000 });
    // Only Graph's copy is listed (no badge from a plan kept in this browser).
    expect(await rotation.getByText('Hosts asked first').count()).toBe(0);
    const walk = page
      .getByRole('listitem')
      .filter({ has: page.getByText(school, { exact: true }) })
      .filter({ hasText: `Host ${hostName}: accepted` });
    await walk.waitFor({ timeout: 45_000 });
    await walk.getByText(`${hostName} agreed to host. Invite the visitors now.`).waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /Waiting for .* to agree to host/ })
        .count(),
    ).toBe(2);
    await page.screenshot({ path: '/tmp/ct-walks-host-accepted.png', fullPage: true });
    await page.getByRole('button', { name: 'Invite visitors' }).click();
    await walk.getByText('Invited 2 visitors.').waitFor({ timeout: 45_000 });
    await walk.getByText(/hosts; the visitors are invited and have not accepted yet/).waitFor();
    expect(await page.getByRole('button', { name: 'Invite visitors' }).isDisabled()).toBe(true);
    await page.screenshot({ path: '/tmp/ct-walks-visitors-invited.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/ct-walks-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    const visitor = cohort.find((u) => u.displayName !== hostName)!;
    await signIn(visitor.displayName);
    const visit = page.getByRole('listitem').filter({ hasText: `· ${school}` });
    await visit.first().waitFor({ timeout: 45_000 });
    expect(await visit.count()).toBe(1);
    await visit.getByRole('button', { name: 'Agenda and visit brief' }).click();
    const brief = await visit.getByRole('region').innerText();
    expect(brief).toContain(`How do students at ${school} explain their thinking?`);
    expect(brief).toContain('Student talk in every classroom');
    expect(brief).toContain(`Where: ${school}, ${stack.sim.state.schools.find((x) => x.name === school)!.address.street}`);
    await page.screenshot({ path: '/tmp/ct-walks-visitor.png', fullPage: true });
  }, 120_000);
});
