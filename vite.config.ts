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

export default defineConfig({
  plugins: [manifestIcons()],
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
    // Fluent UI, the Graph client, luxon and sanitize-html make one ~1.4 MB chunk (~400 kB gzipped);
    // MSAL is split off and loaded only in production.
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
    rollupOptions: {
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
