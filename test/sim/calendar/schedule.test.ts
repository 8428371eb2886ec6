import { describe, it, expect } from '@jest/globals';
import { availabilityView, readScheduleQuery } from '../../../src/sim/calendar/schedule.js';
import { GraphError } from '../../../src/sim/errors.js';

const at = (hhmm: string): number => Date.parse(`2026-03-02T${hhmm}:00Z`);
const window = { startMs: at('09:00'), endMs: at('18:00') };

function refusal(body: unknown): GraphError {
  try {
    readScheduleQuery(body);
  } catch (e) {
    if (e instanceof GraphError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const utc = (hhmm: string): { dateTime: string; timeZone: string } => ({ dateTime: `2026-03-02T${hhmm}:00`, timeZone: 'UTC' });

describe('availabilityView', () => {
  it("has one character per slot: 09:00–18:00 is 9 at 60 minutes and 36 at 15 (the docs' figures)", () => {
    expect(availabilityView([], { ...window, intervalMinutes: 60 })).toBe('000000000');
    expect(availabilityView([], { ...window, intervalMinutes: 15 })).toHaveLength(36);
  });

  it('reproduces meganb\'s line from getSchedule.response.json ("200220010")', () => {
    const items = [
      { startMs: at('08:30'), endMs: at('09:30'), status: 'busy' as const },
      { startMs: at('12:00'), endMs: at('14:00'), status: 'busy' as const },
      { startMs: at('12:00'), endMs: at('13:00'), status: 'tentative' as const },
      { startMs: at('13:00'), endMs: at('14:00'), status: 'busy' as const },
      { startMs: at('16:00'), endMs: at('17:00'), status: 'tentative' as const },
    ];
    expect(availabilityView(items, { ...window, intervalMinutes: 60 })).toBe('200220010');
  });

  it('shows the strongest status in a slot: oof over busy over working elsewhere over tentative', () => {
    const q = { startMs: at('09:00'), endMs: at('10:00'), intervalMinutes: 60 };
    expect(
      availabilityView(
        [
          { startMs: at('09:00'), endMs: at('09:10'), status: 'tentative' },
          { startMs: at('09:50'), endMs: at('10:00'), status: 'workingElsewhere' },
        ],
        q,
      ),
    ).toBe('4');
    expect(
      availabilityView(
        [
          { startMs: at('09:00'), endMs: at('09:10'), status: 'oof' },
          { startMs: at('09:20'), endMs: at('09:30'), status: 'busy' },
        ],
        q,
      ),
    ).toBe('3');
  });

  it('counts a slot partly covered, and not one the item only touches', () => {
    const q = { startMs: at('09:00'), endMs: at('11:00'), intervalMinutes: 30 };
    expect(availabilityView([{ startMs: at('09:20'), endMs: at('10:00'), status: 'busy' }], q)).toBe('2200');
  });

  it('ends with a short slot when the window is not a whole number of intervals', () => {
    const q = { startMs: at('09:00'), endMs: at('10:10'), intervalMinutes: 30 };
    expect(availabilityView([{ startMs: at('10:05'), endMs: at('11:00'), status: 'busy' }], q)).toBe('002');
  });
});

describe('readScheduleQuery', () => {
  it("reads the concept doc's PascalCase names and string interval", () => {
    const q = readScheduleQuery({
      Schedules: ['AlexW@contoso.com'],
      StartTime: { dateTime: '2018-08-06T09:00:00', timeZone: 'Pacific Standard Time' },
      EndTime: { dateTime: '2018-08-06T18:00:00', timeZone: 'Pacific Standard Time' },
      availabilityViewInterval: '15',
    });
    expect(q).toEqual({ schedules: ['AlexW@contoso.com'], startMs: Date.parse('2018-08-06T16:00:00Z'), endMs: Date.parse('2018-08-07T01:00:00Z'), intervalMinutes: 15 });
  });

  it('defaults the interval to 30 minutes', () => {
    expect(readScheduleQuery({ schedules: ['a@b.c'], startTime: utc('09:00'), endTime: utc('10:00') }).intervalMinutes).toBe(30);
  });

  it('refuses more than 20 schedules with ErrorMailboxDataArrayTooBig, and allows 20', () => {
    const addresses = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i}@school.example`);
    expect(readScheduleQuery({ schedules: addresses(20), startTime: utc('09:00'), endTime: utc('10:00') }).schedules).toHaveLength(20);
    const e = refusal({ schedules: addresses(21), startTime: utc('09:00'), endTime: utc('10:00') });
    expect([e.status, e.code]).toEqual([400, 'ErrorMailboxDataArrayTooBig']);
    expect(e.message).toContain('actual size = 21');
  });

  it('refuses a window of 62 days or more with ErrorTimeIntervalTooBig, and allows one just shorter', () => {
    const start = { dateTime: '2026-03-01T00:00:00', timeZone: 'UTC' };
    expect(() => readScheduleQuery({ schedules: ['a@b.c'], startTime: start, endTime: { dateTime: '2026-05-01T23:59:00', timeZone: 'UTC' } })).not.toThrow();
    const e = refusal({ schedules: ['a@b.c'], startTime: start, endTime: { dateTime: '2026-05-02T00:00:00', timeZone: 'UTC' } });
    expect([e.status, e.code]).toEqual([400, 'ErrorTimeIntervalTooBig']);
  });

  it.each([4, 1441, 7.5, 'x'])('refuses availabilityViewInterval %p', (interval) => {
    const e = refusal({ schedules: ['a@b.c'], startTime: utc('09:00'), endTime: utc('10:00'), availabilityViewInterval: interval });
    expect(e.status).toBe(400);
    expect(e.message).toContain('availabilityViewInterval');
  });

  it('refuses an end before the start, a missing start and an empty schedule list', () => {
    expect(refusal({ schedules: ['a@b.c'], startTime: utc('10:00'), endTime: utc('09:00') }).code).toBe('ErrorInvalidTimeInterval');
    expect(refusal({ schedules: ['a@b.c'], endTime: utc('09:00') }).message).toContain('startTime');
    expect(refusal({ schedules: [], startTime: utc('09:00'), endTime: utc('10:00') }).message).toContain('schedules');
  });
});
