/**
 * What a coach waits for when planning a learning-walk rotation with the form's defaults, in one process:
 * `npx tsx bench/rotation.ts`. The engine alone (suggestRotation on schedules already read: the part that
 * runs in the tab and holds its thread) for each cohort group of the demo district, two weeks from tomorrow
 * (the notice a walk needs is the service's, left out here), 2-hour walks, 20 minutes between schools, on
 * three demo days. Measured: "At least" left empty (the planner relaxes how many each walk needs, trying
 * half the cohort then three). Baseline: the same request with "At least" set to the number the planner
 * settled on (one search). The minimum of the runs is the figure (the 2 cores are shared; the median shows
 * the noise).
 */
import { DateTime } from 'luxon';
import { demoDistrictCalendar, districtBlackouts } from '../src/core/district/index.js';
import { createGraphGateway, createGraphReads } from '../src/graph/index.js';
import { suggestRotation, type RotationRequest } from '../src/services/findTime/suggestRotation.js';
import { clockFromSetting, DEMO_ZONE } from '../src/sim/clock.js';
import { startSim } from '../src/sim/server.js';

const DAYS = ['2026-11-30T10:00', '2027-02-01T10:00', '2027-04-12T10:00'];
const RUNS = 5;

function timed(run: () => void): { min: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(RUNS / 2)]! };
}

const blackouts = districtBlackouts(demoDistrictCalendar('2026-08-01', '2027-07-31'));
for (const today of DAYS) {
  const now = clockFromSetting(today, 'bench');
  const sim = await startSim({ port: 0, seed: 'demo', now });
  try {
    const coach = sim.state.users.find((u) => u.role === 'coach')!.userPrincipalName;
    const reads = createGraphReads(createGraphGateway({ baseUrl: sim.graphUrl, getToken: () => sim.tokenFor(coach) }));
    const tomorrow = DateTime.fromMillis(now(), { zone: DEMO_ZONE }).startOf('day').plus({ days: 1 });
    const window = { start: tomorrow.toMillis(), end: tomorrow.plus({ days: 14 }).toMillis() };
    for (const group of sim.state.groups) {
      const cohort = await reads.listGroupMembers(group.id);
      const schedules = await reads.readSchedules(
        cohort.map((p) => p.mail),
        window,
      );
      const request: RotationRequest = { window, visitMinutes: 120, travelMinutes: 20, timeZone: DEMO_ZONE, tentativeCountsAsFree: false, blackouts };
      const relaxed = suggestRotation(schedules, cohort, request);
      const settled = relaxed.minAttendees ?? cohort.length;
      const measured = timed(() => suggestRotation(schedules, cohort, request));
      const baseline = timed(() => suggestRotation(schedules, cohort, { ...request, minAttendees: settled }));
      const placed = `${relaxed.visits.length}/${relaxed.visits.length + relaxed.unplaced.length}`;
      console.log(
        `${today.slice(0, 10)} ${group.displayName.padEnd(29)} ${placed.padStart(5)} placed, each walk >= ${settled}${relaxed.relaxed ? ' (relaxed)' : ''}: ` +
          `defaults ${measured.min.toFixed(0)} ms (median ${measured.median.toFixed(0)}), "At least ${settled}" set ${baseline.min.toFixed(0)} ms, ratio ${(measured.min / baseline.min).toFixed(1)}x`,
      );
    }
  } finally {
    await sim.close();
  }
}
