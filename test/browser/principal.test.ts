/**
 * A principal in a real browser: sees the collaboration invite a coach sent (booked through the demo
 * tenant's Graph API, as the booking service would), reads its agenda safely, and answers it; the
 * answer reaches the organizer's copy. Also: keyboard-only use, and the dark and high-contrast themes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BUILT_IN_TEMPLATES, renderAgenda } from '../../src/core/agenda/index.js';
import type { TemplateField } from '../../src/core/agenda/index.js';
import { startStack } from './stack.js';
import type { Stack } from './stack.js';

let stack: Stack;
let principal: { upn: string; name: string };
let coach: { upn: string; name: string };
let eventId: string;
const SUBJECT = 'Learning walk: Maple Grove reading blocks';

function sampleValue(field: TemplateField): unknown {
  if (field.type === 'list') return ['Students explain their thinking'];
  if (field.type === 'url') return 'https://example.org/brief';
  if (field.type === 'date') return '2026-12-01';
  return `${field.label} <img src=x onerror="window.__xss=1">`;
}

beforeAll(async () => {
  stack = await startStack();
  const users = stack.sim.state.users;
  const p = users.find((u) => u.role === 'principal')!;
  const c = users.find((u) => u.role === 'coach')!;
  principal = { upn: p.userPrincipalName, name: p.displayName };
  coach = { upn: c.userPrincipalName, name: c.displayName };

  const template = BUILT_IN_TEMPLATES.find((t) => t.kind === 'learningWalk')!;
  const values = Object.fromEntries(template.fields.filter((f) => f.required).map((f) => [f.id, sampleValue(f)]));
  const agenda = renderAgenda(template, values, { coachName: coach.name, hostSchool: 'Maple Grove Elementary' });
  // Three days ahead by the demo's clock (COMMON_TIME_TODAY may set it), where My invites looks.
  const start = new Date(stack.now() + 3 * 86_400_000);
  start.setUTCHours(15, 0, 0, 0);
  const response = await fetch(`${stack.sim.graphUrl}/me/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.upn)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: SUBJECT,
      // A raw script the sanitizer must remove, on top of the template's escaped field values.
      body: { contentType: 'html', content: `${agenda.html}<script>window.__xss=2</script>` },
      start: { dateTime: start.toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(start.getTime() + 2 * 3600_000).toISOString().slice(0, 19), timeZone: 'UTC' },
      location: { displayName: 'Maple Grove Elementary' },
      attendees: [{ emailAddress: { address: principal.upn, name: principal.name }, type: 'required' }],
      showAs: 'busy',
    }),
  });
  expect(response.status).toBe(201);
  eventId = ((await response.json()) as { id: string }).id;
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(stack.app.url);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
}

describe('principal: my invites', () => {
  let page: Page;

  it("lands on My invites and shows the coach's invite with its agenda, with nothing executable", async () => {
    page = await stack.newPage();
    await signIn(page, principal.name);
    await page.getByRole('heading', { name: SUBJECT }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab', { name: 'My invites' }).getAttribute('aria-selected')).toBe('true');
    // The attendee's copy carries no tag; the kind is read from the agenda.
    expect(await page.getByRole('listitem').filter({ hasText: SUBJECT }).getByText('Learning walk', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Agenda and visit brief' }).click();
    const agenda = page.getByRole('region', { name: `Agenda for ${SUBJECT}` });
    await expect(agenda.innerText()).resolves.toContain('Protected collaboration time.');
    expect(await agenda.locator('script, img, [onerror]').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await page.screenshot({ path: '/tmp/ct-principal-invites.png', fullPage: true });
  }, 90_000);

  it("answers tentatively with a note, and the organizer's copy shows the answer", async () => {
    await page.getByLabel('Note to the organizer (optional)').fill('I can host the debrief in the library.');
    await page.getByRole('button', { name: 'Tentative' }).click();
    await page.getByText(`You tentatively accepted "${SUBJECT}".`).waitFor();
    const organizerCopy = await fetch(`${stack.sim.graphUrl}/me/events/${encodeURIComponent(eventId)}?$select=attendees`, {
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.upn)}` },
    });
    const { attendees } = (await organizerCopy.json()) as { attendees: { emailAddress: { address: string }; status: { response: string } }[] };
    const answer = attendees.find((a) => a.emailAddress.address.toLowerCase() === principal.upn.toLowerCase());
    expect(answer?.status.response).toBe('tentativelyAccepted');
  }, 90_000);
});

describe('keyboard only', () => {
  it('signs in, switches screens and opens an agenda without a mouse', async () => {
    const page = await stack.newPage();
    await page.goto(stack.app.url);
    await page.getByRole('searchbox', { name: /Filter people/ }).waitFor();
    await page.keyboard.press('Tab'); // into the filter box
    await page.keyboard.type(principal.name);
    await page.keyboard.press('Tab'); // to the only matching person
    // The button's name is its own text: "Sign in as", then the person as shown.
    expect(await page.evaluate('document.activeElement.textContent')).toMatch(new RegExp(`^Sign in as .*${principal.name}`));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: SUBJECT }).waitFor({ timeout: 60_000 });

    // Tab reaches the screen tabs: a principal's navigation holds only the screen they use (arrow keys
    // between screens are exercised with the district admin's two, in report.test.ts).
    let guard = 0;
    while ((await page.evaluate('document.activeElement.getAttribute("role")')) !== 'tab' && guard++ < 15) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('My invites');
    expect(await page.getByRole('tab').count()).toBe(1);

    guard = 0;
    while (!/Agenda and visit brief/.test(String(await page.evaluate('document.activeElement.textContent'))) && guard++ < 25) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: `Agenda for ${SUBJECT}` }).waitFor();
  }, 90_000);
});

describe('themes', () => {
  async function backgroundLuminance(page: Page): Promise<number> {
    const rgb = String(await page.evaluate('getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor'));
    const [r, g, b] = (rgb.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  }

  it('follows a dark operating-system theme', async () => {
    const page = await stack.newPage({ colorScheme: 'dark' });
    await signIn(page, coach.name);
    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
    expect(await page.locator('.fui-FluentProvider').first().getAttribute('data-theme')).toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.25);
    await page.screenshot({ path: '/tmp/ct-dark.png' });
  }, 90_000);

  it('switches to the high-contrast theme under forced colors', async () => {
    const page = await stack.newPage({ forcedColors: 'active' });
    await page.goto(stack.app.url);
    await page.getByRole('searchbox', { name: /Filter people/ }).waitFor();
    expect(await page.locator('.fui-FluentProvider').first().getAttribute('data-theme')).toBe('contrast');
  }, 90_000);

  it('in Outlook, the pane opened on the meeting shows that invite, agenda open', async () => {
    const filter = encodeURIComponent(`subject eq '${SUBJECT.replace(/'/g, "''")}'`);
    const copies = await fetch(`${stack.sim.graphUrl}/me/events?$filter=${filter}&$select=id,start,end`, {
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(principal.upn)}` },
    });
    const copy = ((await copies.json()) as { value: { id: string; start: { dateTime: string }; end: { dateTime: string } }[] }).value[0]!;
    const page = await stack.newPage({ viewport: { width: 360, height: 720 } });
    // Office.js itself is on Microsoft's CDN; here only the members the pane uses, as office-addin-mock would seed them.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.addInitScript(
      ({ id, upn, subject, start, end, organizer }) => {
        Object.assign(globalThis, {
          Office: {
            onReady: () => Promise.resolve({ host: 'Outlook', platform: 'PC' }),
            context: {
              requirements: { isSetSupported: (name: string, version: string) => name === 'Mailbox' && Number(version.split('.')[1]) <= 14 },
              mailbox: {
                userProfile: { emailAddress: upn },
                item: {
                  itemId: `ews:${id}`,
                  itemType: 'appointment',
                  subject,
                  start: new Date(`${start}Z`),
                  end: new Date(`${end}Z`),
                  organizer: { displayName: '', emailAddress: organizer },
                },
                convertToRestId: (ewsId: string) => ewsId.replace(/^ews:/, ''),
              },
            },
          },
        });
      },
      { id: copy.id, upn: principal.upn, subject: SUBJECT, start: copy.start.dateTime.slice(0, 19), end: copy.end.dateTime.slice(0, 19), organizer: coach.upn },
    );
    await page.goto(`${stack.app.url}/addin?_host_Info=Outlook$Win32$16.02$en-US`);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${principal.name}`) }).click();
    await page.getByText('Open in Outlook').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: SUBJECT }).waitFor();
    await page.getByRole('region', { name: `Agenda for ${SUBJECT}` }).waitFor();
  }, 90_000);

  it('the Outlook task pane works without Office.js in the demo, on a fake item', async () => {
    const filter = encodeURIComponent(`subject eq '${SUBJECT.replace(/'/g, "''")}'`);
    const copies = await fetch(`${stack.sim.graphUrl}/me/events?$filter=${filter}&$select=id`, { headers: { authorization: `Bearer ${await stack.sim.tokenFor(principal.upn)}` } });
    const principalCopyId = ((await copies.json()) as { value: { id: string }[] }).value[0]!.id;
    const page = await stack.newPage({ viewport: { width: 360, height: 720 } });
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${stack.app.url}/addin?item=event:${encodeURIComponent(principalCopyId)}`);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${principal.name}`) }).click();
    await page.getByRole('heading', { name: SUBJECT }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate('typeof Office')).toBe('undefined');
    await page.screenshot({ path: '/tmp/ct-addin.png', fullPage: true });
  }, 90_000);
});

// Last: a declined meeting leaves the principal's calendar, as in Outlook.
describe('declining', () => {
  it('declines proposing another time; Accept is off while a proposal is set', async () => {
    const page = await stack.newPage();
    await signIn(page, principal.name);
    await page.getByRole('heading', { name: SUBJECT }).waitFor({ timeout: 60_000 });
    await page.getByRole('switch', { name: /Propose another time/ }).check();
    expect(await page.getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    await page.getByLabel('Proposed start').fill('13:30');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByText(`You declined "${SUBJECT}" and proposed another time.`).waitFor();
    const organizerCopy = await fetch(`${stack.sim.graphUrl}/me/events/${encodeURIComponent(eventId)}?$select=attendees`, {
      headers: { authorization: `Bearer ${await stack.sim.tokenFor(coach.upn)}` },
    });
    const { attendees } = (await organizerCopy.json()) as {
      attendees: { emailAddress: { address: string }; status: { response: string }; proposedNewTime?: { start: { dateTime: string } } }[];
    };
    const answer = attendees.find((a) => a.emailAddress.address.toLowerCase() === principal.upn.toLowerCase());
    expect(answer?.status.response).toBe('declined');
    expect(answer?.proposedNewTime?.start.dateTime).toBeDefined();
  }, 90_000);
});
