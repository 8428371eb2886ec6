import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { buildAvailability } from '../core/availability/build.js';
import { parseScheduleResponse } from '../graph/parseSchedule.js';
import { findCommonSlots } from '../core/slots/findSlots.js';
import { localDateTimeToInstant, resolveZone } from '../core/time/zones.js';
import { formatSlotsJson } from './format/slotsJson.js';
import { formatSlotsTable } from './format/slotsTable.js';
import { parseSlotsArgs, SLOTS_USAGE, UsageError, type SlotsRequest } from './slotsArgs.js';

export interface SlotsIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: SlotsIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readAll(process.stdin),
};

/** Core option and field names as the user typed them on the command line. */
const FLAG_FOR_FIELD: Record<string, string> = {
  window: '--start/--end',
  durationMinutes: '--duration',
  stepMinutes: '--step',
  minAvailable: '--min-available',
  required: '--required',
  maxResults: '--max',
  tentative: '--tentative',
  people: '--schedules',
};

/** Restates a core error (field-named) in terms of the flag the user passed, on one line. */
function asUsageError(error: unknown): UsageError | null {
  if (!(error instanceof Error)) return null;
  const { field, path } = error as { field?: unknown; path?: unknown };
  const name = typeof field === 'string' ? field : typeof path === 'string' ? path : null;
  if (name === null) return null;
  const detail = error.message.startsWith(`${name}: `) ? error.message.slice(name.length + 2) : error.message;
  if (typeof path === 'string' || name.startsWith('people[')) return new UsageError(`--schedules: ${name}: ${detail}`);
  const flag = FLAG_FOR_FIELD[name] ?? (name.startsWith('--') ? name : null);
  return new UsageError(flag === null ? `${name}: ${detail}` : `${flag}: ${detail}`);
}

async function run(args: string[], io: SlotsIo): Promise<number> {
  const request = parseSlotsArgs(args);
  if (request === 'help') {
    io.stdout(SLOTS_USAGE + '\n');
    return 0;
  }
  const zone = resolveZone(request.timeZone, '--time-zone');
  const start = localDateTimeToInstant(request.start, zone, '--start');
  const end = localDateTimeToInstant(request.end, zone, '--end');
  if (end <= start) throw new UsageError(`--end: ${request.end} is not after --start ${request.start}; the window must have a length.`);
  checkScheduleWindow(request, start, end, zone);

  let text: string;
  try {
    // Windows editors often save JSON with a UTF-8 byte order mark, which JSON.parse refuses.
    text = (request.schedules === '-' ? await io.readStdin() : await readFile(request.schedules, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`--schedules: cannot read "${request.schedules}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const schedules = parseScheduleResponse(text);
  const window = { start, end };
  const people = buildAvailability(schedules, window, { tentative: request.tentative, ignoreWorkingHours: request.ignoreWorkingHours });

  // E-mail addresses are case-insensitive: accept --required in any case, use the schedule's spelling.
  const idByLower = new Map(people.map((p) => [p.id.toLowerCase(), p.id]));
  const requiredIds = request.required.map((id) => {
    const known = idByLower.get(id.toLowerCase());
    if (known === undefined) throw new UsageError(`--required: "${id}" is not among the schedules in ${request.schedules === '-' ? 'standard input' : request.schedules}.`);
    return known;
  });

  const unreadable = new Map(people.flatMap((p) => (p.error ? [[p.id, describeScheduleError(p.error)] as const] : [])));
  const maxResults = request.maxResults ?? (request.format === 'table' ? 20 : undefined);
  const result = findCommonSlots(people, {
    window,
    durationMinutes: request.durationMinutes,
    stepMinutes: request.stepMinutes,
    minAvailable: request.minAvailable,
    required: requiredIds,
    sort: request.sort,
    maxResults,
    timeZone: zone,
  });
  io.stdout(
    (request.format === 'table'
      ? formatSlotsTable(result.slots, result.partial, { zone, durationMinutes: request.durationMinutes, people: people.length, qualifying: result.qualifying, unreadable })
      : formatSlotsJson(result.slots, result.partial, zone, unreadable)) + '\n',
  );
  return 0;
}

/** getSchedule answers a window shorter than 62 days (concepts/outlook-get-free-busy-schedule.md). */
export const GET_SCHEDULE_MAX_DAYS = 62;

/** The schedules were read for the window; a longer one than Graph answers could not have come from it. */
function checkScheduleWindow(request: SlotsRequest, start: number, end: number, zone: string): void {
  const latestEnd = DateTime.fromMillis(start, { zone }).plus({ days: GET_SCHEDULE_MAX_DAYS - 1 });
  if (end <= latestEnd.toMillis()) return;
  const days = Math.ceil(DateTime.fromMillis(end, { zone }).diff(DateTime.fromMillis(start, { zone }), 'days').days);
  throw new UsageError(
    `--end: the window from --start ${request.start} to --end ${request.end} is ${days} days, but Graph's getSchedule answers less than ${GET_SCHEDULE_MAX_DAYS} days per request; use --end ${latestEnd.toFormat("yyyy-MM-dd'T'HH:mm")} or earlier, and run once more for the rest.`,
  );
}

/** Graph's per-schedule error in one line: its message, then its code when there is one. */
function describeScheduleError(error: { readonly code: string; readonly message: string }): string {
  const message = error.message.trim() || 'Graph could not read this calendar';
  return error.code && error.code !== 'unknown' ? `${message} (${error.code})` : message;
}

/** Messages may quote input that holds line breaks; the promise is one line. */
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * `common-time slots`: parse flags, read the getSchedule body, run the engine, print json or a table.
 * Exit 0 with an empty list when nothing fits; 2 with a one-line message naming the flag for bad input.
 */
export async function runSlots(args: string[], io: SlotsIo = processIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    const usage = error instanceof UsageError ? error : asUsageError(error);
    if (usage) {
      io.stderr(`common-time slots: ${oneLine(usage.message)}\n`);
      return 2;
    }
    io.stderr(`common-time slots: internal error: ${oneLine((error as Error)?.message ?? String(error))}\n`);
    return 1;
  }
}
