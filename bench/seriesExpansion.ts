/**
 * What one calendarView costs the demo tenant for a daily series without end, by how long ago the
 * series began: `npx tsx bench/seriesExpansion.ts`.
 * - baseline: a series that began a week before the asked week.
 * - old series: the same series begun 50 years earlier (18,000+ occurrences before the window).
 * Each run uses a series shape not seen before (the expansion memo would otherwise answer), so the
 * figures are the walk itself. Only occurrences near the window are placed in their zone (the costly
 * step); the walk before it is rrule's alone, and stops at MAX_SERIES_OCCURRENCES.
 */
import { MAX_SERIES_OCCURRENCES, normalizeRecurrence, occurrencesBetween } from '../src/sim/calendar/recurrence.js';

const DAY = 86_400_000;
const RUNS = 5;
const windowStart = Date.parse('2026-03-02T00:00:00Z');
const windowEnd = windowStart + 7 * DAY;

function series(startDate: string, salt: number) {
  const recurrence = normalizeRecurrence({ pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate } }, 'Eastern Standard Time');
  return { recurrence, startMs: Date.parse(`${startDate}T13:00:00Z`) + salt, durationMs: 30 * 60_000 };
}

function timeOf(startDate: string): { ms: number; occurrences: number } {
  const times: number[] = [];
  let occurrences = 0;
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    occurrences = occurrencesBetween(series(startDate, run + 1), windowStart, windowEnd).length;
    times.push(performance.now() - t);
  }
  return { ms: Math.min(...times), occurrences };
}

const baseline = timeOf('2026-02-23');
const old = timeOf('1976-03-01');
if (baseline.occurrences !== 7 || old.occurrences !== 7) throw new Error(`expected 7 occurrences in the week, got ${baseline.occurrences} and ${old.occurrences}`);
console.log(`calendarView of one week, daily series without end (min of ${RUNS} runs, walk capped at ${MAX_SERIES_OCCURRENCES}):`);
console.log(`  baseline (began a week earlier):  ${baseline.ms.toFixed(1)} ms`);
console.log(`  began 50 years earlier:           ${old.ms.toFixed(1)} ms  (${(old.ms / baseline.ms).toFixed(1)}x the baseline)`);
