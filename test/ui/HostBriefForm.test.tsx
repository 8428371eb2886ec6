/**
 * @jest-environment jsdom
 *
 * A learning walk's host adds their school's visit brief from My invites: offered only to the walk's host,
 * closed until asked for; an empty brief and an over-long one are refused with what to fix; sending accepts
 * with the brief (or sends it again, accepted already); a failure keeps what was typed; a brief sent earlier
 * is shown and offered for change. Rendered with a small in-memory invites service in the app's context.
 */
import '../support/jsdomGaps.js';
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hostBriefNote, type HostBrief } from '../../src/core/booking/hostBrief.js';
import type { Invite } from '../../src/core/invites/model.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';
import { MyInvitesScreen } from '../../src/ui/invites/MyInvitesScreen/index.js';

const host = { upn: 'ana@district.example', displayName: 'Ana Ruiz' };
const start = Date.parse('2026-12-08T15:00:00Z');
const walk: Invite = {
  id: 'walk-1',
  subject: 'Learning walk at Lincoln Elementary',
  start,
  end: start + 7_200_000,
  organizer: 'Casey Coach',
  location: 'Lincoln Elementary',
  bodyHtml: '<p>Protected collaboration time.</p>',
  kind: 'learningWalk',
  myResponse: 'notResponded',
  isOnlineMeeting: false,
  isCancelled: false,
  attendeeCount: 1,
  hostAddress: 'Ana@District.example',
};

interface Sent {
  readonly eventId: string;
  readonly brief: HostBrief;
  readonly note: string;
  readonly response: string;
}

function show(invites: readonly Invite[], options: { sent?: Sent[]; fail?: string } = {}) {
  sessionStorage.clear();
  const service = {
    myInvites: async () => invites,
    respond: async () => undefined,
    sendHostBrief: async (eventId: string, brief: HostBrief, note: string, response: string) => {
      if (options.fail) throw new Error(options.fail);
      options.sent?.push({ eventId, brief, note, response });
    },
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={{ invites: service } as unknown as AppServices}>
        <MyInvitesScreen user={host} zone="America/New_York" />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

const briefSection = () => screen.getByRole('region', { name: "Your school's visit brief" });

describe('HostBriefForm', () => {
  it("is offered only to the walk's host, closed until asked for", async () => {
    show([walk, { ...walk, id: 'walk-2', hostAddress: 'ben@district.example' }, { ...walk, id: 'meeting', kind: 'cohortMeeting', hostAddress: undefined }]);
    await screen.findByRole('list', { name: 'Invites' }, { timeout: 10_000 });
    expect(screen.getAllByRole('region', { name: "Your school's visit brief" })).toHaveLength(1);
    const toggle = within(briefSection()).getByRole('button', { name: "Add your school's visit brief" });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText(/^Focus question/)).toBeNull();
  });

  it('refuses an empty brief and an over-long one, naming what to fix', async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    show([walk], { sent });
    await screen.findByRole('list', { name: 'Invites' }, { timeout: 10_000 });
    await user.click(within(briefSection()).getByRole('button', { name: "Add your school's visit brief" }));
    await user.click(screen.getByRole('button', { name: 'Accept and send visit brief' }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(/The visit brief is empty: add a focus question, a classroom or a look-for/);
    await user.click(screen.getByLabelText(/^Look-fors/));
    await user.paste(Array.from({ length: 12 }, (_, i) => `${i}: ${'students explain their reasoning to a partner '.repeat(2)}`).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Accept and send visit brief' }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(/come to \d+ characters; an answer's note holds 1000\. Shorten/);
    expect(sent).toEqual([]);
  });

  it('accepts with the brief and the note, then shows what was sent', async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    show([walk], { sent });
    await screen.findByRole('list', { name: 'Invites' }, { timeout: 10_000 });
    await user.type(screen.getByLabelText('Note to the organizer (optional)'), 'Happy to host!');
    await user.click(within(briefSection()).getByRole('button', { name: "Add your school's visit brief" }));
    await user.type(screen.getByLabelText(/^Focus question/), 'How do students justify their answers?');
    await user.type(screen.getByLabelText(/^Classrooms to visit/), 'Room 4, Ms Lee; grade 3 math{Enter}Room 12, Mr Ortiz, grade 5');
    await user.type(screen.getByLabelText(/^Look-fors/), 'Students explain why');
    await user.click(screen.getByRole('button', { name: 'Accept and send visit brief' }));
    await screen.findByText(/Your visit brief for "Learning walk at Lincoln Elementary" went to Casey Coach with your answer/, {}, { timeout: 10_000 });
    expect(sent).toEqual([
      {
        eventId: 'walk-1',
        // A ";" would split an item in the note, so it becomes a comma.
        brief: {
          focusQuestion: 'How do students justify their answers?',
          classrooms: ['Room 4, Ms Lee, grade 3 math', 'Room 12, Mr Ortiz, grade 5'],
          lookFors: ['Students explain why'],
        },
        note: 'Happy to host!',
        response: 'accept',
      },
    ]);
    expect(screen.getByText(/You accepted "Learning walk at Lincoln Elementary" and sent your school's visit brief\./)).toBeTruthy();
    expect(within(briefSection()).getByText('Focus question: How do students justify their answers?')).toBeTruthy();
    expect(within(briefSection()).getByRole('button', { name: "Change your school's visit brief" })).toBeTruthy();
    // "You wrote" shows the host's own words, not the brief's lines.
    expect(screen.getByText('You wrote: “Happy to host!”')).toBeTruthy();
  });

  it('keeps what was typed when sending fails, and says so', async () => {
    const user = userEvent.setup();
    show([walk], { fail: 'Microsoft 365 did not answer in time.' });
    await screen.findByRole('list', { name: 'Invites' }, { timeout: 10_000 });
    await user.click(within(briefSection()).getByRole('button', { name: "Add your school's visit brief" }));
    await user.type(screen.getByLabelText(/^Focus question/), 'Where is the talk?');
    await user.click(screen.getByRole('button', { name: 'Accept and send visit brief' }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toBe('Microsoft 365 did not answer in time. Your brief is kept; try again.');
    expect((screen.getByLabelText(/^Focus question/) as HTMLInputElement).value).toBe('Where is the talk?');
  });

  it('shows a brief sent earlier and sends a change with the answer given (tentative stays tentative)', async () => {
    const user = userEvent.setup();
    const sent: Sent[] = [];
    const earlier: HostBrief = { focusQuestion: 'Where is the talk?', classrooms: ['Room 7'], lookFors: [] };
    show([{ ...walk, myResponse: 'tentativelyAccepted', myAnswer: { note: hostBriefNote(earlier, 'Maybe'), answeredMs: start - 86_400_000 } }], { sent });
    await screen.findByRole('list', { name: 'Invites' }, { timeout: 10_000 });
    expect(within(briefSection()).getByText('Classrooms: Room 7')).toBeTruthy();
    expect(screen.getByText('You wrote: “Maybe”')).toBeTruthy();
    await user.click(within(briefSection()).getByRole('button', { name: "Change your school's visit brief" }));
    const classrooms = screen.getByLabelText(/^Classrooms to visit/) as HTMLTextAreaElement;
    expect(classrooms.value).toBe('Room 7');
    await user.clear(classrooms);
    await user.type(classrooms, 'Room 9');
    await user.click(screen.getByRole('button', { name: 'Send visit brief' }));
    await screen.findByText(/went to Casey Coach with your answer/, {}, { timeout: 10_000 });
    expect(sent[0]).toMatchObject({ brief: { focusQuestion: 'Where is the talk?', classrooms: ['Room 9'], lookFors: [] }, response: 'tentativelyAccept' });
  });
});
