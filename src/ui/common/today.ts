/**
 * The tab's one clock. In the demo the server's public config says what time it is (COMMON_TIME_TODAY may
 * move the demo to another date), and the tab runs on from that reading; against Microsoft 365 it is the
 * device's clock. Everything that needs "now" or "today" on screen reads it here.
 */
import { DateTime } from 'luxon';

let offsetMs = 0;

/** Takes the server's reading (epoch ms); undefined keeps the device's clock. */
export function followServerClock(serverNowMs: number | undefined): void {
  offsetMs = serverNowMs === undefined ? 0 : serverNowMs - Date.now();
}

/** Epoch ms now, by the tab's clock. */
export function nowMs(): number {
  return Date.now() + offsetMs;
}

/** Today's date in `zone`, YYYY-MM-DD. */
export function todayIn(zone: string): string {
  return DateTime.fromMillis(nowMs(), { zone }).toISODate()!;
}
