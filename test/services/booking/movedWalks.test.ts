import { describe, expect, it } from '@jest/globals';
import type { DirectoryPerson } from '../../../src/core/directory/model.js';
import type { RotationVisit } from '../../../src/core/planning/index.js';
import { withMovedWalks } from '../../../src/services/booking/movedWalks.js';
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
