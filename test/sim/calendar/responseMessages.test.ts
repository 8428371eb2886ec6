/**
 * An attendee's answer with a comment, over real HTTP: the events stay as Graph's event resource has
 * them (no comment property anywhere), and the organizer's mailbox receives the response message
 * (microsoft.graph.eventMessageResponse) whose body carries the comment as plain text: escaped in the
 * default HTML body, verbatim with Prefer: outlook.body-content-type="text", never active HTML.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness, type Harness } from './harness.js';
import type { SimUser } from '../../../src/sim/state.js';
import { graphEnum, graphProperties } from '../graphTypes.js';

let h: Harness;
let coach: SimUser;
let p1: SimUser;
let p2: SimUser;

beforeAll(async () => {
  h = await startHarness();
  [coach] = h.coaches as [SimUser];
  [p1, p2] = h.principals as [SimUser, SimUser];
});
afterAll(async () => h.close());

async function invite(subject: string, day: string): Promise<{ organizerId: string; copyOf: (p: SimUser) => Promise<any> }> {
  const made = await h.call(coach, 'POST', '/me/events', {
    subject,
    body: { contentType: 'HTML', content: '<p>Agenda</p>' },
    start: { dateTime: `${day}T09:00:00`, timeZone: 'Eastern Standard Time' },
    end: { dateTime: `${day}T10:00:00`, timeZone: 'Eastern Standard Time' },
    attendees: [p1, p2].map((p) => ({ emailAddress: { address: p.mail, name: p.displayName }, type: 'required' })),
  });
  expect(made.status).toBe(201);
  const copyOf = async (p: SimUser): Promise<any> => {
    const all = await h.call(p, 'GET', '/me/events?$top=1000');
    return all.body.value.find((e: any) => e.iCalUId === made.body.iCalUId);
  };
  return { organizerId: made.body.id, copyOf };
}

async function responsesTo(organizerEventSubject: string, headers: Record<string, string> = {}): Promise<any[]> {
  const res = await h.call(coach, 'GET', '/me/messages?$top=100', undefined, headers);
  expect(res.status).toBe(200);
  return res.body.value.filter((m: any) => String(m.subject).endsWith(organizerEventSubject));
}

/** Only the wrapper the demo tenant writes around a text body, and line breaks: no element from the comment. */
const INERT_HTML =
  /^<html><head>\r\n<meta http-equiv="Content-Type" content="text\/html; charset=utf-8">\r\n<\/head>\r\n<body>\r\n<div>([^<>]|<br>)*<\/div>\r\n<\/body>\r\n<\/html>\r\n$/;

describe('answer comments', () => {
  it('are not stored on either copy of the event (Graph has no such property), and the organizer receives an eventMessageResponse', async () => {
    const { organizerId, copyOf } = await invite('Data dig: spring benchmarks', '2026-04-14');
    const copy = await copyOf(p1);
    const comment = 'Running late from bus duty; I will join by 9:15.';
    expect((await h.call(p1, 'POST', `/me/events/${copy.id}/tentativelyAccept`, { comment, sendResponse: true })).status).toBe(202);
    const organizerEvent = await h.call(coach, 'GET', `/me/events/${organizerId}`);
    const attendeeCopy = await h.call(p1, 'GET', `/me/events/${copy.id}`);
    expect(JSON.stringify(organizerEvent.body)).not.toContain('bus duty');
    expect(JSON.stringify(attendeeCopy.body)).not.toContain('bus duty');
    expect(organizerEvent.body.attendees.find((a: any) => a.emailAddress.address === p1.mail).status.response).toBe('tentativelyAccepted');

    const [message, ...rest] = await responsesTo('Data dig: spring benchmarks');
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      '@odata.type': '#microsoft.graph.eventMessageResponse',
      subject: 'Tentative: Data dig: spring benchmarks',
      meetingMessageType: 'meetingTenativelyAccepted',
      responseType: 'tentativelyAccepted',
      isRead: false,
      isDraft: false,
      bodyPreview: comment,
      from: { emailAddress: { address: p1.mail, name: p1.displayName } },
      sender: { emailAddress: { address: p1.mail, name: p1.displayName } },
      toRecipients: [{ emailAddress: { address: coach.mail, name: coach.displayName } }],
      startDateTime: { dateTime: '2026-04-14T13:00:00.0000000', timeZone: 'UTC' },
      endDateTime: { dateTime: '2026-04-14T14:00:00.0000000', timeZone: 'UTC' },
    });
    expect(message.body.contentType).toBe('html');
    expect(message.body.content).toMatch(INERT_HTML);
    expect(message.body.content).toContain(comment);
    // Every property is one of microsoft.graph.eventMessageResponse's (and its bases'), with Graph's enum values.
    const known = graphProperties('EventMessageResponse');
    expect(Object.keys(message).filter((k) => !k.startsWith('@odata.') && !known.has(k))).toEqual([]);
    expect(graphEnum('MeetingMessageType')).toContain(message.meetingMessageType);
    const one = await h.call(coach, 'GET', `/me/messages/${message.id}?$expand=event`);
    expect(one.status).toBe(200);
    expect(one.body.event.id).toBe(organizerId);
  });

  it('keep HTML in a comment as text: escaped in the HTML body, verbatim in the text body, never active', async () => {
    const { copyOf } = await invite('Learning walk: Oak Hill', '2026-04-15');
    const comment = 'Can\'t make it <script>alert(1)</script><img src=x onerror="alert(2)"> & "sub" day\nTry Thursday?';
    const copy = await copyOf(p2);
    expect((await h.call(p2, 'POST', `/me/events/${copy.id}/decline`, { comment })).status).toBe(202);
    const [html] = await responsesTo('Learning walk: Oak Hill');
    expect(html.subject).toBe('Declined: Learning walk: Oak Hill');
    expect(html.meetingMessageType).toBe('meetingDeclined');
    expect(html.body.content).toMatch(INERT_HTML);
    expect(html.body.content).not.toMatch(/<(script|img)/i);
    expect(html.body.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &quot;sub&quot; day<br>Try Thursday?');
    const [text] = await responsesTo('Learning walk: Oak Hill', { Prefer: 'outlook.body-content-type="text"' });
    expect(text.body).toEqual({ contentType: 'text', content: comment });
  });

  it('send no message when sendResponse is false, and an empty body when there is no comment', async () => {
    const { copyOf } = await invite('Cohort check-in', '2026-04-16');
    expect((await h.call(p1, 'POST', `/me/events/${(await copyOf(p1)).id}/accept`, { comment: 'silent', sendResponse: false })).status).toBe(202);
    expect((await h.call(p2, 'POST', `/me/events/${(await copyOf(p2)).id}/accept`, {})).status).toBe(202);
    const messages = await responsesTo('Cohort check-in', { Prefer: 'outlook.body-content-type="text"' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      subject: 'Accepted: Cohort check-in',
      meetingMessageType: 'meetingAccepted',
      from: { emailAddress: { address: p2.mail } },
      body: { contentType: 'text', content: '' },
    });
  });

  it('a mailbox is read by its owner: another person without Mail.Read.Shared gets 403, and a bad id 404', async () => {
    const other = await h.call(p1, 'GET', `/users/${coach.id}/messages`);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('ErrorAccessDenied');
    // Nobody in the demo district shares their mail: the .Shared scope alone opens nothing.
    const shared = await h.sim.tokenFor(p1.userPrincipalName, { scopes: ['Mail.Read.Shared'] });
    const withScope = await fetch(`${h.sim.graphUrl}/users/${coach.id}/messages`, { headers: { Authorization: `Bearer ${shared}` } });
    expect([withScope.status, ((await withScope.json()) as { error: { message: string } }).error.message]).toEqual([403, 'Access is denied. Check credentials and try again.']);
    const missing = await h.call(coach, 'GET', '/me/messages/AAMkNoSuchMessage');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ErrorItemNotFound');
  });
});
