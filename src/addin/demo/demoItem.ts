/**
 * Which fake item the demo's task pane opens on, from the page address:
 *   /addin                          a new meeting (compose); `&to=a@x,b@y` puts attendees on it
 *   /addin?item=inbox               the newest collaboration invitation, as the request in the Inbox
 *   /addin?item=request:<eventId>   that invite as its meeting request message
 *   /addin?item=event:<eventId>     that invite as the meeting in the calendar
 */
import type { GraphGateway } from '../../graph/index.js';
import { INVITE_FIELDS } from '../../ui/graph/browserGateway.js';
import { isCommonTimeInvite } from '../../ui/graph/commonTimeInvite.js';
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
  const to = (params.get('to') ?? '').split(',').map((a) => a.trim()).filter((a) => a.includes('@'));
  return { kind: 'compose', to, subject: params.get('subject') ?? 'New meeting' };
}

const HOUR = 3_600_000;

export async function createDemoItem(choice: DemoItemChoice, graph: GraphGateway, me: FakePerson, now: number): Promise<FakeOffice> {
  if (choice.kind === 'compose') {
    const profiles = choice.to.length > 0 ? await graph.getUsersMany(choice.to, { select: ['displayName', 'mail'] }) : [];
    const required = choice.to.map((address, i) => ({ address, name: profiles[i]?.profile?.displayName ?? address }));
    // Outlook starts a new meeting at the next half hour, 30 minutes long.
    const start = Math.ceil(now / (HOUR / 2)) * (HOUR / 2);
    return createFakeCompose(graph, me, { subject: choice.subject, bodyHtml: '<p></p>', start, end: start + HOUR / 2, location: '', categories: [], required, optional: [] });
  }
  if (choice.kind === 'inbox') {
    const events = await graph.calendarView('me', new Date(now - 86_400_000).toISOString(), new Date(now + 60 * 86_400_000).toISOString(), { select: INVITE_FIELDS, maxPageSize: 200 }).collect();
    const invite = events.filter((e) => isCommonTimeInvite(e) && !e.isOrganizer && !e.isCancelled).at(-1);
    if (!invite) throw new Error('There is no collaboration invitation in this person\'s Inbox in the demo. Sign in as a principal who was invited, or open /addin to write a new meeting.');
    return createFakeRead(invite, me, true);
  }
  const event = await graph.getEvent('me', choice.eventId, { select: INVITE_FIELDS, timeZone: 'UTC' });
  return createFakeRead(event, me, choice.kind === 'request');
}
