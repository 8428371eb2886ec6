/**
 * Putting a person's free/busy back together from the answers for each piece of the window. Pure.
 */
import type { FreeBusyError, ScheduleInformation, ScheduleItem } from '@microsoft/microsoft-graph-types';

/**
 * The entry for `address` in one getSchedule answer: matched on `scheduleId` without letter case, else
 * by position (Graph answers one entry per requested schedule, in order).
 */
export function findSchedule(value: readonly ScheduleInformation[], address: string, position: number): ScheduleInformation | undefined {
  const key = address.toLowerCase();
  return value.find((s) => (s.scheduleId ?? '').toLowerCase() === key) ?? (value[position]?.scheduleId ? undefined : value[position]);
}

export const MISSING_SCHEDULE: FreeBusyError = { responseCode: 'missingSchedule', message: 'Microsoft Graph returned no free/busy for this address.' };

/**
 * One person's schedule over the whole window from the pieces in window order: availability views
 * joined, items listed once (an event that crosses a piece boundary is reported by both pieces) but two
 * meetings at the same time kept as two, the
 * first working hours. If any piece carries an error the person is reported with that error and no
 * view, never as free.
 */
export function mergeSchedulePieces(scheduleId: string, pieces: ReadonlyArray<ScheduleInformation | undefined>): ScheduleInformation {
  const workingHours = pieces.find((p) => p?.workingHours)?.workingHours;
  const failedAt = pieces.findIndex((p) => p === undefined || p.error);
  if (failedAt >= 0 || pieces.length === 0) {
    const error = pieces[failedAt]?.error ?? MISSING_SCHEDULE;
    return { scheduleId, availabilityView: '', scheduleItems: [], error, ...(workingHours ? { workingHours } : {}) };
  }
  // An item crossing a piece boundary comes in both pieces; two meetings at the same time come twice in
  // each (free/busy alone gives them no subject to tell them apart). So each distinct item is kept as
  // many times as the piece that has it most often.
  const counts = new Map<string, { item: ScheduleItem; times: number }>();
  for (const piece of pieces) {
    const here = new Map<string, number>();
    for (const item of piece?.scheduleItems ?? []) {
      const key = JSON.stringify([item.status, item.start, item.end, item.subject, item.location]);
      const times = (here.get(key) ?? 0) + 1;
      here.set(key, times);
      const kept = counts.get(key);
      if (kept === undefined) counts.set(key, { item, times });
      else kept.times = Math.max(kept.times, times);
    }
  }
  const scheduleItems = [...counts.values()].flatMap(({ item, times }) => Array.from({ length: times }, () => item));
  return {
    scheduleId,
    availabilityView: pieces.map((p) => p?.availabilityView ?? '').join(''),
    scheduleItems,
    ...(workingHours ? { workingHours } : {}),
  };
}
