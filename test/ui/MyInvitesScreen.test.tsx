/**
 * @jest-environment jsdom
 *
 * My invites in each of its states, rendered with a small in-memory invites service in the app's context:
 * loading, nothing in the next weeks, an error in words with what to do, and invites answered here.
 */
import '../support/jsdomGaps.js';
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Invite, InviteResponse } from '../../src/core/invites/model.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';
import { MyInvitesScreen } from '../../src/ui/invites/MyInvitesScreen/index.js';

const principal = { upn: 'ana@district.example', displayName: 'Ana Ruiz' };
const start = Date.parse('2026-12-08T15:00:00Z');
const invite: Invite = {
  id: 'e1',
  subject: 'Learning walk: reading blocks',
  start,
  end: start + 7_200_000,
  organizer: 'Casey Coach',
  bodyHtml: '<p>Protected collaboration time.</p>',
  kind: 'learningWalk',
  myResponse: 'notResponded',
  isOnlineMeeting: false,
  isCancelled: false,
  attendeeCount: 3,
};

interface Answer {
  readonly eventId: string;
  readonly response: InviteResponse;
  readonly note: string;
}

function show(myInvites: () => Promise<Invite[]>, answers: Answer[] = []) {
  const invites = {
    myInvites,
    respond: async (eventId: string, response: InviteResponse, note: string) => {
      answers.push({ eventId, response, note });
    },
    sentInvites: async () => [],
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={{ invites } as unknown as AppServices}>
        <MyInvitesScreen user={principal} zone="America/New_York" />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

describe('MyInvitesScreen', () => {
  it('says it is loading while the invites are read', () => {
    sessionStorage.clear();
    show(() => new Promise(() => undefined));
    expect(screen.getByRole('status').textContent).toMatch(/Loading your invites/);
  });

  it('says when there is nothing in the next weeks', async () => {
    sessionStorage.clear();
    show(async () => []);
    await screen.findByText('No collaboration invites in the next 8 weeks.');
    expect(screen.queryByRole('list', { name: 'Invites' })).toBeNull();
  });

  it('shows an error in words with what to do', async () => {
    sessionStorage.clear();
    show(async () => {
      throw new Error('Your sign-in expired. Sign in again, then Refresh.');
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Your sign-in expired\. Sign in again, then Refresh\./);
  });

  it('lists an invite not yet answered, sends the answer with the note, and says so', async () => {
    sessionStorage.clear();
    const answers: Answer[] = [];
    const user = userEvent.setup();
    show(async () => [invite], answers);
    const list = await screen.findByRole('list', { name: 'Invites' });
    expect(screen.getByRole('status').textContent).toMatch(/1 invite in the next 8 weeks, 1 not answered yet\./);
    expect(within(list).getByRole('heading', { name: invite.subject })).toBeTruthy();
    await user.type(screen.getByLabelText('Note to the organizer (optional)'), 'I can host the debrief.');
    await user.click(within(screen.getByRole('group', { name: `Answer ${invite.subject}` })).getByRole('button', { name: 'Tentative' }));
    await screen.findByText(`You tentatively accepted "${invite.subject}".`);
    expect(answers).toEqual([{ eventId: 'e1', response: 'tentativelyAccept', note: 'I can host the debrief.' }]);
    expect(screen.getByRole('status').textContent).toMatch(/0 not answered yet/);
  });
});
