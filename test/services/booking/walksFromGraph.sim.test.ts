/**
 * Learning walks from the plan id alone: the rotation's roster (host and visitors) is kept on each walk's
 * event in Graph, so a coach in another browser (or after clearing storage) still sees who is to be invited
 * and invites them. Over HTTP against the demo tenant.
 */
import { describe, expect, it } from '@jest/globals';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { BookingPlan } from '../../../src/core/booking/index.js';
import { COMMON_TIME_TAG_ID, COMMON_TIME_VISITORS_ID, parseCommonTimeTag, parseWalkRoster } from '../../../src/graph/index.js';
import { bookPlan, inviteVisitors, respondToInvite, walkRotations, walkStatus } from '../../../src/services/booking/index.js';
import { eastern, twoWalksPlan, useBookingWorld, type BookingWorld, type Person } from './support/bookingWorld.js';

const world = useBookingWorld();

const FIELDS = { classrooms: ['Room 4'], focusQuestion: 'Where do students talk about their reasoning?', lookFors: ['Student talk'] };
const walkPlan = (w: BookingWorld, cohort: readonly Person[], weeks: number): BookingPlan => twoWalksPlan(w, cohort, weeks, w.coaches[1]!, FIELDS);

const addresses = (people: readonly { address: string }[]): string[] => people.map((p) => p.address.toLowerCase()).sort();

describe('learning walks from the plan id alone', () => {
  it('after the plan object is gone, the host accepts and inviteVisitors(planId) adds exactly that walk’s visitors, with If-Match', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const cohort = w.principals.slice(4, 8);
    const gateway = w.gateway(coach.address);
    let planId: string;
    let slots: { start: number; end: number }[];
    {
      // The browser that booked: the plan exists only here and is then forgotten.
      const plan = walkPlan(w, cohort, 9);
      const report = await bookPlan(gateway, plan, { hostFirst: true });
      expect(report.outcomes.map((o) => o.status)).toEqual(['created', 'created']);
      planId = plan.planId;
      slots = plan.drafts.map((d) => d.slot);
    }
    const [first, second] = slots as [{ start: number; end: number }, { start: number; end: number }];
    const host = cohort[0]!;
    const visitors = cohort.filter((p) => p !== host);

    // Another browser lists the rotation from Graph alone: the coach's tagged walks grouped by plan id.
    expect(await walkRotations(gateway)).toContainEqual({ planId, walks: 2, firstStart: first.start, lastEnd: second.end });
    const before = await walkStatus(gateway, planId);
    expect(before.map((s) => s.key)).toEqual(['walk:' + w.schoolOf(host.address).id, 'walk:' + w.schoolOf(cohort[1]!.address).id]);
    expect(before.map((s) => s.stage)).toEqual(['waitingForHost', 'waitingForHost']);
    expect(addresses(before[0]!.notInvited)).toEqual(addresses(visitors));
    expect(before[0]!.notInvited.map((p) => p.name)).toEqual(visitors.map((v) => v.name));
    expect(addresses(before[1]!.notInvited)).toEqual(addresses(cohort.filter((p) => p !== cohort[1])));
    expect((await inviteVisitors(gateway, planId)).map((o) => o.status)).toEqual(['waitingForHost', 'waitingForHost']);

    await respondToInvite(w.gateway(host.address), w.eventsAt(host.address, first.start, first.end)[0]!.id, 'accept');

    // The coach edits the walk in Outlook between inviteVisitors' read and its write: If-Match refuses the
    // stale write (412), the walk is read again, and the edit survives the merge.
    const etags: (string | undefined)[] = [];
    const firstId = w.eventsAt(coach.address, first.start, first.end)[0]!.id;
    let reads = 0;
    const racing = {
      ...gateway,
      getEvent: async (user: string, id: string, options?: { select?: readonly string[] }): Promise<Event> => {
        const event = await gateway.getEvent(user, id, options);
        if (id === firstId && reads++ === 0) await gateway.updateEvent('me', id, { subject: 'Learning walk (room change: library)' });
        return event;
      },
      updateEvent: async (user: string, id: string, patch: Event, options?: { etag?: string }): Promise<Event> => {
        etags.push(options?.etag);
        return gateway.updateEvent(user, id, patch, options);
      },
    };
    const outcomes = await inviteVisitors(racing, planId);
    expect(outcomes.map((o) => [o.key, o.status])).toEqual([
      [before[0]!.key, 'invited'],
      [before[1]!.key, 'waitingForHost'],
    ]);
    expect(outcomes[0]).toMatchObject({ added: visitors.map((v) => v.address) });
    expect(reads).toBe(2);
    // Both of inviteVisitors' writes carried an ETag: the first (stale) was refused, the second was fresh.
    expect(etags).toHaveLength(2);
    expect(etags[0]).toMatch(/\S/);
    expect(etags[1]).toMatch(/\S/);
    expect(etags[1]).not.toBe(etags[0]);

    const organizerCopy = w.eventsAt(coach.address, first.start, first.end)[0]!;
    expect(organizerCopy.subject).toBe('Learning walk (room change: library)');
    expect(addresses(organizerCopy.attendees.map((a) => ({ address: a.emailAddress?.address ?? '' })))).toEqual(addresses(cohort));
    for (const v of visitors) expect(w.eventsAt(v.address, first.start, first.end)).toHaveLength(1);
    // The second walk's host has not answered: nobody but that host has it.
    for (const p of cohort.filter((c) => c !== cohort[1])) expect(w.eventsAt(p.address, second.start, second.end)).toHaveLength(0);

    expect((await inviteVisitors(gateway, planId)).map((o) => o.status)).toEqual(['alreadyInvited', 'waitingForHost']);
    const after = await walkStatus(gateway, planId);
    expect(after[0]).toMatchObject({ stage: 'visitorsInvited', notInvited: [], host: { address: host.address, response: 'accepted' } });
  });

  it('the gateway brings back the tag and the roster with one $expand of several ids, and only those', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const gateway = w.gateway(coach.address);
    const plan = walkPlan(w, w.principals.slice(8, 12), 11);
    await bookPlan(gateway, plan, { hostFirst: true });
    const tagged = await gateway.findTaggedEvents('me', { kind: 'learningWalk', planId: plan.planId });
    expect(tagged).toHaveLength(2);
    const other = `String {00020329-0000-0000-c000-000000000046} Name Unrelated`;
    for (const { event } of tagged) {
      expect(addresses((event.singleValueExtendedProperties ?? []).map((p) => ({ address: p.id ?? '' })))).toEqual(
        addresses([{ address: COMMON_TIME_TAG_ID }, { address: COMMON_TIME_VISITORS_ID }]),
      );
      // Another property on the same event is stored but not expanded.
      await gateway.updateEvent('me', event.id!, { singleValueExtendedProperties: [{ id: other, value: 'x' }] });
      const read = await gateway.getEvent('me', event.id!);
      expect((read.singleValueExtendedProperties ?? []).map((p) => p.id)).not.toContain(other);
      expect(parseCommonTimeTag(read)).toEqual({ kind: 'learningWalk', planId: plan.planId });
      const draft = plan.drafts.find((d) => d.transactionId === event.transactionId)!;
      expect(parseWalkRoster(read)).toEqual({
        key: draft.key,
        host: { address: draft.host!.address, name: draft.host!.name },
        visitors: draft.attendees.filter((p) => p !== draft.host).map((p) => ({ address: p.address, name: p.name })),
      });
    }
    // The raw form over HTTP, as Graph reads it: two ids joined by `or` inside the expand's filter.
    const id = tagged[0]!.event.id!;
    const expand = `singleValueExtendedProperties($filter=id eq '${COMMON_TIME_TAG_ID}' or id eq '${other}')`;
    const response = await fetch(`${w.sim.graphUrl}/me/events/${encodeURIComponent(id)}?$expand=${encodeURIComponent(expand)}`, {
      headers: { authorization: `Bearer ${await w.sim.tokenFor(coach.address)}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Event;
    expect((body.singleValueExtendedProperties ?? []).map((p) => p.id).sort()).toEqual([COMMON_TIME_TAG_ID, other].sort());
  });

  it('a walk booked before rosters were kept in Graph is reported, not skipped, when inviting from the plan id', async () => {
    const w = world();
    const coach = w.coaches[1]!;
    const gateway = w.gateway(coach.address);
    const host = w.principals[12]!;
    const start = eastern(13, 2, '09:00');
    const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
    await gateway.createEvent(
      'me',
      { subject: 'Learning walk (old)', start: at(start), end: at(start + 7_200_000), attendees: [{ emailAddress: { address: host.address }, type: 'required' }] },
      { tag: { kind: 'learningWalk', planId: 'old-rotation' } },
    );
    const outcomes = await inviteVisitors(gateway, 'old-rotation');
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'failed' });
    expect(outcomes[0]!.status === 'failed' && outcomes[0]!.message).toMatch(/does not say who its visitors are/);
  });
});
