import { describe, expect, it } from '@jest/globals';
import { buildAvailability } from '../../../src/core/availability/build.js';
import { parseScheduleResponse } from '../../../src/graph/parseSchedule.js';
import { findRecurringTimes } from '../../../src/core/planning/recurring.js';
import { planRotation } from '../../../src/core/planning/rotation.js';
import { at } from './people.js';

/** A getSchedule body as Graph returns it: Windows zone names, mixed-case status, fractional seconds, one error. */
const workingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '16:00:00.0000000',
  timeZone: { name: 'Eastern Standard Time' },
};
const body = {
  value: [
    { scheduleId: 'ana@district.example', availabilityView: '', scheduleItems: [], workingHours },
    {
      scheduleId: 'ben@district.example',
      availabilityView: '',
      scheduleItems: [
        // 20:00Z on 5 November is 15:00 in New York after the clocks went back on 1 November.
        { status: 'Busy', start: { dateTime: '2026-11-05T20:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-11-05T21:00:00.0000000', timeZone: 'UTC' } },
      ],
      workingHours,
    },
    { scheduleId: 'cruz@district.example', availabilityView: '', scheduleItems: [], workingHours: { ...workingHours, timeZone: { name: 'Central Standard Time' } } },
    { scheduleId: 'dee@district.example', error: { message: 'The specified mailbox could not be found.', responseCode: 'ErrorMailboxNotFound' } },
  ],
};
const window = { start: at('2026-10-19T00:00'), end: at('2026-11-21T00:00') };
const people = buildAvailability(parseScheduleResponse(body), window);

describe('planning on availability built from a Graph getSchedule body', () => {
  it('checks a Thursday 15:00 series on both sides of the November change against working hours in two zones', () => {
    const [thursday] = findRecurringTimes(people.slice(0, 3), {
      candidates: [
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] },
          startTime: '14:00',
          durationMinutes: 60,
          timeZone: 'Eastern Standard Time',
          firstDate: '2026-10-22',
          count: 4,
        },
      ],
    });
    // 14:00 Eastern is 13:00 Central: inside everyone's working hours on every date, before and after the change.
    expect(thursday!.summary).toBe('all 3 free on all 4 dates');
    expect(thursday!.recurrence.timeZone).toBe('America/New_York');

    const [late] = findRecurringTimes(people.slice(0, 3), {
      candidates: [
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] },
          startTime: '15:00',
          durationMinutes: 60,
          timeZone: 'America/New_York',
          firstDate: '2026-10-22',
          count: 4,
        },
      ],
    });
    expect(late!.occurrences.map((o) => [o.date, o.unavailable])).toEqual([
      ['2026-10-22', []],
      ['2026-10-29', []],
      ['2026-11-05', [{ id: 'ben@district.example', reason: 'busy' }]],
      ['2026-11-12', []],
    ]);
  });

  it('never counts a schedule Graph could not read as free', () => {
    const [time] = findRecurringTimes(people, {
      candidates: [
        {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          startTime: '10:00',
          durationMinutes: 60,
          timeZone: 'America/New_York',
          firstDate: '2026-10-20',
          count: 3,
        },
      ],
    });
    expect(time!.summary).toBe('3 of 4 free on all 3 dates');
    expect(time!.reasons).toEqual(['dee@district.example misses 3 of 3 dates: calendar unknown on 2026-10-20, 2026-10-27 and 2026-11-03']);
    expect(time!.meetsRequirements).toBe(false);
  });

  it("keeps learning walks inside everyone's working hours with travel, across the change", () => {
    const plan = planRotation({
      schools: [
        { id: 'lincoln', name: 'Lincoln Elementary', constraints: { timeZone: 'Eastern Standard Time', dailyWindow: { start: '08:30', end: '15:30' } } },
        { id: 'oak', name: 'Oak Middle', constraints: { timeZone: 'America/New_York', dailyWindow: { start: '08:30', end: '15:30' } } },
      ],
      cohort: [
        { id: 'ana@district.example', schoolId: 'lincoln' },
        { id: 'ben@district.example', schoolId: 'oak' },
      ],
      availability: people.slice(0, 2),
      window: { start: at('2026-10-31T00:00'), end: at('2026-11-03T00:00') },
      visitMinutes: 120,
      travel: { defaultMinutes: 30 },
    });
    // The weekend is outside working hours; Monday 2 November is the first school day after the change.
    expect(plan.visits.map((v) => v.explanation)).toEqual([
      'Lincoln Elementary, Mon 2 Nov 08:30–10:30 (America/New_York): both attend; visitors travel 30 minutes each way',
      'Oak Middle, Mon 2 Nov 11:00–13:00 (America/New_York): both attend; visitors travel 30 minutes each way',
    ]);
    expect(plan.visits[0]!.start).toBe(Date.parse('2026-11-02T13:30:00Z'));
    // Ben leaves Oak at 08:00 sharp, the start of his working day in Eastern time.
    expect(plan.visits[0]!.attendees[1]!.committed.start).toBe(Date.parse('2026-11-02T13:00:00Z'));
  });
});
