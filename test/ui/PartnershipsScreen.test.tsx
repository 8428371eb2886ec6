/**
 * @jest-environment jsdom
 *
 * The Partnerships screen in each of its states, with small in-memory services in the app's context:
 * reading, nobody reports to you (and what to do), your principal with the next stage and booking it, all
 * three stages booked, a principal who is not yours (whose they are, nothing booked), and an error in words.
 * The tab's clock is fixed, so the dates searched do not depend on the day the test runs.
 */
import '../support/jsdomGaps.js';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { BUILT_IN_TEMPLATES } from '../../src/core/agenda/builtins/index.js';
import type { DirectoryPerson } from '../../src/core/directory/model.js';
import type { FindTimeService } from '../../src/services/findTime/findTimeService.js';
import type { PartnershipService, YourPartnership } from '../../src/services/relations/index.js';
import { followServerClock } from '../../src/ui/common/today.js';
import { PartnershipsScreen } from '../../src/ui/partnerships/PartnershipsScreen/index.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';

const supervisor = { upn: 'renee.holloway@district.example', displayName: 'Renee Holloway' };
const NY = 'America/New_York';
const NOW = Date.parse('2026-10-13T14:00:00Z');
const hour = 3_600_000;
const NOV_03 = Date.parse('2026-11-03T21:00:00Z');
const ana = { address: 'ana.ruiz@district.example', name: 'Ana Ruiz' };
const school = { name: 'Maple Elementary', address: { street: '12 Maple St', city: 'Ashford', state: 'TN', postalCode: '37001' } };

beforeAll(() => followServerClock(NOW));
afterAll(() => followServerClock(undefined));

interface Fakes {
  mine?: PartnershipService['mine'];
  check?: PartnershipService['check'];
  book?: PartnershipService['book'];
  findTimes?: FindTimeService['findTimes'];
  searchPeople?: (query: string) => Promise<DirectoryPerson[]>;
}

function show(fakes: Fakes) {
  const services = {
    templates: BUILT_IN_TEMPLATES,
    partnerships: {
      mine: fakes.mine ?? (async () => []),
      check: fakes.check ?? (async () => Promise.reject(new Error('not expected'))),
      book: fakes.book ?? (async () => Promise.reject(new Error('not expected'))),
    },
    findTime: { findTimes: fakes.findTimes ?? (async () => Promise.reject(new Error('not expected'))) },
    reads: { searchPeople: fakes.searchPeople ?? (async () => []) },
  } as unknown as AppServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <PartnershipsScreen user={supervisor} zone={NY} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

const stage1Booked: YourPartnership = {
  status: 'yours',
  principal: ana,
  school,
  booked: [{ stage: 'partnershipBuilding', firstStart: NOV_03, firstEnd: NOV_03 + hour }],
  next: 'partnershipLearningConversation',
};

describe('PartnershipsScreen', () => {
  it('says it is reading while the principals load', () => {
    show({ mine: () => new Promise(() => undefined) });
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/Reading your principals and where each partnership stands/);
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when nobody reports to you, and how to fix it', async () => {
    show({ mine: async () => [] });
    await screen.findByText('No principals report to you in the directory.');
    expect(screen.getByText(/ask your Microsoft 365 administrator to set you as their manager/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Your principals' })).toBeNull();
  });

  it('shows an error in words and keeps Refresh to try again', async () => {
    let calls = 0;
    show({
      mine: async () => {
        calls++;
        throw new Error('The direct reports of Renee Holloway could not be read: Graph is not answering (503). Wait a minute, then Refresh.');
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Graph is not answering \(503\)\. Wait a minute, then Refresh\./);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('alert');
    expect(calls).toBe(2);
  });

  it('shows your principal with the stage booked, its date, and the next stage; books it one-to-one at a time you are both free', async () => {
    const user = userEvent.setup();
    const slot = { start: Date.parse('2026-11-10T21:00:00Z'), end: Date.parse('2026-11-10T22:00:00Z') };
    const before = { start: Date.parse('2026-10-27T21:00:00Z'), end: Date.parse('2026-10-27T22:00:00Z') };
    let booked = false;
    const findTimes = jest.fn<FindTimeService['findTimes']>(async (request) => ({
      kind: 'times',
      cohort: request.cohort,
      result: {
        slots: [before, slot].map((s) => ({ ...s, score: 1, reasons: [], available: [], unavailable: [] })),
        partial: [],
        nearMisses: [],
        candidatesChecked: 2,
        unreadable: [],
        availability: [],
      },
    }));
    const book = jest.fn<PartnershipService['book']>(async () => {
      booked = true;
      return { status: 'booked', events: [] };
    });
    const mine = async () =>
      booked
        ? [
            {
              ...stage1Booked,
              booked: [...stage1Booked.booked, { stage: 'partnershipLearningConversation' as const, firstStart: slot.start, firstEnd: slot.end }],
              next: 'partnershipJointWork' as const,
            },
          ]
        : [stage1Booked];
    show({ mine, findTimes, book });

    const list = await screen.findByRole('list', { name: 'Your principals' });
    const stages = within(list).getByRole('list', { name: 'Partnership stages with Ana Ruiz' });
    expect(within(stages).getAllByRole('listitem')[0]!.textContent).toMatch(/^BookedStage 1: building the partnership: booked for Tuesday, November 3, 4:00.+5:00 PM Eastern$/);
    expect(within(stages).getAllByRole('listitem')[1]!.textContent).toBe('NextStage 2: learning-focused conversation');
    expect(within(list).getByText('Next: Stage 2: learning-focused conversation.')).toBeTruthy();
    expect(within(list).getByText('Maple Elementary')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Book stage 2 with Ana Ruiz' }));
    const heading = await screen.findByRole('heading', { name: 'Book Stage 2: learning-focused conversation with Ana Ruiz' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Where: a Teams meeting (online).')).toBeTruthy();
    // Searched from the day after stage 1 (midnight Eastern, after the clocks went back), for the two of them, in the supervisor's zone.
    expect((screen.getByLabelText(/^From/) as HTMLInputElement).value).toBe('2026-11-04');
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    const times = await screen.findByRole('radiogroup');
    const request = findTimes.mock.calls[0]![0];
    expect(request).toMatchObject({
      cohort: [{ mail: ana.address }],
      organizer: { mail: supervisor.upn },
      timeZone: NY,
      kind: 'partnershipLearningConversation',
      durationMinutes: 60,
    });
    expect(request.window.start).toBe(Date.parse('2026-11-04T05:00:00Z'));
    // A time before stage 1 is not offered.
    const options = within(times).getAllByRole('radio');
    expect(options).toHaveLength(1);
    await user.click(options[0]!);
    await user.type(screen.getByRole('textbox', { name: /Instructional leadership focus/ }), 'Feedback to teachers');
    await user.click(screen.getByRole('button', { name: 'Book stage 2' }));

    expect(book).toHaveBeenCalledTimes(1);
    expect(book.mock.calls[0]![0]).toMatchObject({
      me: { address: supervisor.upn },
      principal: ana,
      stage: 'partnershipLearningConversation',
      timeZone: NY,
      slot,
      agenda: { fields: { focus: 'Feedback to teachers' } },
    });
    await screen.findByText(/^Stage 2: learning-focused conversation is booked with Ana Ruiz for Tuesday, November 10/);
    await screen.findByText('Next: Stage 3: joint work at the school.');
  });

  it('Cancel closes the booking form and gives focus back to that Book button', async () => {
    const user = userEvent.setup();
    show({ mine: async () => [stage1Booked] });
    await user.click(await screen.findByRole('button', { name: 'Book stage 2 with Ana Ruiz' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: /^Book Stage 2/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Book stage 2 with Ana Ruiz' }));
  });

  it('when the chosen time was just taken, says who took it and offers the next time both are free', async () => {
    const user = userEvent.setup();
    const slot = { start: Date.parse('2026-11-10T21:00:00Z'), end: Date.parse('2026-11-10T22:00:00Z') };
    const nextBest = { start: Date.parse('2026-11-12T20:00:00Z'), end: Date.parse('2026-11-12T21:00:00Z') };
    const book = jest.fn<PartnershipService['book']>(async () => ({
      status: 'conflict',
      who: ['Ana Ruiz'],
      message: 'Ana Ruiz is busy then now (another meeting was booked since you looked). Nothing was booked; choose another time.',
      nextBest,
    }));
    const findTimes: FindTimeService['findTimes'] = async (request) => ({
      kind: 'times',
      cohort: request.cohort,
      result: { slots: [{ ...slot, score: 1, reasons: [], available: [], unavailable: [] }], partial: [], nearMisses: [], candidatesChecked: 1, unreadable: [], availability: [] },
    });
    show({ mine: async () => [stage1Booked], findTimes, book });
    await user.click(await screen.findByRole('button', { name: 'Book stage 2 with Ana Ruiz' }));
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    await user.click(within(await screen.findByRole('radiogroup')).getByRole('radio'));
    await user.type(screen.getByRole('textbox', { name: /Instructional leadership focus/ }), 'Feedback');
    await user.click(screen.getByRole('button', { name: 'Book stage 2' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Ana Ruiz is busy then now .* choose another time\./);
    await user.click(within(alert).getByRole('button', { name: /^Use Thursday, November 12, 3:00.+4:00 PM Eastern instead$/ }));
    const chosen = within(screen.getByRole('radiogroup'))
      .getAllByRole('radio')
      .find((r) => (r as HTMLInputElement).checked)!;
    expect(chosen.closest('span, div')!.textContent).toMatch(/Thursday, November 12/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('will not book joint work when the principal has no school in the directory, and says what to fix', async () => {
    const { school: _none, ...noSchool } = stage1Booked;
    const slot = { start: Date.parse('2026-11-24T15:00:00Z'), end: Date.parse('2026-11-24T16:30:00Z') };
    show({
      findTimes: async (request) => ({
        kind: 'times',
        cohort: request.cohort,
        result: {
          slots: [{ ...slot, score: 1, reasons: [], available: [], unavailable: [] }],
          partial: [],
          nearMisses: [],
          candidatesChecked: 1,
          unreadable: [],
          availability: [],
        },
      }),
      mine: async () => [
        {
          ...noSchool,
          booked: [...stage1Booked.booked, { stage: 'partnershipLearningConversation', firstStart: NOV_03 + 7 * 24 * hour }],
          next: 'partnershipJointWork',
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Book stage 3 with Ana Ruiz' }));
    // Even with a time both are free chosen, Book stays off: there is nowhere to hold it.
    await user.click(screen.getByRole('button', { name: 'Find times' }));
    await user.click(within(await screen.findByRole('radiogroup')).getByRole('radio'));
    expect(screen.getByText(/Ana Ruiz has no school \(office location and address\) in the directory\. Ask your Microsoft 365 administrator to set it/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Book stage 3' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when all three stages are booked, and offers no Book', async () => {
    show({
      mine: async () => [
        {
          ...stage1Booked,
          booked: [
            { stage: 'partnershipBuilding', firstStart: NOV_03 },
            { stage: 'partnershipLearningConversation', firstStart: NOV_03 + 7 * 24 * hour },
            { stage: 'partnershipJointWork', firstStart: NOV_03 + 14 * 24 * hour },
          ],
          next: null,
        },
      ],
    });
    await screen.findByText('All three stages are booked.');
    expect(screen.queryByRole('button', { name: /^Book stage/ })).toBeNull();
    const stages = screen.getByRole('list', { name: 'Partnership stages with Ana Ruiz' });
    expect(within(stages).getAllByText('Booked')).toHaveLength(3);
  });

  it('tells you whose principal it is when you choose one who is not yours, and books nothing', async () => {
    const user = userEvent.setup();
    const ben: DirectoryPerson = { id: 'ben', displayName: 'Ben Okafor', mail: 'ben.okafor@district.example', jobTitle: 'Principal' };
    const book = jest.fn<PartnershipService['book']>();
    const check = jest.fn<PartnershipService['check']>(async (_me, principal) => ({
      status: 'notYours',
      principal,
      supervisor: { address: 'sam.lee@district.example', name: 'Sam Lee' },
      message:
        'Ben Okafor is not one of your principals: their supervisor is Sam Lee. Partnership sessions are one-to-one between a principal and their own supervisor, so Sam Lee books them.',
    }));
    show({ mine: async () => [stage1Booked], check, book, searchPeople: async () => [ben] });
    await screen.findByRole('list', { name: 'Your principals' });
    await user.type(screen.getByRole('combobox', { name: /Principal/ }), 'Be');
    await user.click(await screen.findByRole('option', { name: /Ben Okafor/ }, { timeout: 5000 }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Ben Okafor is not one of your principals: their supervisor is Sam Lee. Partnership sessions are one-to-one between a principal and their own supervisor, so Sam Lee books them.',
    );
    expect(check).toHaveBeenCalledWith({ address: supervisor.upn, name: supervisor.displayName }, { address: ben.mail, name: ben.displayName });
    expect(book).not.toHaveBeenCalled();
  });
});
