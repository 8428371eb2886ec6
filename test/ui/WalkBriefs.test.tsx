/**
 * @jest-environment jsdom
 *
 * The coach's Learning walks says which hosts have added their school's visit brief: a badge and a line on
 * each walk, the count in the rotation's summary, and a warning in words when the briefs could not be read.
 * Rendered with small in-memory booking and invites services in the app's context.
 */
import '../support/jsdomGaps.js';
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { WalkBrief } from '../../src/services/answers/hostBrief.js';
import type { WalkStatus } from '../../src/services/booking/index.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';
import { LearningWalks } from '../../src/ui/sent/LearningWalks/index.js';

const start = Date.parse('2026-12-08T15:00:00Z');
const walk = (eventId: string, school: string, host: string): WalkStatus => ({
  eventId,
  subject: `Learning walk at ${school}`,
  school,
  start,
  end: start + 7_200_000,
  host: { address: `${host.split(' ')[0]!.toLowerCase()}@district.example`, name: host, response: 'accepted' },
  visitors: [],
  notInvited: [],
  stage: 'hostAcceptedVisitorsNotInvited',
  twoYeses: false,
});
const walks = [walk('w1', 'Lincoln Elementary', 'Ana Ruiz'), walk('w2', 'Oak Middle', 'Ben Ortiz')];

function show(hostBriefs: () => Promise<WalkBrief[]>) {
  localStorage.clear();
  const services = {
    booking: { walkRotations: async () => [{ planId: 'plan-1', walks: 2, firstStart: start, lastEnd: start + 7_200_000 }], walkStatus: async () => walks },
    invites: { hostBriefs },
  } as unknown as AppServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <LearningWalks user={{ upn: 'casey@district.example', displayName: 'Casey Coach' }} zone="America/New_York" />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

describe('Learning walks: which hosts added their visit brief', () => {
  it('marks the walk whose host sent a brief and says what it holds; the other is the host’s to add', async () => {
    show(async () => [
      {
        eventId: 'w1',
        subject: 'Learning walk at Lincoln Elementary',
        host: 'ana@district.example',
        brief: { focusQuestion: 'Where is the talk?', classrooms: ['Room 4'], lookFors: [] },
        updated: true,
      },
      { eventId: 'w2', subject: 'Learning walk at Oak Middle', host: 'ben@district.example', updated: false },
    ]);
    await screen.findByText(/1 of 2 hosts have added their visit brief\./, {}, { timeout: 10_000 });
    const [lincoln, oak] = screen.getAllByRole('listitem').filter((li) => li.closest('ol[aria-label="Walks and answers"]'));
    expect(within(lincoln!).getByText('Visit brief added')).toBeTruthy();
    expect(within(lincoln!).getByText('Ana Ruiz\'s visit brief: focus question "Where is the talk?", 1 classroom; visitors see it in their invitation.')).toBeTruthy();
    expect(within(oak!).getByText('No visit brief yet')).toBeTruthy();
    expect(within(oak!).getByText(/^Ben Ortiz adds the focus question, classrooms and look-fors when they accept/)).toBeTruthy();
  });

  it('says so in words when the briefs could not be read, and still shows the walks', async () => {
    show(async () => {
      throw new Error('Mail could not be read (403).');
    });
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toBe(
      "The hosts' visit briefs could not be read: Mail could not be read (403). Refresh answers to try again.",
    );
    expect(await screen.findByText('Lincoln Elementary', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByText('Visit brief added')).toBeNull();
  });
});
