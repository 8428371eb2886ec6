/** Sentences a coach reads about a booking; no stack traces, names before addresses. */
import { listWords, type EventDraft } from '../../core/booking/index.js';
import { formatWhen, SENTENCE_LOCALE } from '../../core/time/readableTime.js';
import type { Interval } from '../../core/time/interval.js';
import type { ConflictPerson } from './outcomes.js';

/** What a conflict's sentence needs of the draft (a booked event being moved has the same). */
export type ConflictSubject = Pick<EventDraft, 'attendees' | 'organizer' | 'timeZone' | 'subject' | 'occurrences'>;

/** "Tuesday, March 16, 10:00 AM Eastern": the same format the screens use. */
const when = (ms: number, zone: string): string => formatWhen(ms, { locale: SENTENCE_LOCALE, timeZone: zone });

export const REASON_WORDS: Readonly<Record<string, string>> = {
  busy: 'now busy',
  oof: 'now out of office',
  workingElsewhere: 'now working elsewhere',
  tentative: 'now tentatively booked',
  unknown: 'not readable (their calendar could not be checked)',
  outsideWorkingHours: 'outside working hours',
  booked: 'booked at the same moment by another booking',
};

export function nameOf(draft: ConflictSubject, address: string): string | undefined {
  const lower = address.toLowerCase();
  return [...draft.attendees, draft.organizer].find((p) => p.address.toLowerCase() === lower)?.name;
}

export function conflictPeople(draft: ConflictSubject, takers: readonly { address: string; reason: string }[]): ConflictPerson[] {
  return takers.map((t) => {
    const name = nameOf(draft, t.address);
    return { address: t.address, reason: t.reason, ...(name ? { name } : {}) };
  });
}

const isOrganizer = (draft: ConflictSubject, p: ConflictPerson): boolean => p.address.toLowerCase() === draft.organizer.address.toLowerCase();

/** The coach reads their own calendar's conflict as "You", first. */
function who(draft: ConflictSubject, people: readonly ConflictPerson[]): string {
  const ordered = [...people].sort((a, b) => Number(isOrganizer(draft, b)) - Number(isOrganizer(draft, a)));
  return listWords(ordered.map((p) => (isOrganizer(draft, p) ? 'You' : (p.name ?? p.address))));
}

/** The ways forward a conflict's sentence names (see waysForward). */
export interface OfferedWays {
  readonly nextBest?: Interval;
  readonly bestPartial?: Interval & { readonly missing: readonly { readonly address: string }[] };
  readonly stillOpen?: readonly Interval[];
}

function nextWords(draft: ConflictSubject, ways: OfferedWays): string {
  const parts: string[] = [];
  if (ways.nextBest) parts.push(` Next best time for the same people: ${when(ways.nextBest.start, draft.timeZone)}.`);
  if (ways.bestPartial) {
    const missing = ways.bestPartial.missing.map((m) => nameOf(draft, m.address) ?? m.address);
    parts.push(` Best time without ${listWords(missing)}: ${when(ways.bestPartial.start, draft.timeZone)}.`);
  }
  const open = ways.stillOpen?.length ?? 0;
  if (open > 0) parts.push(` ${open === 1 ? 'One of your other suggestions is' : `${open} of your other suggestions are`} still open.`);
  if (parts.length > 0) return parts.join('');
  return draft.occurrences.length > 1 ? ' Look for another standing time for this series.' : ' No common time was found in the week after; try other dates.';
}

export function conflictMessage(draft: ConflictSubject, people: readonly ConflictPerson[], at: Interval, ways: OfferedWays | Interval | undefined, withdrawn: boolean): string {
  const offered: OfferedWays = ways === undefined ? {} : 'start' in ways ? { nextBest: ways } : ways;
  const taken = when(at.start, draft.timeZone);
  const reasons = [...new Set(people.map((p) => REASON_WORDS[p.reason] ?? p.reason))];
  const plural = people.length > 1 || (people[0] !== undefined && isOrganizer(draft, people[0]));
  const head = `${who(draft, people)} ${plural ? 'are' : 'is'} ${listWords(reasons)} for ${taken}`;
  const booked = withdrawn ? `, so "${draft.subject}" was withdrawn and nothing of it stays booked.` : `, so "${draft.subject}" was not booked.`;
  return `${head}${booked}${nextWords(draft, offered)}`;
}

/**
 * Said with a booking that stays when the race check could not read some invitees' free/busy after the
 * create (a guest outside the organization, or the look itself failed): nobody can say whether another
 * booking took the same time for them.
 */
export function uncheckedNotice(draft: EventDraft, uncheckedAll: readonly string[]): string | undefined {
  // The coach sees their own calendar in Outlook; the notice is about the people they invited.
  const unchecked = uncheckedAll.filter((a) => a.toLowerCase() !== draft.organizer.address.toLowerCase());
  if (unchecked.length === 0) return undefined;
  const names = listWords(unchecked.map((a) => nameOf(draft, a) ?? a));
  return `"${draft.subject}" is booked. Free/busy of ${names} could not be read right after booking, so Common Time could not check that no other booking took the same time for ${unchecked.length === 1 ? 'them' : 'any of them'}; their answers will show it.`;
}
