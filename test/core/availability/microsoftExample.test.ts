import { describe, it, expect } from '@jest/globals';
import { graphExample } from '../../support/graphExample.js';
import { buildAvailability } from '../../../src/core/availability/build.js';
import { evaluateGroup, type PersonAvailability } from '../../../src/core/availability/model.js';
import { parseScheduleResponse } from '../../../src/graph/parseSchedule.js';
import { instantToIso, localDateTimeToInstant } from '../../../src/core/time/zones.js';

const PACIFIC = 'Pacific Standard Time';
const MINUTE = 60_000;

function exampleBody(name: string): unknown {
  return graphExample(name).body;
}

/**
 * Graph's own summary of each interval: 0 free, 1 tentative, 2 busy, 3 oof, 4 workingElsewhere. Graph does not
 * mark time outside working hours in availabilityView, so neither does this.
 */
function availabilityView(person: PersonAvailability, start: number, end: number, stepMinutes: number): string {
  const code: Record<string, string> = { tentative: '1', busy: '2', oof: '3', workingElsewhere: '4', unknown: '?' };
  let view = '';
  for (let t = start; t < end; t += stepMinutes * MINUTE) {
    const inside = person.blocks.filter((b) => b.start < t + stepMinutes * MINUTE && t < b.end && b.reason !== 'outsideWorkingHours');
    view += inside.reduce((best, b) => (code[b.reason]! > best ? code[b.reason]! : best), '0');
  }
  return view;
}

/** Every 30-minute slot from `from` to `to` (local Pacific) and who can come, as a person would list them. */
function whoIsFree(people: PersonAvailability[], from: string, to: string): string[] {
  const rows: string[] = [];
  for (let t = localDateTimeToInstant(from, PACIFIC); t < localDateTimeToInstant(to, PACIFIC); t += 30 * MINUTE) {
    const verdict = evaluateGroup(people, { start: t, end: t + 30 * MINUTE });
    const absent = verdict.unavailable.map((u) => `${u.id.split('@')[0]} ${u.reason}`).join(', ');
    rows.push(`${instantToIso(t, PACIFIC).slice(11, 16)} ${absent || 'all free'}`);
  }
  return rows;
}

describe("Microsoft's documented getSchedule examples", () => {
  describe('calendar-getschedule (Adele and Megan, 2019-03-15, 09:00-18:00 Pacific)', () => {
    const schedules = parseScheduleResponse(exampleBody('getSchedule.response.json'));
    const window = { start: localDateTimeToInstant('2019-03-15T00:00:00', PACIFIC), end: localDateTimeToInstant('2019-03-16T00:00:00', PACIFIC) };
    const people = buildAvailability(schedules, window, { tentative: 'busy' });

    it("reproduces Graph's own availabilityView for each person at 60 minutes", () => {
      const start = localDateTimeToInstant('2019-03-15T09:00:00', PACIFIC);
      const end = localDateTimeToInstant('2019-03-15T18:00:00', PACIFIC);
      expect(people.map((p) => availabilityView(p, start, end, 60))).toEqual(['000220000', '200220010']);
    });

    it('says who is free when, as one reads it off the example', () => {
      expect(whoIsFree(people, '2019-03-15T08:00:00', '2019-03-15T18:00:00')).toEqual([
        '08:00 all free',
        '08:30 meganb busy',
        '09:00 meganb busy',
        '09:30 all free',
        '10:00 all free',
        '10:30 all free',
        '11:00 all free',
        '11:30 all free',
        '12:00 adelev busy, meganb busy',
        '12:30 adelev busy, meganb busy',
        '13:00 adelev busy, meganb busy',
        '13:30 adelev busy, meganb busy',
        '14:00 all free',
        '14:30 all free',
        '15:00 all free',
        '15:30 all free',
        '16:00 meganb tentative',
        '16:30 meganb tentative',
        '17:00 adelev outsideWorkingHours, meganb outsideWorkingHours',
        '17:30 adelev outsideWorkingHours, meganb outsideWorkingHours',
      ]);
    });

    it("places Megan's customTimeZone working hours at 08:00-17:00 Pacific (daylight time on that date)", () => {
      const megan = people[1]!;
      expect(instantToIso(megan.blocks[0]!.end, PACIFIC)).toBe('2019-03-15T08:00:00-07:00');
      expect(instantToIso(megan.blocks[megan.blocks.length - 1]!.start, PACIFIC)).toBe('2019-03-15T17:00:00-07:00');
    });

    it('frees Megan from 16:00 when tentative counts as free', () => {
      const lenient = buildAvailability(schedules, window, { tentative: 'free' });
      expect(whoIsFree(lenient, '2019-03-15T16:00:00', '2019-03-15T17:00:00')).toEqual(['16:00 all free', '16:30 all free']);
    });
  });

  describe('outlook-get-free-busy-schedule concept (Alex, 2018-08-06, capitalised statuses)', () => {
    const schedules = parseScheduleResponse(exampleBody('getSchedule-concept.response.json'));
    const window = { start: localDateTimeToInstant('2018-08-06T00:00:00', PACIFIC), end: localDateTimeToInstant('2018-08-07T00:00:00', PACIFIC) };
    const [alex] = buildAvailability(schedules, window, { tentative: 'busy' });

    it("reproduces Graph's availabilityView at 15 minutes", () => {
      const start = localDateTimeToInstant('2018-08-06T09:00:00', PACIFIC);
      const end = localDateTimeToInstant('2018-08-06T18:00:00', PACIFIC);
      expect(availabilityView(alex!, start, end, 15)).toBe('111111002222222200000000000000000000');
    });

    it('leaves Alex free 10:30-11:00 and 13:00-17:00', () => {
      expect(whoIsFree([alex!], '2018-08-06T09:00:00', '2018-08-06T18:00:00').filter((row) => row.endsWith('all free'))).toEqual([
        '10:30 all free',
        '13:00 all free',
        '13:30 all free',
        '14:00 all free',
        '14:30 all free',
        '15:00 all free',
        '15:30 all free',
        '16:00 all free',
        '16:30 all free',
      ]);
    });
  });
});
