import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formPairs, type PairingInput, type PairingPrincipal } from '../../../src/core/planning/pairs.js';

const ana: PairingPrincipal = { id: 'ana', name: 'Ana', yearsInRole: 1 };
const ben: PairingPrincipal = { id: 'ben', name: 'Ben', yearsInRole: 2 };
const cruz: PairingPrincipal = { id: 'cruz', name: 'Cruz', yearsInRole: 11 };
const dee: PairingPrincipal = { id: 'dee', name: 'Dee', yearsInRole: 8 };
const eli: PairingPrincipal = { id: 'eli', name: 'Eli', experience: 'experienced' };
const members = (input: PairingInput) => formPairs(input).groups.map((g) => g.members);

describe('formPairs', () => {
  it('pairs newer principals with experienced ones, whatever the order', () => {
    expect(members({ cohort: [ana, ben, cruz, dee] })).toEqual([
      ['ana', 'cruz'],
      ['ben', 'dee'],
    ]);
    expect(members({ cohort: [cruz, dee, ana, ben] })).toEqual([
      ['cruz', 'ana'],
      ['dee', 'ben'],
    ]);
    expect(formPairs({ cohort: [ana, ben, cruz, dee], relationsRead: true, previousGroups: [] }).groups[0]!.explanation).toBe(
      'Ana (second year) and Cruz (11 years in role): a newer principal with an experienced one; neither supervises or evaluates the other, and they were not partners last term.',
    );
  });

  it('asserts nothing it did not read: without the supervision relation or earlier pairs the explanation says so', () => {
    expect(formPairs({ cohort: [ana, ben, cruz, dee] }).groups[0]!.explanation).toBe(
      'Ana (second year) and Cruz (11 years in role): a newer principal with an experienced one; who supervises or evaluates them was not read, so check this before booking, and earlier pairs were not read.',
    );
  });

  it('says when newer principals must go together, and why: a network of new principals has nobody experienced', () => {
    const network = [0, 1, 0, 1].map((years, i) => ({ id: `n${i}`, name: `N${i}`, yearsInRole: years }));
    const plan = formPairs({ cohort: network, relationsRead: true, previousGroups: [] });
    expect(plan.groups).toHaveLength(2);
    expect(plan.notices).toEqual([expect.stringMatching(/^Everyone in this cohort is newer \(first or second year as principal\), so 2 groups put newer principals together/)]);
    expect(plan.groups[0]!.explanation).toContain('all newer principals');
    expect(formPairs({ cohort: [ana, ben, cruz, dee] }).notices).toEqual([]);
    const mostlyNew = formPairs({ cohort: [ana, { ...ben, yearsInRole: 0 }, { id: 'x', name: 'X', yearsInRole: 1 }, cruz] });
    expect(mostlyNew.notices).toEqual([
      '3 of 4 principals are newer and only 1 is experienced (or the experienced ones may not partner them), so 1 group puts newer principals together.',
    ]);
  });

  it('never pairs a principal with their supervisor or evaluator', () => {
    expect(members({ cohort: [{ ...ana, supervisorId: 'cruz' }, ben, cruz, dee] })).toEqual([
      ['ana', 'dee'],
      ['ben', 'cruz'],
    ]);
    expect(members({ cohort: [ana, ben, { ...cruz, evaluatorId: ['outside', 'ben'] }, dee] })).toEqual([
      ['ana', 'cruz'],
      ['ben', 'dee'],
    ]);
  });

  it("never repeats last term's pairs, and says when two newer principals must go together", () => {
    const plan = formPairs({ cohort: [{ ...ana, supervisorId: 'cruz' }, ben, cruz, dee], previousGroups: [['ana', 'dee']] });
    expect(plan.groups.map((g) => g.members)).toEqual([
      ['ana', 'ben'],
      ['cruz', 'dee'],
    ]);
    expect(plan.groups[0]!.explanation).toContain('all newer principals: no allowed experienced partner was left for them');
    expect(plan.groups[1]!.explanation).toContain('peer partners');
    expect(plan.optimal).toBe(true);
  });

  it('forms one trio in an odd cohort, joining the newer principal to an experienced pair member', () => {
    const plan = formPairs({ cohort: [ana, ben, cruz, dee, eli], relationsRead: true, previousGroups: [] });
    expect(plan.groups.map((g) => g.members)).toEqual([
      ['ana', 'cruz', 'eli'],
      ['ben', 'dee'],
    ]);
    expect(plan.groups[0]!.explanation).toBe(
      'Ana (second year), Cruz (11 years in role) and Eli (experienced): a newer principal with an experienced one; none supervises or evaluates another, and none were partners last term.',
    );
    expect(plan.unpaired).toEqual([]);
  });

  it('leaves one principal of an odd cohort unpaired when asked, not a newer one, and says why', () => {
    const plan = formPairs({ cohort: [ana, ben, cruz, dee, eli], oddCohort: 'unpaired' });
    expect(plan.groups.every((g) => g.members.length === 2)).toBe(true);
    expect(plan.unpaired).toHaveLength(1);
    expect(['ana', 'ben']).not.toContain(plan.unpaired[0]!.id);
    expect(plan.unpaired[0]!.reason).toMatch(/odd number of principals and is set to leave one unpaired/);
  });

  it('names who has no allowed partner and every reason', () => {
    const plan = formPairs({ cohort: [{ ...ana, supervisorId: 'cruz', evaluatorId: 'dee' }, ben, cruz, dee], previousGroups: [['ana', 'ben']] });
    expect(plan.unpaired).toEqual([
      { id: 'ana', reason: 'Ana has no allowed partner in the cohort: Ana and Ben were partners last term; Cruz supervises Ana; Dee evaluates Ana.' },
      { id: 'dee', reason: 'Dee: no allowed partner was left over: Ben and Cruz are paired with others so that as many principals as possible have a partner.' },
    ]);
    expect(plan.groups.map((g) => g.members)).toEqual([['ben', 'cruz']]);
  });
});

/** Most pairs any matching of the allowed pairs can make, by brute force (small cohorts only). */
function maximumPairs(n: number, allowed: (a: number, b: number) => boolean): number {
  const go = (free: number[]): number => {
    if (free.length < 2) return 0;
    const [a, ...rest] = free;
    let best = go(rest);
    for (const b of rest) if (allowed(a!, b)) best = Math.max(best, 1 + go(rest.filter((x) => x !== b)));
    return best;
  };
  return go([...Array(n).keys()]);
}

describe('formPairs rules (property)', () => {
  it("never pairs supervisor, evaluator or last term's partners, and pairs as many as possible", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            people: fc.array(fc.record({ sup: fc.integer({ min: -1, max: n - 1 }), ev: fc.integer({ min: -1, max: n - 1 }), years: fc.option(fc.integer({ min: 0, max: 20 })) }), {
              minLength: n,
              maxLength: n,
            }),
            previous: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 3 }), { maxLength: n }),
            odd: fc.constantFrom<'trio' | 'unpaired'>('trio', 'unpaired'),
          }),
        ),
        ({ n, people, previous, odd }) => {
          const id = (i: number) => `p${i}`;
          const cohort: PairingPrincipal[] = people.map((p, i) => ({
            id: id(i),
            ...(p.sup >= 0 && p.sup !== i ? { supervisorId: id(p.sup) } : { supervisorId: 'outside-supervisor' }),
            ...(p.ev >= 0 && p.ev !== i ? { evaluatorId: [id(p.ev)] } : {}),
            ...(p.years === null ? {} : { yearsInRole: p.years }),
          }));
          const barred = new Set<string>();
          const bar = (a: number, b: number) => {
            barred.add(`${a}:${b}`);
            barred.add(`${b}:${a}`);
          };
          people.forEach((p, i) => {
            if (p.sup >= 0 && p.sup !== i) bar(i, p.sup);
            if (p.ev >= 0 && p.ev !== i) bar(i, p.ev);
          });
          for (const group of previous) for (const a of group) for (const b of group) if (a !== b) bar(a, b);
          const plan = formPairs({ cohort, previousGroups: previous.map((g) => g.map(id)), oddCohort: odd });

          const seen = [...plan.groups.flatMap((g) => g.members), ...plan.unpaired.map((u) => u.id)].sort();
          expect(seen).toEqual(cohort.map((p) => p.id).sort());
          for (const g of plan.groups) {
            const idx = g.members.map((m) => Number(m.slice(1)));
            for (const a of idx) for (const b of idx) if (a !== b) expect(barred.has(`${a}:${b}`)).toBe(false);
          }
          const trios = plan.groups.filter((g) => g.members.length === 3);
          expect(plan.groups.every((g) => g.members.length === 2 || g.members.length === 3)).toBe(true);
          expect(trios.length).toBeLessThanOrEqual(odd === 'trio' && n % 2 === 1 ? 1 : 0);
          const best = maximumPairs(n, (a, b) => !barred.has(`${a}:${b}`));
          expect(plan.groups.length * 2 + trios.length).toBeGreaterThanOrEqual(2 * best);
          expect(plan.optimal).toBe(true);
          for (const u of plan.unpaired) expect(u.reason.length).toBeGreaterThan(10);
          expect(formPairs({ cohort, previousGroups: previous.map((g) => g.map(id)), oddCohort: odd })).toEqual(plan);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('pairing input checks', () => {
  const cohort = [ana, ben, cruz, dee];
  const cases: [string, PairingInput, string][] = [
    ['a cohort of one', { cohort: [ana] }, 'cohort'],
    ['a principal listed twice', { cohort: [ana, ana] }, 'cohort[1].id'],
    ['a principal who supervises themselves', { cohort: [{ ...ana, supervisorId: 'ana' }, ben] }, 'cohort[0].supervisorId'],
    ['negative years in role', { cohort: [{ ...ana, yearsInRole: -1 }, ben] }, 'cohort[0].yearsInRole'],
    ['an unknown experience mark', { cohort: [{ ...ana, experience: 'veteran' as never }, ben] }, 'cohort[0].experience'],
    ["last term's group naming someone not in the cohort", { cohort, previousGroups: [['ana', 'zed']] }, 'previousGroups[0][1]'],
    ["last term's group of one", { cohort, previousGroups: [['ana']] }, 'previousGroups[0]'],
    ['an unknown odd-cohort rule', { cohort, oddCohort: 'pairs' as never }, 'oddCohort'],
    ['thresholds the wrong way round', { cohort, newerBelowYears: 6, experiencedFromYears: 4 }, 'experiencedFromYears'],
  ];
  it.each(cases)('rejects %s, naming the field', (_name, input, field) => {
    expect(() => formPairs(input)).toThrow(expect.objectContaining({ field }));
  });
});

describe('formPairs search budget', () => {
  it('returns a valid pairing marked not optimal when the budget runs out', () => {
    const cohort = Array.from({ length: 16 }, (_, i) => ({ id: `p${i}`, yearsInRole: (i * 7) % 13 }));
    const full = formPairs({ cohort });
    const cut = formPairs({ cohort, maxSearchNodes: 1 });
    expect(full.optimal).toBe(true);
    expect(cut.optimal).toBe(false);
    expect(cut.groups.flatMap((g) => g.members).sort()).toEqual(cohort.map((p) => p.id).sort());
  });
});
