import { describe, expect, it } from '@jest/globals';
import { createBookingService, type AgendaEntry, type BookingService, type SingleSessionPlan } from '../../../src/services/booking/index.js';
import { eastern, HOUR, useBookingWorld, visitAt, type BookingWorld } from './support/bookingWorld.js';

const world = useBookingWorld();

/** A session plan as the Find time screen builds it. */
function screenPlan(w: BookingWorld, first: number, start: number, agenda?: AgendaEntry): SingleSessionPlan {
  const coach = w.coaches[1]!;
  return {
    kind: 'single',
    sessionKind: 'dataDig',
    subject: 'Data dig: spring benchmarks',
    organizer: { id: coach.address, upn: coach.address, name: coach.name },
    attendees: w.principals.slice(first, first + 3).map((p) => ({ id: p.address, upn: p.address, name: p.name })),
    timeZone: 'America/New_York',
    reasons: ['All 3 free'],
    slot: { start, end: start + HOUR },
    ...(agenda ? { agenda } : {}),
  };
}

describe('booking a session plan', () => {
  it('books, then reports the same plan as already booked', async () => {
    const w = world();
    const service: BookingService = createBookingService(w.gateway(w.coaches[1]!.address));
    const start = eastern(20, 1, '10:00');
    const plan = screenPlan(w, 0, start, { fields: { dataSet: 'Spring benchmark reading' } });
    const progress: number[] = [];
    const first = await service.book(plan, (p) => progress.push(p.done));
    expect(first).toMatchObject({ status: 'booked', events: [{ subject: 'Data dig: spring benchmarks', start, end: start + HOUR, outcome: 'created' }] });
    expect(progress).toEqual([0, 1]);
    expect(await service.book(plan)).toMatchObject({ status: 'booked', events: [{ outcome: 'alreadyExisted' }] });
    expect(w.eventsAt(w.principals[0]!.address, start, start + HOUR).map((e) => e.subject)).toEqual(['Data dig: spring benchmarks']);
  });

  it('says which agenda fields are missing instead of booking an empty agenda', async () => {
    const w = world();
    const outcome = await createBookingService(w.gateway(w.coaches[1]!.address)).book(screenPlan(w, 3, eastern(20, 2, '10:00')));
    expect(outcome).toMatchObject({ status: 'failed', events: [] });
    expect(outcome.status === 'failed' && outcome.message).toMatch(/^The agenda needs attention: .*Data set.* is required/);
  });

  it('a time taken meanwhile comes back as a conflict naming who, with the next best time', async () => {
    const w = world();
    const start = eastern(20, 3, '10:00');
    const plan = screenPlan(w, 6, start, { fields: { dataSet: 'Attendance' } });
    const taker = w.principals[7]!;
    await w.gateway(taker.address).createEvent('me', {
      subject: 'IEP meeting',
      start: { dateTime: new Date(start).toISOString().slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: new Date(start + HOUR).toISOString().slice(0, 19), timeZone: 'UTC' },
      showAs: 'busy',
    });
    const outcome = await createBookingService(w.gateway(w.coaches[1]!.address)).book(plan);
    expect(outcome).toMatchObject({ status: 'conflict', who: [taker.name] });
    expect(outcome.status === 'conflict' && outcome.nextBest!.start).toBeGreaterThanOrEqual(start + HOUR);
    expect(w.eventsAt(w.coaches[1]!.address, start, start + HOUR)).toHaveLength(0);
  });

  it('books a learning-walk rotation host first, and carries the walk from the host’s yes to the visitors', async () => {
    const w = world();
    const coach = w.coaches[2]!;
    const [host, ...visitors] = w.principals.slice(10, 13);
    const school = w.schoolOf(host!.address);
    const service = createBookingService(w.gateway(coach.address));
    const start = eastern(21, 1, '09:00');
    const told: { planId: string; eventsThen: number }[] = [];
    const { plan, report } = await service.bookWalks(
      {
        organizer: coach,
        timeZone: 'America/New_York',
        rotation: { visits: [visitAt(host!, visitors, school.id, start)], unplaced: [], complete: true, searchNodes: 1 },
        people: Object.fromEntries([host!, ...visitors].map((p) => [p.address, p])),
        schools: { [school.id]: school },
        agenda: { fields: { classrooms: ['Room 3'], focusQuestion: 'Where is the thinking?', lookFors: ['Student questions'] } },
      },
      { onPlan: (p) => told.push({ planId: p.planId, eventsThen: w.eventsAt(coach.address, start, start + HOUR).length }) },
    );
    // The plan is handed over before anything is created, so a caller can keep it even if booking is cut short.
    expect(told).toEqual([{ planId: plan.planId, eventsThen: 0 }]);
    expect(report.outcomes.map((o) => o.status === 'created' && o.invited)).toEqual(['hostOnly']);
    expect((await service.walkStatus(plan))[0]).toMatchObject({ stage: 'waitingForHost', notInvited: visitors.map((v) => expect.objectContaining({ address: v.address })) });
    await createBookingService(w.gateway(host!.address)).respond(w.eventsAt(host!.address, start, start + HOUR)[0]!.id, 'accept');
    expect((await service.inviteVisitors(plan)).map((o) => o.status)).toEqual(['invited']);
    const [status] = await service.walkStatus(plan.planId);
    expect(status).toMatchObject({ stage: 'visitorsInvited', host: { response: 'accepted' }, notInvited: [] });
    expect((await service.answers(status!.eventId)).map((a) => a.address)).toEqual([host!.address, ...visitors.map((v) => v.address)]);
  });
});
