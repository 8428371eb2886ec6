/**
 * The district report at scale, in one process: `npx tsx bench/report.ts`.
 *
 * A demo tenant seeded with 2,000 principals (`--principals 2000`: about 50 coaches and supervisors, 150
 * cohorts, a term of tagged history) on 127.0.0.1, with 150 ms of latency injected into every Graph
 * request it handles (each `$batch` part counts as one, and the tenant, like Outlook, runs 4 parts of a
 * batch at a time and at most 4 requests per mailbox). Question: the 12-week term's report by principal.
 * - report: GET /api/report through the app server, as the district admin: the directory, then each
 *   calendar's tagged events through `$batch` (20 parts a batch, 16 batches in flight), series expanded.
 * - baseline: one calendarView request per calendar (tagged events, series expanded by Graph), 16 at a time
 *   with plain fetch, no batching: what a client without the gateway would do.
 * Both must give the same hours for every principal before any figure is printed.
 */
import { DateTime } from 'luxon';
import { createAppServer, listen } from '../src/server/appServer.js';
import { startSim } from '../src/sim/server.js';
import { buildReport, reportWindow, type Report, type ReportPrincipal, type TaggedSession } from '../src/core/report/index.js';
import { EXPAND_TAG, taggedEventsFilter } from '../src/graph/commonTimeTag.js';
import { toSession } from '../src/graph/taggedSessions.js';
import type { Event } from '@microsoft/microsoft-graph-types';

const PRINCIPALS = Number(process.env['BENCH_PRINCIPALS'] ?? 2000);
const LATENCY_MS = 150;
const TARGET_MS = 30_000;
const CONCURRENCY = 16;
const NOW = Date.parse('2026-11-30T15:00:00Z');

const built = performance.now();
const sim = await startSim({ port: 0, principals: PRINCIPALS, now: () => NOW });
const app = await listen(
  createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }, staticDir: '/nonexistent', now: () => NOW }),
  0,
);
try {
  console.log(
    `district: ${PRINCIPALS} principals, ${sim.state.users.length - PRINCIPALS - 1} coaches and supervisors, ${sim.state.groups.length} cohorts (seeded in ${((performance.now() - built) / 1000).toFixed(1)} s)`,
  );
  const admin = sim.state.users.find((u) => u.role === 'districtAdmin')!;
  const anchor = DateTime.fromMillis(NOW, { zone: 'America/New_York' }).startOf('week');
  const from = anchor.minus({ weeks: 10 }).toISODate()!;
  const to = anchor.plus({ weeks: 2 }).minus({ days: 1 }).toISODate()!;
  const { apiScope } = (await (await fetch(`${app.url}/api/config`)).json()) as { apiScope: string };
  const tokenRes = await fetch(`${sim.url}/demo/token?user=${admin.userPrincipalName}&scope=${encodeURIComponent(apiScope)}`);
  const adminToken = ((await tokenRes.json()) as { access_token: string }).access_token;

  const viaReport = async (): Promise<Report> => {
    const res = await fetch(`${app.url}/api/report?from=${from}&to=${to}&groupBy=principal`, { headers: { authorization: `Bearer ${adminToken}` } });
    if (!res.ok) throw new Error(`report answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Report;
  };

  const appToken = await sim.appToken();
  const principals: ReportPrincipal[] = sim.state.users
    .filter((u) => u.role === 'principal')
    .map((u) => ({ key: u.userPrincipalName, mail: u.mail, name: u.displayName, school: u.officeLocation }));
  const mailboxes = sim.state.users.filter((u) => u.role !== 'districtAdmin').map((u) => u.userPrincipalName);
  const window = reportWindow(from, to, 'America/New_York');
  const baseline = async (): Promise<Report> => {
    const sessions: TaggedSession[] = [];
    let next = 0;
    const worker = async () => {
      while (next < mailboxes.length) {
        const user = mailboxes[next++]!;
        let url: string | undefined =
          `${sim.graphUrl}/users/${encodeURIComponent(user)}/calendarView?startDateTime=${new Date(window.startMs).toISOString()}&endDateTime=${new Date(window.endMs).toISOString()}&$filter=${encodeURIComponent(taggedEventsFilter())}&$expand=${encodeURIComponent(EXPAND_TAG)}&$top=1000`;
        while (url) {
          const res = await fetch(url, { headers: { authorization: `Bearer ${appToken}` } });
          if (!res.ok) throw new Error(`baseline: ${user} answered ${res.status}`);
          const page = (await res.json()) as { value: Event[]; '@odata.nextLink'?: string };
          for (const e of page.value) {
            if (e.isOrganizer === false) continue;
            const s = toSession(e, e, user);
            if (s) sessions.push(s);
          }
          url = page['@odata.nextLink'];
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return buildReport({ window, groupBy: 'principal', principals, sessions, failures: [], nowMs: NOW, targetHoursPerWeek: 1 });
  };

  // Warm up without latency and check both give every principal the same hours.
  const [a, b] = [await viaReport(), await baseline()];
  if (a.failures.length > 0) throw new Error(`report failures: ${JSON.stringify(a.failures.slice(0, 3))}`);
  const hoursOf = (r: Report) => new Map(r.rows.map((row) => [row.key, JSON.stringify(row.hours)]));
  const [ha, hb] = [hoursOf(a), hoursOf(b)];
  for (const [key, hours] of ha) if (hb.get(key) !== hours) throw new Error(`report and baseline disagree on ${key}: ${hours} vs ${hb.get(key)}`);
  if (a.rows.length !== PRINCIPALS) throw new Error(`expected ${PRINCIPALS} rows, got ${a.rows.length}`);

  // The same read with no latency: what the machine's CPU costs (the demo tenant, the server, JSON).
  const t0 = performance.now();
  await viaReport();
  const cpuMs = performance.now() - t0;
  sim.faults.set({ latencyMs: LATENCY_MS });
  const time = async (f: () => Promise<unknown>) => {
    sim.stats.reset();
    const t0 = performance.now();
    await f();
    return { ms: performance.now() - t0, requests: sim.stats.httpRequests, throttled: sim.stats.byStatus[429] ?? 0, maxPerMailbox: sim.stats.maxConcurrency() };
  };
  const runs = [await time(viaReport), await time(viaReport)];
  const base = await time(baseline);
  const best = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
  const fmt = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;
  console.log(
    `report: ${PRINCIPALS} principals, 12-week term ${from} to ${to}, ${LATENCY_MS} ms latency per Graph request; ${a.summary.hours.total} principal-hours, ${a.summary.principalsWithNone} with none`,
  );
  console.log(`  report   ${fmt(best.ms)} (best of ${runs.length})  HTTP requests ${best.requests}, 429s ${best.throttled}, most in flight per mailbox ${best.maxPerMailbox}`);
  console.log(`  baseline ${fmt(base.ms)} (1 run)      HTTP requests ${base.requests} (one calendarView per calendar, ${CONCURRENCY} at a time), 429s ${base.throttled}`);
  console.log(`  the report with no latency at all: ${fmt(cpuMs)} (the CPU cost on this machine, tenant and server together)`);
  console.log(`  ratio    ${(base.ms / best.ms).toFixed(1)}x   target: report under ${TARGET_MS / 1000} s -> ${best.ms < TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await app.close();
  await sim.close();
}
