import { describe, it, expect } from '@jest/globals';
import { buildAvailability, InvalidBuildOptionError } from '../../../src/core/availability/build.js';
import { whyUnavailable, type Block } from '../../../src/core/availability/model.js';
import type { ScheduleInput, ScheduleItem, WorkingHours } from '../../../src/core/availability/scheduleInput.js';
import { InvalidIntervalError } from '../../../src/core/time/interval.js';
import { instantToIso, localDateTimeToInstant } from '../../../src/core/time/zones.js';

const WEEKDAYS_ONLY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const EVERY_DAY = ['sunday', ...WEEKDAYS_ONLY, 'saturday'] as const;

const at = (local: string, zone: string): number => localDateTimeToInstant(local, zone);
const hours = (timeZone: WorkingHours['timeZone'], start = 8 * 60, end = 16 * 60, daysOfWeek: WorkingHours['daysOfWeek'] = WEEKDAYS_ONLY): WorkingHours => ({
  daysOfWeek,
  startMinute: start,
  endMinute: end,
  timeZone,
});
const item = (start: number, end: number, status: ScheduleItem['status'] = 'busy'): ScheduleItem => ({ start, end, status });

/** Blocks as local "HH:mm-HH:mm reason" strings, easy to read in a failing test. */
function describeBlocks(blocks: readonly Block[], zone: string): string[] {
  return blocks.map((b) => `${instantToIso(b.start, zone).slice(0, 16)}..${instantToIso(b.end, zone).slice(11, 16)} ${b.reason}`);
}

/** The working stretches left over: the window minus outsideWorkingHours blocks, in local time. */
function workingStretches(blocks: readonly Block[], zone: string): string[] {
  return blocks
    .slice(1)
    .map((b, i) => ({ start: blocks[i]!.end, end: b.start }))
    .filter((g) => g.end > g.start)
    .map((g) => `${instantToIso(g.start, zone)}..${instantToIso(g.end, zone)}`);
}

describe('buildAvailability', () => {
  describe("working hours in the person's own zone", () => {
    it('keeps 08:00-16:00 local on the day New York springs forward and the day it falls back', () => {
      const zone = 'America/New_York';
      const person: ScheduleInput = { id: 'ana', items: [], workingHours: hours(zone, 480, 960, EVERY_DAY) };
      const window = { start: at('2026-03-07T00:00', zone), end: at('2026-03-10T00:00', zone) };
      const [ana] = buildAvailability([person], window, { tentative: 'busy' });
      expect(workingStretches(ana!.blocks, zone)).toEqual([
        '2026-03-07T08:00:00-05:00..2026-03-07T16:00:00-05:00',
        '2026-03-08T08:00:00-04:00..2026-03-08T16:00:00-04:00',
        '2026-03-09T08:00:00-04:00..2026-03-09T16:00:00-04:00',
      ]);
      const fall = { start: at('2026-10-31T00:00', zone), end: at('2026-11-03T00:00', zone) };
      const [ana2] = buildAvailability([person], fall, { tentative: 'busy' });
      expect(workingStretches(ana2!.blocks, zone)).toEqual([
        '2026-10-31T08:00:00-04:00..2026-10-31T16:00:00-04:00',
        '2026-11-01T08:00:00-05:00..2026-11-01T16:00:00-05:00',
        '2026-11-02T08:00:00-05:00..2026-11-02T16:00:00-05:00',
      ]);
    });

    it('keeps 09:00-17:00 local in London across its spring change', () => {
      const zone = 'Europe/London';
      const [ben] = buildAvailability([{ id: 'ben', items: [], workingHours: hours('GMT Standard Time', 540, 1020, EVERY_DAY) }], {
        start: at('2026-03-28T00:00', zone),
        end: at('2026-03-30T00:00', zone),
      });
      expect(workingStretches(ben!.blocks, zone)).toEqual(['2026-03-28T09:00:00+00:00..2026-03-28T17:00:00+00:00', '2026-03-29T09:00:00+01:00..2026-03-29T17:00:00+01:00']);
    });

    it('keeps 08:30-15:30 local in Sydney when its clocks go back in April', () => {
      const zone = 'Australia/Sydney';
      const [cy] = buildAvailability([{ id: 'cy', items: [], workingHours: hours(zone, 510, 930, EVERY_DAY) }], {
        start: at('2026-04-04T00:00', zone),
        end: at('2026-04-06T00:00', zone),
      });
      expect(workingStretches(cy!.blocks, zone)).toEqual(['2026-04-04T08:30:00+11:00..2026-04-04T15:30:00+11:00', '2026-04-05T08:30:00+10:00..2026-04-05T15:30:00+10:00']);
    });

    it('starts a period that begins inside the skipped hour when the clock jumps past it', () => {
      const zone = 'America/New_York';
      const [night] = buildAvailability([{ id: 'n', items: [], workingHours: hours(zone, 150, 300, ['sunday']) }], {
        start: at('2026-03-08T00:00', zone),
        end: at('2026-03-08T12:00', zone),
      });
      expect(describeBlocks(night!.blocks, zone)).toEqual(['2026-03-08T00:00..03:00 outsideWorkingHours', '2026-03-08T05:00..12:00 outsideWorkingHours']);
    });

    it('puts each person on their own clock (Windows and IANA names, and a customTimeZone)', () => {
      const window = { start: Date.parse('2026-12-07T00:00:00Z'), end: Date.parse('2026-12-08T00:00:00Z') };
      const custom = {
        bias: 480,
        name: 'Customized Time Zone',
        standardOffset: { time: '02:00:00', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11, year: 0 },
        daylightOffset: { daylightBias: -60, time: '02:00:00', dayOccurrence: 2, dayOfWeek: 'sunday', month: 3, year: 0 },
      };
      const people = buildAvailability(
        [
          { id: 'east', items: [], workingHours: hours('Eastern Standard Time') },
          { id: 'west', items: [], workingHours: hours('Pacific Standard Time') },
          { id: 'custom', items: [], workingHours: hours(custom) },
        ],
        window,
      );
      const firstWorkingMinute = people.map((p) => new Date(p.blocks[0]!.end).toISOString());
      expect(firstWorkingMinute).toEqual(['2026-12-07T13:00:00.000Z', '2026-12-07T16:00:00.000Z', '2026-12-07T16:00:00.000Z']);
    });

    it('runs a period whose end is not after its start past midnight', () => {
      const [nightShift] = buildAvailability([{ id: 'n', items: [], workingHours: hours('UTC', 22 * 60, 6 * 60, ['monday']) }], {
        start: Date.parse('2026-12-07T00:00:00Z'),
        end: Date.parse('2026-12-09T00:00:00Z'),
      });
      expect(describeBlocks(nightShift!.blocks, 'UTC')).toEqual(['2026-12-07T00:00..22:00 outsideWorkingHours', '2026-12-08T06:00..00:00 outsideWorkingHours']);
    });

    it('makes every day off outside working hours, and ignores working hours on request', () => {
      const window = { start: Date.parse('2026-12-05T00:00:00Z'), end: Date.parse('2026-12-07T00:00:00Z') }; // Saturday and Sunday
      const person: ScheduleInput = { id: 'w', items: [item(window.start + 3_600_000, window.start + 7_200_000)], workingHours: hours('UTC') };
      // Busy is the stronger reason, so it shows through the weekend's outsideWorkingHours.
      expect(describeBlocks(buildAvailability([person], window)[0]!.blocks, 'UTC')).toEqual([
        '2026-12-05T00:00..01:00 outsideWorkingHours',
        '2026-12-05T01:00..02:00 busy',
        '2026-12-05T02:00..00:00 outsideWorkingHours',
      ]);
      expect(describeBlocks(buildAvailability([person], window, { ignoreWorkingHours: true })[0]!.blocks, 'UTC')).toEqual(['2026-12-05T01:00..02:00 busy']);
    });

    it('treats a schedule without working hours as working around the clock', () => {
      const window = { start: Date.parse('2026-12-05T00:00:00Z'), end: Date.parse('2026-12-06T00:00:00Z') };
      expect(buildAvailability([{ id: 'room', items: [] }], window)[0]!.blocks).toEqual([]);
    });
  });

  describe('items', () => {
    const zone = 'UTC';
    const window = { start: at('2026-12-07T00:00', zone), end: at('2026-12-08T00:00', zone) };
    const wh = hours(zone);

    it('keeps the strongest reason where items overlap, and joins touching blocks of one reason', () => {
      const items = [
        item(at('2026-12-07T09:00', zone), at('2026-12-07T11:00', zone), 'tentative'),
        item(at('2026-12-07T10:00', zone), at('2026-12-07T10:30', zone), 'oof'),
        item(at('2026-12-07T12:00', zone), at('2026-12-07T13:00', zone), 'busy'),
        item(at('2026-12-07T13:00', zone), at('2026-12-07T14:00', zone), 'busy'),
        item(at('2026-12-07T15:30', zone), at('2026-12-07T17:00', zone), 'busy'),
      ];
      const [p] = buildAvailability([{ id: 'p', items, workingHours: wh }], window, { tentative: 'busy' });
      expect(describeBlocks(p!.blocks, zone)).toEqual([
        '2026-12-07T00:00..08:00 outsideWorkingHours',
        '2026-12-07T09:00..10:00 tentative',
        '2026-12-07T10:00..10:30 oof',
        '2026-12-07T10:30..11:00 tentative',
        '2026-12-07T12:00..14:00 busy',
        '2026-12-07T15:30..17:00 busy',
        '2026-12-07T17:00..00:00 outsideWorkingHours',
      ]);
    });

    it('gives the same blocks whatever order the items come in', () => {
      const items = [
        item(at('2026-12-07T13:00', zone), at('2026-12-07T14:00', zone), 'workingElsewhere'),
        item(at('2026-12-07T09:00', zone), at('2026-12-07T12:00', zone), 'busy'),
        item(at('2026-12-07T10:00', zone), at('2026-12-07T13:30', zone), 'tentative'),
      ];
      const forward = buildAvailability([{ id: 'p', items, workingHours: wh }], window)[0]!.blocks;
      const reversed = buildAvailability([{ id: 'p', items: [...items].reverse(), workingHours: wh }], window)[0]!.blocks;
      expect(reversed).toEqual(forward);
      expect(describeBlocks(forward, zone).slice(1, 4)).toEqual(['2026-12-07T09:00..12:00 busy', '2026-12-07T12:00..13:00 tentative', '2026-12-07T13:00..14:00 workingElsewhere']);
    });

    it('lets tentative count as free, and other statuses be set free', () => {
      const items = [
        item(at('2026-12-07T09:00', zone), at('2026-12-07T10:00', zone), 'tentative'),
        item(at('2026-12-07T11:00', zone), at('2026-12-07T12:00', zone), 'workingElsewhere'),
      ];
      const person = { id: 'p', items };
      expect(describeBlocks(buildAvailability([person], window, { tentative: 'free' })[0]!.blocks, zone)).toEqual(['2026-12-07T11:00..12:00 workingElsewhere']);
      expect(describeBlocks(buildAvailability([person], window, { blockingStatuses: ['busy', 'oof'] })[0]!.blocks, zone)).toEqual([]);
      expect(describeBlocks(buildAvailability([person], window, { blockingStatuses: ['busy'], tentative: 'busy' })[0]!.blocks, zone)).toEqual([
        '2026-12-07T09:00..10:00 tentative',
      ]);
    });

    it('always blocks unknown items as unknown and never blocks free ones', () => {
      const items = [item(at('2026-12-07T09:00', zone), at('2026-12-07T10:00', zone), 'unknown'), item(at('2026-12-07T10:00', zone), at('2026-12-07T11:00', zone), 'free')];
      expect(describeBlocks(buildAvailability([{ id: 'p', items }], window, { blockingStatuses: [] })[0]!.blocks, zone)).toEqual(['2026-12-07T09:00..10:00 unknown']);
    });

    it('clips items to the window and drops those outside it', () => {
      const items = [item(window.start - 3_600_000, window.start + 3_600_000), item(window.end, window.end + 3_600_000), item(window.end - 60_000, window.end + 60_000, 'oof')];
      const [p] = buildAvailability([{ id: 'p', items }], window);
      expect(p!.blocks).toEqual([
        { start: window.start, end: window.start + 3_600_000, reason: 'busy' },
        { start: window.end - 60_000, end: window.end, reason: 'oof' },
      ]);
    });

    it('answers whyUnavailable with half-open intervals: an item ending at 10:00 leaves 10:00 free', () => {
      const [p] = buildAvailability([{ id: 'p', items: [item(at('2026-12-07T09:00', zone), at('2026-12-07T10:00', zone))], workingHours: wh }], window);
      expect(whyUnavailable(p!, { start: at('2026-12-07T10:00', zone), end: at('2026-12-07T11:00', zone) })).toBeNull();
      expect(whyUnavailable(p!, { start: at('2026-12-07T09:30', zone), end: at('2026-12-07T10:30', zone) })).toBe('busy');
      expect(whyUnavailable(p!, { start: at('2026-12-07T15:30', zone), end: at('2026-12-07T16:30', zone) })).toBe('outsideWorkingHours');
    });
  });

  it('serialises as { id, window, blocks }, with the packed arrays kept out of JSON', () => {
    const window = { start: Date.parse('2026-12-07T00:00:00Z'), end: Date.parse('2026-12-08T00:00:00Z') };
    const [p] = buildAvailability([{ id: 'p', items: [item(window.start + 3_600_000, window.start + 7_200_000)] }], window);
    expect(JSON.parse(JSON.stringify(p))).toEqual({ id: 'p', window, blocks: [{ start: window.start + 3_600_000, end: window.start + 7_200_000, reason: 'busy' }] });
    expect(Array.from(p!.packed!.starts)).toEqual([window.start + 3_600_000]);
  });

  it('reports a schedule Graph could not read as unknown over the whole window, keeping the error', () => {
    const window = { start: Date.parse('2026-12-07T00:00:00Z'), end: Date.parse('2026-12-08T00:00:00Z') };
    const error = { code: 'ErrorMailboxNotFound', message: 'The mailbox was not found.' };
    const [ghost] = buildAvailability([{ id: 'ghost', items: [item(window.start, window.end, 'free')], error }], window);
    expect(ghost).toEqual({ id: 'ghost', window, blocks: [{ ...window, reason: 'unknown' }], error });
  });

  describe('rejects bad input naming the field', () => {
    const window = { start: Date.parse('2026-12-07T00:00:00Z'), end: Date.parse('2026-12-08T00:00:00Z') };
    it('for a window that ends before it starts', () => {
      expect(() => buildAvailability([], { start: window.end, end: window.start })).toThrow(InvalidIntervalError);
      expect(() => buildAvailability([], { start: window.end, end: window.start })).toThrow(/^window: the end/);
    });
    it('for an item that ends before it starts, or a status Graph does not have', () => {
      expect(() =>
        buildAvailability(
          [
            { id: 'a', items: [] },
            { id: 'b', items: [item(window.end, window.start)] },
          ],
          window,
        ),
      ).toThrow(/^schedules\[1\]\.items\[0\]: the end/);
      expect(() => buildAvailability([{ id: 'a', items: [{ start: 0, end: 1, status: 'away' as 'busy' }] }], window)).toThrow(
        /^schedules\[0\]\.items\[0\]\.status: expected one of/,
      );
    });
    it('for a working-hours zone that does not exist, or minutes out of range', () => {
      expect(() => buildAvailability([{ id: 'a', items: [], workingHours: hours('Mars/Base') }], window)).toThrow(
        /^schedules\[0\]\.workingHours\.timeZone: unknown time zone "Mars\/Base"/,
      );
      expect(() => buildAvailability([{ id: 'a', items: [], workingHours: hours('UTC', -5) }], window)).toThrow(
        /^schedules\[0\]\.workingHours\.startMinute: expected whole minutes/,
      );
    });
    it('for options that are not allowed values', () => {
      expect(() => buildAvailability([], window, { tentative: 'maybe' as 'busy' })).toThrow(InvalidBuildOptionError);
      expect(() => buildAvailability([], window, { blockingStatuses: ['free' as 'busy'] })).toThrow(
        /^blockingStatuses: expected some of busy, oof, workingElsewhere, tentative, got "free"\.$/,
      );
    });
  });
});
