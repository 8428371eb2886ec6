import { describe, it, expect } from '@jest/globals';
import { graphExample } from '../support/graphExample.js';
import { GraphInputError, parseScheduleResponse } from '../../src/graph/parseSchedule.js';

const example = (name: string): { body: unknown } => graphExample(name);
const utc = (iso: string): number => Date.parse(iso);

/** A valid one-person response to vary per test. */
function response(item: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): unknown {
  return {
    value: [
      {
        scheduleId: 'ana@district.example',
        scheduleItems: [
          {
            status: 'busy',
            start: { dateTime: '2026-12-07T14:00:00.0000000', timeZone: 'UTC' },
            end: { dateTime: '2026-12-07T15:00:00.0000000', timeZone: 'UTC' },
            ...item,
          },
        ],
        workingHours: { daysOfWeek: ['monday'], startTime: '08:00:00.0000000', endTime: '16:00:00.0000000', timeZone: { name: 'Eastern Standard Time' } },
        ...extra,
      },
    ],
  };
}

function errorOf(run: () => unknown): GraphInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphInputError) return error;
    throw error;
  }
  throw new Error('expected a GraphInputError');
}

describe('parseScheduleResponse', () => {
  describe("with Microsoft's calendar-getschedule example", () => {
    const schedules = parseScheduleResponse(example('getSchedule.response.json').body);

    it('returns one schedule per scheduleInformation, in order', () => {
      expect(schedules.map((s) => s.id)).toEqual(['adelev@contoso.onmicrosoft.com', 'meganb@contoso.onmicrosoft.com']);
    });

    it('turns Pacific wall-clock times into instants (PDT on 2019-03-15)', () => {
      expect(schedules[0]!.items).toEqual([
        { start: utc('2019-03-15T19:00:00Z'), end: utc('2019-03-15T21:00:00Z'), status: 'busy', subject: "Let's go for lunch", location: "Harry's Bar", isPrivate: false },
      ]);
      expect(schedules[1]!.items.map((i) => i.status)).toEqual(['busy', 'busy', 'tentative', 'busy', 'tentative']);
    });

    it('keeps named and custom working-hours zones', () => {
      expect(schedules[0]!.workingHours).toEqual({
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startMinute: 480,
        endMinute: 1020,
        timeZone: 'America/Los_Angeles',
      });
      const custom = schedules[1]!.workingHours!.timeZone;
      expect(typeof custom).toBe('object');
      expect(custom).toMatchObject({ bias: 480, daylightOffset: { daylightBias: -60, month: 3, dayOccurrence: 2 } });
    });

    it('keeps the availabilityView', () => {
      expect(schedules[1]!.availabilityView).toBe('200220010');
    });
  });

  it("reads the concept doc's capitalised statuses ('Tentative', 'Busy')", () => {
    const [alex] = parseScheduleResponse(example('getSchedule-concept.response.json').body);
    expect(alex!.items.map((i) => i.status)).toEqual(['tentative', 'busy']);
    expect(alex!.items[0]!.start).toBe(utc('2018-08-06T16:00:00Z'));
  });

  it('accepts statuses in any letter case', () => {
    for (const [given, read] of [
      ['BUSY', 'busy'],
      ['Oof', 'oof'],
      ['workingelsewhere', 'workingElsewhere'],
      ['WorkingElsewhere', 'workingElsewhere'],
      ['Unknown', 'unknown'],
      ['FREE', 'free'],
    ] as const) {
      expect(parseScheduleResponse(response({ status: given }))[0]!.items[0]!.status).toBe(read);
    }
  });

  it('accepts PascalCase keys, as Microsoft prints them in the concept doc', () => {
    const body = {
      Value: [
        {
          ScheduleId: 'ana@district.example',
          ScheduleItems: [
            {
              Status: 'Busy',
              Start: { DateTime: '2026-12-07T09:00:00', TimeZone: 'Eastern Standard Time' },
              End: { DateTime: '2026-12-07T10:00:00', TimeZone: 'Eastern Standard Time' },
            },
          ],
          WorkingHours: { DaysOfWeek: ['Monday'], StartTime: '08:00:00', EndTime: '16:00:00', TimeZone: { Name: 'America/New_York' } },
        },
      ],
    };
    const [ana] = parseScheduleResponse(body);
    expect(ana!.items[0]).toEqual({ start: utc('2026-12-07T14:00:00Z'), end: utc('2026-12-07T15:00:00Z'), status: 'busy' });
    expect(ana!.workingHours).toEqual({ daysOfWeek: ['monday'], startMinute: 480, endMinute: 960, timeZone: 'America/New_York' });
  });

  it('reads the JSON text of a response as well as the parsed body', () => {
    expect(parseScheduleResponse(JSON.stringify(response()))).toEqual(parseScheduleResponse(response()));
  });

  it('keeps per-schedule errors and ignores whatever else such an entry carries', () => {
    const [ghost] = parseScheduleResponse({
      value: [
        {
          scheduleId: 'ghost@district.example',
          availabilityView: '',
          scheduleItems: [{ nonsense: true }],
          error: { message: 'The mailbox was not found.', responseCode: 'ErrorMailboxNotFound' },
        },
      ],
    });
    expect(ghost).toEqual({ id: 'ghost@district.example', items: [], availabilityView: '', error: { code: 'ErrorMailboxNotFound', message: 'The mailbox was not found.' } });
  });

  it('treats missing or empty working hours as no working-hours limit', () => {
    expect(parseScheduleResponse(response({}, { workingHours: {} }))[0]!.workingHours).toBeUndefined();
    expect(parseScheduleResponse(response({}, { workingHours: undefined }))[0]!.workingHours).toBeUndefined();
  });

  describe('rejects malformed input with the JSON path', () => {
    it('for an end before the start', () => {
      const error = errorOf(() => parseScheduleResponse(response({ end: { dateTime: '2026-12-07T13:00:00', timeZone: 'UTC' } })));
      expect(error.path).toBe('value[0].scheduleItems[0].end.dateTime');
      expect(error.message).toMatch(/^value\[0\]\.scheduleItems\[0\]\.end\.dateTime: the end \(2026-12-07T13:00:00\.000Z\) is before the start/);
    });

    it('for an unreadable dateTime deep in the list', () => {
      const body = response() as { value: { scheduleItems: unknown[] }[] };
      const item = body.value[0]!.scheduleItems[0] as Record<string, unknown>;
      body.value[0]!.scheduleItems.push(item, item, { ...item, end: { dateTime: '07/12/2026 3pm', timeZone: 'UTC' } });
      expect(() => parseScheduleResponse(body)).toThrow(/^value\[0\]\.scheduleItems\[3\]\.end\.dateTime: expected a date and time like/);
    });

    it('for an unknown status, listing the allowed ones', () => {
      expect(() => parseScheduleResponse(response({ status: 'away' }))).toThrow(
        'value[0].scheduleItems[0].status: expected one of free, tentative, busy, oof, workingElsewhere, unknown (any letter case), got "away".',
      );
    });

    it('for an unknown item zone, naming its timeZone field', () => {
      expect(() => parseScheduleResponse(response({ start: { dateTime: '2026-12-07T09:00:00', timeZone: 'Atlantis Time' } }))).toThrow(
        /^value\[0\]\.scheduleItems\[0\]\.start\.timeZone: unknown time zone "Atlantis Time"/,
      );
    });

    it('for a dateTime with neither zone nor offset', () => {
      expect(() => parseScheduleResponse(response({ start: { dateTime: '2026-12-07T09:00:00' } }))).toThrow(/^value\[0\]\.scheduleItems\[0\]\.start\.timeZone: is missing/);
    });

    it('for bad working hours', () => {
      const bad = (workingHours: unknown): unknown => response({}, { workingHours });
      const base = { daysOfWeek: ['monday'], startTime: '08:00:00', endTime: '16:00:00', timeZone: { name: 'UTC' } };
      expect(() => parseScheduleResponse(bad({ ...base, daysOfWeek: ['funday'] }))).toThrow(/^value\[0\]\.workingHours\.daysOfWeek\[0\]: expected a day name/);
      expect(() => parseScheduleResponse(bad({ ...base, startTime: '8am' }))).toThrow(/^value\[0\]\.workingHours\.startTime: expected a time of day/);
      expect(() => parseScheduleResponse(bad({ ...base, timeZone: { name: 'Nowhere' } }))).toThrow(/^value\[0\]\.workingHours\.timeZone\.name: unknown time zone/);
      expect(() => parseScheduleResponse(bad({ ...base, timeZone: { '@odata.type': '#microsoft.graph.customTimeZone', bias: 'eight' } }))).toThrow(
        /^value\[0\]\.workingHours\.timeZone\.bias: expected a whole number/,
      );
    });

    it('for the wrong shapes at the top', () => {
      expect(() => parseScheduleResponse('{"value": [')).toThrow(/^body: is not valid JSON/);
      expect(() => parseScheduleResponse({ values: [] })).toThrow(/^value: is missing/);
      expect(() => parseScheduleResponse({ value: {} })).toThrow('value: expected an array, got an object.');
      expect(() => parseScheduleResponse({ value: [{ scheduleItems: [] }] })).toThrow('value[0].scheduleId: expected a string, got undefined.');
      expect(() => parseScheduleResponse({ value: [{ scheduleId: 'a', scheduleItems: {} }] })).toThrow('value[0].scheduleItems: expected an array, got an object.');
    });

    it('for a Graph error body passed by mistake', () => {
      expect(() => parseScheduleResponse({ error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } })).toThrow(
        /^error: this is a Graph error response, not a schedule \(ErrorAccessDenied: Access is denied\.\)/,
      );
    });
  });
});
