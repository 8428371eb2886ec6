/**
 * `npm run package [-- --env dev] [-- --out folder]`: the app package IT uploads (Teams admin center,
 * or sideloading): build/appPackage/appPackage.<env>.zip with manifest.json (placeholders filled from
 * env/.env.<env>) and its two icons at the root, as the Agents Toolkit's zipAppPackage makes it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PackageError, ROOT, readArgs, renderManifest } from './appPackage.mjs';

try {
  const args = readArgs(process.argv.slice(2));
  const { text, icons } = renderManifest(args.env);
  const zip = new JSZip();
  zip.file('manifest.json', text);
  for (const icon of icons) zip.file(icon, readFileSync(path.join(ROOT, 'manifest', icon)));
  // A fixed date keeps the zip byte-identical for the same inputs.
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', date: new Date('2026-01-01T00:00:00Z') });
  mkdirSync(args.out, { recursive: true });
  const zipPath = path.join(args.out, `appPackage.${args.env}.zip`);
  const manifestPath = path.join(args.out, `manifest.${args.env}.json`);
  writeFileSync(zipPath, bytes);
  writeFileSync(manifestPath, text);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), zipPath)} (${bytes.length} bytes): manifest.json, ${icons.join(', ')}\n`);
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  process.stderr.write(`npm run package: ${error.message}\n`);
  process.exit(1);
}
