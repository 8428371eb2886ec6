/**
 * @jest-environment jsdom
 *
 * Move and cancel of a booked session, in each of the dialog's states, rendered with a small in-memory
 * manage service in the app's context: the next free times offered, a typed time that cannot be read, a
 * conflict with a way forward, a move read back, the confirmation before a cancel, one meeting of a series
 * cancelled with the rest kept, and a refusal in words.
 */
import '../support/jsdomGaps.js';
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { SessionEvent } from '../../src/core/booking/sessionEvents.js';
import type { Interval } from '../../src/core/time/interval.js';
import type { CancelOutcome, ManageService, MoveOutcome } from '../../src/services/booking/index.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';
import { ManageSession } from '../../src/ui/sent/ManageSession/index.js';

// Fluent's dialog enters with a motion that jsdom never finishes (no animation events), which leaves the surface
// styled as hidden; browsers finish it (the browser tests and the axe scan use the real dialog).
configure({ defaultHidden: true });

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

const single: SessionEvent = {
  id: 'e1',
  subject: 'Cohort meeting: attendance',
  start: at('2026-12-08T15:00:00Z'),
  end: at('2026-12-08T16:00:00Z'),
  organizer: 'coach@district.example',
  isOrganizer: true,
  type: 'singleInstance',
  attendees: [],
};

/** A manage service kept in memory: what the dialog asked for is recorded, answers are the test's. */
function manageWith(overrides: Partial<ManageService>): { service: ManageService; calls: string[] } {
  const calls: string[] = [];
  let current = single;
  const service: ManageService = {
    read: async (id) => {
      calls.push(`read ${id}`);
      return current;
    },
    upcoming: async () => [],
    moveChoices: async () => ({ event: single, times: [{ start: at('2026-12-09T19:00:00Z'), end: at('2026-12-09T20:00:00Z') }], notBefore: at('2026-12-01T17:00:00Z') }),
    move: async (id, to: Interval): Promise<MoveOutcome> => {
      calls.push(`move ${id} ${new Date(to.start).toISOString()}`);
      current = { ...current, start: to.start, end: to.end };
      return { status: 'moved', eventId: id, start: to.start, end: to.end, message: '"Cohort meeting: attendance" moved; everyone invited was told and asked again.' };
    },
    cancel: async (id, comment): Promise<CancelOutcome> => {
      calls.push(`cancel ${id} ${comment ?? ''}`);
      return { status: 'cancelled', message: 'The meeting was cancelled and your message sent: "Cohort meeting: attendance".' };
    },
    moveSeries: async (id, startTime) => {
      calls.push(`moveSeries ${id} ${startTime}`);
      return { status: 'failed', message: 'Not expected in this test.' };
    },
    settleClosures: async () => [],
    ...overrides,
  };
  return { service, calls };
}

function show(service: ManageService, props: Partial<Parameters<typeof ManageSession>[0]> = {}, changed: string[] = []) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={{ manage: service } as unknown as AppServices}>
        <ManageSession eventId="e1" subject={single.subject} start={single.start} end={single.end} recurring={false} zone={NY} onChanged={(m) => changed.push(m)} {...props} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

describe('ManageSession: move', () => {
  it('offers the next times everyone is free, moves to the one chosen and shows the new time read back from Graph', async () => {
    const user = userEvent.setup();
    const { service, calls } = manageWith({});
    const changed: string[] = [];
    show(service, {}, changed);
    await user.click(screen.getByRole('button', { name: `Move ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    const offered = await within(dialog).findByRole('radio', { name: /Wednesday, December 9, 2:00 – 3:00 PM Eastern: everyone free/ });
    expect((offered as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    await within(dialog).findByText('Moved');
    expect(calls).toEqual(['move e1 2026-12-09T19:00:00.000Z', 'read e1']);
    expect(within(dialog).getByText(/Now booked for Wednesday, December 9, 2:00 – 3:00 PM Eastern/)).toBeTruthy();
    // Nothing more to move in this dialog; closing tells the screen, which reads Graph again.
    expect(within(dialog).queryByRole('button', { name: 'Move' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/It is now Wednesday, December 9, 2:00 – 3:00 PM Eastern\./);
  });

  it('a typed date and time that cannot be read is said next to the field, and nothing is moved', async () => {
    const user = userEvent.setup();
    const { service, calls } = manageWith({ moveChoices: async () => ({ event: single, times: [], notBefore: 0 }) });
    show(service);
    await user.click(screen.getByRole('button', { name: `Move ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/next free time together was found in the next two weeks/);
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByText('Enter the new date (like 2027-01-12) and start time (like 10:30).')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('a conflict names who and offers the next time everyone is free, which moves it in one click', async () => {
    const user = userEvent.setup();
    const nextBest = { start: at('2026-12-10T15:00:00Z'), end: at('2026-12-10T16:00:00Z') };
    let first = true;
    const base = manageWith({});
    const { service, calls } = manageWith({
      move: async (id, to) => {
        if (first) {
          first = false;
          return { status: 'conflict', who: [], message: 'Ana Morales is busy then, so "Cohort meeting: attendance" was not moved.', nextBest };
        }
        return base.service.move(id, to, NY);
      },
    });
    show(service);
    await user.click(screen.getByRole('button', { name: `Move ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('radio', { name: /everyone free/ });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByText('Not moved: that time is taken')).toBeTruthy();
    expect(within(dialog).getByText(/Ana Morales is busy then/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /Move to Thursday, December 10, 10:00 – 11:00 AM Eastern \(everyone free\)/ }));
    await within(dialog).findByText('Moved');
    expect(calls).toContain('read e1');
  });
});

describe('ManageSession: move every meeting of a series', () => {
  it('moves every meeting to a new start time: a taken date is named and nothing moves, then a free time moves all, read back', async () => {
    const user = userEvent.setup();
    let meetings: SessionEvent[] = [0, 7, 14].map((d, i) => ({
      ...single,
      id: `occ${i}`,
      type: 'occurrence',
      start: single.start + d * 24 * HOUR,
      end: single.end + d * 24 * HOUR,
    }));
    const { service, calls } = manageWith({
      upcoming: async () => meetings,
      moveSeries: async (id, startTime) => {
        calls.push(`moveSeries ${id} ${startTime}`);
        if (startTime === '14:00')
          return {
            status: 'conflict',
            dates: [],
            message:
              '"Cohort meeting: attendance" was not moved: at 14:00 one meeting is taken. Tuesday, December 15: Ana Morales (busy). Nothing was changed; choose another time, or move those meetings alone.',
          };
        meetings = meetings.map((m) => ({ ...m, start: m.start + 5 * HOUR, end: m.end + 5 * HOUR }));
        return { status: 'moved', seriesId: id, meetings: 3, message: 'Every meeting of "Cohort meeting: attendance" moved to 15:00; everyone invited was told and asked again.' };
      },
    });
    const changed: string[] = [];
    show(service, { recurring: true, eventId: 'series1' }, changed);
    await user.click(screen.getByRole('button', { name: `Move ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText('Which meeting');
    expect((within(dialog).getByRole('radio', { name: 'This meeting' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'Every meeting of the series' }));
    expect((within(dialog).getByLabelText('Which meeting') as HTMLSelectElement).disabled).toBe(true);
    const time = within(dialog).getByLabelText(/New start time for every meeting/);
    expect((time as HTMLInputElement).value).toBe('10:00');
    // An empty time is said next to the field, and nothing is asked of Graph.
    await user.clear(time);
    await user.click(within(dialog).getByRole('button', { name: 'Move every meeting' }));
    expect(await within(dialog).findByText('Enter the new start time (like 10:30).')).toBeTruthy();
    expect(calls).toEqual([]);
    await user.type(time, '14:00');
    await user.click(within(dialog).getByRole('button', { name: 'Move every meeting' }));
    expect(await within(dialog).findByText('Not moved: some meetings are taken at that time')).toBeTruthy();
    expect(within(dialog).getByText(/Tuesday, December 15: Ana Morales \(busy\)/)).toBeTruthy();
    await user.clear(time);
    await user.type(time, '15:00');
    await user.click(within(dialog).getByRole('button', { name: 'Move every meeting' }));
    await within(dialog).findByText('Moved');
    expect(calls).toEqual(['moveSeries series1 14:00', 'moveSeries series1 15:00']);
    expect(within(dialog).getByText(/Every meeting moved; the next is Tuesday, December 8, 3:00 – 4:00 PM Eastern/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Move every meeting' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(changed[0]).toMatch(/3 meetings from today on; the next is Tuesday, December 8, 3:00 – 4:00 PM Eastern\./);
  });
});

describe('ManageSession: cancel', () => {
  it('asks once more before cancelling, then sends the message and says so', async () => {
    const user = userEvent.setup();
    const { service, calls } = manageWith({});
    show(service);
    await user.click(screen.getByRole('button', { name: `Cancel ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Message to everyone invited/), 'We will meet in January instead.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the meeting...' }));
    expect(calls).toEqual([]);
    const question = within(dialog).getByRole('alert');
    expect(question.textContent).toMatch(/Cancel this meeting\?Everyone invited is told, with your message\. This cannot be undone\./);
    // "Keep it" goes back without sending anything.
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the meeting...' }));
    await user.click(within(dialog).getByRole('button', { name: 'Yes, cancel it' }));
    await within(dialog).findByText('Cancelled');
    expect(calls).toEqual(['cancel e1 We will meet in January instead.']);
  });

  it('for a series, cancels the one meeting chosen and reads back the meetings that stay', async () => {
    const user = userEvent.setup();
    const meetings: SessionEvent[] = [0, 7, 14].map((d, i) => ({
      ...single,
      id: `occ${i}`,
      type: 'occurrence',
      start: single.start + d * 24 * HOUR,
      end: single.end + d * 24 * HOUR,
    }));
    let left = meetings;
    const { service, calls } = manageWith({
      upcoming: async () => left,
      cancel: async (id, comment) => {
        calls.push(`cancel ${id} ${comment ?? ''}`);
        left = left.filter((m) => m.id !== id);
        return { status: 'cancelled', message: 'This meeting of the series was cancelled and your message sent: "Cohort meeting: attendance".' };
      },
    });
    show(service, { recurring: true, eventId: 'series1' });
    await user.click(screen.getByRole('button', { name: `Cancel ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    const which = await within(dialog).findByLabelText('Which meeting');
    await user.selectOptions(which, 'occ1');
    expect((within(dialog).getByRole('radio', { name: 'One meeting' }) as HTMLInputElement).checked).toBe(true);
    await user.type(within(dialog).getByLabelText(/Message to everyone invited/), 'No meeting this week.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the meeting...' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Cancel the meeting on Tuesday, December 15, 10:00 – 11:00 AM Eastern\?/);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, cancel it' }));
    expect(await within(dialog).findByText(/2 meetings stay in the series\./)).toBeTruthy();
    expect(calls).toEqual(['cancel occ1 No meeting this week.']);
  });

  it('the whole series is one choice away, and a refusal is said in words with nothing changed', async () => {
    const user = userEvent.setup();
    const { service } = manageWith({
      upcoming: async () => [{ ...single, id: 'occ0', type: 'occurrence' }],
      cancel: async () => ({ status: 'failed', message: 'Only the organizer can cancel "Cohort meeting: attendance"; decline it instead.' }),
    });
    show(service, { recurring: true, eventId: 'series1' });
    await user.click(screen.getByRole('button', { name: `Cancel ${single.subject}` }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText('Which meeting');
    await user.click(within(dialog).getByRole('radio', { name: 'Every meeting of the series' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the series...' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Cancel every meeting of the series\?/);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, cancel the series' }));
    expect(await within(dialog).findByText('Not cancelled')).toBeTruthy();
    expect(within(dialog).getByText(/Only the organizer can cancel/)).toBeTruthy();
    await waitFor(() => expect((within(dialog).getByRole('button', { name: 'Close' }) as HTMLButtonElement).disabled).toBe(false));
  });
});
