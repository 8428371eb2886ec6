/**
 * Who is already booked when, in absolute time, so seeded meetings between people in different time
 * zones never collide with what either of them has.
 */
import { DateTime } from 'luxon';

/** A meeting time as written in a calendar: a local date and minutes after local midnight. */
export interface Slot {
  zone: string; // IANA
  date: string; // yyyy-MM-dd
  start: number;
  end: number;
}

const midnights = new Map<string, number>();

/** Local midnight as an instant; minutes then add as absolute time, as luxon's plus({ minutes }) does. */
function midnightOf(zone: string, date: string): number {
  const key = `${zone}|${date}`;
  let ms = midnights.get(key);
  if (ms === undefined) {
    ms = DateTime.fromISO(date, { zone }).toMillis();
    midnights.set(key, ms);
  }
  return ms;
}

export function slotInstants(slot: Slot): [number, number] {
  const midnight = midnightOf(slot.zone, slot.date);
  return [midnight + slot.start * 60_000, midnight + slot.end * 60_000];
}

export class Occupancy {
  private readonly taken = new Map<string, Array<[number, number]>>();

  add(userId: string, slot: Slot): void {
    const list = this.taken.get(userId) ?? [];
    list.push(slotInstants(slot));
    this.taken.set(userId, list);
  }

  free(userId: string, slot: Slot): boolean {
    const [s, e] = slotInstants(slot);
    return (this.taken.get(userId) ?? []).every(([ts, te]) => e <= ts || s >= te);
  }
}
