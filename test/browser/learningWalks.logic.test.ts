import { BUILT_IN_TEMPLATES } from '../../src/core/agenda/index.js';
/** The words of the learning-walk views, without a browser: each stage of a walk, and the agenda check before booking. */
import { describe, expect, it } from '@jest/globals';
import type { WalkStatus } from '../../src/services/booking/index.js';
import { stageText } from '../../src/ui/sent/walkWords.js';
import { missingAgendaFields, outcomeText } from '../../src/ui/findTime/rotationWords.js';

function walk(stage: WalkStatus['stage'], host: string, visitors: string[] = [], twoYeses = false): WalkStatus {
  return {
    eventId: 'e1',
    subject: 'Learning walk at Lincoln Elementary',
    school: 'Lincoln Elementary',
    start: 0,
    end: 1,
    host: { address: 'ana@x.org', name: 'Ana Ruiz', response: host },
    visitors: visitors.map((response, i) => ({ address: `v${i}@x.org`, name: `Visitor ${i}`, response })),
    notInvited: [],
    stage,
    twoYeses,
  };
}

describe('stageText', () => {
  it('says where each walk is and what comes next', () => {
    expect(stageText(walk('waitingForHost', 'none'))).toBe('Waiting for Ana Ruiz to agree to host. The visitors are invited once they accept.');
    expect(stageText(walk('hostDeclined', 'declined'))).toBe('Ana Ruiz declined to host, so the visitors were not invited. Plan another time for Lincoln Elementary.');
    expect(stageText(walk('hostAcceptedVisitorsNotInvited', 'accepted'))).toBe('Ana Ruiz agreed to host. Invite the visitors now.');
    expect(stageText(walk('visitorsInvited', 'accepted', ['accepted', 'none', 'declined'], true))).toBe('Two yeses: Ana Ruiz hosts and 1 of 3 visitors accepted.');
    expect(stageText(walk('visitorsInvited', 'accepted', ['none']))).toBe('Ana Ruiz hosts; the visitors are invited and have not accepted yet.');
    // Invited all at once: the host has not answered yet.
    expect(stageText(walk('visitorsInvited', 'none', ['accepted']))).toBe("Everyone is invited; waiting for Ana Ruiz's answer to host.");
  });
});

describe('missingAgendaFields', () => {
  // A district template that still asks the coach for every host field up front.
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.kind === 'learningWalk')!;
  const strict = [
    { ...builtIn, id: 'strict-walk', fields: builtIn.fields.map((f) => (['classrooms', 'focusQuestion', 'lookFors'].includes(f.id) ? { ...f, required: true } : f)) },
  ];

  it('asks nothing of the coach with the built-in walk: each host adds their own brief when they accept', () => {
    expect(missingAgendaFields(['Lincoln Elementary', 'Oak Middle'], undefined, {})).toEqual([]);
  });

  it('names the shared fields and each school whose brief lacks a field a district template requires', () => {
    expect(missingAgendaFields(['Lincoln Elementary', 'Oak Middle'], undefined, { 'Oak Middle': { fields: { focusQuestion: 'How?', classrooms: 'Room 4' } } }, strict)).toEqual([
      // The look-fors are each host's now, not the coach's for every walk.
      'Visit brief for Lincoln Elementary: Classrooms to visit, Focus question, Look-fors',
      'Visit brief for Oak Middle: Look-fors',
    ]);
    // Blank lines are not an answer; a field given once for every walk counts for each school.
    expect(missingAgendaFields(['Oak Middle'], { fields: { lookFors: 'Talk', focusQuestion: 'How?' } }, { 'Oak Middle': { fields: { classrooms: '\n  \n' } } }, strict)).toEqual([
      'Visit brief for Oak Middle: Classrooms to visit',
    ]);
    expect(missingAgendaFields(['Oak Middle'], { fields: { lookFors: 'Talk' } }, { 'Oak Middle': { fields: { focusQuestion: 'How?', classrooms: 'Room 4' } } }, strict)).toEqual(
      [],
    );
  });
});

describe('outcomeText', () => {
  const base = { key: 'walk:Lincoln', subject: 'Learning walk at Lincoln', slot: { start: 0, end: 1 } };
  it("tells host-first from everyone-invited, and passes the service's own sentence on otherwise", () => {
    expect(outcomeText({ ...base, status: 'created', eventId: 'e', invited: 'hostOnly' }, 'Ana Ruiz')).toMatch(/^Sent to Ana Ruiz only, to agree to host/);
    expect(outcomeText({ ...base, status: 'created', eventId: 'e', invited: 'all' }, 'Ana Ruiz')).toBe('Sent to the host and every visitor.');
    expect(outcomeText({ ...base, status: 'alreadyExisted', eventId: 'e' }, 'Ana Ruiz')).toBe('Booked earlier: nothing was sent again.');
    expect(outcomeText({ ...base, status: 'conflict', who: [{ address: 'b@x', name: 'Ben', reason: 'busy' }], message: 'Ben is now busy.' }, 'Ana Ruiz')).toBe('Ben is now busy.');
  });
});
