/** Peer-coaching groups as events: one recurring series per pair (or trio) that has a standing time. */
import type { AgendaTemplate } from '../agenda/index.js';
import { describeRecurrence, recurrenceOccurrences, toGraphSeries, type GroupTime } from '../planning/index.js';
import { buildDraft } from './buildDraft.js';
import { BookingInputError } from './errors.js';
import { checkPlanId, derivePlanId } from './identifiers.js';
import type { AgendaChoice, BookingPerson, BookingPlan } from './model.js';
import { checkTentative, checkZoneName } from './planSession.js';
import { pairSubject } from './words.js';

export interface PairsPlanInput {
  readonly planId?: string;
  readonly organizer: BookingPerson;
  readonly timeZone: string;
  /** findGroupTimes / planPeerCoaching's times; groups without a time are left out (see `skipped`). */
  readonly groups: readonly GroupTime[];
  readonly people: Readonly<Record<string, BookingPerson>>;
  readonly agenda?: AgendaChoice;
  readonly templates?: readonly AgendaTemplate[];
  readonly tentative?: 'busy' | 'free';
  /**
   * The shared calendar that organizes the pairs (the district's peer-coaching calendar, which every coach
   * may edit); `organizer` is then that mailbox. Default: the signed-in coach's own calendar.
   */
  readonly organizerMailbox?: string;
}

export interface PairsBookingPlan extends BookingPlan {
  /** Groups with no workable series, with the planner's explanation, for the coach to settle by hand. */
  readonly skipped: readonly { readonly members: readonly string[]; readonly explanation: string }[];
}

export function planPairs(input: PairsPlanInput): PairsBookingPlan {
  const timeZone = checkZoneName(input.timeZone);
  const timed = (input.groups ?? []).flatMap((g, i) => (g.time ? [{ group: g, time: g.time, index: i }] : []));
  if (timed.length === 0) throw new BookingInputError('groups', 'no group has a workable standing time; widen the dates or times searched.');
  const parts = timed.map(({ group, time, index }) => {
    const people = group.members.map((id, m) => {
      const person = input.people[id];
      if (!person) throw new BookingInputError(`groups[${index}].members[${m}]`, `no person for "${id}"; add them to people.`);
      return person;
    });
    const occurrences = recurrenceOccurrences(time.recurrence).map((o) => ({ start: o.start, end: o.end }));
    return { key: `pair:${[...group.members].sort().join('+')}`, people, time, occurrences, index };
  });
  const planId =
    input.planId !== undefined
      ? checkPlanId(input.planId)
      : derivePlanId(
          'peerCoaching',
          input.organizer?.address ?? '',
          parts.map((p) => ({ key: p.key, people: p.people.map((a) => a.address), slot: p.occurrences[0]! })),
        );
  const drafts = parts.map((p) =>
    buildDraft({
      planId,
      key: p.key,
      kind: 'peerCoaching',
      organizer: input.organizer,
      attendees: p.people,
      mustBeFree: p.people.map((a) => a.address),
      occurrences: p.occurrences,
      timeZone: p.time.recurrence.timeZone,
      recurrence: { ...toGraphSeries(p.time.recurrence), label: describeRecurrence(p.time.recurrence) },
      ...(input.agenda ? { agenda: input.agenda } : {}),
      ...(input.templates ? { templates: input.templates } : {}),
      // The partners' names, not the coach's: each sees their own series in Outlook by who it is with.
      subject: pairSubject(p.people.map((a) => a.name ?? a.address)),
      field: `groups[${p.index}]`,
    }),
  );
  const skipped = (input.groups ?? []).filter((g) => !g.time).map((g) => ({ members: g.members, explanation: g.explanation }));
  return {
    planId,
    kind: 'peerCoaching',
    organizer: input.organizer,
    timeZone,
    tentative: checkTentative(input.tentative),
    drafts,
    skipped,
    ...(input.organizerMailbox !== undefined ? { organizerMailbox: input.organizerMailbox } : {}),
  };
}
