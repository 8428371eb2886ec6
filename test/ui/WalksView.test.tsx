/**
 * @jest-environment jsdom
 *
 * A learning-walk rotation as the coach reads it: every visit placed; placed by asking for fewer at each
 * walk (said once, in words); some schools left out, told once per cause with a way forward. Times are in
 * the zone the form names, said as people say it.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { DirectoryPerson } from '../../src/core/directory/model.js';
import type { NoFitOffer } from '../../src/core/slots/explainNoFit.js';
import type { RotationSuggestion, WalkVisit } from '../../src/services/findTime/index.js';
import { WalksView } from '../../src/ui/findTime/WalksView.js';
import '../support/jsdomGaps.js';

const NY = 'America/New_York';
const person = (name: string, school?: string): DirectoryPerson => ({
  id: name,
  displayName: name,
  mail: `${name.split(' ')[0]!.toLowerCase()}@district.example`,
  ...(school && { officeLocation: school, jobTitle: 'Principal' }),
});
const ana = person('Ana Ruiz', 'Maple Grove Elementary');
const ben = person('Ben Okafor', 'Brookside Elementary');
const chen = person('Chen Li', 'Harmony Elementary');
const dee = person('Dee Park', 'Riverside Elementary');

/** A visit at a school in its own zone; Brookside is a Central school. */
function visit(host: DirectoryPerson, startIso: string, zone: string, absent: WalkVisit['absent'] = []): WalkVisit {
  const start = Date.parse(startIso);
  return {
    start,
    end: start + 2 * 3_600_000,
    schoolName: host.officeLocation!,
    timeZone: zone,
    host,
    attendees: [host, ana, ben, chen, dee].filter((p, i, all) => all.indexOf(p) === i && !absent.some((a) => a.person === p)),
    absent,
    travel: 'Visitors travel 20 minutes each way',
  };
}

const placed: RotationSuggestion = {
  visits: [visit(ana, '2026-12-03T13:30:00Z', NY), visit(ben, '2026-12-04T18:30:00Z', 'America/Chicago')],
  unplaced: [],
  warnings: [],
  notes: ['Suggestions start Thursday, December 3, so people can prepare (not within the next 2 school days).'],
  notHosts: [person('Coach Rivera')],
  complete: true,
  unreadable: [],
  minAttendees: 4,
};

const relaxed: RotationSuggestion = {
  ...placed,
  visits: [visit(ana, '2026-12-03T13:30:00Z', NY, [{ person: chen, reason: 'busy' }])],
  minAttendees: 3,
  relaxed:
    'All 4 are never free together for a walk in these dates, so each walk asks for at least 3 of the 4 (the host and 2 visitors) instead of everyone: 1 of 1 visits fit. Those who cannot come to a walk are named on it. To ask for more people at each walk, set "At least this many free".',
};

const someLeftOut: RotationSuggestion = {
  ...relaxed,
  unplaced: [
    { schoolName: 'Brookside Elementary', reason: 'Brookside Elementary: no school-day time when 3 of 4 are free with travel; closest: …', cause: 'hostNeverFree' },
    { schoolName: 'Harmony Elementary', reason: 'Harmony Elementary: no school-day time when 3 of 4 are free with travel; closest: …', cause: 'hostNeverFree' },
    { schoolName: 'Riverside Elementary', reason: 'Riverside Elementary: the only time … clashes', cause: 'clashesWithVisits' },
  ],
  warnings: [
    '2 schools (Brookside Elementary and Harmony Elementary): no school-day time in these dates when the host is free for 2 hours.',
    'Riverside Elementary: every time when enough can come is already taken by another visit of this rotation.',
  ],
};

const later: NoFitOffer = { kind: 'nextWindow', window: { start: 0, end: 1 }, words: 'Search through Monday, December 28' };

function show(plan: RotationSuggestion, onOffer = jest.fn<(offer: NoFitOffer) => void>()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <h2 id="results-title">Suggestions</h2>
      <WalksView plan={plan} labelId="results-title" timeZone={NY} offers={[later]} onOffer={onOffer} />
    </FluentProvider>,
  );
  return onOffer;
}

describe('WalksView', () => {
  describe('when every visit is placed with everyone asked for', () => {
    it('lists each visit with its time in the form’s zone, named as people say it, and no warning', () => {
      show(placed);
      const visits = within(screen.getByRole('list', { name: 'Suggestions' })).getAllByRole('listitem');
      expect(visits).toHaveLength(2);
      expect(visits[0]!.textContent).toContain('Thursday, December 3');
      expect(visits[0]!.textContent).toMatch(/8:30\s*–\s*10:30\sAM Eastern/);
      // A Central school's 12:30 walk reads in the coach's Eastern time, like every other time on the screen.
      expect(visits[1]!.textContent).toMatch(/1:30\s*–\s*3:30\sPM Eastern/);
      expect(document.body.textContent).not.toMatch(/America\/|Central/);
      expect(visits[0]!.textContent).toContain('Visitors travel 20 minutes each way.');
      expect(screen.getByText(/Suggestions start Thursday, December 3/)).toBeTruthy();
      expect(screen.queryByText('Fewer people at each walk, so the visits fit')).toBeNull();
      expect(screen.queryByText(/could not be placed/)).toBeNull();
    });
  });

  describe('when the planner asked for fewer at each walk', () => {
    it('says which rule it relaxed and how, once, and names who cannot come to each walk', () => {
      show(relaxed);
      expect(screen.getAllByText('Fewer people at each walk, so the visits fit')).toHaveLength(1);
      expect(screen.getByText(/each walk asks for at least 3 of the 4 \(the host and 2 visitors\) instead of everyone/)).toBeTruthy();
      const card = within(screen.getByRole('list', { name: 'Suggestions' })).getByRole('listitem');
      expect(card.textContent).toContain('3 of 4 attend');
      expect(card.textContent).toContain("Can't come: Chen Li (busy)");
      expect(card.textContent?.match(/Chen Li/g)).toHaveLength(1);
    });
  });

  describe('when some schools are left out', () => {
    it('tells each cause once, naming its schools, and offers later dates', async () => {
      const onOffer = show(someLeftOut);
      expect(screen.getByText('3 visits could not be placed')).toBeTruthy();
      const reasons = within(screen.getByRole('list', { name: 'Why visits could not be placed' })).getAllByRole('listitem');
      expect(reasons.map((r) => r.textContent)).toEqual(someLeftOut.warnings);
      // The per-school sentences (with each school's own closest time) are not repeated.
      expect(document.body.textContent).not.toContain('closest');
      await userEvent.click(screen.getByRole('button', { name: 'Search through Monday, December 28' }));
      expect(onOffer).toHaveBeenCalledWith(later);
    });
  });
});
