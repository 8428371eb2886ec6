/**
 * Free/busy for any number of people over any window: split into getSchedule requests within Graph's
 * limits (20 schedules, under 62 days), sent as `$batch`es, merged back per person in input order.
 * 300 principals over 8 weeks become 15 x 2 = 30 getSchedule parts in 2 batches.
 */
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { runSteps, type BatchStep } from './batchRunner.js';
import { checkIntervalMinutes, chunk, MAX_SCHEDULES_PER_REQUEST, splitWindow, uniqueAddresses } from './chunking.js';
import type { GraphCaller } from './graphCaller.js';
import type { GraphOperation } from './graphRequestError.js';
import { findSchedule, mergeSchedulePieces } from './scheduleMerge.js';
import { preferTimeZone, toInstantWindow, utcDateTimeTimeZone, type ScheduleWindow } from './scheduleWindow.js';
import { stepError } from './stepError.js';
import { describePeople, userPath } from './people.js';

export interface GetSchedulesOptions {
  /** availabilityViewInterval: 5 to 1440 minutes (Graph's default is 30). */
  readonly intervalMinutes?: number;
  /** Zone for the returned item times (Windows or IANA name, sent as `Prefer: outlook.timezone`); UTC if unset. */
  readonly timeZone?: string;
  /** Whose calendar asks: 'me' (delegated, default) or a user id/UPN (app-only). */
  readonly asUser?: string;
  /** Progress for the UI: getSchedule parts answered so far, of all parts. */
  readonly onProgress?: (progress: { done: number; total: number }) => void;
}

export async function getSchedules(graph: GraphCaller, addresses: readonly string[], window: ScheduleWindow, options: GetSchedulesOptions = {}): Promise<ScheduleInformation[]> {
  if (!Array.isArray(addresses)) throw new RangeError('addresses: expected a list of email addresses.');
  addresses.forEach((a, i) => {
    if (typeof a !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(a.trim())) throw new RangeError(`addresses[${i}]: expected an email address, got ${JSON.stringify(a)}.`);
  });
  const intervalMinutes = options.intervalMinutes ?? 30;
  checkIntervalMinutes(intervalMinutes);
  const pieces = splitWindow(toInstantWindow(window), intervalMinutes);
  if (addresses.length === 0) return [];

  const { unique, indexOf } = uniqueAddresses(addresses);
  const groups = chunk(unique, MAX_SCHEDULES_PER_REQUEST);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...preferTimeZone(options.timeZone) };
  const url = `${userPath(options.asUser ?? 'me')}/calendar/getSchedule`;
  // Step order: piece-major, so step (p, g) is at p * groups.length + g.
  const steps: BatchStep[] = pieces.flatMap((piece) =>
    groups.map((group) => ({
      method: 'POST' as const,
      url,
      headers,
      safety: 'idempotent' as const,
      body: { schedules: group, startTime: utcDateTimeTimeZone(piece.start), endTime: utcDateTimeTimeZone(piece.end), availabilityViewInterval: intervalMinutes },
    })),
  );
  const operation = (people: readonly string[]): GraphOperation => ({ subject: `The free/busy of ${describePeople(graph.nameOf, people)}`, verb: 'read' });
  const outcomes = await runSteps(graph, steps, {
    operation: operation(unique),
    ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!({ done, total }) } : {}),
  });

  outcomes.forEach((outcome, s) => {
    if (outcome.status < 200 || outcome.status >= 300) throw stepError(outcome, operation(groups[s % groups.length]!), graph.now());
  });
  const merged = unique.map((address, u) => {
    const g = Math.floor(u / MAX_SCHEDULES_PER_REQUEST);
    const position = u % MAX_SCHEDULES_PER_REQUEST;
    const parts = pieces.map((_, p) => {
      const body = outcomes[p * groups.length + g]!.body as { value?: ScheduleInformation[] } | undefined;
      return findSchedule(body?.value ?? [], address, position);
    });
    return mergeSchedulePieces(address, parts);
  });
  return indexOf.map((u, i) => ({ ...merged[u]!, scheduleId: addresses[i]!.trim() }));
}
