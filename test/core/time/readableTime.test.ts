import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { formatSlot, formatTimeRange, zoneName } from '../../../src/core/time/readableTime.js';

const at = (iso: string, zone = 'America/New_York') => DateTime.fromISO(iso, { zone }).toMillis();

describe('dates and times as the reader reads them', () => {
  it('names the zone the way people say it, in summer and winter alike', () => {
    const us = { locale: 'en-US', timeZone: 'America/New_York' };
    expect(zoneName(us, at('2026-12-01T09:00'))).toBe('Eastern');
    expect(zoneName(us, at('2026-07-01T09:00'))).toBe('Eastern');
    expect(zoneName({ locale: 'en-US', timeZone: 'Central Standard Time' }, at('2026-12-01T09:00'))).toBe('Central');
    expect(zoneName({ locale: 'en-US', timeZone: 'UTC' }, 0)).toBe('UTC');
    expect(zoneName({ locale: 'es-US', timeZone: 'America/New_York' }, at('2026-12-01T09:00'))).toBe('hora oriental');
  });

  it('one format for a slot, in the reader’s zone and locale', () => {
    const start = at('2026-12-01T09:00');
    expect(formatSlot(start, start + 90 * 60_000, { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Tuesday, December 1, 9:00 – 10:30 AM Eastern');
    // A Chicago reader sees the same meeting an hour earlier, named Central.
    expect(formatSlot(start, start + 90 * 60_000, { locale: 'en-US', timeZone: 'America/Chicago' })).toBe('Tuesday, December 1, 8:00 – 9:30 AM Central');
    expect(formatTimeRange(at('2026-12-01T11:30'), at('2026-12-01T13:00'), { locale: 'en-US', timeZone: 'America/New_York' })).toBe('11:30 AM – 1:00 PM Eastern');
    expect(formatSlot(start, start + 3_600_000, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('Tuesday 1 December, 09:00–10:00 Eastern');
  });
});
