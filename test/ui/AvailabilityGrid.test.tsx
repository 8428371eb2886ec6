/**
 * @jest-environment jsdom
 *
 * The day-by-time grid as a screen-reader user meets it: a table with the people as row headers and the
 * times as column headers, each cell saying free or why not, moving from day to day.
 */
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { PersonAvailability } from '../../src/core/availability/model.js';
import { AvailabilityGrid } from '../../src/ui/findTime/AvailabilityGrid/index.js';

const NY = 'America/New_York';
const ny = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00-05:00`);
const window = { start: ny('2026-12-07', '00:00'), end: ny('2026-12-10', '00:00') };
const people: PersonAvailability[] = [
  { id: 'Ana Ruiz', window, blocks: [{ start: ny('2026-12-08', '09:00'), end: ny('2026-12-08', '10:00'), reason: 'busy' }] },
  { id: 'Ben Okafor', window, blocks: [{ start: ny('2026-12-08', '13:00'), end: ny('2026-12-08', '18:00'), reason: 'oof' }] },
];

function show(highlight = { start: ny('2026-12-08', '11:00'), end: ny('2026-12-08', '12:00') }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AvailabilityGrid availability={people} timeZone={NY} highlight={highlight} />
    </FluentProvider>,
  );
}

describe('AvailabilityGrid', () => {
  it('is a table with a row header per person and a column header per half hour, opening on the marked day', () => {
    show();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Ana Ruiz' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Ben Okafor' })).toBeTruthy();
    const times = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(times[0]).toBe('Person');
    expect(times).toHaveLength(1 + 22);
    expect(times[1]).toMatch(/^7:00/);
    expect(table.querySelector('caption')!.textContent).toMatch(/^Tuesday, December 8, times in Eastern\. The best time is marked\./);
    expect(times.filter((t) => /\(best time\)/.test(t ?? ''))).toHaveLength(2);
  });

  it('says in each cell whether the person is free or why not, and counts who is free', () => {
    show();
    const anaRow = screen.getByRole('rowheader', { name: 'Ana Ruiz' }).closest('tr')!;
    const anaCells = within(anaRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // 7:00, 7:30, 8:00, 8:30 free; 9:00 and 9:30 busy.
    expect(anaCells.slice(0, 6)).toEqual(['Free', 'Free', 'Free', 'Free', 'Busy', 'Busy']);
    const benRow = screen.getByRole('rowheader', { name: 'Ben Okafor' }).closest('tr')!;
    expect(within(benRow).getAllByRole('cell').at(-1)!.textContent).toBe('Out of office');
    const freeRow = screen.getByRole('rowheader', { name: 'Free' }).closest('tr')!;
    expect(within(freeRow).getAllByRole('cell')[4]!.textContent).toMatch(/1 of 2 free/);
  });

  it('moves a day back and forward, and cannot leave the searched range', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(/^Wednesday, December 9/);
    expect((screen.getByRole('button', { name: 'Next day' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Previous day' }));
    await user.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(/^Monday, December 7/);
    expect((screen.getByRole('button', { name: 'Previous day' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
