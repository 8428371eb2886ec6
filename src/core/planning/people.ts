import type { PersonAvailability } from '../availability/model.js';
import { PlanningInputError, checkId, checkUniqueIds } from './input.js';

/**
 * Planning leans on the availability contract (sorted, non-overlapping blocks inside a window); a caller
 * that hand-builds availability gets told where it breaks it instead of a silently wrong plan.
 */
export function checkPeople(people: readonly PersonAvailability[], field: string): void {
  if (!Array.isArray(people) || people.length === 0) throw new PlanningInputError(field, 'give the availability of at least one person.');
  people.forEach((person, i) => {
    checkId(person?.id, `${field}[${i}].id`);
    const { window } = person;
    if (!Number.isFinite(window?.start) || !Number.isFinite(window?.end) || window.end < window.start) {
      throw new PlanningInputError(`${field}[${i}].window`, 'give start and end instants with the end not before the start.');
    }
    // buildAvailability's output keeps the contract by construction and may hold its blocks packed, only
    // materialising `blocks` when read: checking it block by block would undo that, so it is trusted.
    if ('packed' in person) return;
    const { blocks } = person;
    if (!Array.isArray(blocks)) throw new PlanningInputError(`${field}[${i}].blocks`, 'give the list of unavailable blocks (empty when always free).');
    blocks.forEach((block, j) => {
      const previous = blocks[j - 1];
      if (!(block.end > block.start) || (previous !== undefined && block.start < previous.end)) {
        throw new PlanningInputError(
          `${field}[${i}].blocks[${j}]`,
          'blocks must have the end after the start, be sorted by start and not overlap; build them with buildAvailability.',
        );
      }
    });
  });
  checkUniqueIds(
    people.map((p) => p.id),
    field,
  );
}
