/**
 * The availability engine against a naive baseline, in one process: `npx tsx bench/engine.ts` (or `npm run bench`).
 *
 * Builds N principals (10, 100, 1000) with 30 days of calendars (about 6 items per working day, in four US
 * zones, across the November DST change), then answers one query: every 60-minute slot on a 30-minute grid
 * where at least 30% are free and inside their working hours. The pipeline is buildAvailability (Graph items
 * and working hours to blocks) plus findCommonSlots; the baseline checks every candidate slot against every item
 * of every person. Both must agree on every candidate's free count before any figure is printed.
 *
 * This machine's 2 cores are shared, so wall times jump around; the minimum over repetitions is the figure that
 * reflects the code, the median shows the noise. Deterministic: a seeded generator, no clock in the data.
 */
import { DateTime } from 'luxon';
import { buildAvailability } from '../src/core/availability/build.js';
import type { FreeBusyStatus, ScheduleInput, ScheduleItem, Weekday } from '../src/core/availability/scheduleInput.js';
import { findCommonSlots, type FindSlotsOptions } from '../src/core/slots/findSlots.js';
import type { Interval } from '../src/core/time/interval.js';
import { localDateTimeToInstant } from '../src/core/time/zones.js';

const MINUTE = 60_000;
const DAYS = 30;
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const WORKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const WINDOW: Interval = { start: localDateTimeToInstant('2026-10-19T00:00:00', 'America/New_York'), end: localDateTimeToInstant('2026-11-18T00:00:00', 'America/New_York') };
const QUERY: FindSlotsOptions = { window: WINDOW, durationMinutes: 60, stepMinutes: 30, minShare: 0.3, sort: 'rank', maxResults: 10 };
const BUILD = { tentative: 'busy' } as const;
const BLOCKING = new Set<FreeBusyStatus>(['busy', 'oof', 'workingElsewhere', 'tentative', 'unknown']);

/** mulberry32: a tiny seeded generator, so every run measures the same calendars. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Local midnights of each day in the window, per zone (so items sit at the same wall-clock times across DST). */
function localMidnights(zone: string): { start: number; weekday: number }[] {
  const first = DateTime.fromMillis(WINDOW.start, { zone }).startOf('day');
  return Array.from({ length: DAYS + 1 }, (_, d) => {
    const day = first.plus({ days: d });
    return { start: day.toMillis(), weekday: day.weekday };
  });
}

function principals(count: number, itemsPerDay: number, seed: number): ScheduleInput[] {
  const random = seeded(seed);
  const midnights = new Map(ZONES.map((z) => [z, localMidnights(z)]));
  const statuses: FreeBusyStatus[] = ['busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'tentative', 'oof', 'workingElsewhere'];
  return Array.from({ length: count }, (_, p) => {
    const zone = ZONES[p % ZONES.length]!;
    const items: ScheduleItem[] = [];
    for (const day of midnights.get(zone)!) {
      if (day.weekday > 5) continue;
      // Spread itemsPerDay meetings over 07:00-18:00 local: random lengths and gaps, chronological as Graph lists them.
      let minute = 7 * 60;
      const slice = (11 * 60) / itemsPerDay;
      for (let k = 0; k < itemsPerDay; k++) {
        const start = Math.round(7 * 60 + k * slice + random() * slice * 0.5);
        const length = 15 * (1 + Math.floor(random() * Math.max(1, (slice * 0.6) / 15)));
        minute = Math.max(minute, start);
        items.push({ start: day.start + minute * MINUTE, end: day.start + (minute + length) * MINUTE, status: statuses[Math.floor(random() * statuses.length)]! });
        minute += length;
      }
    }
    return { id: `principal${p}@district.example`, items, workingHours: { daysOfWeek: WORKDAYS, startMinute: 7 * 60 + 30, endMinute: 16 * 60 + 30, timeZone: zone } };
  });
}

function pipeline(schedules: readonly ScheduleInput[]) {
  const people = buildAvailability(schedules, WINDOW, BUILD);
  return { people, result: findCommonSlots(people, QUERY) };
}

/**
 * The naive way: for every candidate slot, every person, every item. Working hours are found the obvious way,
 * with luxon per person and local day, and a slot must lie inside one period.
 */
function baseline(schedules: readonly ScheduleInput[]): Int32Array {
  const periods = schedules.map((s) => {
    const hours = s.workingHours!;
    return localMidnights(hours.timeZone as string)
      .filter((d) => d.weekday <= 5)
      .map((d) => {
        const day = DateTime.fromMillis(d.start, { zone: hours.timeZone as string });
        return { start: day.set({ hour: 0, minute: hours.startMinute }).toMillis(), end: day.set({ hour: 0, minute: hours.endMinute }).toMillis() };
      });
  });
  const duration = QUERY.durationMinutes * MINUTE;
  const step = QUERY.stepMinutes! * MINUTE;
  const free = new Int32Array(Math.floor((WINDOW.end - duration - WINDOW.start) / step) + 1);
  for (let k = 0; k < free.length; k++) {
    const start = WINDOW.start + k * step;
    const end = start + duration;
    schedules.forEach((s, p) => {
      if (!periods[p]!.some((w) => w.start <= start && end <= w.end)) return;
      for (const item of s.items) if (BLOCKING.has(item.status) && item.start < end && start < item.end) return;
      free[k]!++;
    });
  }
  return free;
}

interface Timing<T> {
  /** Wall-clock milliseconds: fastest and median repetition. */
  readonly min: number;
  readonly median: number;
  /** CPU milliseconds of this process (all threads, so GC helpers count) in the fastest repetition by CPU. */
  readonly cpuMin: number;
  readonly value: T;
}

/** Times `run` (after an untimed `setup` each repetition, whose result it gets). */
function time<T, S = undefined>(run: (input: S) => T, repetitions: number, setup: () => S = () => undefined as S): Timing<T> {
  const walls: number[] = [];
  const cpus: number[] = [];
  let value!: T;
  for (let r = 0; r < repetitions; r++) {
    const input = setup();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    value = run(input);
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  return { min: walls[0]!, median: walls[Math.floor(walls.length / 2)]!, cpuMin: Math.min(...cpus), value };
}

/** The pipeline must give the same free count as the baseline at every qualifying slot, and the same number of them. */
function checkAgreement(schedules: readonly ScheduleInput[], naive: Int32Array): void {
  const { result } = pipeline(schedules);
  const needed = Math.ceil(QUERY.minShare! * schedules.length - 1e-9);
  const naiveQualifying = naive.filter((n) => n >= needed).length;
  if (naiveQualifying !== result.qualifying) throw new Error(`disagreement: baseline ${naiveQualifying} qualifying slots, pipeline ${result.qualifying}`);
  for (const slot of result.slots) {
    const k = (slot.start - WINDOW.start) / (QUERY.stepMinutes! * MINUTE);
    if (naive[k] !== slot.available.length) throw new Error(`disagreement at ${new Date(slot.start).toISOString()}: baseline ${naive[k]} free, pipeline ${slot.available.length}`);
  }
}

const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

function main(): void {
  const candidates = Math.floor((WINDOW.end - WINDOW.start - 60 * MINUTE) / (30 * MINUTE)) + 1;
  console.log(`Engine bench: ${DAYS} days, 60-min slots every 30 min (${candidates} candidates), at least 30% free.`);
  console.log('Wall times: min (median) over repetitions in this process; cpu: process CPU time of the fastest repetition.\n');
  console.log('principals   items | pipeline wall min (median)  cpu min | build min  search min | baseline | baseline/pipeline');
  for (const count of [10, 100, 1000]) {
    const schedules = principals(count, 6, 7 * count);
    const items = schedules.reduce((n, s) => n + s.items.length, 0);
    for (let w = 0; w < 3; w++) pipeline(schedules); // warm the JIT
    const repetitions = count >= 1000 ? 25 : 40;
    const full = time(() => pipeline(schedules), repetitions);
    const build = time(() => buildAvailability(schedules, WINDOW, BUILD), repetitions);
    // On fresh people each time: a search that reads `blocks` pays for making them from the packed arrays.
    const search = time(
      (people) => findCommonSlots(people, QUERY),
      repetitions,
      () => buildAvailability(schedules, WINDOW, BUILD),
    );
    const naive = time(() => baseline(schedules), count >= 1000 ? 1 : 3);
    checkAgreement(schedules, naive.value);
    console.log(
      [
        `${String(count).padStart(10)}  ${String(items).padStart(6)}`,
        `${ms(full.min).padStart(10)} (${ms(full.median)})`.padEnd(27) + ms(full.cpuMin).padStart(9),
        `${ms(build.min).padStart(9)}  ${ms(search.min).padStart(10)}`,
        ms(naive.min).padStart(9),
        `${(naive.min / full.min).toFixed(0)}x`.padStart(8),
      ].join(' | '),
    );
  }

  console.log('\nScaling in busy items (1000 principals, 30 days):');
  console.log('items/day    items | pipeline wall min  cpu min | wall ms per 1000 items');
  for (const perDay of [2, 4, 6, 12, 24]) {
    const schedules = principals(1000, perDay, 99 + perDay);
    const items = schedules.reduce((n, s) => n + s.items.length, 0);
    for (let w = 0; w < 2; w++) pipeline(schedules);
    const full = time(() => pipeline(schedules), 10);
    console.log(
      `${String(perDay).padStart(9)}  ${String(items).padStart(7)} | ${ms(full.min).padStart(17)}  ${ms(full.cpuMin).padStart(7)} | ${((full.min / items) * 1000).toFixed(3)}`,
    );
  }
}

main();
