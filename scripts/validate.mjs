/**
 * `npm run validate [-- --env dev]`: the manifest, filled in from env/.env.<env>, checked against the
 * unified manifest's JSON schema with office-addin-manifest, offline (it validates JSON manifests
 * against the schemas @microsoft/app-manifest bundles for each manifestVersion).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateManifest } from 'office-addin-manifest';
import { PackageError, readArgs, renderManifest } from './appPackage.mjs';

let dir;
try {
  const args = readArgs(process.argv.slice(2));
  const { text, manifest } = renderManifest(args.env);
  dir = mkdtempSync(path.join(tmpdir(), 'ct-manifest-'));
  const file = path.join(dir, 'manifest.json');
  writeFileSync(file, text);
  const result = await validateManifest(file);
  if (!result.isValid) {
    const errors = result.report?.errors ?? [];
    process.stderr.write(
      `The manifest (env ${args.env}) is not valid against the ${manifest.manifestVersion} schema:\n${errors.map((e) => `  - ${e.content ?? e.title}`).join('\n') || '  (no details)'}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`The manifest (env ${args.env}, manifestVersion ${manifest.manifestVersion}) is valid.\n`);
  }
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  process.stderr.write(`npm run validate: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
