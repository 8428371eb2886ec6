import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import { AgendaInputError } from '../../../src/core/agenda/index.js';
import { buildAvailability } from '../../../src/core/availability/build.js';
import { BookingInputError, planPairs, planSession, planWalks, transactionIdFor, type BookingPerson } from '../../../src/core/booking/index.js';
import { findGroupTimes, planRotation, recurrenceOccurrences } from '../../../src/core/planning/index.js';
import { toGraphEvent } from '../../../src/graph/eventDraft.js';
import { toGraphSeries } from '../../../src/graph/seriesTiming.js';

const NY = 'America/New_York';
const at = (iso: string, zone = NY) => DateTime.fromISO(iso, { zone }).toMillis();
const coach: BookingPerson = { address: 'dana.reyes@district.example', name: 'Dana Reyes' };
const ana: BookingPerson = { address: 'ana.rivera@district.example', name: 'Ana Rivera' };
const ben: BookingPerson = { address: 'ben.okafor@district.example', name: 'Ben Okafor' };
const cy: BookingPerson = { address: 'cy.chen@district.example', name: 'Cy Chen' };
const goal = { fields: { goal: 'Sharper feedback' } };
const slot = { start: at('2027-03-02T15:30'), end: at('2027-03-02T16:15') };
/** Every other Tuesday at 15:00 New York time, six times from February 2027 (across the March change). */
const recurrence = {
  pattern: { type: 'weekly' as const, interval: 2, daysOfWeek: ['tuesday' as const] },
  startTime: '15:00',
  durationMinutes: 60,
  timeZone: NY,
  firstDate: '2027-02-01',
  count: 6,
};
const cohort = { fields: { norms: ['Start on time'], problemOfPractice: 'Chronic absence', presenter: 'Ana Rivera' } };

describe('planSession', () => {
  it('turns a chosen time into one complete Teams event in the coach’s zone', () => {
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana, ben], timeZone: 'Eastern Standard Time', slot, agenda: goal });
    expect(plan).toMatchObject({ kind: 'peerCoaching', timeZone: NY, tentative: 'busy' });
    const [draft] = plan.drafts;
    expect(draft).toMatchObject({
      key: 'session',
      organizer: coach,
      attendees: [ana, ben],
      mustBeFree: [coach.address, ana.address, ben.address],
      online: true,
      categories: ['Protected collaboration', 'Peer coaching'],
      tag: { kind: 'peerCoaching', planId: plan.planId },
      slot,
      timeZone: NY,
    });
    expect(draft!.recurrence).toBeUndefined();
    expect(draft!.bodyHtml).toContain('Sharper feedback');
    expect(draft!.bodyText).toContain('Tue 2 Mar 2027, 3:30 PM EST');
    expect(toGraphEvent(draft!)).toMatchObject({
      subject: 'Peer-coaching session',
      body: { contentType: 'html' },
      start: { dateTime: '2027-03-02T15:30:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2027-03-02T16:15:00', timeZone: 'Eastern Standard Time' },
      showAs: 'busy',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      attendees: [
        { emailAddress: { address: ana.address, name: 'Ana Rivera' }, type: 'required' },
        { emailAddress: { address: ben.address, name: 'Ben Okafor' }, type: 'required' },
      ],
      transactionId: draft!.transactionId,
    });
    expect(toGraphEvent(draft!).location).toBeUndefined();
  });

  it('derives the same plan and transactionId from the same choice, and new ones for another time', () => {
    const once = planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana, ben], timeZone: NY, slot, agenda: goal });
    const again = planSession({ kind: 'peerCoaching', organizer: { ...coach, address: coach.address.toUpperCase() }, attendees: [ben, ana], timeZone: NY, slot, agenda: goal });
    const later = planSession({
      kind: 'peerCoaching',
      organizer: coach,
      attendees: [ana, ben],
      timeZone: NY,
      slot: { start: slot.start + 1_800_000, end: slot.end + 1_800_000 },
      agenda: goal,
    });
    expect(again.planId).toBe(once.planId);
    expect(again.drafts[0]!.transactionId).toBe(once.drafts[0]!.transactionId);
    expect(later.planId).not.toBe(once.planId);
    expect(later.drafts[0]!.transactionId).not.toBe(once.drafts[0]!.transactionId);
    // A GUID, as in Microsoft's transactionId example, and usable as our tag's plan id.
    expect(once.drafts[0]!.transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(once.planId).toMatch(/^ct-[0-9a-f-]{36}$/);
    expect(transactionIdFor('p', 'k', slot)).toBe(transactionIdFor('p', 'k', { ...slot }));
    expect(transactionIdFor('p', 'k', slot)).not.toBe(transactionIdFor('p', 'k2', slot));
  });

  it('keeps the ids it gave plans booked by earlier versions, so a retry of an old booking finds its first create', () => {
    // Captured from the version whose drafts still carried Graph's patternedRecurrence: the ids derive from
    // plan, draft key and first meeting only, never from how the series is written for Graph.
    const single = planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana, ben], timeZone: 'Eastern Standard Time', slot, agenda: goal });
    const series = planSession({ kind: 'cohortMeeting', organizer: coach, attendees: [ana, ben], timeZone: NY, recurrence, agenda: cohort });
    const closed = planSession({ kind: 'cohortMeeting', organizer: coach, attendees: [ana, ben], timeZone: NY, recurrence, closureDates: ['2027-02-02'], agenda: cohort });
    expect([single, series, closed].map((p) => [p.planId, p.drafts[0]!.transactionId])).toEqual([
      ['ct-cc0d7fa8-8250-5e97-9a21-d1565d5b1685', '593643d7-4440-55c1-b9b5-8baa977ddb07'],
      ['ct-ce2e731d-b537-57ba-8750-e86eb4c04108', '8b7e8128-e758-5898-b6c2-fbabd92132e7'],
      ['ct-fd87d6f4-54ab-5125-9ff5-6ea54feb620b', '6b813f0b-504c-523b-8cc7-71c394b90546'],
    ]);
    // A closed first date leaves the meetings checked but not the series Graph is asked for (as before).
    expect(closed.drafts[0]!.occurrences).toHaveLength(5);
    expect(toGraphEvent(closed.drafts[0]!)).toMatchObject({
      start: { dateTime: '2027-02-02T15:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2027-02-02T16:00:00', timeZone: 'Eastern Standard Time' },
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
        range: { type: 'numbered', startDate: '2027-02-02', numberOfOccurrences: 6, recurrenceTimeZone: 'Eastern Standard Time' },
      },
    });
  });

  it('books a recurring series with the planner’s patternedRecurrence, checked on every meeting', () => {
    const plan = planSession({
      kind: 'cohortMeeting',
      organizer: coach,
      attendees: [ana, ben, cy],
      timeZone: NY,
      recurrence,
      agenda: cohort,
    });
    const [draft] = plan.drafts;
    expect(draft!.occurrences).toEqual(recurrenceOccurrences(recurrence).map((o) => ({ start: o.start, end: o.end })));
    expect(draft!.occurrences).toHaveLength(6);
    // The core keeps the series in its own terms; the gateway writes Graph's patternedRecurrence.
    expect(draft!.recurrence).toEqual(recurrence);
    const series = toGraphSeries(recurrence);
    const event = toGraphEvent(draft!);
    expect(event.start).toEqual({ dateTime: series.start.dateTime, timeZone: 'Eastern Standard Time' });
    const graphShape: PatternedRecurrence = event.recurrence!;
    expect(graphShape).toEqual({ pattern: series.recurrence.pattern, range: { ...series.recurrence.range, recurrenceTimeZone: 'Eastern Standard Time' } });
    // Across the March change the meetings stay at 15:00 local.
    expect(draft!.occurrences.map((o) => DateTime.fromMillis(o.start, { zone: NY }).toFormat('HH:mm'))).toEqual(Array(6).fill('15:00'));
  });

  it('checks the organizer’s own calendar first, and never an optional person’s; optional people are invited as optional', () => {
    const dee: BookingPerson = { address: 'dee.park@district.example', name: 'Dee Park', optional: true };
    const plan = planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana, ben, dee], timeZone: NY, slot, agenda: goal });
    expect(plan.drafts[0]!.mustBeFree).toEqual([coach.address, ana.address, ben.address]);
    // The coach chose a time only Ben was free for, and listed Dee although she is optional: Dee still never blocks.
    const chosen = planSession({
      kind: 'peerCoaching',
      organizer: coach,
      attendees: [ana, ben, dee],
      expectedFree: [ben.address, dee.address.toUpperCase()],
      timeZone: NY,
      slot,
      agenda: goal,
    });
    expect(chosen.drafts[0]!.mustBeFree).toEqual([coach.address, ben.address]);
    // The coach in their own cohort list is checked once.
    expect(planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana], expectedFree: [], timeZone: NY, slot, agenda: goal }).drafts[0]!.mustBeFree).toEqual([
      coach.address,
    ]);
    expect(planSession({ kind: 'peerCoaching', organizer: coach, attendees: [ana], organizerAttends: false, timeZone: NY, slot, agenda: goal }).drafts[0]!.mustBeFree).toEqual([
      ana.address,
    ]);
    const event = toGraphEvent(plan.drafts[0]!);
    expect(event.attendees!.map((a) => [a.emailAddress!.address, a.type])).toEqual([
      [ana.address, 'required'],
      [ben.address, 'required'],
      [dee.address, 'optional'],
    ]);
  });

  it('names the field and the fix for bad input', () => {
    const base = { kind: 'peerCoaching', organizer: coach, attendees: [ana], timeZone: NY, slot, agenda: goal } as const;
    expect(() => planSession({ ...base, kind: 'picnic' as never })).toThrow(BookingInputError);
    expect(() => planSession({ ...base, kind: 'picnic' as never })).toThrow(/^kind: "picnic" is not a session kind; use one of cohortMeeting/);
    expect(() => planSession({ ...base, timeZone: 'Mars/Olympus' })).toThrow(/^timeZone: unknown time zone/);
    expect(() => planSession({ ...base, attendees: [] })).toThrow(/^plan\.attendees: invite at least one person/);
    expect(() => planSession({ ...base, attendees: [{ address: 'not an address' }] })).toThrow(/^plan\.attendees\[0\]\.address: give the person's email address/);
    expect(() => planSession({ ...base, slot: { start: slot.end, end: slot.start } })).toThrow(/^plan\.slot: give at least one meeting time whose end is after its start/);
    expect(() => planSession({ ...base, expectedFree: ['someone@else.example'] })).toThrow(/^expectedFree\[0\]: "someone@else.example" is not among the attendees/);
    expect(() => planSession({ ...base, planId: 'has spaces' })).toThrow(/^planId: use 1 to 100 letters/);
    expect(() => planSession({ ...base, agenda: { templateId: 'nope' } })).toThrow(/^plan\.agenda\.templateId: no template "nope"/);
    expect(() => planSession({ ...base, slot: undefined })).toThrow(/^slot: give the chosen time/);
    expect(() => planSession({ ...base, agenda: { fields: {} } })).toThrow(AgendaInputError);
  });
});

describe('planWalks', () => {
  const schools = {
    lincoln: {
      name: 'Lincoln Park Elementary',
      address: { street: '1500 Lincoln Ave', city: 'Carterville', state: 'TN', postalCode: '37705' },
      constraints: { timeZone: NY, dailyWindow: { start: '08:00', end: '14:45' } },
    },
    ridge: {
      name: 'Ridgeview Middle',
      address: { street: '2300 Ridgeview Dr', city: 'Ashford', state: 'TN', postalCode: '37701' },
      constraints: { timeZone: NY, dailyWindow: { start: '07:45', end: '14:50' } },
    },
  };
  const cohortIds = ['ana', 'ben', 'cy'];
  const people = { ana, ben, cy };

  function rotation() {
    const window = { start: at('2027-03-01T00:00'), end: at('2027-03-06T00:00') };
    const availability = buildAvailability(
      cohortIds.map((id) => ({ id, items: [] })),
      window,
    );
    return planRotation({
      schools: Object.entries(schools).map(([id, s]) => ({ id, name: s.name, constraints: s.constraints })),
      cohort: [
        { id: 'ana', schoolId: 'lincoln' },
        { id: 'ben', schoolId: 'ridge' },
        { id: 'cy', schoolId: 'ridge' },
      ],
      availability,
      window,
      visitMinutes: 120,
      travel: { defaultMinutes: 20 },
    });
  }

  it('makes one in-person event per placed visit at the host school, host first', () => {
    const placed = rotation();
    expect(placed.visits.length).toBe(2);
    const plan = planWalks({
      organizer: coach,
      timeZone: NY,
      rotation: placed,
      people,
      schools,
      agenda: { fields: { classrooms: ['Room 4'], focusQuestion: 'How do students talk about reading?', lookFors: ['Turn and talk'] } },
    });
    expect(plan.kind).toBe('learningWalk');
    for (const [i, visit] of placed.visits.entries()) {
      const draft = plan.drafts[i]!;
      const school = schools[visit.schoolId as keyof typeof schools];
      const hostId = visit.attendees.find((a) => a.role === 'host')!.id;
      expect(draft).toMatchObject({ key: `walk:${visit.schoolId}`, host: people[hostId as keyof typeof people], online: false, slot: { start: visit.start, end: visit.end } });
      expect(draft.attendees[0]).toEqual(draft.host);
      expect(draft.subject).toBe(`Learning walk at ${school.name}`);
      // The address field was filled from the school, so the coach need not type it.
      expect(draft.bodyText).toContain(`${school.address.street}, ${school.address.city}, ${school.address.state} ${school.address.postalCode}`);
      const event = toGraphEvent(draft);
      expect(event.location).toMatchObject({ displayName: school.name, locationType: 'default', address: { street: school.address.street } });
      expect(event.locations).toEqual([event.location]);
      expect(event.isOnlineMeeting).toBeUndefined();
      expect(toGraphEvent(draft, { invite: 'hostOnly' }).attendees!.map((a) => a.emailAddress!.address)).toEqual([draft.host!.address]);
    }
  });

  it('names what is missing', () => {
    const placed = rotation();
    const agenda = { fields: { classrooms: ['Room 4'], focusQuestion: 'Q', lookFors: ['L'] } };
    expect(() => planWalks({ organizer: coach, timeZone: NY, rotation: placed, people: { ana, ben }, schools, agenda })).toThrow(
      /^rotation\.visits\[\d\]\.attendees: no person for the rotation id "cy"/,
    );
    expect(() => planWalks({ organizer: coach, timeZone: NY, rotation: placed, people, schools: { lincoln: schools.lincoln }, agenda })).toThrow(
      /^rotation\.visits\[\d\]\.schoolId: no school "ridge"/,
    );
    expect(() => planWalks({ organizer: coach, timeZone: NY, rotation: { ...placed, visits: [] }, people, schools, agenda })).toThrow(
      /^rotation\.visits: the rotation placed no visit/,
    );
  });
});

describe('planPairs', () => {
  it('books one recurring series per pair that has a standing time and lists the others', () => {
    const window = { start: at('2027-03-01T00:00'), end: at('2027-05-01T00:00') };
    const availability = buildAvailability(
      ['ana', 'ben', 'cy'].map((id) => ({ id, items: [] })),
      window,
    );
    const search = {
      cadence: { type: 'weekly' as const, interval: 2 },
      timeZone: NY,
      firstDate: '2027-03-01',
      count: 4,
      durationMinutes: 45,
      earliestStart: '15:00',
      latestEnd: '16:00',
      max: 1,
    };
    const times = findGroupTimes([{ members: ['ana', 'ben'] }, { members: ['cy', 'ana'] }], availability, search);
    const noTime = { members: ['ben', 'cy'], time: null, alternatives: [], explanation: 'no series has both free on every date' };
    const plan = planPairs({ organizer: coach, timeZone: NY, groups: [...times, noTime], people: { ana, ben, cy }, agenda: goal });
    expect(plan.drafts.map((d) => d.key)).toEqual(['pair:ana+ben', 'pair:ana+cy']);
    expect(plan.skipped).toEqual([{ members: ['ben', 'cy'], explanation: noTime.explanation }]);
    for (const [i, draft] of plan.drafts.entries()) {
      expect(draft.recurrence).toEqual(times[i]!.time!.recurrence);
      expect(toGraphEvent(draft).recurrence).toEqual(toGraphSeries(times[i]!.time!.recurrence, 'Eastern Standard Time').recurrence);
      expect(draft.occurrences).toHaveLength(4);
      expect(draft.online).toBe(true);
    }
    expect(() => planPairs({ organizer: coach, timeZone: NY, groups: [noTime], people: { ana, ben, cy } })).toThrow(/^groups: no group has a workable standing time/);
  });
});
