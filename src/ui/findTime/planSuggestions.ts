/**
 * From the cohort's free/busy to ranked suggestions: Graph's answer is parsed and checked by the core,
 * turned into availability and searched. Pure (data in, data out), so it is tested without a browser.
 * The engine's reasons name people by id; we give it each person's display name as id (made unique),
 * so a coach reads "one is out of office (Maria Lopez)" rather than an address.
 */
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { parseScheduleResponse } from '../../core/graph-input/index.js';
import { buildAvailability } from '../../core/availability/build.js';
import { findCommonSlots } from '../../core/slots/findSlots.js';
import type { RankedSlot } from '../../core/ranking/rankSlots.js';
import type { UnavailableReason } from '../../core/availability/model.js';
import type { DirectoryPerson } from '../graph/appGateway.js';

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
}

export interface Suggestion {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly available: readonly DirectoryPerson[];
  readonly unavailable: readonly { readonly person: DirectoryPerson; readonly reason: UnavailableReason }[];
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
}

/** Display names, with the address added where two people share a name. */
export function uniqueLabels(people: readonly DirectoryPerson[]): string[] {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.displayName, (counts.get(p.displayName) ?? 0) + 1);
  return people.map((p) => ((counts.get(p.displayName) ?? 0) > 1 ? `${p.displayName} <${p.mail}>` : p.displayName));
}

export function planSuggestions(schedules: readonly ScheduleInformation[], cohort: readonly DirectoryPerson[], request: SuggestionRequest): Suggestions {
  const parsed = parseScheduleResponse({ value: schedules });
  const labels = uniqueLabels(cohort);
  const byAddress = new Map(cohort.map((p, i) => [p.mail.toLowerCase(), { person: p, label: labels[i]! }]));
  const byLabel = new Map(cohort.map((p, i) => [labels[i]!, p]));
  const inputs = parsed.map((schedule) => {
    const entry = byAddress.get(schedule.id.toLowerCase());
    if (!entry) throw new Error(`Free/busy came back for ${schedule.id}, who is not in the cohort.`);
    return { ...schedule, id: entry.label };
  });
  const people = buildAvailability(inputs, request.window, { tentative: request.tentativeCountsAsFree ? 'free' : 'busy' });
  const search = (minAvailable: number | undefined, maxResults: number) => findCommonSlots(people, {
    window: request.window,
    durationMinutes: request.durationMinutes,
    stepMinutes: 30,
    minAvailable,
    timeZone: request.timeZone,
    maxResults,
    maxPartial: 5,
  });
  const maxResults = request.maxResults ?? 10;
  const result = search(request.minAvailable, maxResults);
  const wantNearMisses = request.minAvailable === undefined && result.slots.length > 0 && result.slots.length < NEAR_MISS_BELOW && people.length > 2;
  const taken = new Set(result.slots.map((s) => s.start));
  const nearMisses = wantNearMisses
    ? search(people.length - 1, maxResults + result.slots.length).slots.filter((s) => !taken.has(s.start)).slice(0, NEAR_MISSES_SHOWN)
    : [];
  const toSuggestion = (slot: RankedSlot): Suggestion => ({
    start: slot.start,
    end: slot.end,
    score: slot.score,
    reasons: slot.reasons,
    available: slot.available.map((label) => byLabel.get(label)!),
    unavailable: slot.unavailable.map((u) => ({ person: byLabel.get(u.id)!, reason: u.reason })),
  });
  return {
    slots: result.slots.map(toSuggestion),
    partial: result.partial.map(toSuggestion),
    nearMisses: nearMisses.map(toSuggestion),
    candidatesChecked: result.candidatesChecked,
    unreadable: people.flatMap((p) => (p.error ? [{ person: byLabel.get(p.id)!, message: p.error.message }] : [])),
  };
}
