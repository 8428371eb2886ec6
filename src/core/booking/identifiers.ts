/**
 * Plan ids and transactionIds. Graph documents `transactionId` only as a client-chosen id that lets the
 * server drop a duplicate create (resources/event.md) and shows a GUID in its example; a name-based UUID
 * (v5, RFC 9562) is such a GUID, computed the same way in the browser and in Node, with no clock or random.
 * Graph states no length limit and no window for how long it remembers the id, and the id cannot be changed
 * by a later update; so a re-run also finds earlier creates by our tag (see bookPlan), not by Graph alone.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Interval } from '../time/interval.js';
import { BookingInputError } from './errors.js';

/** Common Time's own namespace for name-based ids; fixed forever, or re-runs of old plans would duplicate. */
const COMMON_TIME_NAMESPACE = '0b6f3c1e-4d7a-5c2b-9e8f-3a1d2c4b5e6f';

/** The same characters the Graph tag allows, so a plan id can go into `kind=…;plan=…` unchanged. */
const PLAN_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function checkPlanId(planId: unknown, field = 'planId'): string {
  if (typeof planId !== 'string' || !PLAN_ID.test(planId)) {
    throw new BookingInputError(
      field,
      `use 1 to 100 letters, digits, dots, dashes, underscores or colons (got ${JSON.stringify(planId)}), or leave it out to derive one from the plan.`,
    );
  }
  return planId;
}

/**
 * A plan id derived from what the plan books (kind, organizer, people and times), so two clicks on the same
 * suggestion name the same plan. Order of people does not matter; addresses compare without letter case.
 */
export function derivePlanId(kind: string, organizer: string, parts: readonly { key: string; people: readonly string[]; slot: Interval }[]): string {
  const canonical = JSON.stringify([
    kind,
    organizer.toLowerCase(),
    [...parts].map((p) => [p.key, [...p.people].map((a) => a.toLowerCase()).sort(), p.slot.start, p.slot.end]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ]);
  return `ct-${uuidV5(canonical, COMMON_TIME_NAMESPACE)}`;
}

/**
 * The plan id of a session: the same for the same kind, organizer, people and first meeting, so a screen can
 * ask the calendar whether a suggestion is booked before anything is planned (and after a reload).
 */
export function sessionPlanId(kind: string, organizer: { readonly address: string } | undefined, attendees: readonly { readonly address: string }[], first: Interval): string {
  return derivePlanId(kind, organizer?.address ?? '', [{ key: 'session', people: attendees.map((a) => a.address), slot: first }]);
}

/**
 * The transactionId of one draft: stable for the same plan, draft and slot (a retry, a double click, a
 * re-run), different when any of them differs (moving the draft to another slot is a new create).
 */
export function transactionIdFor(planId: string, draftKey: string, slot: Interval): string {
  return uuidV5(JSON.stringify([planId, draftKey, slot.start, slot.end]), COMMON_TIME_NAMESPACE);
}
