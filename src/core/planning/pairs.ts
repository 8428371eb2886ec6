import { checkPairing, type CheckedPairing, type ExperienceLevel, type PairingInput } from './pairsInput.js';
import { listWords } from './words.js';

export type { ExperienceLevel, PairingInput, PairingPrincipal } from './pairsInput.js';

export interface CoachingGroup {
  /** Two ids, or three for the one trio of an odd cohort. */
  readonly members: readonly string[];
  /** Why these people go together, for the coach to read. */
  readonly explanation: string;
}

export interface UnpairedPrincipal {
  readonly id: string;
  readonly reason: string;
}

export interface PairingPlan {
  readonly groups: readonly CoachingGroup[];
  readonly unpaired: readonly UnpairedPrincipal[];
  /** What the coach should know about the pairing as a whole, e.g. that newer principals had to go together. */
  readonly notices: readonly string[];
  /** False when the search budget ran out before the best pairing was proven. */
  readonly optimal: boolean;
  readonly searchNodes: number;
}

/**
 * Lower is better. A newer principal with an experienced one is the aim; two newer principals together
 * is what to avoid most; anything else involving a newer principal is second best.
 */
function pairCost(a: ExperienceLevel, b: ExperienceLevel): number {
  if (a !== 'newer' && b !== 'newer') return 1;
  if (a === 'newer' && b === 'newer') return 4;
  return a === 'experienced' || b === 'experienced' ? 0 : 2;
}
/** Leaving someone without a partner outweighs every cost of the pairs (at most 4 per person). */
const UNPAIRED = 1000;
/** When one of an odd cohort must sit out, rather not a newer principal: they gain most from a partner. */
const sitOutCost = (level: ExperienceLevel): number => (level === 'newer' ? 3 : 0);

/**
 * The least the open principals' pairs can cost from their experience levels alone (ignoring who may not
 * pair, so never more than the truth): as many newer-experienced pairs as possible, each other newer
 * principal costing 2, the rest pairing up at 1 a pair. With `mayLeave`, one of them may sit out free.
 */
function levelBound(levels: readonly ExperienceLevel[], mayLeave: number): number {
  const count = (l: ExperienceLevel) => levels.filter((x) => x === l).length;
  const bound = (newer: number, experienced: number, others: number): number => {
    const mixed = Math.min(newer, experienced);
    const newerLeft = newer - mixed;
    return 2 * newerLeft + Math.floor((experienced - mixed + Math.max(0, others - newerLeft)) / 2);
  };
  const [n, e, o] = [count('newer'), count('experienced'), levels.length - count('newer') - count('experienced')];
  if (mayLeave === 0) return bound(n, e, o);
  return Math.min(bound(n, e, o), n > 0 ? bound(n - 1, e, o) : Infinity, e > 0 ? bound(n, e - 1, o) : Infinity, o > 0 ? bound(n, e, o - 1) : Infinity);
}

interface Solution {
  readonly pairs: readonly (readonly [number, number])[];
  readonly left: readonly number[];
  readonly cost: number;
}

interface Trio {
  readonly pair: number;
  readonly member: number;
  readonly cost: number;
}

/**
 * The cheapest way for one of the leftovers of an odd cohort to join a pair as its third member (allowed
 * with both), or null. Ties go to the earlier leftover, then the earlier pair.
 */
function bestTrio(p: CheckedPairing, pairs: readonly (readonly [number, number])[], left: readonly number[]): Trio | null {
  let best: Trio | null = null;
  for (const member of left) {
    pairs.forEach(([a, b], pair) => {
      if (p.forbidden(member, a) !== null || p.forbidden(member, b) !== null) return;
      const cost = Math.min(pairCost(p.levels[member]!, p.levels[a]!), pairCost(p.levels[member]!, p.levels[b]!));
      if (best === null || cost < best.cost) best = { pair, member, cost };
    });
  }
  return best;
}

/** What a finished pairing costs: its pairs, each principal without a group, and how an odd cohort's spare is placed. */
function finalCost(p: CheckedPairing, pairs: readonly (readonly [number, number])[], left: readonly number[], pairsCost: number): number {
  if (p.ids.length % 2 === 0 || left.length === 0) return pairsCost + left.length * UNPAIRED;
  if (p.oddCohort === 'trio') {
    const trio = bestTrio(p, pairs, left);
    return pairsCost + (trio === null ? left.length * UNPAIRED : (left.length - 1) * UNPAIRED + trio.cost);
  }
  return pairsCost + (left.length - 1) * UNPAIRED + Math.min(...left.map((i) => sitOutCost(p.levels[i]!)));
}

/**
 * Branch and bound over matchings. It pairs the unmatched principal with the fewest allowed partners first,
 * tries partners cheapest first (then in cohort order), and last leaves that principal out. The bound adds,
 * for each unmatched principal, half the cost of their cheapest allowed partner, or the unpaired penalty
 * beyond the one an odd cohort must leave. Deterministic: ties go to cohort order.
 */
function searchPairs(p: CheckedPairing): { best: Solution; optimal: boolean; nodes: number } {
  const n = p.ids.length;
  const matched = new Array<boolean>(n).fill(false);
  const pairs: [number, number][] = [];
  const left: number[] = [];
  let best: Solution | null = null;
  let nodes = 0;
  let optimal = true;
  const allowed = p.ids.map((_, a) => p.ids.map((_, b) => b).filter((b) => b !== a && p.forbidden(a, b) === null));
  const odd = n % 2 === 1;

  const dfs = (cost: number): void => {
    // The first descent always reaches a pairing, so the budget only cuts off the search for a better one.
    if (best !== null && nodes >= p.maxSearchNodes) {
      optimal = false;
      return;
    }
    nodes++;
    let pick = -1;
    let pickOptions: number[] = [];
    let halfMins = 0;
    let forcedOut = left.length;
    const open: ExperienceLevel[] = [];
    for (let a = 0; a < n; a++) {
      if (matched[a]) continue;
      const options = allowed[a]!.filter((b) => !matched[b]);
      if (options.length === 0) forcedOut++;
      else {
        halfMins += Math.min(...options.map((b) => pairCost(p.levels[a]!, p.levels[b]!))) / 2;
        open.push(p.levels[a]!);
      }
      if (pick === -1 || options.length < pickOptions.length) {
        pick = a;
        pickOptions = options;
      }
    }
    const mayLeave = odd && forcedOut === 0 ? 1 : 0;
    const bound = cost + Math.max(halfMins, levelBound(open, mayLeave)) + Math.max(0, forcedOut - (odd ? 1 : 0)) * UNPAIRED;
    if (best !== null && bound >= best.cost) return;
    if (pick === -1) {
      const total = finalCost(p, pairs, left, cost);
      if (best === null || total < best.cost) best = { pairs: pairs.map((x) => [x[0], x[1]] as const), left: [...left], cost: total };
      return;
    }
    const ordered = [...pickOptions].sort((x, y) => pairCost(p.levels[pick]!, p.levels[x]!) - pairCost(p.levels[pick]!, p.levels[y]!) || x - y);
    matched[pick] = true;
    for (const partner of ordered) {
      matched[partner] = true;
      pairs.push([pick, partner]);
      dfs(cost + pairCost(p.levels[pick]!, p.levels[partner]!));
      pairs.pop();
      matched[partner] = false;
      if (!optimal) break;
    }
    if (optimal) {
      left.push(pick);
      dfs(cost);
      left.pop();
    }
    matched[pick] = false;
  };
  dfs(0);
  return { best: best!, optimal, nodes };
}

const LEVEL_WORDS: Record<ExperienceLevel, string> = { newer: 'newer', established: 'established', experienced: 'experienced', unmarked: 'experience not marked' };

/** Years completed in the role as a principal says it: the first year is year 0 completed. */
export function yearsWords(years: number): string {
  if (years < 1) return 'first year';
  if (years < 2) return 'second year';
  return `${Math.floor(years)} years in role`;
}

function describePerson(p: CheckedPairing, i: number): string {
  const years = p.years[i];
  const detail = years === undefined ? LEVEL_WORDS[p.levels[i]!] : yearsWords(years);
  return `${p.names[i]!} (${detail})`;
}

function mentoringWords(p: CheckedPairing, members: readonly number[]): string {
  const levels = members.map((m) => p.levels[m]!);
  const newer = levels.filter((l) => l === 'newer').length;
  if (newer === 0) return 'peer partners';
  if (levels.includes('experienced')) return newer === 1 ? 'a newer principal with an experienced one' : 'newer principals with an experienced one';
  if (newer === levels.length) return 'all newer principals: no allowed experienced partner was left for them';
  return 'a newer principal with a colleague not marked experienced: no allowed experienced partner was left';
}

/** Only what was read is asserted: without the relations or the history the explanation says so. */
function evidenceWords(p: CheckedPairing, size: number): string {
  const two = size === 2;
  const relations = p.relationsRead
    ? two
      ? 'neither supervises or evaluates the other'
      : 'none supervises or evaluates another'
    : 'who supervises or evaluates them was not read, so check this before booking';
  const history = p.historyRead ? (two ? 'they were not partners last term' : 'none were partners last term') : 'earlier pairs were not read';
  return `${relations}, and ${history}`;
}

function describeGroup(p: CheckedPairing, members: readonly number[]): CoachingGroup {
  return {
    members: members.map((m) => p.ids[m]!),
    explanation: `${listWords(members.map((m) => describePerson(p, m)))}: ${mentoringWords(p, members)}; ${evidenceWords(p, members.length)}.`,
  };
}

/** Says so when newer principals had to be paired together, and why (not enough experienced ones). */
function pairingNotices(p: CheckedPairing, groups: readonly (readonly number[])[]): string[] {
  const newerTogether = groups.filter((g) => g.filter((m) => p.levels[m] === 'newer').length >= 2);
  if (newerTogether.length === 0) return [];
  const newer = p.levels.filter((l) => l === 'newer').length;
  const experienced = p.levels.filter((l) => l === 'experienced').length;
  const groupsWord = `${newerTogether.length} ${newerTogether.length === 1 ? 'group puts' : 'groups put'} newer principals together`;
  if (experienced === 0) {
    return [
      `Everyone in this cohort is newer (first or second year as principal), so ${groupsWord}: no experienced principal is here to partner with. Consider adding experienced principals as partners, or a mentor for each pair.`,
    ];
  }
  return [
    `${newer} of ${p.ids.length} principals are newer and ${experienced === 1 ? 'only 1 is' : `only ${experienced} are`} experienced (or the experienced ones may not partner them), so ${groupsWord}.`,
  ];
}

function describeUnpaired(p: CheckedPairing, i: number, solution: Solution): UnpairedPrincipal {
  const others = p.ids.map((_, j) => j).filter((j) => j !== i);
  const bars = others.map((j) => p.forbidden(i, j)).filter((r): r is string => r !== null);
  const name = p.names[i]!;
  if (bars.length === others.length) {
    return { id: p.ids[i]!, reason: `${name} has no allowed partner in the cohort: ${bars.join('; ')}.` };
  }
  const odd = p.ids.length % 2 === 1;
  if (odd && solution.left.length === 1) {
    const how =
      p.oddCohort === 'unpaired'
        ? 'the cohort has an odd number of principals and is set to leave one unpaired; leaving this one out kept the best pairs for everyone else'
        : "the cohort has an odd number of principals and no pair can take a third member without pairing someone with their supervisor or evaluator or last term's partner";
    return { id: p.ids[i]!, reason: `${name}: ${how}.` };
  }
  const taken = others.filter((j) => p.forbidden(i, j) === null).map((j) => p.names[j]!);
  return {
    id: p.ids[i]!,
    reason: `${name}: no allowed partner was left over: ${listWords(taken)} ${taken.length === 1 ? 'is' : 'are'} paired with others so that as many principals as possible have a partner.`,
  };
}

/**
 * Forms peer-coaching pairs: never a principal with their own supervisor or evaluator, never last term's
 * partners again, newer principals with experienced ones where experience is marked, as few principals
 * unpaired as possible. An odd cohort gets one trio (or, if asked, one principal named as unpaired with
 * the reason). Each pair and each impossibility is explained. Deterministic.
 */
export function formPairs(input: PairingInput): PairingPlan {
  const p = checkPairing(input);
  const { best, optimal, nodes } = searchPairs(p);
  const groups: number[][] = best.pairs.map(([a, b]) => (a < b ? [a, b] : [b, a]));
  let left = [...best.left];
  if (p.ids.length % 2 === 1 && left.length >= 1 && p.oddCohort === 'trio') {
    const trio = bestTrio(p, best.pairs, left);
    if (trio !== null) {
      groups[trio.pair] = [...groups[trio.pair]!, trio.member].sort((x, y) => x - y);
      left = left.filter((i) => i !== trio.member);
    }
  }
  groups.sort((x, y) => x[0]! - y[0]!);
  return {
    groups: groups.map((g) => describeGroup(p, g)),
    notices: pairingNotices(p, groups),
    unpaired: left.sort((x, y) => x - y).map((i) => describeUnpaired(p, i, best)),
    optimal,
    searchNodes: nodes,
  };
}
