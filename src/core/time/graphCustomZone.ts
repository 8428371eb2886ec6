import { Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { InvalidTimeZoneError } from './zoneError.js';

/** One transition rule of a Graph `customTimeZone` ("second Sunday of March at 02:00"). */
export interface GraphTimeZoneRule {
  readonly time: string;
  readonly dayOccurrence: number;
  readonly dayOfWeek: string;
  readonly month: number;
  readonly year?: number;
}

export interface GraphDaylightRule extends GraphTimeZoneRule {
  readonly daylightBias: number;
}

/**
 * A Graph `#microsoft.graph.customTimeZone` (what Exchange sends for working hours when the mailbox zone
 * is not a plain named zone). Sign of `bias` — decided from Microsoft's own examples, not the reference
 * page: the getSchedule examples send `bias: 480, daylightBias: -60` for a zone whose transitions are the
 * US ones (second Sunday of March / first Sunday of November) in a request made in "Pacific Standard
 * Time". Only the Windows convention `UTC = local + bias` makes that Pacific time (UTC-8, UTC-7 in
 * summer); the reference page's "positive means ahead of UTC" would put it at UTC+8 with US DST rules,
 * which no place on earth uses. So: offset from UTC = -(bias) minutes in standard time and
 * -(bias + daylightBias) minutes in daylight time.
 */
export interface GraphCustomTimeZone {
  readonly '@odata.type'?: string;
  readonly name?: string;
  readonly bias: number;
  readonly standardOffset?: GraphTimeZoneRule | null;
  readonly daylightOffset?: GraphDaylightRule | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MINUTE = 60_000;
const DAY = 86_400_000;

interface CheckedRule {
  readonly month: number; // 1..12
  readonly weekday: number; // 0 = Sunday, as Windows counts
  readonly occurrence: number; // 1..4, 5 = last
  readonly minuteOfDay: number;
}

function fail(field: string, message: string): never {
  throw new InvalidTimeZoneError(field, `${field}: ${message}`);
}

function checkInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(field, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Parses Edm.TimeOfDay as Graph writes it ("02:00:00.0000000") into minutes after midnight. */
export function parseTimeOfDay(value: unknown, field: string): number {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value) : null;
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const seconds = Number(match?.[3] ?? 0);
  if (!match || hours > 24 || minutes > 59 || seconds > 59 || (hours === 24 && (minutes > 0 || seconds > 0))) {
    fail(field, `expected a time of day like "08:00:00.0000000", got ${JSON.stringify(value)}.`);
  }
  // Seconds are dropped on purpose: working hours and transitions are whole minutes in every real mailbox.
  return hours * 60 + minutes;
}

function checkRule(rule: GraphTimeZoneRule, field: string): CheckedRule {
  const weekday = typeof rule.dayOfWeek === 'string' ? WEEKDAYS.indexOf(rule.dayOfWeek.toLowerCase()) : -1;
  if (weekday < 0) fail(`${field}.dayOfWeek`, `expected a day name such as "sunday", got ${JSON.stringify(rule.dayOfWeek)}.`);
  if (rule.year !== undefined && rule.year !== null && rule.year !== 0) {
    fail(`${field}.year`, `only rules that repeat every year (year 0) are supported, got ${JSON.stringify(rule.year)}; ask the mailbox owner to pick a named time zone.`);
  }
  return {
    month: checkInteger(rule.month, `${field}.month`, 1, 12),
    weekday,
    occurrence: checkInteger(rule.dayOccurrence, `${field}.dayOccurrence`, 1, 5),
    minuteOfDay: parseTimeOfDay(rule.time, `${field}.time`),
  };
}

/**
 * The wall-clock time of a rule in `year`, as milliseconds on a zone-less timeline (civil date arithmetic
 * on UTC fields; no offset is involved). Occurrence 5 means the last such weekday of the month.
 */
function ruleLocalTime(rule: CheckedRule, year: number): number {
  const firstOfMonth = Date.UTC(year, rule.month - 1, 1);
  const firstWeekday = new Date(firstOfMonth).getUTCDay();
  let day = 1 + ((rule.weekday - firstWeekday + 7) % 7) + (rule.occurrence - 1) * 7;
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  while (day > daysInMonth) day -= 7;
  return firstOfMonth + (day - 1) * DAY + rule.minuteOfDay * MINUTE;
}

function formatMinutes(offset: number, format: ZoneOffsetFormat): string {
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const hh = String(hours).padStart(2, '0');
  const mm = String(minutes).padStart(2, '0');
  if (format === 'narrow') return minutes ? `${sign}${hours}:${mm}` : `${sign}${hours}`;
  if (format === 'techie') return `${sign}${hh}${mm}`;
  return `${sign}${hh}:${mm}`;
}

/**
 * A luxon Zone driven by a Graph customTimeZone's rules, so that the rest of the code can treat it like any
 * IANA zone (luxon asks it for the offset at an instant; the rules decide).
 */
export class GraphCustomZone extends Zone {
  readonly #name: string;
  readonly #standardOffset: number;
  readonly #daylight: { readonly start: CheckedRule; readonly end: CheckedRule; readonly offset: number } | null;
  readonly #transitionsByYear = new Map<number, readonly [number, number]>();

  constructor(zone: GraphCustomTimeZone, field = 'timeZone') {
    super();
    const bias = checkInteger(zone.bias, `${field}.bias`, -24 * 60, 24 * 60);
    this.#standardOffset = -bias;
    const daylight = zone.daylightOffset ?? null;
    const standard = zone.standardOffset ?? null;
    // Windows marks "no daylight saving" with month 0 or a zero daylight bias.
    const hasDaylight = daylight !== null && standard !== null && daylight.month !== 0 && standard.month !== 0 && daylight.daylightBias !== 0;
    this.#daylight = hasDaylight
      ? {
          start: checkRule(daylight, `${field}.daylightOffset`),
          end: checkRule(standard, `${field}.standardOffset`),
          offset: -(bias + checkInteger(daylight.daylightBias, `${field}.daylightOffset.daylightBias`, -24 * 60, 24 * 60)),
        }
      : null;
    this.#name = `${zone.name ?? 'Custom time zone'} (${formatMinutes(this.#standardOffset, 'short')}${this.#daylight ? `/${formatMinutes(this.#daylight.offset, 'short')}` : ''})`;
  }

  override get type(): string {
    return 'graph-custom';
  }

  override get name(): string {
    return this.#name;
  }

  override get isUniversal(): boolean {
    return this.#daylight === null;
  }

  override get isValid(): true {
    return true;
  }

  override offsetName(ts: number, _options: ZoneOffsetOptions): string {
    return `UTC${formatMinutes(this.offset(ts), 'short')}`;
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return formatMinutes(this.offset(ts), format);
  }

  override equals(other: Zone): boolean {
    return other instanceof GraphCustomZone && other.name === this.name && other.#sameRules(this);
  }

  #sameRules(other: GraphCustomZone): boolean {
    return JSON.stringify([this.#standardOffset, this.#daylight]) === JSON.stringify([other.#standardOffset, other.#daylight]);
  }

  /** UTC instants at which daylight time starts and ends in `year` (of local standard time). */
  #transitions(year: number): readonly [number, number] {
    let cached = this.#transitionsByYear.get(year);
    if (!cached) {
      const daylight = this.#daylight!;
      // Each rule's wall-clock time is read in the offset in force just before it, as Windows does.
      const start = ruleLocalTime(daylight.start, year) - this.#standardOffset * MINUTE;
      const end = ruleLocalTime(daylight.end, year) - daylight.offset * MINUTE;
      cached = [start, end];
      this.#transitionsByYear.set(year, cached);
    }
    return cached;
  }

  override offset(ts: number): number {
    if (this.#daylight === null) return this.#standardOffset;
    const year = new Date(ts + this.#standardOffset * MINUTE).getUTCFullYear();
    const [start, end] = this.#transitions(year);
    // Northern rules have start < end within a year; southern ones wrap around New Year.
    const inDaylight = start < end ? ts >= start && ts < end : ts >= start || ts < end;
    return inDaylight ? this.#daylight.offset : this.#standardOffset;
  }
}
