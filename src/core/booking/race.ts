/**
 * Two bookings for the same people at the same time (two coaches, or a coach and anyone else), settled
 * on what a coach may read in a real tenant: the invitees' free/busy (getSchedule), never their calendars.
 * With delegated permissions Exchange shows another person's items only where that person shared their
 * calendar, so a check that reads invitees' events finds nothing in most districts.
 *
 * The rule. Just before creating, the booking looks at the invitees' free/busy (`before`; the create goes
 * ahead only if the time is free). Right after creating, it looks again (`after`). In `after`, each of our
 * occurrences explains one item at exactly its start and end (our invitation in their calendar). Any other
 * item over our time that is new since `before`, or that now takes the time under the coach's tentative
 * rule, is a rival that appeared while we were booking: our booking withdraws itself.
 *
 * What this promises (given that getSchedule shows a committed item at once, as Exchange's free/busy for
 * mailboxes in the same organization does):
 * - Two bookings that race for the same person never both stay. Whichever create lands second is seen by
 *   the other's `after` look or sees the first in its own `before` or `after` look.
 * - When one booking's `after` look comes before the other's create, exactly one stays: the first.
 * What it cannot promise:
 * - That one of them stays. When both creates land before either `after` look, both see a rival and both
 *   withdraw: nobody is double-booked, both coaches are told and offered the next best time. Free/busy shows
 *   neither who booked an item nor when, so there is no order both coaches could agree on.
 * - Anything for an invitee whose free/busy cannot be read (a guest outside the organization: getSchedule
 *   reports an error for them). Those are returned as `unchecked`.
 * - That a rival is a Common Time booking: any meeting placed over our time in the moment between the two
 *   looks counts, which is what the coach would want to hear about anyway.
 * - Anything about a booking already there at our first look when the coach counts tentative time as free:
 *   an unanswered invitation shows as tentative, and free/busy cannot tell a fresh one from any other
 *   tentative hold, so the coach books over it as over any tentative meeting. (The old check, which read the
 *   invitees' calendars, could; no coach may read them in a real tenant.) With tentative counted busy, the
 *   default, the first look stops such a booking.
 */
import type { ScheduleInput, ScheduleItem } from '../availability/scheduleInput.js';
import type { Interval } from '../time/interval.js';
import { overlaps } from '../time/interval.js';

export interface RaceVerdict {
  readonly lost: boolean;
  /** The invitees whose free/busy shows a rival over our time, when lost. */
  readonly who: readonly string[];
  /** Invitees whose free/busy could not be read after the create: nothing is known of them. */
  readonly unchecked: readonly string[];
}

function byAddress(schedules: readonly ScheduleInput[]): Map<string, ScheduleInput> {
  return new Map(schedules.map((s) => [s.id.toLowerCase(), s]));
}

function takesTime(item: ScheduleItem, tentative: 'busy' | 'free'): boolean {
  return item.status !== 'free' && (item.status !== 'tentative' || tentative === 'busy');
}

/** Removes and returns the first item at exactly `start`-`end` that `accept` takes, or undefined. */
function takeExact(items: ScheduleItem[], at: Interval, accept: (item: ScheduleItem) => boolean = () => true): ScheduleItem | undefined {
  const i = items.findIndex((x) => x.start === at.start && x.end === at.end && accept(x));
  return i < 0 ? undefined : items.splice(i, 1)[0];
}

/** True when `person`'s free/busy after our create shows an item over our time that our booking does not explain. */
function seesRival(occurrences: readonly Interval[], before: ScheduleInput | undefined, after: ScheduleInput, tentative: 'busy' | 'free'): boolean {
  const overOurs = (item: ScheduleItem): boolean => occurrences.some((o) => overlaps(o, item));
  const remaining = after.items.filter((item) => item.status !== 'free' && overOurs(item));
  // Our invitation (unanswered: tentative; answered: the organizer's showAs) sits exactly on each occurrence.
  for (const o of occurrences) takeExact(remaining, o, (x) => x.status !== 'free');
  const earlier = before?.error === undefined ? [...(before?.items ?? [])].filter((item) => item.status !== 'free' && overOurs(item)) : [];
  return remaining.some((item) => {
    const existed = takeExact(earlier, item) !== undefined;
    return !existed || takesTime(item, tentative);
  });
}

export function raceVerdict(
  ours: { readonly occurrences: readonly Interval[] },
  invitees: readonly string[],
  before: readonly ScheduleInput[],
  after: readonly ScheduleInput[],
  tentative: 'busy' | 'free',
): RaceVerdict {
  const was = byAddress(before);
  const now = byAddress(after);
  const who: string[] = [];
  const unchecked: string[] = [];
  for (const address of invitees) {
    const seen = now.get(address.toLowerCase());
    if (seen === undefined || seen.error !== undefined) {
      unchecked.push(address);
      continue;
    }
    if (seesRival(ours.occurrences, was.get(address.toLowerCase()), seen, tentative)) who.push(address);
  }
  return { lost: who.length > 0, who, unchecked };
}
