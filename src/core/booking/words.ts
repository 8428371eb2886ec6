/** Times and people as a principal reads them in an invite or a message. */
import { DateTime } from 'luxon';
import { listWords } from '../planning/words.js';
import type { BookingPerson } from './model.js';

/** "Tue 8 Dec 2026, 9:00 AM EST". */
export function whenWords(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('ccc d LLL yyyy, h:mm a ZZZZ');
}

/** "9:45 AM EST". */
export function clockWords(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale('en-US').toFormat('h:mm a ZZZZ');
}

export function personWords(person: BookingPerson): string {
  return person.name && person.name !== person.address ? `${person.name} (${person.address})` : person.address;
}

export { listWords } from '../planning/words.js';

/** A pair's series is titled with the partners' names: each sees it in Outlook by who it is with. */
export function pairSubject(names: readonly string[]): string {
  return `Peer coaching: ${listWords(names)}`;
}
