import { IANAZone, type Zone } from 'luxon';
import type { Interval } from '../time/interval.js';

export interface LocalTime {
  /** 1 = Monday … 7 = Sunday, as luxon counts. */
  readonly weekday: number;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Reads the local weekday and time of many instants in one zone cheaply. Asking luxon per slot costs
 * about 10 µs, too slow for a district-sized search; but a zone's UTC offset changes rarely, so the
 * clock samples the offset (from the zone's own rules, via luxon) once a day across the window, finds
 * each change to the minute by bisection, and then reads any instant as UTC plus a known offset.
 */
export class LocalClock {
  private readonly zone: Zone;
  /** Offset in minutes from `from[i]` on; sorted by `from`. */
  private readonly from: number[] = [];
  private readonly offsets: number[] = [];

  constructor(zone: string | Zone, window: Interval) {
    this.zone = typeof zone === 'string' ? IANAZone.create(zone) : zone;
    // Minute-aligned sampling, so bisection lands exactly on a change (zones change on whole minutes).
    const start = Math.floor(window.start / MINUTE) * MINUTE - DAY;
    const end = window.end + DAY;
    let at = start;
    let offset = this.zone.offset(at);
    this.from.push(-Infinity);
    this.offsets.push(offset);
    while (at < end) {
      const next = Math.min(at + DAY, end);
      const nextOffset = this.zone.offset(next);
      if (nextOffset !== offset) {
        // Bisect (at, next] to the first minute with the new offset; real zones change at most once a day.
        let lo = at;
        let hi = next;
        while (hi - lo > MINUTE) {
          const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
          if (this.zone.offset(mid) === offset) lo = mid;
          else hi = mid;
        }
        this.from.push(hi);
        this.offsets.push(nextOffset);
        offset = nextOffset;
      }
      at = next;
    }
  }

  at(instant: number): LocalTime {
    let i = this.from.length - 1;
    while (i > 0 && this.from[i]! > instant) i--;
    const local = instant + this.offsets[i]! * MINUTE;
    const epochDay = Math.floor(local / DAY);
    // 1970-01-01 was a Thursday (luxon weekday 4).
    const weekday = ((((epochDay + 3) % 7) + 7) % 7) + 1;
    return { weekday, minuteOfDay: Math.floor((local - epochDay * DAY) / MINUTE) };
  }
}
