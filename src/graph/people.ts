/** Paths and wording for the people a request is about. */
import type { NameOf } from './graphCaller.js';

/** `/me` or `/users/{id or UPN}`; the id is checked and encoded so it cannot change the path. */
export function userPath(user: string, field = 'user'): string {
  if (typeof user !== 'string' || user.trim() === '') throw new RangeError(`${field}: expected 'me', a user id or a user principal name.`);
  const u = user.trim();
  return u.toLowerCase() === 'me' ? '/me' : `/users/${encodeURIComponent(u)}`;
}

/** "Ana Ruiz (ana@contoso.org)", or just the address when the name is not known. */
export function describePerson(nameOf: NameOf, address: string): string {
  if (address.toLowerCase() === 'me') return 'you';
  const name = nameOf(address);
  return name && name !== address ? `${name} (${address})` : address;
}

/** "Ana Ruiz (ana@x)", "Ana Ruiz (ana@x) and Ben Li (ben@x)", "Ana Ruiz (ana@x) and 19 others". */
export function describePeople(nameOf: NameOf, addresses: readonly string[]): string {
  const [first, second] = addresses;
  if (first === undefined) return 'nobody';
  if (second === undefined) return describePerson(nameOf, first);
  if (addresses.length === 2) return `${describePerson(nameOf, first)} and ${describePerson(nameOf, second)}`;
  return `${describePerson(nameOf, first)} and ${addresses.length - 1} others`;
}

/** "Your calendar" or "The calendar of Ana Ruiz (ana@x)"; in lower case to go inside a sentence. */
export function calendarOf(nameOf: NameOf, user: string, startOfSentence = true): string {
  const text = user.trim().toLowerCase() === 'me' ? 'your calendar' : `the calendar of ${describePerson(nameOf, user.trim())}`;
  return startOfSentence ? text[0]!.toUpperCase() + text.slice(1) : text;
}
