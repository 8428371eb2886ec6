import type { UnavailableReason } from '../availability/model.js';

/** How a coach reads each reason in an explanation. */
const REASON_WORDS: Record<UnavailableReason, string> = {
  unknown: 'calendar unknown',
  oof: 'out of office',
  busy: 'busy',
  workingElsewhere: 'working elsewhere',
  tentative: 'tentatively booked',
  outsideWorkingHours: 'outside working hours',
  excluded: 'excluded by a constraint',
};

export function reasonWords(reason: UnavailableReason): string {
  return REASON_WORDS[reason];
}

/** "12 people" / "1 date": counts in explanations read as English. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Ana, Ben and Chen". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
