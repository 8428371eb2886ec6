/**
 * From the cohort's free/busy to ranked suggestions for one meeting: turned into availability and
 * searched by the core. Pure (data in, data out), so it is tested without
 * a browser.
 */
import type { ScheduleInput } from '../../core/availability/scheduleInput.js';
import { findCommonSlots } from '../../core/slots/findSlots.js';
import type { RankedSlot } from '../../core/ranking/rankSlots.js';
import type { PersonAvailability, UnavailableReason } from '../../core/availability/model.js';
import type { DirectoryPerson } from '../../core/directory/model.js';
import { cohortAvailability, splitOptional } from './cohortAvailability.js';
import type { SlotConstraints } from '../../core/slots/constraints.js';
import { explainNoFit, type NoFitExplanation } from '../../core/slots/explainNoFit.js';
import { withOptionalPeople, type SlotWithOptional } from '../../core/slots/optionalPeople.js';

/** Fewer full-attendance times than this, and the best all-but-one times are shown as well. */
const NEAR_MISS_BELOW = 5;
const NEAR_MISSES_SHOWN = 5;

export interface SuggestionRequest {
  readonly window: { readonly start: number; readonly end: number };
  readonly durationMinutes: number;
  /** IANA zone the coach plans in: "early/late in the day" is judged there. */
  readonly timeZone: string;
  /** At least this many free; default everyone. */
  readonly minAvailable?: number;
  readonly tentativeCountsAsFree: boolean;
  readonly maxResults?: number;
  /** District rules every time must keep: its closures and school week (see searchRules). */
  readonly constraints?: SlotConstraints;
  /** Addresses of optional people: invited, said how they stand, never deciding whether a time fits. */
  readonly optional?: readonly string[];
  /** The coach's address: never offered as optional when nothing fits. */
  readonly organizer?: string;
}

export interface Suggestion {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly available: readonly DirectoryPerson[];
  readonly unavailable: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
  /** When some people are optional: `available` and `unavailable` are the required people; these are the optional ones. */
  readonly optionalAvailable?: readonly DirectoryPerson[];
  readonly optionalUnavailable?: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
}

export interface Suggestions {
  /** Times that meet the request, best first. */
  readonly slots: readonly Suggestion[];
  /** Only when no time meets it: the closest misses. */
  readonly partial: readonly Suggestion[];
  /**
   * When everyone was needed and few times suit everyone: the best times all but one can make, so the
   * coach sees the trade-off ("11 of 12 free: one is out of office") without asking again.
   */
  readonly nearMisses: readonly Suggestion[];
  readonly candidatesChecked: number;
  /** People whose calendar could not be read, with Graph's reason. */
  readonly unreadable: readonly { readonly person: DirectoryPerson; readonly message: string }[];
  /** When no time suits everyone: why, in a person's words, and what would work instead. */
  readonly explanation?: NoFitExplanation;
  /** Rules that changed the search (the notice a session needs), said to the coach. */
  readonly notes?: readonly string[];
  /** Each person's availability over the window, in cohort order (ids are the labels the reasons use): the day-by-time grid's input. */
  readonly availability: readonly PersonAvailability[];
  /** The labels (availability ids) of the optional people, when there are any. */
  readonly optionalLabels?: readonly string[];
}

export function suggestTimes(schedules: readonly ScheduleInput[], cohort: readonly DirectoryPerson[], request: SuggestionRequest): Suggestions {
  const { people: everyone, byLabel, unreadable } = cohortAvailability(schedules, cohort, request.window, request.tentativeCountsAsFree);
  // Only the required people (and the organizer) decide whether a time fits; the optional are told about after.
  const { required: people, optional } = splitOptional(everyone, byLabel, request.optional);
  const search = (minAvailable: number | undefined, maxResults: number) =>
    findCommonSlots(people, {
      window: request.window,
      durationMinutes: request.durationMinutes,
      stepMinutes: 30,
      minAvailable,
      timeZone: request.timeZone,
      ...(request.constraints && { constraints: request.constraints }),
      maxResults,
      maxPartial: 5,
    });
  const maxResults = request.maxResults ?? 10;
  // With optional people, a few more times than shown, so times they can make too may move up among equals.
  const result = search(request.minAvailable, optional.length > 0 ? maxResults * 2 : maxResults);
  const wantNearMisses = request.minAvailable === undefined && result.slots.length > 0 && result.slots.length < NEAR_MISS_BELOW && people.length > 2;
  const taken = new Set(result.slots.map((s) => s.start));
  const nearMisses = wantNearMisses
    ? search(people.length - 1, maxResults + result.slots.length)
        .slots.filter((s) => !taken.has(s.start))
        .slice(0, NEAR_MISSES_SHOWN)
    : [];
  const toSuggestion = (slot: SlotWithOptional): Suggestion => ({
    start: slot.start,
    end: slot.end,
    score: slot.score,
    reasons: slot.reasons,
    available: slot.available.map((label) => byLabel.get(label)!),
    unavailable: slot.unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
    ...(optional.length > 0 && {
      optionalAvailable: slot.optional.available.map((label) => byLabel.get(label)!),
      optionalUnavailable: slot.optional.unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
    }),
  });
  const suggest = (slots: readonly RankedSlot[], count: number) => withOptionalPeople(slots, optional).slice(0, count).map(toSuggestion);
  const explanation =
    result.slots.length === 0
      ? explainNoFit({
          people,
          window: request.window,
          durationMinutes: request.durationMinutes,
          stepMinutes: 30,
          timeZone: request.timeZone,
          ...(request.constraints && { constraints: request.constraints }),
          alwaysRequired: people.filter((p) => byLabel.get(p.id)!.mail.toLowerCase() === request.organizer?.toLowerCase()).map((p) => p.id),
        })
      : undefined;
  return {
    slots: suggest(result.slots, maxResults),
    partial: suggest(result.partial, Infinity),
    nearMisses: suggest(nearMisses, NEAR_MISSES_SHOWN),
    candidatesChecked: result.candidatesChecked,
    unreadable,
    ...(explanation && { explanation }),
    availability: everyone,
    ...(optional.length > 0 && { optionalLabels: optional.map((p) => p.id) }),
  };
}
