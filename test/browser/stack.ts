/**
 * What the browser tests run against: the demo tenant and the app server on free ports, serving the
 * built app (dist/app), and Debian's chromium driven by playwright-core (no downloaded browser).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';

const staticDir = path.resolve('dist/app');

export interface Stack {
  readonly sim: SimHandle;
  readonly app: RunningAppServer;
  /** One persistent context on a fresh profile (playwright wants the profile as userDataDir). */
  readonly context: BrowserContext;
  /** A new page with its own color scheme; sessionStorage is per page, so each starts signed out. */
  newPage(options?: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none'; viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** The demo tenant's clock (epoch ms): fix "today" so a journey passes on any date. */
  readonly now?: () => number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (!existsSync(path.join(staticDir, 'app', 'index.html'))) {
    throw new Error('dist/app is missing: run `npm run build` before the browser tests.');
  }
  const sim = await startSim({ port: 0, seed: 'demo', ...(options.now ? { now: options.now } : {}) });
  const app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId }, staticDir }), 0);
  const profile = await mkdtemp(path.join(tmpdir(), 'ct-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  return {
    sim,
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
      await app.close();
      await sim.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
