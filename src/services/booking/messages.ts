/** Sentences a coach reads about a booking; no stack traces, names before addresses. */
import { listWords, whenWords, type EventDraft } from '../../core/booking/index.js';
import type { Interval } from '../../core/time/interval.js';
import type { ConflictPerson } from './outcomes.js';

const REASON_WORDS: Readonly<Record<string, string>> = {
  busy: 'now busy',
  oof: 'now out of office',
  workingElsewhere: 'now working elsewhere',
  tentative: 'now tentatively booked',
  unknown: 'not readable (their calendar could not be checked)',
  outsideWorkingHours: 'outside working hours',
  booked: 'booked by another coach a moment earlier',
};

export function nameOf(draft: EventDraft, address: string): string | undefined {
  const lower = address.toLowerCase();
  return [...draft.attendees, draft.organizer].find((p) => p.address.toLowerCase() === lower)?.name;
}

export function conflictPeople(draft: EventDraft, takers: readonly { address: string; reason: string }[]): ConflictPerson[] {
  return takers.map((t) => {
    const name = nameOf(draft, t.address);
    return { address: t.address, reason: t.reason, ...(name ? { name } : {}) };
  });
}

const isOrganizer = (draft: EventDraft, p: ConflictPerson): boolean => p.address.toLowerCase() === draft.organizer.address.toLowerCase();

/** The coach reads their own calendar's conflict as "You", first. */
function who(draft: EventDraft, people: readonly ConflictPerson[]): string {
  const ordered = [...people].sort((a, b) => Number(isOrganizer(draft, b)) - Number(isOrganizer(draft, a)));
  return listWords(ordered.map((p) => (isOrganizer(draft, p) ? 'You' : p.name ?? p.address)));
}

export function conflictMessage(draft: EventDraft, people: readonly ConflictPerson[], at: Interval, nextBest: Interval | undefined, withdrawn: boolean): string {
  const when = whenWords(at.start, draft.timeZone);
  const reasons = [...new Set(people.map((p) => REASON_WORDS[p.reason] ?? p.reason))];
  const plural = people.length > 1 || (people[0] !== undefined && isOrganizer(draft, people[0]));
  const head = `${who(draft, people)} ${plural ? 'are' : 'is'} ${listWords(reasons)} for ${when}`;
  const booked = withdrawn ? `, so "${draft.subject}" was withdrawn and nothing of it stays booked.` : `, so "${draft.subject}" was not booked.`;
  const next = nextBest ? ` Next best time for the same people: ${whenWords(nextBest.start, draft.timeZone)}.` : draft.occurrences.length > 1 ? ' Look for another standing time for this series.' : ' No common time was found in the week after; try other dates.';
  return `${head}${booked}${next}`;
}
