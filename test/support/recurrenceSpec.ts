import type { RecurrenceSpec } from '../../src/core/planning/index.js';

/** A weekly Tuesday 15:00 New York hour, four times from 24 February 2026 (across the March change), changed by `overrides`. */
export function recurrenceSpec(overrides: Partial<RecurrenceSpec> = {}): RecurrenceSpec {
  return {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
    startTime: '15:00',
    durationMinutes: 60,
    timeZone: 'America/New_York',
    firstDate: '2026-02-24',
    count: 4,
    ...overrides,
  };
}
