/**
 * @jest-environment jsdom
 *
 * Find time in each of its own states, with the real find-time service (ranking, the why of an empty search)
 * over calendars given as the Graph reads return them: searching (with Stop), nothing fits (with the why and a
 * way forward), an error in words with the fix, a form that names the field to fix, and partial results (a
 * calendar that could not be read, said, while the others' times are still suggested).
 */
import '../support/jsdomGaps.js';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ScheduleInput, ScheduleItem } from '../../src/core/availability/scheduleInput.js';
import type { DirectoryPerson } from '../../src/core/directory/model.js';
import type { Interval } from '../../src/core/time/interval.js';
import { BUILT_IN_TEMPLATES } from '../../src/core/agenda/builtins/index.js';
import { createFindTimeService, type FindTimeReads } from '../../src/services/findTime/index.js';
import { followServerClock } from '../../src/ui/common/today.js';
import { FindTimeScreen } from '../../src/ui/findTime/FindTimeScreen/index.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';

const NY = 'America/New_York';
const coach = { upn: 'casey.coach@district.example', displayName: 'Casey Coach' };
const person = (name: string): DirectoryPerson => ({ id: name, displayName: name, mail: `${name.split(' ')[0]!.toLowerCase()}@district.example` });
const cohort = [person('Ana Ruiz'), person('Ben Okafor'), person('Chen Li')];
const workingHours = { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const, startMinute: 8 * 60, endMinute: 16 * 60, timeZone: NY };

type Calendars = (address: string, window: Interval) => Omit<ScheduleInput, 'id'>;
const free: Calendars = () => ({ items: [], workingHours });
const busyAllWindow: Calendars = (_address, window) => ({ items: [{ ...window, status: 'busy' } satisfies ScheduleItem], workingHours });

interface Seen {
  readonly windows: Interval[];
}

/** The screen with the real find-time service over `calendars` (or a read that never ends, or fails). */
function show(calendars: Calendars | 'pending' | Error, seen: Seen = { windows: [] }) {
  const reads: FindTimeReads & Pick<AppServices['reads'], 'listGroups' | 'listGroupMembers' | 'searchPeople' | 'mailboxTimeZone'> = {
    readSchedules: async (addresses, window) => {
      seen.windows.push(window);
      if (calendars === 'pending') return new Promise<never>(() => undefined);
      if (calendars instanceof Error) throw calendars;
      return addresses.map((id) => ({ id, ...calendars(id, window) }));
    },
    mySentInvites: async () => [],
    listGroups: async () => [{ id: 'g1', displayName: 'Elementary principals' }],
    listGroupMembers: async () => cohort,
    searchPeople: async () => [],
    mailboxTimeZone: async () => NY,
  };
  const services = {
    templates: BUILT_IN_TEMPLATES,
    reads,
    findTime: createFindTimeService(reads),
    sessions: { taggedSessions: async () => [] },
  } as unknown as AppServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <FindTimeScreen user={coach} zone={NY} narrow={false} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

async function chooseGroupAndFind(user: ReturnType<typeof userEvent.setup>) {
  const group = await screen.findByRole('combobox', { name: 'Group' });
  await waitFor(() => expect((group as HTMLSelectElement).disabled).toBe(false));
  await user.selectOptions(group, 'Elementary principals');
  await user.click(screen.getByRole('button', { name: 'Find time' }));
}

const status = () => screen.getByText((_, el) => el?.getAttribute('role') === 'status' && el.closest('section') !== null);

beforeEach(() => {
  sessionStorage.clear();
  // Monday 7 December 2026, 9:00 Eastern: the form offers Tuesday 8 to Monday 21 December.
  followServerClock(Date.parse('2026-12-07T14:00:00Z'));
});

describe('FindTimeScreen', () => {
  it('before a search, says what to do', async () => {
    show(free);
    expect(status().textContent).toBe('Choose a cohort and a date range, then Find time.');
  });

  it('while searching, shows progress in words and offers Stop, which stops', async () => {
    const user = userEvent.setup();
    show('pending');
    await chooseGroupAndFind(user);
    await waitFor(() => expect(status().textContent).toMatch(/Reading free\/busy for 4 people/));
    expect(within(status()).getByRole('progressbar')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(status().textContent).toBe('Stopped. Change the search or Find time again.'));
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('when nothing fits, says why in words and offers the next window, which searches again', async () => {
    const user = userEvent.setup();
    const seen: Seen = { windows: [] };
    show(busyAllWindow, seen);
    await chooseGroupAndFind(user);
    await waitFor(() => expect(status().textContent).toBe('No time in this range has anyone free.'));
    const why = await screen.findByText('Why nothing suits everyone');
    const box = why.parentElement!;
    expect(box.textContent).toMatch(/Ana Ruiz|Ben Okafor|Chen Li|Casey Coach/);
    expect(screen.queryByRole('button', { name: /^Book/ })).toBeNull();
    // The way forward: the next window of the same length (everyone is busy in it too, but the coach can see so).
    await user.click(within(box).getByRole('button', { name: /^Try / }));
    await waitFor(() => expect(seen.windows.length).toBe(2));
    expect(seen.windows[1]!.start).not.toBe(seen.windows[0]!.start);
  });

  it('when the free/busy cannot be read, says so with the fix, and keeps the form', async () => {
    const user = userEvent.setup();
    show(new Error('Your sign-in expired. Sign in again, then Find time.'));
    await chooseGroupAndFind(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/No suggestions/);
    expect(alert.textContent).toMatch(/Your sign-in expired\. Sign in again, then Find time\./);
    expect((screen.getByRole('combobox', { name: 'Group' }) as HTMLSelectElement).value).toBe('g1');
  });

  it('when the form has a mistake, names the field and what to fix, once', async () => {
    const user = userEvent.setup();
    show(free);
    await screen.findByRole('combobox', { name: 'Group' });
    await user.click(screen.getByRole('button', { name: 'Find time' }));
    await screen.findByText('Choose a group, or switch to picking people.');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['Choose a group, or switch to picking people.', expect.stringMatching(/^No suggestions\s*Check the form: one field needs attention\.$/)]);
    expect(screen.getAllByText('Choose a group, or switch to picking people.')).toHaveLength(1);
  });

  it('with one calendar unreadable, says whose and why, and still suggests times for the others', async () => {
    const user = userEvent.setup();
    const calendars: Calendars = (address, window) =>
      address.startsWith('chen') ? { items: [], error: { code: 'ErrorAccessDenied', message: 'Their calendar is not shared with you.' } } : free(address, window);
    show(calendars);
    await chooseGroupAndFind(user);
    const warning = await screen.findByText('Some calendars could not be read');
    expect(warning.parentElement!.textContent).toMatch(/Chen Li: Their calendar is not shared with you\. They are counted as not free\./);
    const list = await screen.findByRole('list', { name: /Suggestions|Closest/ });
    expect(within(list).getAllByRole('button', { name: /^Book/ }).length).toBeGreaterThan(0);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toMatch(/Chen Li/);
  });
});
