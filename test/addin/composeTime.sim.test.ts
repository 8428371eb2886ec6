/// <reference lib="dom" />
/**
 * The compose pane's find-time and protect steps on the open meeting, against the demo tenant over
 * HTTP: free/busy for the item's attendees through the find-time service, the chosen time and place set on the
 * item, and the protected category and Common Time's tag on the saved meeting.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Event } from '@microsoft/microsoft-graph-types';
import { createAddinCalendar, createGraphGateway, createGraphReads, parseCommonTimeTag, COMMON_TIME_TAG_ID } from '../../src/graph/index.js';
import type { GraphGateway } from '../../src/graph/index.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createFindTimeService } from '../../src/services/findTime/index.js';
import { openItem } from '../../src/ui/host/office/index.js';
import type { ComposeMeeting } from '../../src/ui/host/office/index.js';
import { findTimesForItem, markProtected, NoAttendeesError, useTime } from '../../src/addin/compose/composeActions.js';
import { composeMock, newComposeState } from './support/outlookMock.js';

/** "Today" for this file: a Monday morning in the district's zone. */
const NOW = Date.parse('2026-12-07T13:00:00Z');
let sim: SimHandle;
let graph: GraphGateway;
let coach: { upn: string; name: string };
let principals: { displayName: string; emailAddress: string }[];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => NOW });
  const c = sim.state.users.find((u) => u.role === 'coach')!;
  coach = { upn: c.userPrincipalName, name: c.displayName };
  principals = sim.state.users
    .filter((u) => u.role === 'principal')
    .slice(0, 3)
    .map((u) => ({ displayName: u.displayName, emailAddress: u.userPrincipalName }));
  graph = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach.upn) });
});

afterAll(async () => {
  await sim?.close();
});

const organizer = () => ({ name: coach.name, address: coach.upn });

describe('find time for the attendees on the item', () => {
  it('ranks times the organizer and every required attendee are free, inside the next two weeks; the Optional line never decides', async () => {
    const item = openItem(composeMock(newComposeState({ required: principals.slice(0, 2), optional: principals.slice(2) }))) as ComposeMeeting;
    const found = await findTimesForItem(item, createFindTimeService(createGraphReads(graph)), {
      kind: 'peerCoaching',
      organizer: organizer(),
      now: NOW,
      timeZone: 'America/New_York',
    });
    expect(found.people.map((p) => p.mail)).toEqual([coach.upn, ...principals.map((p) => p.emailAddress)]);
    expect(found.durationMinutes).toBe(45);
    const best = found.suggestions.slots[0]!;
    expect(best).toBeDefined();
    expect(best.end - best.start).toBe(45 * 60_000);
    expect(best.start).toBeGreaterThanOrEqual(NOW);
    expect(best.start).toBeLessThan(NOW + 14 * 86_400_000);
    expect(best.reasons.length).toBeGreaterThan(0);
    expect(found.optional).toEqual([principals[2]!.emailAddress.toLowerCase()]);
    // The organizer and the required attendees free, as the demo tenant's own free/busy says.
    const schedules = await graph.getSchedules(
      found.people.map((p) => p.mail).filter((m) => !found.optional.includes(m.toLowerCase())),
      { start: new Date(best.start).toISOString(), end: new Date(best.end).toISOString() },
      { intervalMinutes: 15 },
    );
    for (const s of schedules) expect(s.availabilityView).toMatch(/^0+$/);
  });

  it('asks for attendees first when the meeting has none', async () => {
    const item = openItem(composeMock(newComposeState())) as ComposeMeeting;
    await expect(
      findTimesForItem(item, createFindTimeService(createGraphReads(graph)), { kind: 'dataDig', organizer: organizer(), now: NOW, timeZone: 'UTC' }),
    ).rejects.toBeInstanceOf(NoAttendeesError);
  });

  it('sets the chosen start, end and location on the item in one step', async () => {
    const state = newComposeState();
    const item = openItem(composeMock(state)) as ComposeMeeting;
    const slot = { start: Date.parse('2026-12-09T15:00:00Z'), end: Date.parse('2026-12-09T17:00:00Z') };
    await useTime(item, slot, 'Maple Grove Elementary, 12 Oak St');
    expect([state.start.getTime(), state.end.getTime(), state.location]).toEqual([slot.start, slot.end, 'Maple Grove Elementary, 12 Oak St']);
  });
});

describe('mark as protected collaboration', () => {
  async function savedMeeting(): Promise<Event> {
    return graph.createEvent('me', {
      subject: 'Data dig',
      start: { dateTime: '2026-12-10T15:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-10T16:00:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: principals[0]!.emailAddress }, type: 'required' }],
      categories: ['Blue category'],
    });
  }

  async function readBack(id: string): Promise<Event> {
    const response = await fetch(
      `${sim.graphUrl}/me/events/${encodeURIComponent(id)}?$select=categories&$expand=singleValueExtendedProperties($filter=id eq '${COMMON_TIME_TAG_ID}')`,
      { headers: { authorization: `Bearer ${await sim.tokenFor(coach.upn)}` } },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as Event;
  }

  it('puts the category on the unsaved item and waits for a save before tagging', async () => {
    const state = newComposeState();
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await markProtected(item, createAddinCalendar(graph), 'dataDig')).toEqual({ status: 'awaitingSave', categoryOnItem: true });
    expect(state.categories).toEqual(['Protected collaboration', 'Data dig']);
    expect(state.calls).not.toContain('save');
  });

  it("tags the saved meeting through Graph, keeping the organizer's own categories", async () => {
    const event = await savedMeeting();
    const state = newComposeState({ savedEwsId: `ews:${event.id}` });
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await markProtected(item, createAddinCalendar(graph), 'dataDig', { planId: 'plan-1' })).toEqual({ status: 'tagged', eventId: event.id });
    const stored = await readBack(event.id!);
    expect(stored.categories).toEqual(['Blue category', 'Protected collaboration', 'Data dig']);
    expect(parseCommonTimeTag(stored)).toEqual({ kind: 'dataDig', planId: 'plan-1' });
    // Marking again (another kind chosen meanwhile) keeps the plan id and adds no category twice.
    await markProtected(item, createAddinCalendar(graph), 'peerCoaching');
    const again = await readBack(event.id!);
    expect(parseCommonTimeTag(again)).toEqual({ kind: 'peerCoaching', planId: 'plan-1' });
    expect(again.categories).toEqual(['Blue category', 'Protected collaboration', 'Data dig', 'Peer coaching']);
  });

  it("sets the categories through Graph when Outlook refuses ones not in the mailbox's list", async () => {
    const event = await savedMeeting();
    const state = newComposeState({ savedEwsId: `ews:${event.id}`, masterCategories: [] });
    const item = openItem(composeMock(state)) as ComposeMeeting;
    await markProtected(item, createAddinCalendar(graph), 'cohortMeeting', { save: true });
    expect(state.categories).toEqual([]);
    const stored = await readBack(event.id!);
    expect(stored.categories).toEqual(['Blue category', 'Protected collaboration', 'Cohort meeting']);
    expect(parseCommonTimeTag(stored)?.kind).toBe('cohortMeeting');
  });
});

describe('the Optional line in find time', () => {
  it('an optional attendee busy at the only time the others share does not block it, and the suggestion says so', async () => {
    const item = () => openItem(composeMock(newComposeState({ required: principals.slice(0, 2), optional: principals.slice(2) }))) as ComposeMeeting;
    const search = () =>
      findTimesForItem(item(), createFindTimeService(createGraphReads(graph)), { kind: 'peerCoaching', organizer: organizer(), now: NOW, timeZone: 'America/New_York' });
    const shared = (await search()).suggestions.slots[0]!;
    // Everyone busy for the whole search but that time, and the optional attendee busy then too: built through Graph.
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    const created: { who: string; id: string }[] = [];
    const block = async (who: string, start: number, end: number) => {
      const g = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(who) });
      const e = await g.createEvent('me', { subject: 'Busy', showAs: 'busy', start: { dateTime: iso(start), timeZone: 'UTC' }, end: { dateTime: iso(end), timeZone: 'UTC' } });
      created.push({ who, id: e.id! });
    };
    const everyone = [coach.upn, ...principals.map((p) => p.emailAddress)];
    try {
      for (const who of everyone) {
        await block(who, NOW - 86_400_000, shared.start);
        await block(who, shared.end, NOW + 30 * 86_400_000);
      }
      await block(principals[2]!.emailAddress, shared.start, shared.end);
      const found = await search();
      const only = found.suggestions.slots.find((s) => s.start === shared.start);
      expect(only).toBeDefined();
      expect(only!.reasons.join(' ')).toMatch(/optional/i);
      expect(only!.reasons.join(' ')).toMatch(new RegExp(principals[2]!.displayName.split(' ')[0]!));
    } finally {
      for (const { who, id } of created) {
        const g = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(who) });
        await g.deleteEvent('me', id).catch(() => undefined);
      }
    }
  });
});
