/** The day-by-time grid of who is free, from the engine's availability: pure, on fixed instants. */
import { describe, expect, it } from '@jest/globals';
import type { Block, PersonAvailability } from '../../../src/core/availability/model.js';
import { availabilityGrid, dayOf, gridDays } from '../../../src/services/findTime/availabilityGrid.js';

const NY = 'America/New_York';
/** An instant given as New York wall-clock time in December 2026 (UTC-5). */
const ny = (hhmm: string, day = '2026-12-08') => Date.parse(`${day}T${hhmm}:00-05:00`);
const window = { start: ny('00:00', '2026-12-07'), end: ny('00:00', '2026-12-12') };

function person(id: string, blocks: Block[], over = window): PersonAvailability {
  return { id, window: over, blocks };
}

describe('availabilityGrid', () => {
  const ana = person('Ana Ruiz', [
    { start: ny('09:00'), end: ny('10:00'), reason: 'busy' },
    { start: ny('13:00'), end: ny('18:00'), reason: 'oof' },
  ]);
  const ben = person('Ben Okafor', [{ start: ny('09:15'), end: ny('09:45'), reason: 'tentative' }]);
  const cy = person('Cy Lund', []);

  it('has a column per half hour from 7:00 to 18:00 in the coach zone, and a row per person in order', () => {
    const grid = availabilityGrid([ana, ben, cy], { day: '2026-12-08', timeZone: NY });
    expect(grid.columns).toHaveLength(22);
    expect(grid.columns[0]).toEqual({ start: ny('07:00'), end: ny('07:30') });
    expect(grid.columns.at(-1)).toEqual({ start: ny('17:30'), end: ny('18:00') });
    expect(grid.rows.map((r) => r.person)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Cy Lund']);
  });

  it('marks each cell free or with the reason, busy for any part of it, and counts who is free', () => {
    const grid = availabilityGrid([ana, ben, cy], { day: '2026-12-08', timeZone: NY, firstHour: 8, lastHour: 14, stepMinutes: 60 });
    // 8-9, 9-10, 10-11, 11-12, 12-13, 13-14
    expect(grid.rows[0]!.cells).toEqual(['free', 'busy', 'free', 'free', 'free', 'oof']);
    expect(grid.rows[1]!.cells).toEqual(['free', 'tentative', 'free', 'free', 'free', 'free']);
    expect(grid.rows[2]!.cells).toEqual(['free', 'free', 'free', 'free', 'free', 'free']);
    expect(grid.freeCounts).toEqual([3, 1, 3, 3, 3, 2]);
  });

  it('shows the strongest reason where reasons overlap in one cell', () => {
    const dana = person('Dana Wu', [
      { start: ny('09:00'), end: ny('09:30'), reason: 'outsideWorkingHours' },
      { start: ny('09:30'), end: ny('10:00'), reason: 'oof' },
    ]);
    const grid = availabilityGrid([dana], { day: '2026-12-08', timeZone: NY, firstHour: 9, lastHour: 10, stepMinutes: 60 });
    expect(grid.rows[0]!.cells).toEqual(['oof']);
  });

  it('never shows time outside the read window as free', () => {
    const short = person('Eve Sato', [], { start: ny('12:00'), end: window.end });
    const grid = availabilityGrid([short], { day: '2026-12-08', timeZone: NY, firstHour: 11, lastHour: 13, stepMinutes: 60 });
    expect(grid.rows[0]!.cells).toEqual(['unknown', 'free']);
    expect(grid.freeCounts).toEqual([0, 1]);
  });

  it('follows the wall clock across a daylight-saving change: the repeated hour is one two-hour column', () => {
    const grid = availabilityGrid([person('Fay', [], { start: Date.parse('2026-10-31T00:00:00Z'), end: Date.parse('2026-11-03T00:00:00Z') })], {
      day: '2026-11-01',
      timeZone: NY,
      firstHour: 0,
      lastHour: 3,
      stepMinutes: 60,
    });
    expect(grid.columns.map((c) => (c.end - c.start) / 3_600_000)).toEqual([1, 2, 1]);
    expect(grid.columns[0]!.start).toBe(Date.parse('2026-11-01T00:00:00-04:00'));
  });

  it('names the field and the fix for a step that does not divide an hour or hours out of order', () => {
    expect(() => availabilityGrid([cy], { day: '2026-12-08', timeZone: NY, stepMinutes: 45 })).toThrow(/stepMinutes: 45 .*use 15, 30 or 60/);
    expect(() => availabilityGrid([cy], { day: '2026-12-08', timeZone: NY, firstHour: 18, lastHour: 7 })).toThrow(/firstHour 18 and lastHour 7/);
  });
});

describe('gridDays and dayOf', () => {
  it('lists every day the window touches in the zone, and the day an instant falls on there', () => {
    expect(gridDays(window, NY)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
    expect(gridDays({ start: ny('23:00', '2026-12-07'), end: ny('01:00', '2026-12-08') }, NY)).toEqual(['2026-12-07', '2026-12-08']);
    expect(dayOf(Date.parse('2026-12-08T03:00:00Z'), NY)).toBe('2026-12-07');
    expect(dayOf(Date.parse('2026-12-08T03:00:00Z'), 'Europe/Paris')).toBe('2026-12-08');
  });
});
