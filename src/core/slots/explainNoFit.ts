/**
 * When a search finds nothing, why, in a person's words, and what would work instead: who blocks most
 * and on which days, or that the dates hold no school day (and which closure); then the next window of the
 * same length, and the times that work with fewer required people. Pure.
 */
import { DateTime } from 'luxon';
import { whyUnavailable, type PersonAvailability, type UnavailableReason } from '../availability/model.js';
import { listWords, plural } from '../planning/words.js';
import { REASON_LABELS } from '../ranking/wording.js';
import { MINUTE_MS, type Interval } from '../time/interval.js';
import { formatDay, SENTENCE_LOCALE } from '../time/readableTime.js';
import { resolveZone } from '../time/zones.js';
import { allowedIntervals, disallowedIntervals, type SlotConstraints } from './constraints.js';
import { findCommonSlots } from './findSlots.js';

export interface NoFitInput {
  /** Ids are what the coach reads (display names). */
  readonly people: readonly PersonAvailability[];
  readonly window: Interval;
  readonly durationMinutes: number;
  readonly stepMinutes?: number;
  /** Ids who must be free (default: everyone). */
  readonly required?: readonly string[];
  /** Ids never offered as optional (the coach who organizes: their own calendar always decides). */
  readonly alwaysRequired?: readonly string[];
  readonly constraints?: SlotConstraints;
  /** The coach's zone: days are named in it. */
  readonly timeZone: string;
}

export interface Blocker {
  readonly id: string;
  /** Of the open times in the window, how many this person cannot make. */
  readonly blockedTimes: number;
  /** Local dates on which this person can make none of the open times. */
  readonly wholeDays: readonly string[];
  readonly reason: UnavailableReason;
}

export type NoFitOffer =
  | { readonly kind: 'nextWindow'; readonly window: Interval; readonly words: string }
  | { readonly kind: 'fewerRequired'; readonly without: readonly string[]; readonly times: number; readonly words: string };

export interface NoFitExplanation {
  readonly cause: 'noOpenTime' | 'peopleBusy';
  /** One or two sentences for the coach. */
  readonly sentence: string;
  /** Closures or rules that close the window (cause 'noOpenTime'). */
  readonly closedBy: readonly string[];
  /** Most blocking first (cause 'peopleBusy'). */
  readonly blockers: readonly Blocker[];
  readonly offers: readonly NoFitOffer[];
  /** Open times in the window (the rules allow them), before anyone's calendar is read. */
  readonly openTimes: number;
}

const DAY_MS = 24 * 60 * MINUTE_MS;

function openStarts(window: Interval, durationMs: number, stepMs: number, constraints: SlotConstraints | undefined): number[] {
  const allowed = constraints ? allowedIntervals(window, constraints) : [window];
  const starts: number[] = [];
  for (const a of allowed) {
    // Starts stay on the window's grid, as the search's do.
    let t = window.start + Math.ceil((a.start - window.start) / stepMs) * stepMs;
    for (; t + durationMs <= a.end; t += stepMs) starts.push(t);
  }
  return starts;
}

const reader = (zone: string) => ({ locale: SENTENCE_LOCALE, timeZone: zone });

function dayWords(date: string, zone: string): string {
  return formatDay(DateTime.fromISO(date, { zone }).set({ hour: 12 }).toMillis(), reader(zone));
}

function rangeWords(window: Interval, zone: string): string {
  const a = DateTime.fromMillis(window.start, { zone });
  const b = DateTime.fromMillis(window.end - 1, { zone });
  return a.hasSame(b, 'day') ? formatDay(a.toMillis(), reader(zone)) : `${formatDay(a.toMillis(), reader(zone))} to ${formatDay(b.toMillis(), reader(zone))}`;
}

/** The next window of the same length (whole days) that holds at least one open time, within 16 weeks. */
function nextOpenWindow(input: NoFitInput, durationMs: number, stepMs: number, zone: string): Interval | undefined {
  const length = Math.max(DAY_MS, input.window.end - input.window.start);
  let start = input.window.end;
  for (let i = 0; i < 112; i++) {
    const day = { start, end: DateTime.fromMillis(start, { zone }).plus({ days: 1 }).startOf('day').toMillis() };
    if (openStarts(day, durationMs, stepMs, input.constraints).length > 0) {
      const from = DateTime.fromMillis(start, { zone }).startOf('day').toMillis();
      return { start: from, end: from + length };
    }
    start = day.end;
  }
  return undefined;
}

function strongestCommon(reasons: readonly UnavailableReason[]): UnavailableReason {
  const counts = new Map<UnavailableReason, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'busy';
}

function blockerWords(b: Blocker, open: number, zone: string): string {
  const label = REASON_LABELS[b.reason];
  if (b.wholeDays.length > 0) return `${b.id} is ${label} all of ${listWords(b.wholeDays.map((d) => dayWords(d, zone)))}`;
  return `${b.id} is ${label} at ${b.blockedTimes} of the ${plural(open, 'open time')}`;
}

export function explainNoFit(input: NoFitInput): NoFitExplanation {
  const zone = resolveZone(input.timeZone);
  const durationMs = input.durationMinutes * MINUTE_MS;
  const stepMs = (input.stepMinutes ?? 30) * MINUTE_MS;
  const starts = openStarts(input.window, durationMs, stepMs, input.constraints);
  const offers: NoFitOffer[] = [];
  const next = nextOpenWindow(input, durationMs, stepMs, zone);
  if (next) offers.push({ kind: 'nextWindow', window: next, words: `Try ${rangeWords(next, zone)}` });

  if (starts.length === 0) {
    const closedBy = input.constraints
      ? [
          ...new Set(
            disallowedIntervals(input.window, input.constraints)
              .filter((d) => d.kind === 'blackout')
              .map((d) => d.label),
          ),
        ]
      : [];
    const because = closedBy.length > 0 ? `the district calendar closes them (${listWords(closedBy)})` : 'they hold no school day';
    return {
      cause: 'noOpenTime',
      sentence: `No time from ${rangeWords(input.window, zone)} can be offered: ${because}.`,
      closedBy,
      blockers: [],
      offers,
      openTimes: 0,
    };
  }

  const required = new Set(input.required ?? input.people.map((p) => p.id));
  const perDay = new Map<string, number>();
  for (const s of starts) {
    const date = DateTime.fromMillis(s, { zone }).toISODate()!;
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  const blockers: Blocker[] = input.people
    .filter((p) => required.has(p.id))
    .map((person) => {
      const reasons: UnavailableReason[] = [];
      const blockedPerDay = new Map<string, number>();
      for (const s of starts) {
        const reason = whyUnavailable(person, { start: s, end: s + durationMs });
        if (reason === null) continue;
        reasons.push(reason);
        const date = DateTime.fromMillis(s, { zone }).toISODate()!;
        blockedPerDay.set(date, (blockedPerDay.get(date) ?? 0) + 1);
      }
      const wholeDays = [...blockedPerDay.entries()]
        .filter(([d, n]) => n === perDay.get(d))
        .map(([d]) => d)
        .sort();
      return { id: person.id, blockedTimes: reasons.length, wholeDays, reason: strongestCommon(reasons) };
    })
    .filter((b) => b.blockedTimes > 0)
    .sort((a, b) => b.blockedTimes - a.blockedTimes || a.id.localeCompare(b.id));

  // Fewer required people: leave out the most blocking one, then two, and count the times that work.
  const keep = new Set(input.alwaysRequired ?? []);
  const candidates = blockers.filter((b) => !keep.has(b.id));
  for (const n of [1, 2]) {
    if (candidates.length < n || required.size - n < 1) break;
    const without = candidates.slice(0, n).map((b) => b.id);
    const stillRequired = [...required].filter((id) => !without.includes(id));
    const found = findCommonSlots(input.people, {
      window: input.window,
      durationMinutes: input.durationMinutes,
      stepMinutes: input.stepMinutes ?? 30,
      required: stillRequired,
      minAvailable: stillRequired.length,
      ...(input.constraints ? { constraints: input.constraints } : {}),
      maxResults: 1,
      maxPartial: 0,
    });
    if (found.qualifying > 0) {
      offers.push({
        kind: 'fewerRequired',
        without,
        times: found.qualifying,
        words: `With ${listWords(without)} optional, ${plural(found.qualifying, 'time')} ${found.qualifying === 1 ? 'works' : 'work'} for everyone else`,
      });
      break;
    }
  }
  const top = blockers.slice(0, 3);
  const sentence =
    top.length === 0
      ? `No time from ${rangeWords(input.window, zone)} suits everyone required.`
      : `No time from ${rangeWords(input.window, zone)} suits everyone required: ${top.map((b) => blockerWords(b, starts.length, zone)).join('; ')}.`;
  return { cause: 'peopleBusy', sentence, closedBy: [], blockers, offers, openTimes: starts.length };
}
