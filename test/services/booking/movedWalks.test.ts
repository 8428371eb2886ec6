import { describe, expect, it } from '@jest/globals';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import type { RotationVisit } from '../../../src/core/planning/index.js';
import { walkWays, withMovedInput, withMovedWalks } from '../../../src/services/booking/movedWalks.js';
import type { DraftOutcome } from '../../../src/services/booking/index.js';
import type { RotationSuggestion, WalkVisit } from '../../../src/services/findTime/index.js';

const HOUR = 3_600_000;
const T = Date.parse('2026-12-10T14:00:00Z');
const person = (name: string, school: string): DirectoryPerson => ({ id: name, displayName: name, mail: `${name.toLowerCase()}@d.example`, officeLocation: school });
const ana = person('Ana', 'Maple');
const ben = person('Ben', 'Oak');
const chen = person('Chen', 'Pine');

function walk(host: DirectoryPerson, start: number, visitors: DirectoryPerson[]): { visit: WalkVisit; plan: RotationVisit } {
  const attendee = (p: DirectoryPerson, role: 'host' | 'visitor') => ({
    id: p.id,
    role,
    travelMinutesBefore: role === 'host' ? 0 : 20,
    travelMinutesAfter: role === 'host' ? 0 : 20,
    committed: { start: start - (role === 'host' ? 0 : 20 * 60_000), end: start + 2 * HOUR + (role === 'host' ? 0 : 20 * 60_000) },
  });
  return {
    visit: { start, end: start + 2 * HOUR, schoolName: host.officeLocation!, timeZone: 'America/New_York', host, attendees: [host, ...visitors], absent: [], travel: '' },
    plan: {
      start,
      end: start + 2 * HOUR,
      schoolId: host.officeLocation!,
      schoolName: host.officeLocation!,
      timeZone: 'America/New_York',
      attendees: [attendee(host, 'host'), ...visitors.map((v) => attendee(v, 'visitor'))],
      absent: [],
      explanation: '',
      travel: '',
    },
  };
}

const maple = walk(ana, T, [ben, chen]);
const oak = walk(ben, T + 24 * HOUR, [ana, chen]);
const rotation: RotationSuggestion = {
  visits: [maple.visit, oak.visit],
  unplaced: [],
  warnings: [],
  notes: [],
  notHosts: [],
  complete: true,
  unreadable: [],
  rotation: {
    plan: { visits: [maple.plan, oak.plan], unplaced: [], complete: true, searchNodes: 1 },
    people: { Ana: ana, Ben: ben, Chen: chen },
    schools: {},
  },
};

describe('withMovedWalks', () => {
  it('returns the rotation as it is when nothing moved', () => {
    expect(withMovedWalks(rotation, {})).toBe(rotation);
  });

  it('moves a walk to its next best time, travel included, and keeps the visits in time order', () => {
    const later = T + 48 * HOUR;
    const moved = withMovedWalks(rotation, { Maple: { start: later, end: later + 2 * HOUR } });
    expect(moved.visits.map((v) => [v.schoolName, v.start])).toEqual([
      ['Oak', T + 24 * HOUR],
      ['Maple', later],
    ]);
    const plan = moved.rotation!.plan.visits.find((v) => v.schoolId === 'Maple')!;
    expect(plan.start).toBe(later);
    expect(plan.attendees.find((a) => a.id === 'Ben')!.committed).toEqual({ start: later - 20 * 60_000, end: later + 2 * HOUR + 20 * 60_000 });
    // The other walk is untouched.
    expect(moved.rotation!.plan.visits.find((v) => v.schoolId === 'Oak')).toBe(oak.plan);
  });

  it('leaves out a visitor who cannot come at the new time, never the host', () => {
    const moved = withMovedWalks(rotation, { Maple: { start: T + HOUR, end: T + 3 * HOUR, without: ['chen@d.example', 'ana@d.example'] } });
    const visit = moved.visits.find((v) => v.schoolName === 'Maple')!;
    expect(visit.attendees.map((p) => p.displayName)).toEqual(['Ana', 'Ben']);
    expect(visit.absent).toEqual([{ person: chen, reason: 'busy' }]);
    const plan = moved.rotation!.plan.visits.find((v) => v.schoolId === 'Maple')!;
    expect(plan.attendees.map((a) => a.id)).toEqual(['Ana', 'Ben']);
    expect(plan.absent).toEqual([{ id: 'Chen', reason: 'busy', duringTravel: false }]);
  });
});

describe('withMovedInput', () => {
  it('moves the walk in what booking is given, under the rotation plan id it was booked with', () => {
    const input = {
      organizer: { address: 'coach@d.example' },
      timeZone: 'America/New_York',
      rotation: rotation.rotation!.plan,
      people: { Ana: { address: ana.mail }, Ben: { address: ben.mail }, Chen: { address: chen.mail } },
      schools: { Maple: { name: 'Maple' }, Oak: { name: 'Oak' } },
    };
    const moved = withMovedInput(input, 'plan-1', { Oak: { start: T - 24 * HOUR, end: T - 22 * HOUR, without: ['chen@d.example'] } });
    expect(moved.planId).toBe('plan-1');
    expect(moved.rotation.visits.map((v) => [v.schoolId, v.start])).toEqual([
      ['Oak', T - 24 * HOUR],
      ['Maple', T],
    ]);
    expect(moved.rotation.visits[0]!.attendees.map((a) => a.id)).toEqual(['Ben', 'Ana']);
  });
});

describe('walkWays', () => {
  const slot = { start: T, end: T + 2 * HOUR };
  const when = (s: { start: number }) => new Date(s.start).toISOString();
  const conflict: DraftOutcome = {
    key: 'walk:Maple',
    subject: 'Learning walk at Maple',
    slot,
    status: 'conflict',
    who: [{ address: 'ana@d.example', reason: 'busy' }],
    message: '',
    nextBest: { start: T + 24 * HOUR, end: T + 26 * HOUR },
    bestPartial: { start: T + 3 * HOUR, end: T + 5 * HOUR, free: [], missing: [{ address: 'chen@d.example', reason: 'busy' }] },
  };

  it('offers the next best time, then the best time without who cannot come, naming them', () => {
    expect(walkWays(conflict, when, (a) => (a === 'chen@d.example' ? 'Chen' : a))).toEqual([
      { words: `Book at ${new Date(T + 24 * HOUR).toISOString()}`, move: { start: T + 24 * HOUR, end: T + 26 * HOUR } },
      { words: `Book at ${new Date(T + 3 * HOUR).toISOString()} without Chen`, move: { start: T + 3 * HOUR, end: T + 5 * HOUR, without: ['chen@d.example'] } },
    ]);
  });

  it('offers nothing for a walk that was booked', () => {
    expect(walkWays({ key: 'walk:Maple', subject: '', slot, status: 'created', eventId: 'e', invited: 'hostOnly' }, when, (a) => a)).toEqual([]);
    expect(walkWays(undefined, when, (a) => a)).toEqual([]);
  });
});
