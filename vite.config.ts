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
 * The Windows zone names the browser reads (core/time/zones.ts resolves each name to its territory-001 IANA
 * zone) as windows-iana's own rows for territory 001, not its whole table with every territory and alias:
 * about 2 kB gzipped instead of 15 kB on the first page. Other imports (findWindows, when booking) get the
 * real module.
 */
function windowsZonesForTheBrowser(): Plugin {
  const id = '\0windows-iana-primary';
  return {
    name: 'common-time-windows-zones',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'windows-iana' && importer?.replace(/\\/g, '/').endsWith('/src/core/time/zones.ts') ? id : undefined;
    },
    async load(loaded) {
      if (loaded !== id) return undefined;
      const { WINDOWS_TO_IANA_MAP } = await import('windows-iana');
      const primary = WINDOWS_TO_IANA_MAP.filter((row) => row.territory === '001');
      return `export const WINDOWS_TO_IANA_MAP = ${JSON.stringify(primary)};`;
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
