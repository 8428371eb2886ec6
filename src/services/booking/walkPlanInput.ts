/**
 * The rotation the coach sees, as the booking service's input: the planner's own visits, each rotation id
 * as a person to invite, each school with its name (the host's Graph officeLocation) and its school day
 * (so a next-best time after a conflict stays inside it), and one agenda for every walk. Pure.
 */
import type { AgendaChoice, WalkPlanInput } from '../../core/booking/index.js';
import type { PostalAddress } from '../../core/directory/model.js';
import type { RotationSuggestion } from '../findTime/suggestRotation.js';
import type { Organizer } from './sessionPlan.js';

export interface WalkBookingRequest {
  readonly walks: RotationSuggestion;
  readonly organizer: Organizer;
  readonly timeZone: string;
  readonly agenda?: AgendaChoice;
  readonly tentativeCountsAsFree: boolean;
  /** Street addresses by school name, from the directory; a school without one is named only. */
  readonly addresses?: Readonly<Record<string, PostalAddress>>;
}

/** The draft key booking gives each walk (core/booking planWalks): one walk per host school. */
export function walkKey(schoolId: string): string {
  return `walk:${schoolId}`;
}

export function walkPlanInput({ walks, organizer, timeZone, agenda, tentativeCountsAsFree, addresses = {} }: WalkBookingRequest): WalkPlanInput {
  const rotation = walks.rotation;
  if (!rotation || rotation.plan.visits.length === 0)
    throw new RangeError('rotation: no visit was placed, so there is nothing to book; widen the dates or lower "At least this many free".');
  const people = Object.fromEntries(Object.entries(rotation.people).map(([id, p]) => [id, { address: p.mail, name: p.displayName }]));
  const schools = Object.fromEntries(
    Object.entries(rotation.schools).map(([id, school]) => {
      const name = school.name ?? id;
      const address = addresses[name];
      return [id, { name, ...(address && { address }), constraints: school.constraints }];
    }),
  );
  return {
    organizer: { address: organizer.upn, name: organizer.displayName },
    timeZone,
    rotation: rotation.plan,
    people,
    schools,
    ...(agenda && { agenda }),
    tentative: tentativeCountsAsFree ? 'free' : 'busy',
  };
}
