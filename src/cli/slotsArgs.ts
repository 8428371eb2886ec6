import { parseArgs } from 'node:util';

/** Bad command-line input: the message names the flag and is printed as one line, never a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const SLOTS_USAGE = `Usage: common-time slots --schedules FILE|- --start 2026-12-07T00:00 --end 2026-12-12T00:00
         --time-zone America/New_York --duration 60 [options]

Finds common free time in the JSON body of a Microsoft Graph getSchedule response.

  --schedules FILE|-        the getSchedule response body ({"value":[...]}); - reads standard input
  --start, --end            local date-times in --time-zone bounding the search (end exclusive;
                            less than 62 days apart, the most getSchedule answers)
  --time-zone ZONE          IANA ("America/New_York") or Windows ("Eastern Standard Time") name
  --duration MINUTES        length of each slot
  --step MINUTES            grid of candidate starts from --start (default 30)
  --min-available N         at least N people free (default: everyone)
  --required a@x,b@y        people who must be free in every slot
  --tentative busy|free     whether tentative items block (default busy)
  --ignore-working-hours    do not require slots to lie inside each person's working hours
  --sort rank|start         best first (default) or chronological
  --max N                   at most N slots (default: all for json, 20 for table)
  --format json|table       output (default json)
  -h, --help                this help`;

export interface SlotsRequest {
  readonly schedules: string;
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
  readonly stepMinutes?: number;
  readonly minAvailable?: number;
  readonly required: readonly string[];
  readonly tentative?: 'busy' | 'free';
  readonly ignoreWorkingHours: boolean;
  readonly sort: 'rank' | 'start';
  readonly maxResults?: number;
  readonly format: 'json' | 'table';
}

const OPTIONS = {
  schedules: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'time-zone': { type: 'string' },
  duration: { type: 'string' },
  step: { type: 'string' },
  'min-available': { type: 'string' },
  required: { type: 'string' },
  tentative: { type: 'string' },
  'ignore-working-hours': { type: 'boolean' },
  sort: { type: 'string' },
  max: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function required(value: string | undefined, flag: string, example: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required, e.g. ${flag} ${example}.`);
  return value.trim();
}

function wholeNumber(value: string | undefined, flag: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) {
    throw new UsageError(`${flag}: expected a whole number of ${what} greater than 0, got "${value}".`);
  }
  return Number(value);
}

function oneOf<T extends string>(value: string | undefined, flag: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: expected ${allowed.join(' or ')}, got "${value}".`);
  return value as T;
}

/**
 * node:util reads `--duration -5` as a flag followed by another flag ("argument is ambiguous"); join such a
 * value to its flag so the number check can say what is wrong with it ("greater than 0, got -5").
 */
function joinNegativeNumbers(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const next = args[i + 1];
    const takesValue = flag.startsWith('--') && OPTIONS[flag.slice(2) as keyof typeof OPTIONS]?.type === 'string';
    if (takesValue && next !== undefined && /^-\d/.test(next)) {
      out.push(`${flag}=${next}`);
      i++;
    } else out.push(flag);
  }
  return out;
}

/** Parses argv into a request, or `'help'`; throws UsageError naming the flag for anything wrong. */
export function parseSlotsArgs(args: string[]): SlotsRequest | 'help' {
  let values;
  try {
    ({ values } = parseArgs({ args: joinNegativeNumbers(args), options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    // node:util explains unknown flags and missing values well; keep only its first sentence.
    const message = (error as Error).message
      .split('\n')[0]!
      .replace(/\. To specify a positional argument.*$/, '')
      .replace(/\.$/, '');
    throw new UsageError(`${message}. Run common-time slots --help for the options.`);
  }
  if (values.help) return 'help';
  return {
    schedules: required(values.schedules, '--schedules', 'schedules.json'),
    start: required(values.start, '--start', '2026-12-07T00:00'),
    end: required(values.end, '--end', '2026-12-12T00:00'),
    timeZone: required(values['time-zone'], '--time-zone', 'America/New_York'),
    durationMinutes: wholeNumber(required(values.duration, '--duration', '60'), '--duration', 'minutes')!,
    stepMinutes: wholeNumber(values.step, '--step', 'minutes'),
    minAvailable: wholeNumber(values['min-available'], '--min-available', 'people'),
    required: (values.required ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    tentative: oneOf(values.tentative, '--tentative', ['busy', 'free'] as const),
    ignoreWorkingHours: values['ignore-working-hours'] ?? false,
    sort: oneOf(values.sort, '--sort', ['rank', 'start'] as const) ?? 'rank',
    maxResults: wholeNumber(values.max, '--max', 'slots'),
    format: oneOf(values.format, '--format', ['json', 'table'] as const) ?? 'json',
  };
}
