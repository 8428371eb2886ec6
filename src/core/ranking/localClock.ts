import { DateTime } from 'luxon';
import type { Interval } from '../time/interval.js';

/** One local calendar day in a zone, as instants. */
interface LocalDay {
  readonly start: number;
  readonly end: number;
  /** 1 = Monday … 7 = Sunday, as luxon counts. */
  readonly weekday: number;
  /** True when the UTC offset is the same all day, so minutes since midnight are plain subtraction. */
  readonly uniformOffset: boolean;
}

export interface LocalTime {
  readonly weekday: number;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
}

/**
 * Reads the local weekday and time of many instants in one zone cheaply: luxon is asked once per day
 * of the window (about 10 µs a call, too slow per slot for a district-sized search), and inside a day
 * with no clock change the local time is the distance from midnight. Days with a change ask luxon.
 */
export class LocalClock {
  private readonly days: LocalDay[] = [];

  constructor(readonly zone: string, window: Interval) {
    let day = DateTime.fromMillis(window.start, { zone }).startOf('day');
    // One extra day so that slot ends at the window's end still find their day.
    while (day.toMillis() <= window.end) {
      const next = day.plus({ days: 1 }).startOf('day');
      const start = day.toMillis();
      const end = next.toMillis();
      this.days.push({ start, end, weekday: day.weekday, uniformOffset: end - start === 24 * 3_600_000 && day.offset === next.offset });
      day = next;
    }
  }

  at(instant: number): LocalTime {
    const day = this.dayOf(instant);
    if (day === undefined || !day.uniformOffset) {
      const dt = DateTime.fromMillis(instant, { zone: this.zone });
      return { weekday: dt.weekday, minuteOfDay: dt.hour * 60 + dt.minute };
    }
    return { weekday: day.weekday, minuteOfDay: Math.floor((instant - day.start) / 60_000) };
  }

  private dayOf(instant: number): LocalDay | undefined {
    let lo = 0;
    let hi = this.days.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const day = this.days[mid]!;
      if (instant < day.start) hi = mid - 1;
      else if (instant >= day.end) lo = mid + 1;
      else return day;
    }
    return undefined;
  }
}
