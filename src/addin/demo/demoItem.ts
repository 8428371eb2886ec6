/**
 * Which fake item the demo's task pane opens on, from the page address:
 *   /addin                          a new meeting (compose); `&to=a@x,b@y` puts attendees on it
 *   /addin?item=inbox               the collaboration invitation starting last, as the request in the Inbox
 *   /addin?item=request:<eventId>   that invite as its meeting request message
 *   /addin?item=event:<eventId>     that invite as the meeting in the calendar
 */
import type { AddinCalendar } from '../../graph/index.js';
import { createFakeCompose, createFakeRead } from './fakeMailbox.js';
import type { FakeOffice, FakePerson } from './fakeMailbox.js';

export type DemoItemChoice =
  | { readonly kind: 'compose'; readonly to: readonly string[]; readonly subject: string }
  | { readonly kind: 'event' | 'request'; readonly eventId: string }
  | { readonly kind: 'inbox' };

export function demoItemFromUrl(search: string): DemoItemChoice {
  const params = new URLSearchParams(search);
  const item = params.get('item') ?? 'compose';
  const [kind, ...rest] = item.split(':');
  const id = rest.join(':');
  if ((kind === 'event' || kind === 'request') && id) return { kind, eventId: id };
  if (kind === 'inbox') return { kind: 'inbox' };
  const to = (params.get('to') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.includes('@'));
  return { kind: 'compose', to, subject: params.get('subject') ?? 'New meeting' };
}

const HOUR = 3_600_000;

export async function createDemoItem(choice: DemoItemChoice, calendar: AddinCalendar, me: FakePerson, now: number): Promise<FakeOffice> {
  if (choice.kind === 'compose') {
    const profiles = await calendar.people(choice.to);
    const nameOf = (address: string) => profiles.find((p) => p.mail.toLowerCase() === address.toLowerCase())?.displayName ?? address;
    const required = choice.to.map((address) => ({ address, name: nameOf(address) }));
    // Outlook starts a new meeting at the next half hour, 30 minutes long.
    const start = Math.ceil(now / (HOUR / 2)) * (HOUR / 2);
    return createFakeCompose(calendar, me, { subject: choice.subject, bodyHtml: '<p></p>', start, end: start + HOUR / 2, location: '', categories: [], required, optional: [] });
  }
  if (choice.kind === 'inbox') {
    const invite = await calendar.latestInvitation({ start: now - 86_400_000, end: now + 60 * 86_400_000 });
    if (!invite)
      throw new Error("There is no collaboration invitation in this person's Inbox in the demo. Sign in as a principal who was invited, or open /addin to write a new meeting.");
    return createFakeRead(invite, me, true);
  }
  return createFakeRead(await calendar.meetingItem(choice.eventId), me, choice.kind === 'request');
}
