import { describe, it, expect } from '@jest/globals';
import { IANAZone } from 'luxon';
import {
  GraphCustomZone,
  InvalidDateTimeError,
  InvalidTimeZoneError,
  instantToIso,
  localDateTimeToInstant,
  resolveZone,
  toLuxonZone,
  type GraphCustomTimeZone,
} from '../../../src/core/time/zones.js';

/** The customTimeZone in Microsoft's getSchedule examples (bias 480, US transition rules). */
const GRAPH_EXAMPLE_CUSTOM: GraphCustomTimeZone = {
  '@odata.type': '#microsoft.graph.customTimeZone',
  bias: 480,
  name: 'Customized Time Zone',
  standardOffset: { time: '02:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11, year: 0 },
  daylightOffset: { daylightBias: -60, time: '02:00:00.0000000', dayOccurrence: 2, dayOfWeek: 'sunday', month: 3, year: 0 },
};

const utc = (iso: string): number => Date.parse(iso);

describe('resolveZone', () => {
  it('returns IANA names unchanged, and fixes their letter case', () => {
    expect(resolveZone('America/New_York')).toBe('America/New_York');
    expect(resolveZone('europe/london')).toBe('Europe/London');
  });

  it('maps Windows names to their primary IANA zone in any letter case', () => {
    expect(resolveZone('Eastern Standard Time')).toBe('America/New_York');
    expect(resolveZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(resolveZone('pacific standard time')).toBe('America/Los_Angeles');
    expect(resolveZone('GMT Standard Time')).toBe('Europe/London');
    expect(resolveZone('AUS Eastern Standard Time')).toBe('Australia/Sydney');
  });

  it("reads UTC and Graph's tzone://Microsoft/Utc", () => {
    expect(resolveZone('UTC')).toBe('UTC');
    expect(resolveZone('tzone://Microsoft/Utc')).toBe('UTC');
  });

  it('rejects an unknown name with an error naming the field and the fix', () => {
    expect(() => resolveZone('Mars Standard Time', '--time-zone')).toThrow(InvalidTimeZoneError);
    expect(() => resolveZone('Mars Standard Time', '--time-zone')).toThrow(/^--time-zone: unknown time zone "Mars Standard Time"; use an IANA name/);
    expect(() => resolveZone('', 'workingHours.timeZone.name')).toThrow(/workingHours\.timeZone\.name: a time zone name is required/);
  });
});

describe('toLuxonZone', () => {
  it('builds IANA zones from names and {name} objects', () => {
    expect(toLuxonZone('Eastern Standard Time').name).toBe('America/New_York');
    expect(toLuxonZone({ name: 'Pacific Standard Time' }).name).toBe('America/Los_Angeles');
  });

  it("turns Microsoft's example customTimeZone into a zone that agrees with Los Angeles every 3 hours from 2018 to 2027", () => {
    const custom = toLuxonZone(GRAPH_EXAMPLE_CUSTOM);
    const la = IANAZone.create('America/Los_Angeles');
    expect(custom).toBeInstanceOf(GraphCustomZone);
    const mismatches: number[] = [];
    for (let t = utc('2018-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 3 * 3_600_000) {
      if (custom.offset(t) !== la.offset(t)) mismatches.push(t);
    }
    expect(mismatches).toEqual([]);
  });

  it('switches exactly at the transition instants of a rule-driven zone', () => {
    const custom = toLuxonZone(GRAPH_EXAMPLE_CUSTOM);
    // 2026-03-08 02:00 PST = 10:00Z; 2026-11-01 02:00 PDT = 09:00Z.
    expect(custom.offset(utc('2026-03-08T09:59:59.999Z'))).toBe(-480);
    expect(custom.offset(utc('2026-03-08T10:00:00Z'))).toBe(-420);
    expect(custom.offset(utc('2026-11-01T08:59:59.999Z'))).toBe(-420);
    expect(custom.offset(utc('2026-11-01T09:00:00Z'))).toBe(-480);
  });

  it('follows southern-hemisphere rules that wrap around New Year (a Sydney-like custom zone)', () => {
    const sydneyLike = toLuxonZone({
      bias: -600,
      name: 'Sydney-like',
      standardOffset: { time: '03:00:00', dayOccurrence: 1, dayOfWeek: 'Sunday', month: 4, year: 0 },
      daylightOffset: { daylightBias: -60, time: '02:00:00', dayOccurrence: 1, dayOfWeek: 'sunday', month: 10, year: 0 },
    });
    const sydney = IANAZone.create('Australia/Sydney');
    const mismatches: number[] = [];
    for (let t = utc('2024-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 3_600_000) {
      if (sydneyLike.offset(t) !== sydney.offset(t)) mismatches.push(t);
    }
    expect(mismatches).toEqual([]);
    expect(sydneyLike.offset(utc('2026-04-04T15:59:59Z'))).toBe(660);
    expect(sydneyLike.offset(utc('2026-04-04T16:00:00Z'))).toBe(600);
  });

  it('treats a custom zone without daylight rules (month 0) as a fixed offset', () => {
    const fixed = toLuxonZone({
      bias: -330,
      standardOffset: { time: '00:00:00', dayOccurrence: 0, dayOfWeek: 'sunday', month: 0 },
      daylightOffset: { daylightBias: 0, time: '00:00:00', dayOccurrence: 0, dayOfWeek: 'sunday', month: 0 },
    });
    expect(fixed.isUniversal).toBe(true);
    expect(fixed.offset(utc('2026-07-01T00:00:00Z'))).toBe(330);
  });

  it('names the exact field of a malformed custom rule', () => {
    const bad = { ...GRAPH_EXAMPLE_CUSTOM, daylightOffset: { ...GRAPH_EXAMPLE_CUSTOM.daylightOffset!, month: 13 } };
    expect(() => toLuxonZone(bad, 'value[1].workingHours.timeZone')).toThrow(
      /^value\[1\]\.workingHours\.timeZone\.daylightOffset\.month: expected a whole number from 1 to 12, got 13\.$/,
    );
    const yearly = { ...GRAPH_EXAMPLE_CUSTOM, standardOffset: { ...GRAPH_EXAMPLE_CUSTOM.standardOffset!, year: 2026 } };
    expect(() => toLuxonZone(yearly, 'tz')).toThrow(/tz\.standardOffset\.year: only rules that repeat every year/);
  });
});

describe('localDateTimeToInstant', () => {
  it("reads Graph's dateTime with seven fractional digits in a Windows-named zone", () => {
    expect(localDateTimeToInstant('2019-03-15T12:00:00.0000000', 'Pacific Standard Time')).toBe(utc('2019-03-15T19:00:00Z'));
    expect(localDateTimeToInstant('2019-03-15T12:00:00.1234567', 'UTC')).toBe(utc('2019-03-15T12:00:00.123Z'));
  });

  it('reads the same wall-clock time in a custom zone like in the named zone it imitates', () => {
    expect(localDateTimeToInstant('2026-07-01T08:00:00', GRAPH_EXAMPLE_CUSTOM)).toBe(localDateTimeToInstant('2026-07-01T08:00:00', 'America/Los_Angeles'));
  });

  it('honours an explicit offset in the string', () => {
    expect(localDateTimeToInstant('2026-12-07T09:00:00Z', 'America/New_York')).toBe(utc('2026-12-07T09:00:00Z'));
    expect(localDateTimeToInstant('2026-12-07T09:00:00+01:00', 'America/New_York')).toBe(utc('2026-12-07T08:00:00Z'));
  });

  describe('on the day New York springs forward (2026-03-08)', () => {
    it('moves a skipped time forward by the gap', () => {
      expect(localDateTimeToInstant('2026-03-08T02:30:00', 'America/New_York')).toBe(utc('2026-03-08T07:30:00Z'));
    });
    it('reads times either side of the gap in their own offset', () => {
      expect(localDateTimeToInstant('2026-03-08T01:59:00', 'America/New_York')).toBe(utc('2026-03-08T06:59:00Z'));
      expect(localDateTimeToInstant('2026-03-08T03:00:00', 'America/New_York')).toBe(utc('2026-03-08T07:00:00Z'));
      expect(localDateTimeToInstant('2026-03-08T08:00:00', 'America/New_York')).toBe(utc('2026-03-08T12:00:00Z'));
    });
  });

  describe('on the day New York falls back (2026-11-01)', () => {
    it('takes the earlier of a repeated time', () => {
      expect(localDateTimeToInstant('2026-11-01T01:30:00', 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
    });
    it('reads the hour after the change in standard time', () => {
      expect(localDateTimeToInstant('2026-11-01T02:00:00', 'America/New_York')).toBe(utc('2026-11-01T07:00:00Z'));
      expect(localDateTimeToInstant('2026-11-01T08:00:00', 'America/New_York')).toBe(utc('2026-11-01T13:00:00Z'));
    });
  });

  it('handles London and Sydney change days', () => {
    expect(localDateTimeToInstant('2026-03-29T01:30:00', 'Europe/London')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(localDateTimeToInstant('2026-10-25T01:30:00', 'GMT Standard Time')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(localDateTimeToInstant('2026-04-05T02:30:00', 'Australia/Sydney')).toBe(utc('2026-04-04T15:30:00Z'));
    expect(localDateTimeToInstant('2026-10-04T02:30:00', 'Australia/Sydney')).toBe(utc('2026-10-03T16:30:00Z'));
  });

  it('rejects malformed and impossible dates naming the field', () => {
    expect(() => localDateTimeToInstant('2026-02-30T09:00:00', 'UTC', 'start.dateTime')).toThrow(InvalidDateTimeError);
    expect(() => localDateTimeToInstant('2026-02-30T09:00:00', 'UTC', 'start.dateTime')).toThrow(/^start\.dateTime: expected a date and time/);
    expect(() => localDateTimeToInstant('tomorrow', 'UTC', 'x')).toThrow(/^x: expected/);
    expect(() => localDateTimeToInstant('2026-02-03T24:00:00', 'UTC', 'x')).toThrow(/^x: expected/);
  });

  it('names the zone field when the zone is unknown', () => {
    expect(() => localDateTimeToInstant('2026-02-03T09:00:00', 'Nowhere', 'value[0].scheduleItems[0].start.dateTime')).toThrow(
      /^value\[0\]\.scheduleItems\[0\]\.start\.timeZone: unknown time zone/,
    );
  });
});

describe('instantToIso', () => {
  it('writes the offset of the zone at that instant', () => {
    expect(instantToIso(utc('2026-12-07T14:00:00Z'), 'America/New_York')).toBe('2026-12-07T09:00:00-05:00');
    expect(instantToIso(utc('2026-07-07T13:00:00Z'), 'Eastern Standard Time')).toBe('2026-07-07T09:00:00-04:00');
    expect(instantToIso(utc('2026-07-07T13:00:00Z'), 'UTC')).toBe('2026-07-07T13:00:00+00:00');
    expect(instantToIso(utc('2019-03-15T19:00:00Z'), GRAPH_EXAMPLE_CUSTOM)).toBe('2019-03-15T12:00:00-07:00');
  });

  it('round-trips with localDateTimeToInstant', () => {
    const t = localDateTimeToInstant('2026-11-01T01:30:00', 'America/New_York');
    expect(instantToIso(t, 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
  });
});
