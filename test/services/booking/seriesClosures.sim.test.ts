import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { planSession } from '../../../src/core/booking/index.js';
import { demoDistrictCalendar, seriesOnClosures } from '../../../src/core/district/index.js';
import { recurrenceOccurrences } from '../../../src/core/planning/index.js';
import { bookPlan, settleSeriesClosures } from '../../../src/services/booking/index.js';
import { createSessionCalendar } from '../../../src/graph/index.js';
import { useBookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();
const sessions = (w: ReturnType<typeof world>, as: string) => createSessionCalendar(w.gateway(as));
const NY = 'America/New_York';
const calendar = demoDistrictCalendar('2027-08-01', '2028-07-31');
const cohortAgenda = { fields: { norms: ['Start on time'], problemOfPractice: 'Chronic absence', presenter: 'A principal' } };

describe('a weekly series on a district closure, against the demo tenant', () => {
  for (const choice of ['skip', 'move'] as const) {
    it(`books the series, then ${choice === 'skip' ? 'skips' : 'moves'} the Thanksgiving date for everyone`, async () => {
      const w = world();
      const coach = w.coaches[choice === 'skip' ? 0 : 1]!;
      const people = w.principals.slice(choice === 'skip' ? 10 : 13, choice === 'skip' ? 13 : 16);
      const recurrence = {
        pattern: { type: 'weekly' as const, interval: 1, daysOfWeek: ['wednesday' as const] },
        startTime: choice === 'skip' ? '14:00' : '15:00',
        durationMinutes: 60,
        timeZone: NY,
        firstDate: '2027-11-17',
        count: 3,
      };
      const clashes = seriesOnClosures(recurrenceOccurrences(recurrence), NY, calendar);
      expect(clashes.map((c) => [c.date, c.closure.name])).toEqual([['2027-11-24', 'Thanksgiving break']]);
      const plan = planSession({
        kind: 'cohortMeeting',
        organizer: coach,
        attendees: people,
        timeZone: NY,
        recurrence,
        agenda: cohortAgenda,
        closureDates: clashes.map((c) => c.date),
      });
      expect(plan.drafts[0]!.occurrences).toHaveLength(2);
      const created = (await bookPlan(w.gateway(coach.address), plan)).outcomes[0]!;
      if (created.status !== 'created') throw new Error(JSON.stringify(created));
      const settled = await settleSeriesClosures(sessions(w, coach.address), { seriesId: created.eventId, clashes, choice, timeZone: NY });
      expect(settled).toEqual([expect.objectContaining({ date: '2027-11-24', closure: 'Thanksgiving break', outcome: choice === 'skip' ? 'skipped' : 'moved' })]);
      for (const who of [coach.address, ...people.map((p) => p.address)]) {
        const seen = await w
          .gateway(who)
          .calendarView('me', '2027-11-15T00:00:00Z', '2027-12-04T00:00:00Z', { select: ['subject', 'start', 'type'], timeZone: NY })
          .collect();
        const dates = seen.filter((e) => e.subject === plan.drafts[0]!.subject).map((e) => DateTime.fromISO(e.start!.dateTime!, { zone: NY }).toISODate());
        expect(dates).toEqual(choice === 'skip' ? ['2027-11-17', '2027-12-01'] : ['2027-11-17', '2027-11-23', '2027-12-01']);
      }
    });
  }
});
