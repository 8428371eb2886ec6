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
  booked: 'booked at the same moment by another booking',
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

function who(people: readonly ConflictPerson[]): string {
  return listWords(people.map((p) => p.name ?? p.address));
}

export function conflictMessage(draft: EventDraft, people: readonly ConflictPerson[], at: Interval, nextBest: Interval | undefined, withdrawn: boolean): string {
  const when = whenWords(at.start, draft.timeZone);
  const reasons = [...new Set(people.map((p) => REASON_WORDS[p.reason] ?? p.reason))];
  const head = `${who(people)} ${people.length === 1 ? 'is' : 'are'} ${listWords(reasons)} for ${when}`;
  const booked = withdrawn ? `, so "${draft.subject}" was withdrawn and nothing of it stays booked.` : `, so "${draft.subject}" was not booked.`;
  const next = nextBest ? ` Next best time for the same people: ${whenWords(nextBest.start, draft.timeZone)}.` : draft.occurrences.length > 1 ? ' Look for another standing time for this series.' : ' No common time was found in the week after; try other dates.';
  return `${head}${booked}${next}`;
}

/**
 * Said with a booking that stays when the race check could not read some invitees' free/busy after the
 * create (a guest outside the organization, or the look itself failed): nobody can say whether another
 * booking took the same time for them.
 */
export function uncheckedNotice(draft: EventDraft, unchecked: readonly string[]): string | undefined {
  if (unchecked.length === 0) return undefined;
  const names = listWords(unchecked.map((a) => nameOf(draft, a) ?? a));
  return `"${draft.subject}" is booked. Free/busy of ${names} could not be read right after booking, so Common Time could not check that no other booking took the same time for ${unchecked.length === 1 ? 'them' : 'any of them'}; their answers will show it.`;
}
