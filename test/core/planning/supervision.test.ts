import { describe, expect, it } from '@jest/globals';
import { formPairs } from '../../../src/core/planning/pairs.js';
import { STAGE_THRESHOLDS, buildSupervision, experienceStage, peerCohort, yearsInRole } from '../../../src/core/planning/supervision.js';

const JULY_2026 = Date.parse('2026-07-01T04:00:00Z');
const OCT_2026 = Date.parse('2026-10-13T14:00:00Z');

describe('experience', () => {
  it('counts whole calendar years in the role and names the stage', () => {
    expect(yearsInRole(JULY_2026, OCT_2026)).toBe(0);
    expect(yearsInRole(Date.parse('2025-07-01T04:00:00Z'), OCT_2026)).toBe(1);
    expect(yearsInRole(Date.parse('2016-07-01T04:00:00Z'), OCT_2026)).toBe(10);
    // The day before the anniversary is still the earlier year.
    expect(yearsInRole(Date.parse('2025-10-14T14:00:00Z'), OCT_2026)).toBe(0);
    expect([0, 1, 2, 9].map(experienceStage)).toEqual(['new', 'secondYear', 'experienced', 'experienced']);
    expect(() => yearsInRole(Number.NaN, OCT_2026)).toThrow(/epoch milliseconds/);
  });
});

describe('peerCohort', () => {
  const people = [
    { address: 'sup@d', name: 'Sam Supervisor' },
    { address: 'ana@d', name: 'Ana' },
    { address: 'ben@d', name: 'Ben' },
    { address: 'cy@d', name: 'Cy' },
    { address: 'dee@d', name: 'Dee' },
    { address: 'coach@d', name: 'Coach' },
  ];
  const relations = [
    { address: 'ana@d', managerAddress: 'sup@d' },
    { address: 'ben@d', managerAddress: 'sup@d' },
    { address: 'cy@d', managerAddress: 'other@d' },
    { address: 'dee@d', managerAddress: 'other@d' },
    { address: 'sup@d', managerAddress: null },
  ];
  const started = new Map([
    ['ana@d', JULY_2026],
    ['ben@d', Date.parse('2012-07-01T04:00:00Z')],
    ['cy@d', Date.parse('2025-07-01T04:00:00Z')],
    ['dee@d', Date.parse('2010-07-01T04:00:00Z')],
  ]);

  it('keeps a supervisor in the cohort out of the pairs, from the manager relation alone, and the arranging coach too', () => {
    const peers = peerCohort(people, buildSupervision(relations), started, OCT_2026, 'COACH@d');
    expect(peers.notPeers.map((n) => n.address)).toEqual(['sup@d', 'coach@d']);
    expect(peers.notPeers[0]!.reason).toBe("Sam Supervisor supervises or evaluates Ana and Ben in this cohort, so is nobody's peer partner here.");
    expect(peers.cohort.map((p) => p.id)).toEqual(['ana@d', 'ben@d', 'cy@d', 'dee@d']);
    expect(peers.relationsRead).toBe(true);
    expect(peers.cohort.map((p) => p.yearsInRole)).toEqual([0, 14, 1, 16]);
  });

  it('never pairs a principal with their evaluator from the district list, and pairs newer with experienced', () => {
    const supervision = buildSupervision(relations, [
      { evaluator: 'DEE@d', principals: ['cy@d'] },
      { evaluator: 'ben@d', principals: ['ana@d'] },
    ]);
    const peers = peerCohort(people.slice(1, 5), supervision, started, OCT_2026);
    // Ben evaluates Ana and Dee evaluates Cy, so both are overseers in the cohort and not peers.
    expect(peers.notPeers.map((n) => n.address)).toEqual(['ben@d', 'dee@d']);
    const withoutOverseers = buildSupervision(relations, [{ evaluator: 'outside@d', principals: ['ana@d'] }]);
    const plan = formPairs({ cohort: peerCohort(people.slice(1, 5), withoutOverseers, started, OCT_2026).cohort, relationsRead: true, previousGroups: [], ...STAGE_THRESHOLDS });
    expect(plan.groups.map((g) => g.members)).toEqual([
      ['ana@d', 'ben@d'],
      ['cy@d', 'dee@d'],
    ]);
    expect(plan.groups[0]!.explanation).toMatch(/^Ana \(first year\) and Ben \(14 years in role\): a newer principal with an experienced one; neither supervises/);
  });

  it('says when the relation was not read for someone', () => {
    const peers = peerCohort(people.slice(1, 5), buildSupervision(relations.slice(0, 3)), started, OCT_2026);
    expect(peers.relationsRead).toBe(false);
  });
});
