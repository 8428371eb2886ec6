import { describe, expect, it } from '@jest/globals';
import { findGroupTimes, planPeerCoaching } from '../../../src/core/planning/peerCoaching.js';
import type { RecurringSearch } from '../../../src/core/planning/recurring.js';
import { NY, person } from './people.js';

// Every other Tuesday or Thursday at 15:00 or 16:00, five meetings from 3 March 2026.
const search: RecurringSearch = {
  cadence: { type: 'weekly', interval: 2 },
  weekdays: ['tuesday', 'thursday'],
  timeZone: NY,
  firstDate: '2026-03-02',
  count: 5,
  durationMinutes: 60,
  earliestStart: '15:00',
  latestEnd: '17:00',
  stepMinutes: 60,
};
const everyTuesdayAt = (from: string, to: string, reason: 'busy' | 'oof' = 'busy') =>
  ['03', '10', '17', '24', '31'].map((d) => [`2026-03-${d}T${from}`, `2026-03-${d}T${to}`, reason] as const);

describe('planPeerCoaching', () => {
  const availability = [
    person('ana', everyTuesdayAt('15:00', '17:00')),
    person('ben'),
    person('cruz'),
    // Dee is busy at both hours on Tuesdays and Thursdays through April: no series fits her.
    person('dee', [
      ...everyTuesdayAt('15:00', '17:00'),
      ...['05', '12', '19', '26'].map((d) => [`2026-03-${d}T15:00`, `2026-03-${d}T17:00`, 'busy'] as const),
      ['2026-04-02T15:00', '2026-04-02T17:00', 'busy'],
      ['2026-04-07T15:00', '2026-04-07T17:00', 'busy'],
      ['2026-04-09T15:00', '2026-04-09T17:00', 'busy'],
      ['2026-04-14T15:00', '2026-04-14T17:00', 'busy'],
      ['2026-04-16T15:00', '2026-04-16T17:00', 'busy'],
      ['2026-04-21T15:00', '2026-04-21T17:00', 'busy'],
      ['2026-04-23T15:00', '2026-04-23T17:00', 'busy'],
      ['2026-04-28T15:00', '2026-04-28T17:00', 'busy'],
      ['2026-04-30T15:00', '2026-04-30T17:00', 'busy'],
    ]),
  ];
  const plan = planPeerCoaching(
    {
      cohort: [
        { id: 'ana', yearsInRole: 1 },
        { id: 'ben', yearsInRole: 1 },
        { id: 'cruz', yearsInRole: 9 },
        { id: 'dee', yearsInRole: 12 },
      ],
    },
    availability,
    search,
  );

  it('forms the pairs, then finds each pair a series free on every date', () => {
    expect(plan.pairing.groups.map((g) => g.members)).toEqual([
      ['ana', 'cruz'],
      ['ben', 'dee'],
    ]);
    const [anaCruz] = plan.times;
    expect(anaCruz!.time!.label).toBe('Thursdays at 15:00, every 2 weeks (America/New_York)');
    expect(anaCruz!.explanation).toBe('Thursdays at 15:00, every 2 weeks (America/New_York): both free on all 5 dates');
    expect(anaCruz!.time!.occurrences.map((o) => o.date)).toEqual(['2026-03-05', '2026-03-19', '2026-04-02', '2026-04-16', '2026-04-30']);
    expect(anaCruz!.alternatives.map((t) => t.label)).toEqual(['Thursdays at 16:00, every 2 weeks (America/New_York)']);
  });

  it('explains a pair with no workable series and offers the closest', () => {
    const benDee = plan.times[1]!;
    expect(benDee.time).toBeNull();
    expect(benDee.explanation).toMatch(
      /^no series has both free on every date; closest: Tuesdays at 15:00, every 2 weeks \(America\/New_York\), 1 of 2 free on all 5 dates \(dee misses 5 of 5 dates: busy on /,
    );
    expect(benDee.alternatives.length).toBeGreaterThan(0);
  });

  it('rejects a group member without availability, naming them', () => {
    expect(() => findGroupTimes([{ members: ['ana', 'zed'] }], availability, search)).toThrow(expect.objectContaining({ field: 'groups[0].members[1]' }));
  });
});
