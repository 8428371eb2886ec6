import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTemplates } from '../../src/cli/templates.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runTemplates(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('common-time templates check', () => {
  it('lists what loads, prints each problem with file, line, field and fix, and exits 1', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'templates-cli-'));
    try {
      await writeFile(path.join(folder, 'good.yaml'), 'id: good-one\nkind: dataDig\ntitle: Good\ndurationMinutes: 10\nsections:\n  - heading: A\n    minutes: 10\n');
      await writeFile(path.join(folder, 'bad.yaml'), 'id: bad-one\nkind: dataDig\ntitle: Bad\ndurationMinutes: 10\nsections:\n  - heading: A\n    minutes: 0\n');
      const result = await run(['check', folder]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(`rejected ${folder}/bad.yaml\nadded    ${folder}/good.yaml (good-one)\n10 templates in use.\n`);
      expect(result.stderr).toBe(`${folder}/bad.yaml:7: sections[0].minutes must be a positive whole number of minutes, at most 480 — write minutes: 15\n`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('exits 0 for the example folder and 2 for a usage error', async () => {
    expect((await run(['check', 'templates'])).code).toBe(0);
    const usage = await run(['fix']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: common-time templates check [folder]');
  });
});
