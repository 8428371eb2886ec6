/**
 * What a calendar holds inside a window, the way calendarView answers: single events that overlap it
 * and each occurrence of a series that overlaps it (the series master itself is not listed), sorted
 * by start. Overlap is half-open: an event ending exactly at the window's start is not in it.
 */
import type { MailboxCalendar, StoredEvent } from './model.js';
import type { NormalizedRecurrence } from './recurrence.js';
import { occurrencesBetween } from './recurrence.js';
import type { OccurrenceSlot } from './present.js';

export interface ViewItem {
  event: StoredEvent;
  /** Set for an occurrence of a series; the event is then its master. */
  occurrence?: OccurrenceSlot;
  startMs: number;
  endMs: number;
}

/** The occurrences of a stored series overlapping the window. */
export function seriesOccurrences(event: StoredEvent, windowStart: number, windowEnd: number): OccurrenceSlot[] {
  return occurrencesBetween(
    { recurrence: event.recurrence as NormalizedRecurrence, startMs: event.sim.startMs, durationMs: event.sim.endMs - event.sim.startMs },
    windowStart,
    windowEnd,
  );
}

/** A zero-length event at the window's start still shows (Outlook lists it), hence the `<=` case. */
function overlapsWindow(startMs: number, endMs: number, windowStart: number, windowEnd: number): boolean {
  return startMs < windowEnd && (endMs > windowStart || (startMs === endMs && startMs === windowStart));
}

export function calendarView(calendar: MailboxCalendar, windowStart: number, windowEnd: number): ViewItem[] {
  const items: ViewItem[] = [];
  for (const event of Object.values(calendar.events)) {
    if (event.type === 'seriesMaster' && event.recurrence) {
      for (const occurrence of seriesOccurrences(event, windowStart, windowEnd)) {
        if (event.sim.exceptions?.[String(occurrence.startMs)]?.removed) continue;
        items.push({ event, occurrence, startMs: occurrence.startMs, endMs: occurrence.endMs });
      }
    } else if (overlapsWindow(event.sim.startMs, event.sim.endMs, windowStart, windowEnd)) {
      items.push({ event, startMs: event.sim.startMs, endMs: event.sim.endMs });
    }
  }
  return items.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.event.id.localeCompare(b.event.id));
}
