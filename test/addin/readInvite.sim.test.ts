/// <reference lib="dom" />
/**
 * The read pane's invite, against the demo tenant over HTTP: opened from the calendar (the attendee's
 * event) or from the Inbox (the meeting request, matched to the attendee's copy), then answered with a
 * note that reaches the organizer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAddinCalendar, createGraphGateway, createGraphReads } from '../../src/graph/index.js';
import type { GraphGateway } from '../../src/graph/index.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createInvitesService } from '../../src/services/invites/invitesService.js';
import { openItem } from '../../src/ui/host/office/index.js';
import type { ReadMeeting } from '../../src/ui/host/office/index.js';
import { InviteNotFoundError, openInvite } from '../../src/addin/read/readActions.js';
import { readMock } from './support/outlookMock.js';

const NOW = Date.parse('2026-12-07T13:00:00Z');
const START = Date.parse('2026-12-09T15:00:00Z');
const END = Date.parse('2026-12-09T17:00:00Z');
const SUBJECT = 'Learning walk at Maple Grove';
let sim: SimHandle;
let principalGraph: GraphGateway;
let coach: { upn: string; name: string };
let principal: { upn: string; name: string };
let copyId: string;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => NOW });
  const c = sim.state.users.find((u) => u.role === 'coach')!;
  const p = sim.state.users.find((u) => u.role === 'principal')!;
  coach = { upn: c.userPrincipalName, name: c.displayName };
  principal = { upn: p.userPrincipalName, name: p.displayName };
  const coachGraph = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach.upn) });
  principalGraph = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(principal.upn) });
  await coachGraph.createEvent('me', {
    subject: SUBJECT,
    body: { contentType: 'html', content: '<p><strong>Protected collaboration time.</strong> Keep it free.</p><h3>Visit brief</h3>' },
    start: { dateTime: '2026-12-09T15:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-12-09T17:00:00', timeZone: 'UTC' },
    attendees: [{ emailAddress: { address: principal.upn, name: principal.name }, type: 'required' }],
  });
  const copies = await principalGraph.calendarView('me', new Date(START).toISOString(), new Date(END).toISOString(), { select: ['subject'] }).collect();
  copyId = copies.find((e) => e.subject === SUBJECT)!.id!;
});

afterAll(async () => {
  await sim?.close();
});

describe('openInvite', () => {
  it('from the calendar: the attendee event, by its id', async () => {
    const item = openItem(
      readMock({
        itemType: 'appointment',
        itemId: `ews:${copyId}`,
        subject: SUBJECT,
        start: new Date(START),
        end: new Date(END),
        organizer: { displayName: coach.name, emailAddress: coach.upn },
      }),
    ) as ReadMeeting;
    const invite = await openInvite(item, createAddinCalendar(principalGraph));
    expect(invite).toMatchObject({ id: copyId, subject: SUBJECT, start: START, end: END, organizer: coach.name });
    expect(invite.bodyHtml).toContain('Visit brief');
  });

  it("from the Inbox: the meeting request leads to the attendee's copy of the meeting", async () => {
    const item = openItem(
      readMock({
        itemType: 'message',
        itemClass: 'IPM.Schedule.Meeting.Request',
        itemId: 'ews:AAMkRequest',
        subject: SUBJECT,
        start: new Date(START),
        end: new Date(END),
        from: { displayName: coach.name, emailAddress: coach.upn },
      }),
    ) as ReadMeeting;
    expect(item.source).toBe('meetingRequest');
    expect((await openInvite(item, createAddinCalendar(principalGraph))).id).toBe(copyId);
  });

  it('says so when the request matches nothing in the calendar (cancelled, or not there yet)', async () => {
    const item = openItem(
      readMock({
        itemType: 'message',
        itemClass: 'IPM.Schedule.Meeting.Request',
        subject: 'Something else',
        start: new Date(START),
        end: new Date(END),
        from: { displayName: coach.name, emailAddress: coach.upn },
      }),
    ) as ReadMeeting;
    await expect(openInvite(item, createAddinCalendar(principalGraph))).rejects.toBeInstanceOf(InviteNotFoundError);
  });

  it('answers the invite found from the Inbox with a note the organizer receives', async () => {
    const item = openItem(
      readMock({
        itemType: 'message',
        itemClass: 'IPM.Schedule.Meeting.Request',
        subject: SUBJECT,
        start: new Date(START),
        end: new Date(END),
        from: { displayName: coach.name, emailAddress: coach.upn },
      }),
    ) as ReadMeeting;
    const invite = await openInvite(item, createAddinCalendar(principalGraph));
    await createInvitesService(createGraphReads(principalGraph), principalGraph).respond(invite.id, 'tentativelyAccept', 'Will confirm after the bus schedule <b>comes out</b>');
    const organizerView = await fetch(`${sim.graphUrl}/me/messages?$top=5`, { headers: { authorization: `Bearer ${await sim.tokenFor(coach.upn)}` } });
    const { value } = (await organizerView.json()) as { value: { subject: string; body: { content: string } }[] };
    const response = value.find((m) => m.subject === `Tentative: ${SUBJECT}`);
    expect(response?.body.content).toContain('Will confirm after the bus schedule');
    expect(response?.body.content).not.toContain('<b>');
    expect((await openInvite(item, createAddinCalendar(principalGraph))).myResponse).toBe('tentativelyAccepted');
  });
});
