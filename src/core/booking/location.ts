/** Where a session happens: the host school (with its address) for a visit, else a Teams meeting. */
import type { DraftLocation, HostSchool } from './model.js';

export function schoolLocation(school: HostSchool): DraftLocation {
  return school.address ? { displayName: school.name, address: school.address } : { displayName: school.name };
}

/** One line for the agenda's "Where" and the learning walk's address field. */
export function addressLine(school: HostSchool): string {
  const a = school.address;
  if (!a) return school.name;
  const cityLine = [a.city, [a.state, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.street, cityLine].filter(Boolean).join(', ');
}

export const TEAMS_MEETING_WORDS = 'Microsoft Teams meeting';
