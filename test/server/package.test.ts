/**
 * `npm run package` and `npm run validate`, run as IT would (child processes): the zip holds the
 * rendered manifest and its icons, the rendered manifest passes office-addin-manifest's offline schema
 * check, and a missing or wrong setting is refused with a message naming it.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run package', () => {
  it('writes appPackage.dev.zip with the rendered manifest and its two icons', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ct-package-'));
    try {
      const result = run('scripts/package.mjs', ['--env', 'dev', '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'appPackage.dev.zip')));
      expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const text = await zip.file('manifest.json')!.async('string');
      expect(text).not.toMatch(/\$\{\{/);
      const manifest = JSON.parse(text) as { id: string; validDomains: string[]; extensions: { runtimes: { code: { page: string } }[] }[] };
      const env = readFileSync('env/.env.dev', 'utf8');
      expect(env).toContain(`TEAMS_APP_ID=${manifest.id}`);
      expect(manifest.validDomains).toEqual(['commontime.contoso.example']);
      expect(manifest.extensions[0]!.runtimes[0]!.code.page).toBe('https://commontime.contoso.example/addin');
      expect(pngSize(Buffer.from(await zip.file('color.png')!.async('uint8array')))).toEqual({ width: 192, height: 192 });
      expect(pngSize(Buffer.from(await zip.file('outline.png')!.async('uint8array')))).toEqual({ width: 32, height: 32 });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses an environment that does not exist, naming the file to create', () => {
    const result = run('scripts/package.mjs', ['--env', 'nosuch', '--out', tmpdir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no env/.env.nosuch.');
  });
});

describe('npm run validate', () => {
  it('finds the rendered manifest valid against its schema, offline', () => {
    const result = run('scripts/validate.mjs', ['--env', 'dev']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('The manifest (env dev, manifestVersion 1.19) is valid.');
    expect(result.status).toBe(0);
  }, 120_000);

  it('reports a schema error with the field it concerns', () => {
    const result = run('scripts/validate.mjs', ['--env', 'dev'], { TEAMS_APP_ID: 'not-a-guid' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/id must match pattern/);
  }, 120_000);
});
