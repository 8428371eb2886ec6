/**
 * `npm start`: the demo tenant and the app server together, one URL to open. With TENANT_ID and
 * CLIENT_ID set it starts only the app server, against Entra ID and Microsoft Graph.
 * Ports: PORT (app, default 3978) and SIM_PORT (demo tenant, default 5030); 0 picks any free port.
 * HOST: the address the app listens on (default 127.0.0.1; 0.0.0.0 in a container or on App Service).
 * The demo tenant keeps its state in DATA_DIR (default .data in the repository, git-ignored).
 * The district's agenda templates are read once at start from TEMPLATES_DIR (default templates/ in the
 * repository) and offered in the tab with the built-ins; a bad file is named with its fix and skipped.
 * COMMON_TIME_TODAY=YYYY-MM-DD runs the demo on that date: one clock for the tenant and the app server.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startSim } from '../sim/server.js';
import type { SimHandle } from '../sim/server.js';
import { createAppServer, listen, PortBusyError } from './appServer.js';
import type { RunningAppServer } from './appServer.js';
import { ConfigError, readHost, readPort, readProductionSettings, readPublicUrl, readToday } from './config.js';
import { clockFromToday, todayOf } from '../sim/clock.js';
import { formatTemplateProblem } from '../core/agenda/index.js';
import { loadTemplateFolder } from './templates/index.js';
import type { IdentitySettings } from './config.js';
import { openDistrictCalendarSource, type DistrictCalendarSource } from './district/loadDistrictCalendar.js';
import { demoDistrictCalendarAddress } from '../sim/seed/districtCalendar.js';
import { districtRoute, readDistrictSettings } from './district.js';
import { readReportConfig } from './report/reportConfig.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const staticDir = path.join(repoRoot, 'dist', 'app');

async function main(): Promise<number> {
  const env = process.env;
  let sim: SimHandle | undefined;
  let app: RunningAppServer | undefined;
  let districtCalendar: DistrictCalendarSource | undefined;
  try {
    const port = readPort(env, 'PORT', 3978);
    const host = readHost(env);
    const production = readProductionSettings(env);
    const today = readToday(env, production !== undefined);
    const now = today ? clockFromToday(today) : Date.now;
    const publicUrl = readPublicUrl(env);
    if (!existsSync(path.join(staticDir, 'app', 'index.html'))) {
      process.stderr.write('The browser app is not built yet: run `npm run build`, then `npm start` again.\n');
      return 1;
    }
    let identity: IdentitySettings;
    if (production) {
      identity = production;
    } else {
      const simPort = readPort(env, 'SIM_PORT', 5030);
      const dataDir = env['DATA_DIR']?.trim() || path.join(repoRoot, '.data');
      sim = await startSim({ port: simPort, dataDir, seed: 'demo', now }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortBusyError(simPort, 'SIM_PORT');
        throw error;
      });
      identity = { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId };
    }
    const templates = await districtTemplates(env);
    districtCalendar = await openDistrictCalendarSource(env, {
      demo: identity.mode === 'demo',
      now,
      identity,
      ...(sim ? { demoMailbox: demoDistrictCalendarAddress(sim.state) } : {}),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`District calendar: ${districtCalendar.description}.\n`);
    const district = readDistrictSettings(env);
    app = await listen(
      createAppServer({
        identity,
        staticDir,
        templates,
        now,
        publicUrl,
        report: { config: readReportConfig(env) },
        routes: [districtRoute(district)],
        districtCalendar: districtCalendar.current,
      }),
      port,
      host,
    ).catch((error: unknown) => {
      if (error instanceof PortBusyError) throw new PortBusyError(port, 'PORT');
      throw error;
    });
    // The app's pages (and only they) may call the demo tenant from the browser.
    sim?.allowOrigin(publicUrl ?? app.url);
  } catch (error) {
    districtCalendar?.close();
    await sim?.close();
    if (error instanceof PortBusyError) {
      process.stderr.write(`${error.message} Stop whatever uses it, or choose another: ${error.variable}=${error.port + 1} npm start\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const lines = sim
    ? [
        '',
        `  Common Time (demo district) is running. Open: ${app.url}/`,
        `  Outlook task pane view: ${app.url}/addin`,
        `  Demo tenant (Graph): ${sim.graphUrl}`,
        `  Today in the demo: ${todayOf(sim.now)}${env['COMMON_TIME_TODAY']?.trim() ? ' (COMMON_TIME_TODAY)' : ''}`,
        '',
        '  Press Ctrl+C to stop.',
        '',
      ]
    : ['', `  Common Time is running against Microsoft 365. Open: ${app.url}/`, '', '  Press Ctrl+C to stop.', ''];
  process.stdout.write(lines.join('\n'));

  const running = app;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      process.stdout.write('\nStopping...\n');
      districtCalendar?.close();
      void Promise.allSettled([running.close(), sim?.flush().then(() => sim?.close())]).then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** The built-ins and the district's folder; without a configured folder, a missing templates/ only means none. */
async function districtTemplates(env: NodeJS.ProcessEnv) {
  const configured = env['TEMPLATES_DIR']?.trim();
  const folder = configured ? path.resolve(configured) : path.join(repoRoot, 'templates');
  if (!configured && !existsSync(folder)) return undefined;
  const loaded = await loadTemplateFolder(folder, { displayRoot: repoRoot });
  const used = loaded.files.filter((f) => f.outcome === 'added' || f.outcome === 'replaced').length;
  process.stdout.write(
    `Agenda templates: ${loaded.templates.length} offered, ${used} from ${path.relative(repoRoot, folder) || folder}${loaded.problems.length ? `; ${loaded.problems.length} problem(s), those files are skipped:` : '.'}\n`,
  );
  for (const problem of loaded.problems) process.stderr.write(`  ${formatTemplateProblem(problem)}\n`);
  return loaded.templates;
}
// A promise nobody awaited must not end a server that is serving people: log it and keep going.
process.on('unhandledRejection', (reason: unknown) => {
  process.stderr.write(`[common-time] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Common Time could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
