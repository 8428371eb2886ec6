/**
 * Find time keeps what a coach expects on a fixed demo day, over HTTP: the coach's own calendar is read
 * with hand-picked people, the notice a session needs starts the window, and a window in the winter break
 * is explained with the next window offered.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import { demoDistrictCalendar } from '../../../src/core/district/index.js';
import { createGraphGateway, createGraphReads } from '../../../src/graph/index.js';
import { createFindTimeService, type FindTimeService } from '../../../src/services/findTime/index.js';
import { startSim, type SimHandle } from '../../../src/sim/server.js';

const zone = 'America/New_York';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const TODAY = at('2026-12-07T09:00');

let sim: SimHandle;
let service: FindTimeService;
let organizer: DirectoryPerson;
let people: DirectoryPerson[];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now: () => TODAY });
  const coach = sim.state.users.find((u) => u.role === 'coach')!;
  const gateway = createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach.userPrincipalName) });
  service = createFindTimeService(createGraphReads(gateway), undefined, { now: () => TODAY, districtCalendar: demoDistrictCalendar('2026-08-01', '2027-07-31') });
  organizer = { id: coach.id, mail: coach.userPrincipalName, displayName: coach.displayName };
  people = sim.state.users
    .filter((u) => u.role === 'principal')
    .slice(0, 2)
    .map((u) => ({ id: u.id, mail: u.userPrincipalName, displayName: u.displayName }));
  // The coach is busy all of Thursday afternoon.
  await gateway.createEvent('me', {
    subject: 'Budget call',
    start: { dateTime: '2026-12-10T12:00:00', timeZone: 'Eastern Standard Time' },
    end: { dateTime: '2026-12-10T17:00:00', timeZone: 'Eastern Standard Time' },
    showAs: 'busy',
  });
});

afterAll(async () => {
  await sim?.close();
});

describe('findTimes with the coach and the district', () => {
  it('reads the coach’s own calendar with hand-picked people, and starts no earlier than tomorrow afternoon', async () => {
    const window = { start: at('2026-12-07T00:00'), end: at('2026-12-12T00:00') };
    const found = await service.findTimes({ cohort: people, organizer, kind: 'cohortMeeting', window, durationMinutes: 60, timeZone: zone, tentativeCountsAsFree: false });
    expect(found.cohort.map((p) => p.mail)).toEqual([organizer.mail, ...people.map((p) => p.mail)]);
    expect(found.result.notes).toEqual(['Suggestions start Tuesday, December 8, 12:00 PM Eastern, so people can prepare (not before tomorrow afternoon).']);
    const all = [...found.result.slots, ...found.result.partial, ...found.result.nearMisses];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.start).toBeGreaterThanOrEqual(at('2026-12-08T12:00'));
      // Never on the coach's own meeting.
      if (s.available.some((p) => p.mail === organizer.mail)) expect(s.start >= at('2026-12-10T17:00') || s.end <= at('2026-12-10T12:00')).toBe(true);
    }
  });

  it('a window in the winter break is explained, with the next window offered', async () => {
    const window = { start: at('2026-12-28T00:00'), end: at('2027-01-02T00:00') };
    const found = await service.findTimes({ cohort: people, organizer, window, durationMinutes: 60, timeZone: zone, tentativeCountsAsFree: false });
    expect(found.result.slots).toEqual([]);
    expect(found.result.explanation).toMatchObject({ cause: 'noOpenTime', closedBy: ['Winter break'] });
    expect(found.result.explanation!.offers[0]).toMatchObject({ kind: 'nextWindow', words: 'Try Monday, January 4 to Friday, January 8' });
  });

  it('a series keeps the district calendar: a biweekly date in the winter break is named, not booked over', async () => {
    const found = await service.findSeries({
      cohort: people,
      organizer,
      firstDate: '2026-12-01',
      sessions: 4,
      repeat: 'biweekly',
      durationMinutes: 60,
      timeZone: zone,
      tentativeCountsAsFree: false,
    });
    expect(found.cohort[0]!.mail).toBe(organizer.mail);
    const tuesdays = found.result.series.filter((s) => s.dates.some((d) => d.date === '2026-12-29'));
    expect(tuesdays.length).toBeGreaterThan(0);
    for (const s of tuesdays) {
      expect(s.meetsRequirements).toBe(false);
      expect(s.reasons.join(' ')).toMatch(/Winter break/);
    }
  });
});
