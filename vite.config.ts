/**
 * One Vite build for both hosts: the Teams tab (src/app) and the Outlook task pane (src/addin) share
 * src/ui and src/core, so they are two inputs of one build into dist/app, served by src/server.
 * @vitejs/plugin-react cannot be installed here, and Vite 8 transforms TSX itself through oxc.
 */
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

/** The app package and ribbon icons (manifest/*.png) are served at /icons/, where the Outlook ribbon loads them. */
function manifestIcons(): Plugin {
  return {
    name: 'common-time-manifest-icons',
    generateBundle() {
      for (const name of ['color.png', 'outline.png', ...[16, 25, 32, 48, 80].map((size) => `icon-${size}.png`)]) {
        this.emitFile({ type: 'asset', fileName: `icons/${name}`, source: readFileSync(new URL(`./manifest/${name}`, import.meta.url)) });
      }
    },
  };
}

/**
 * windows-iana as the browser needs it (scripts/windowsZones.mjs builds both from windows-iana itself): the
 * territory-001 rows for core/time/zones.ts (Windows name to IANA), and findWindows' own answers, precomputed,
 * for graph/eventDraft.ts (IANA to Windows name when an invite is sent). About 7 kB gzipped instead of the
 * full table's 16 kB on the first page.
 */
function windowsZonesForTheBrowser(): Plugin {
  const modules: Record<string, string> = { '/src/core/time/zones.ts': '\0windows-iana-primary', '/src/graph/eventDraft.ts': '\0windows-iana-find-windows' };
  return {
    name: 'common-time-windows-zones',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'windows-iana' || !importer) return undefined;
      const from = importer.replace(/\\/g, '/');
      const suffix = Object.keys(modules).find((file) => from.endsWith(file));
      if (suffix) return modules[suffix];
      // Any other browser module would bring the whole table back onto the first page.
      this.error(`windows-iana imported from ${importer}: add it to windowsZonesForTheBrowser in vite.config.ts`);
    },
    async load(loaded) {
      if (loaded === '\0windows-iana-primary') return (await import('./scripts/windowsZones.mjs')).primaryRowsModule();
      if (loaded === '\0windows-iana-find-windows') return (await import('./scripts/windowsZones.mjs')).findWindowsModule();
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [manifestIcons(), windowsZonesForTheBrowser()],
  root: srcDir,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/app', import.meta.url)),
    emptyOutDir: true,
    // Maps are written for reading error reports, but no bundle names them and production never
    // serves them (src/server/http/staticFiles.ts): they would hand out the original sources.
    sourcemap: 'hidden',
    // The screens, the booking steps, the invite sanitizer and MSAL are split off and loaded when needed;
    // bench/tab.ts measures what the first page loads.
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
    rollupOptions: {
      // Our domain, gateway and service modules only declare (the core does no I/O by rule), and neither do
      // windows-iana's tables: importing src/graph's index for the reads must not pull booking's modules and
      // the full zone table into the first page.
      treeshake: { moduleSideEffects: (id) => !/[\\/](node_modules[\\/]windows-iana|src[\\/](core|graph|services))[\\/]/.test(id) },
      // Fluent marks its modules 'use client' for React Server Components; irrelevant in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        // gray-matter (district template files, pulled in with the booking chunk) keeps an eval for
        // JavaScript front matter, which the browser never parses; the CSP forbids eval anyway.
        if (warning.code === 'EVAL' && /gray-matter/.test(warning.id ?? warning.message)) return;
        // js-yaml (same path) names Node's Buffer only for !!binary YAML tags, which agendas never use.
        if (/"buffer" has been externalized/.test(warning.message) && /js-yaml/.test(warning.message)) return;
        warn(warning);
      },
      input: {
        app: fileURLToPath(new URL('./src/app/index.html', import.meta.url)),
        addin: fileURLToPath(new URL('./src/addin/index.html', import.meta.url)),
        // Sign-in fallbacks: MSAL's redirect bridge, and the window Outlook's dialog or Teams opens.
        authRedirect: fileURLToPath(new URL('./src/auth/redirect.html', import.meta.url)),
        authDialog: fileURLToPath(new URL('./src/auth/dialog.html', import.meta.url)),
      },
    },
  },
  logLevel: 'warn',
});
