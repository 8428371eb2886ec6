import type { UnavailableReason } from '../availability/model.js';
import { REASON_LABELS } from '../ranking/wording.js';

/** The same short words the slot suggestions use ("out of office"), so every screen says the same thing. */
export function reasonWords(reason: UnavailableReason): string {
  return REASON_LABELS[reason];
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
