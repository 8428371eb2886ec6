/**
 * The clock a test's demo tenant runs on: a date the test picks, else COMMON_TIME_TODAY (so
 * `npm run test:dates` can run the suites on many dates), else the real date. Never the wall clock's
 * date when either is given.
 */
import { clockFromSetting, type Clock } from '../../src/sim/clock.js';

export function testClock(today?: string): Clock {
  return today !== undefined ? clockFromSetting(today, 'startStack({ today })') : clockFromSetting(process.env['COMMON_TIME_TODAY'], 'COMMON_TIME_TODAY');
}
