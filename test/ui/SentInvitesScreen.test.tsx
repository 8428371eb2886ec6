/**
 * @jest-environment jsdom
 *
 * Sent invites in each of its states, rendered with small in-memory services in the app's context:
 * reading, nothing booked yet, an error in words with what to do, and the invites with their answers.
 */
import '../support/jsdomGaps.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { SentInvite } from '../../src/core/invites/model.js';
import { followServerClock } from '../../src/ui/common/today.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';
import { SentInvitesScreen } from '../../src/ui/sent/SentInvitesScreen/index.js';

const coach = { upn: 'coach@district.example', displayName: 'Casey Coach' };
const NY = 'America/New_York';

/** The two services Sent invites reads: the coach's sent invites, and learning-walk rotations (none here). */
function services(sentInvites: () => Promise<SentInvite[]>): AppServices {
  return { invites: { sentInvites }, booking: { walkRotations: async () => [] } } as unknown as AppServices;
}

function show(sentInvites: () => Promise<SentInvite[]>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services(sentInvites)}>
        <SentInvitesScreen user={coach} zone={NY} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

// Monday 7 December 2026, 9:00 Eastern, by the tab's one clock: the invites below are before or after it on any real date.
beforeAll(() => followServerClock(Date.parse('2026-12-07T14:00:00Z')));
afterAll(() => followServerClock(undefined));

const invite = (id: string, subject: string, startIso: string): SentInvite => ({
  id,
  subject,
  start: Date.parse(startIso),
  end: Date.parse(startIso) + 3_600_000,
  kind: 'cohortMeeting',
  planId: id,
  isRecurring: false,
  answers: [],
});

describe('SentInvitesScreen', () => {
  it('says it is reading while the invites load', () => {
    show(() => new Promise(() => undefined));
    expect(screen.getByRole('status').textContent).toMatch(/Reading your Common Time invites/);
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when nothing has been booked yet', async () => {
    show(async () => []);
    await screen.findByText('You have not booked anything with Common Time yet.');
    expect(screen.queryByRole('list', { name: 'Sent invites' })).toBeNull();
  });

  it('shows an error in words, with what to do, and keeps Refresh to try again', async () => {
    show(async () => {
      throw new Error('Graph is not answering (503). Wait a minute, then Refresh.');
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Graph is not answering \(503\)\. Wait a minute, then Refresh\./);
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('lists each invite with its answers counted, including the ones still waiting', async () => {
    const start = Date.parse('2026-12-08T15:00:00Z');
    show(async () => [
      {
        id: 'e1',
        subject: 'Cohort meeting: attendance',
        start,
        end: start + 3_600_000,
        kind: 'cohortMeeting',
        planId: 'p1',
        isRecurring: false,
        answers: [
          { address: 'ana@district.example', name: 'Ana Ruiz', response: 'accepted' },
          { address: 'ben@district.example', name: 'Ben Okafor', response: 'declined' },
          { address: 'cy@district.example', name: 'Cy Lund', response: 'notResponded' },
        ],
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Sent invites' });
    expect(screen.getByRole('status').textContent).toBe('1 booked session.');
    const card = within(list).getByRole('heading', { name: 'Cohort meeting: attendance' }).closest('li')!;
    expect(card.textContent).toMatch(/1 accepted/);
    expect(card.textContent).toMatch(/1 declined/);
    expect(card.textContent).toMatch(/1 waiting/);
    expect(within(card).getByRole('list', { name: 'Answers to Cohort meeting: attendance' }).textContent).toMatch(/Ben Okafor: /);
  });

  it('lists what is coming first, soonest first, and what started before today after it, most recent first', async () => {
    show(async () => [
      invite('old', 'Data dig: fall benchmarks', '2026-10-06T15:00:00Z'),
      invite('later', 'Cohort meeting: January', '2027-01-12T15:00:00Z'),
      invite('recent', 'Cohort meeting: November', '2026-11-17T15:00:00Z'),
      invite('soon', 'Cohort meeting: December', '2026-12-08T15:00:00Z'),
    ]);
    const upcoming = await screen.findByRole('list', { name: 'Sent invites' });
    const earlier = screen.getByRole('list', { name: 'Started before today' });
    const titles = (list: HTMLElement) =>
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    expect(titles(upcoming)).toEqual(['Cohort meeting: December', 'Cohort meeting: January']);
    expect(titles(earlier)).toEqual(['Cohort meeting: November', 'Data dig: fall benchmarks']);
    expect(upcoming.compareDocumentPosition(earlier) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('4 booked sessions.');
  });
});
