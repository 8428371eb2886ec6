/**
 * An independent oracle for `common-time slots`: reads the raw getSchedule JSON itself and decides, minute by
 * minute, who is free for each candidate slot. It shares no code with src/ (only luxon and windows-iana), so
 * an agreement between the two is evidence, not an echo.
 */
import { DateTime, IANAZone } from 'luxon';
import { findIana } from 'windows-iana';

const MINUTE = 60_000;
/** Strongest first, as the issue orders the reasons a person is missing. */
const STRENGTH = ['unknown', 'oof', 'busy', 'workingElsewhere', 'tentative', 'outsideWorkingHours'] as const;
type Reason = (typeof STRENGTH)[number];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/* eslint-disable @typescript-eslint/no-explicit-any -- raw Graph JSON, read the way a person reads it */
type Raw = any;

const ianaCache = new Map<string, string>();
function ianaOf(name: string): string {
  let iana = ianaCache.get(name);
  if (iana === undefined) {
    // Graph also writes UTC as "tzone://Microsoft/Utc".
    iana = /^tzone:\/\/microsoft\/utc$/i.test(name) ? 'UTC' : IANAZone.isValidZone(name) ? name : findIana(name)?.[0];
    if (!iana) throw new Error(`oracle: unknown zone ${name}`);
    ianaCache.set(name, iana);
  }
  return iana;
}

/**
 * A wall-clock time that occurs twice (clocks going back) means the earlier instant, as src/core/time/zones.ts
 * documents (Temporal's "compatible" rule); luxon alone would pick the later one. Skipped times move forward.
 */
function instant(dt: { dateTime: string; timeZone: string }): number {
  const zone = ianaOf(dt.timeZone);
  const value = DateTime.fromISO(dt.dateTime.replace(/\.\d+$/, ''), { zone });
  if (!value.isValid) throw new Error(`oracle: bad dateTime ${dt.dateTime}`);
  const hourEarlier = DateTime.fromMillis(value.toMillis() - 60 * MINUTE, { zone });
  const sameWallClock = hourEarlier.toFormat('yyyy-MM-dd HH:mm:ss') === value.toFormat('yyyy-MM-dd HH:mm:ss');
  return sameWallClock ? hourEarlier.toMillis() : value.toMillis();
}

/** The nth (5 = last) weekday of month at hh:mm of a year, as local wall-clock fields. */
function ruleDate(year: number, rule: Raw): DateTime {
  const weekday = DAYS.indexOf(String(rule.dayOfWeek).toLowerCase()) + 1;
  let day = DateTime.utc(year, rule.month, 1);
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  day = day.plus({ weeks: rule.dayOccurrence - 1 });
  while (day.month !== rule.month) day = day.minus({ weeks: 1 });
  const [h, m] = String(rule.time).split(':').map(Number);
  return day.set({ hour: h!, minute: m! });
}

const transitions = new Map<string, [number, number]>();

/** Offset from UTC in minutes at instant t of a Graph customTimeZone (Windows convention: UTC = local + bias). */
function customOffset(zone: Raw, t: number): number {
  const standard = -zone.bias;
  if (!zone.daylightOffset || !zone.standardOffset) return standard;
  const daylight = -(zone.bias + zone.daylightOffset.daylightBias);
  const year = new Date(t).getUTCFullYear();
  const key = `${JSON.stringify(zone)}|${year}`;
  let bounds = transitions.get(key);
  if (!bounds) {
    bounds = [ruleDate(year, zone.daylightOffset).toMillis() - standard * MINUTE, ruleDate(year, zone.standardOffset).toMillis() - daylight * MINUTE];
    transitions.set(key, bounds);
  }
  const [dstStart, dstEnd] = bounds;
  return t >= dstStart && t < dstEnd ? daylight : standard;
}

/** Offsets change on quarter hours in every zone used here, so one lookup per quarter hour is exact (and fast). */
const offsetCache = new Map<string, number>();
function ianaOffset(iana: string, t: number): number {
  const key = `${iana}|${Math.floor(t / (15 * MINUTE))}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) offsetCache.set(key, (offset = IANAZone.create(iana).offset(t)));
  return offset;
}

/** Weekday (1 = Monday) and minute of the day on a person's wall clock at instant t. */
function wallClock(zone: Raw, t: number): { weekday: number; minuteOfDay: number } {
  const offset = zone['@odata.type'] === '#microsoft.graph.customTimeZone' ? customOffset(zone, t) : ianaOffset(ianaOf(zone.name), t);
  const local = t + offset * MINUTE;
  const day = Math.floor(local / 86_400_000);
  // 1970-01-01 was a Thursday (4).
  return { weekday: ((((day + 3) % 7) + 7) % 7) + 1, minuteOfDay: Math.floor((local - day * 86_400_000) / MINUTE) };
}

const minutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

export interface OracleOptions {
  readonly start: number;
  readonly end: number;
  readonly durationMinutes: number;
  readonly stepMinutes?: number;
  readonly minAvailable?: number;
  readonly required?: readonly string[];
  readonly tentativeFree?: boolean;
  readonly ignoreWorkingHours?: boolean;
}

export interface OracleSlot {
  readonly start: number;
  readonly available: string[];
  readonly unavailable: { id: string; reason: Reason }[];
}

/** Each person's reason at each minute of the window (null = free), kept per body and options: it is the slow part. */
const minuteCache = new WeakMap<object, Map<string, { ids: string[]; perMinute: (Reason | null)[][] }>>();

function minuteReasons(body: Raw, o: OracleOptions): { ids: string[]; perMinute: (Reason | null)[][] } {
  const key = `${o.start}|${o.end}|${Boolean(o.tentativeFree)}|${Boolean(o.ignoreWorkingHours)}`;
  let byKey = minuteCache.get(body);
  if (!byKey) minuteCache.set(body, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = computeMinuteReasons(body, o)));
  return found;
}

function computeMinuteReasons(body: Raw, o: OracleOptions): { ids: string[]; perMinute: (Reason | null)[][] } {
  const people = (body.value as Raw[]).map((s) => {
    const items = (s.scheduleItems ?? []).map((i: Raw) => ({ start: instant(i.start), end: instant(i.end), status: String(i.status).toLowerCase() }));
    return { id: s.scheduleId as string, error: Boolean(s.error), items, hours: s.workingHours };
  });
  const blocking: Record<string, Reason> = {
    busy: 'busy',
    oof: 'oof',
    workingelsewhere: 'workingElsewhere',
    unknown: 'unknown',
    ...(o.tentativeFree ? {} : { tentative: 'tentative' }),
  };
  // Reason per person per minute of the window (null = free).
  const perMinute = people.map((p) => {
    const count = (o.end - o.start) / MINUTE;
    const at: (Reason | null)[] = new Array(count).fill(null);
    for (let k = 0; k < count; k++) {
      const t = o.start + k * MINUTE;
      const reasons: Reason[] = [];
      if (p.error) reasons.push('unknown');
      for (const item of p.items) if (item.start <= t && t < item.end && blocking[item.status]) reasons.push(blocking[item.status]!);
      if (!o.ignoreWorkingHours && p.hours) {
        const { weekday, minuteOfDay } = wallClock(p.hours.timeZone, t);
        const working = (p.hours.daysOfWeek as string[]).map((d) => DAYS.indexOf(d.toLowerCase()) + 1).includes(weekday);
        if (!working || minuteOfDay < minutes(p.hours.startTime) || minuteOfDay >= minutes(p.hours.endTime)) reasons.push('outsideWorkingHours');
      }
      at[k] = reasons.sort((a, b) => STRENGTH.indexOf(a) - STRENGTH.indexOf(b))[0] ?? null;
    }
    return at;
  });
  return { ids: people.map((p) => p.id), perMinute };
}

/** Every candidate start with who is free and who is not (strongest reason over the slot's minutes). */
export function everyCandidate(body: Raw, o: OracleOptions): OracleSlot[] {
  const { ids, perMinute } = minuteReasons(body, o);
  const slots: OracleSlot[] = [];
  const step = (o.stepMinutes ?? 30) * MINUTE;
  for (let s = o.start; s + o.durationMinutes * MINUTE <= o.end; s += step) {
    const first = (s - o.start) / MINUTE;
    const slot: OracleSlot = { start: s, available: [], unavailable: [] };
    ids.forEach((id, i) => {
      const reasons = perMinute[i]!.slice(first, first + o.durationMinutes).filter((r): r is Reason => r !== null);
      const strongest = reasons.sort((a, b) => STRENGTH.indexOf(a) - STRENGTH.indexOf(b))[0];
      if (strongest === undefined) slot.available.push(id);
      else slot.unavailable.push({ id, reason: strongest });
    });
    slots.push(slot);
  }
  return slots;
}

/** The slots `common-time slots` must list: required people all free and at least minAvailable free. */
export function expectedSlots(body: Raw, o: OracleOptions): OracleSlot[] {
  const total = (body.value as Raw[]).length;
  const required = new Set((o.required ?? []).map((id) => id.toLowerCase()));
  return everyCandidate(body, o).filter((s) => s.available.length >= (o.minAvailable ?? total) && s.unavailable.every((u) => !required.has(u.id.toLowerCase())));
}
