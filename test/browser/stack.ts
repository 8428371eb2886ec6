/**
 * What the browser tests run against: the demo tenant and the app server on free ports, serving the
 * built app (dist/app), and Debian's chromium driven by playwright-core (no downloaded browser).
 * One clock for both servers and the tab: COMMON_TIME_TODAY (as for `npm start`) or a date the test picks.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { testClock } from '../support/testClock.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';
import { openDistrictCalendarSource } from '../../src/server/district/loadDistrictCalendar.js';
import { demoDistrictCalendarAddress } from '../../src/sim/seed/districtCalendar.js';

const staticDir = path.resolve('dist/app');

export interface Stack {
  readonly sim: SimHandle;
  /** The clock the tenant, the app server and (through /api/config) the tab share. */
  readonly now: () => number;
  readonly app: RunningAppServer;
  /** One persistent context on a fresh profile (playwright wants the profile as userDataDir). */
  readonly context: BrowserContext;
  /** A new page with its own color scheme; sessionStorage is per page, so each starts signed out. */
  newPage(options?: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none'; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** A date (YYYY-MM-DD, or YYYY-MM-DDTHH:mm district time) this test needs; default COMMON_TIME_TODAY, else the real date. */
  today?: string;
  /** The browser's language (navigator.language), e.g. 'fr-FR'; default Chromium's (en-US). */
  locale?: string;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (!existsSync(path.join(staticDir, 'app', 'index.html'))) {
    throw new Error('dist/app is missing: run `npm run build` before the browser tests.');
  }
  const now = testClock(options.today);
  const sim = await startSim({ port: 0, seed: 'demo', now });
  const identity = { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId } as const;
  // As `npm start`: the district's closures read through Graph from the demo tenant's district calendar mailbox.
  const districtCalendar = await openDistrictCalendarSource({}, { demo: true, now, identity, demoMailbox: demoDistrictCalendarAddress(sim.state) });
  const app = await listen(
    createAppServer({
      identity,
      staticDir,
      now,
      districtCalendar: districtCalendar.current,
    }),
    0,
  );
  const profile = await mkdtemp(path.join(tmpdir(), 'ct-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    ...(options.locale && { locale: options.locale }),
  });
  return {
    sim,
    now,
    app,
    context,
    async newPage(options = {}) {
      const page = await context.newPage();
      await page.setViewportSize(options.viewport ?? { width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', forcedColors: options.forcedColors ?? 'none' });
      page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
      return page;
    },
    async close() {
      await context.close();
      districtCalendar.close();
      await app.close();
      await sim.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
