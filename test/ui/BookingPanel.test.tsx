/**
 * @jest-environment jsdom
 *
 * The booking panel after Book, as the coach meets it: a taken time says so and offers real ways forward (the
 * next time everyone is free, the best time without who took it, another suggestion still open) in place of
 * Book, each named by the time it offers; one click takes it and Book comes back. A failure says what happened
 * and that trying again is safe; after booking, focus is on what happened.
 */
import '../support/jsdomGaps.js';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { BUILT_IN_TEMPLATES } from '../../src/core/agenda/builtins/index.js';
import type { Interval } from '../../src/core/time/interval.js';
import type { BookingOutcome } from '../../src/services/booking/index.js';
import { singleSessionPlan, type SessionPlan } from '../../src/services/booking/sessionPlan.js';
import { formatSlot } from '../../src/ui/common/formatTime.js';
import { BookingPanel } from '../../src/ui/booking/BookingPanel/index.js';
import { AppServicesContext, type AppServices } from '../../src/ui/services/appServices.js';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const hour = (startIso: string): Interval => ({ start: at(startIso), end: at(startIso) + 3_600_000 });
const chosen = hour('2026-12-09T15:00:00Z');
const nextBest = hour('2026-12-10T15:00:00Z');
const partial = hour('2026-12-09T15:00:00Z');
const stillOpen = hour('2026-12-11T19:00:00Z');
const people = [
  { id: 'a', displayName: 'Ana Ruiz', mail: 'ana@district.example' },
  { id: 'b', displayName: 'Ben Okafor', mail: 'ben@district.example' },
];
const plan: SessionPlan = singleSessionPlan(
  { ...chosen, score: 1, reasons: ['all 3 free'], available: people, unavailable: [] },
  { cohort: people, organizer: { upn: 'casey@district.example', displayName: 'Casey Coach' }, kind: 'cohortMeeting', timeZone: NY },
);

interface Moves {
  readonly slots: Interval[];
}

function show(outcome: BookingOutcome, moves: Moves = { slots: [] }) {
  const services = {
    templates: BUILT_IN_TEMPLATES,
    booking: { book: async () => outcome },
    sessions: { taggedSessions: async () => [] },
    // No district calendar: a single meeting has no closure dates to settle.
    manage: {},
  } as unknown as AppServices;
  return render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesContext.Provider value={services}>
        <BookingPanel plan={plan} onSubjectChange={() => undefined} onAgendaChange={() => undefined} onSlotChange={(slot) => moves.slots.push(slot)} onBack={() => undefined} />
      </AppServicesContext.Provider>
    </FluentProvider>,
  );
}

const statusBox = () => screen.getAllByRole('status').find((el) => el.closest('section[aria-labelledby=booking-title]'))!;

beforeEach(() => sessionStorage.clear());

describe('BookingPanel after Book', () => {
  it('a taken time says who took it and offers the ways forward in place of Book, each named by its time', async () => {
    const user = userEvent.setup();
    const moves: Moves = { slots: [] };
    show(
      {
        status: 'conflict',
        who: ['Ben Okafor'],
        message: 'Ben Okafor is now busy then.',
        nextBest,
        bestPartial: { ...partial, free: ['casey@district.example', 'ana@district.example'], missing: [{ address: 'ben@district.example', reason: 'busy' }] },
        stillOpen: [stillOpen],
      },
      moves,
    );
    await user.click(await screen.findByRole('button', { name: 'Book' }));
    await within(statusBox()).findByText('That time was just taken');
    expect(statusBox().textContent).toMatch(/Ben Okafor is now busy then\. Nothing was booked\. Choose one of the times below, or another suggestion\./);
    // Focus lands on what happened, not on the page body.
    await waitFor(() => expect(document.activeElement).toBe(statusBox()));
    expect(screen.queryByRole('button', { name: 'Book' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    const ways = within(screen.getByRole('group', { name: 'Other times' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(ways).toEqual([
      `Use ${formatSlot(nextBest.start, nextBest.end, NY)} (everyone free)`,
      `Use ${formatSlot(partial.start, partial.end, NY)} without Ben Okafor`,
      `Use ${formatSlot(stillOpen.start, stillOpen.end, NY)} (another suggestion, still open)`,
    ]);
    await user.click(screen.getByRole('button', { name: ways[0]! }));
    expect(moves.slots).toEqual([nextBest]);
    expect(await screen.findByRole('button', { name: 'Book' })).toBeTruthy();
  });

  it('a failure says what happened, that nothing was sent twice, and offers Try again', async () => {
    const user = userEvent.setup();
    show({ status: 'failed', message: 'Graph did not answer in time.', events: [] });
    await user.click(await screen.findByRole('button', { name: 'Book' }));
    await within(statusBox()).findByText('Not booked');
    expect(statusBox().textContent).toMatch(/Graph did not answer in time\. Booking again is safe: invites already sent are not sent twice\./);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('booked says so once, and Book is not offered again', async () => {
    const user = userEvent.setup();
    show({ status: 'booked', events: [{ subject: plan.subject, ...chosen, outcome: 'created' }] });
    await user.click(await screen.findByRole('button', { name: 'Book' }));
    await within(statusBox()).findByText('Booked');
    expect(statusBox().textContent).toMatch(/The invite is on its way\./);
    await waitFor(() => expect(document.activeElement).toBe(statusBox()));
    expect(screen.queryByRole('button', { name: 'Book' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to suggestions' })).toBeTruthy();
  });
});
