/** The tab's one clock: in the demo it follows the server's reading from /api/config, never the device's date. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { followServerClock, nowMs, todayIn } from '../../src/ui/common/today.js';
import { defaultForm } from '../../src/ui/findTime/findTimeForm.js';

afterEach(() => followServerClock(undefined));

describe("the tab's today", () => {
  it("is the server's date in the person's zone once the config is read, and runs on from there", () => {
    const server = DateTime.fromISO('2027-03-08T23:30', { zone: 'America/New_York' }).toMillis();
    followServerClock(server);
    expect(todayIn('America/New_York')).toBe('2027-03-08');
    expect(todayIn('America/Chicago')).toBe('2027-03-08');
    expect(todayIn('Europe/London')).toBe('2027-03-09');
    expect(Math.abs(nowMs() - server)).toBeLessThan(5_000);
    // The find-time form's default dates start the next day by that clock.
    expect(defaultForm(todayIn('America/New_York')).firstDate).toBe('2027-03-09');
  });

  it("is the device's clock when the server gives none (Microsoft 365)", () => {
    followServerClock(undefined);
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(5_000);
  });
});
