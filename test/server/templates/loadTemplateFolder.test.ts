import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_TEMPLATES, formatTemplateProblem, renderAgenda } from '../../../src/core/agenda/index.js';
import { loadTemplateFolder } from '../../../src/server/templates/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const good = (id: string, kind = 'dataDig') => `id: ${id}\nkind: ${kind}\ntitle: Title of ${id}\ndurationMinutes: 30\nsections:\n  - heading: Work\n    minutes: 30\n`;

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'agenda-templates-'));
  await writeFile(path.join(folder, 'a-good.yaml'), good('district-dig'));
  await writeFile(path.join(folder, 'b-bad.yaml'), good('broken').replace('minutes: 30\n', 'minutes: -1\n'));
  await writeFile(path.join(folder, 'c-bad.json'), '{ "id": "x-1", ');
  await writeFile(path.join(folder, 'd-bad.md'), '---\nid: md-one\nkind: celebration\ntitle: T\ndurationMinutes: 20\n---\n## Cheers\n');
  await writeFile(
    path.join(folder, 'e-override.json'),
    JSON.stringify({ id: 'celebration', kind: 'celebration', title: 'Our celebration', durationMinutes: 20, sections: [{ heading: 'Wins', minutes: 20 }] }),
  );
  await writeFile(path.join(folder, 'f-duplicate.yml'), good('district-dig'));
  await writeFile(
    path.join(folder, 'g-good.md'),
    '---\nid: md-good\nkind: peerCoaching\ntitle: Coaching walk\ndurationMinutes: 20\n---\nA short one.\n\n## Talk (20 min)\n- Goal and evidence\n',
  );
  await writeFile(path.join(folder, 'README.md'), '# Not a template\n');
  await writeFile(path.join(folder, '_draft.yaml'), 'id: [');
  await writeFile(path.join(folder, 'notes.txt'), 'hello');
  await mkdir(path.join(folder, 'archive'));
  await writeFile(path.join(folder, 'archive', 'old.yaml'), 'id: [');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('loadTemplateFolder', () => {
  it('keeps every good template when other files are bad, and reports all problems at once', async () => {
    const loaded = await loadTemplateFolder(folder, { displayRoot: path.dirname(folder) });
    const shown = path.basename(folder);
    const ids = loaded.templates.map((t) => t.id);
    expect(ids).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'md-good', 'district-dig']);
    expect(loaded.templates.find((t) => t.id === 'celebration')?.title).toBe('Our celebration');
    expect(loaded.problems.map(formatTemplateProblem)).toEqual([
      `${shown}/b-bad.yaml:7: sections[0].minutes must be a positive whole number of minutes, at most 480 — write minutes: 15`,
      expect.stringMatching(new RegExp(`^${shown}/c-bad\\.json:1: the file is not valid JSON: `)),
      `${shown}/d-bad.md:7: sections[0].minutes is missing — put the minutes at the end of the heading: ## Cheers (15 min)`,
      `${shown}/f-duplicate.yml: id "district-dig" is already used by ${shown}/a-good.yaml, which is the one in use — give this template its own id, or delete one of the two files`,
    ]);
    expect(loaded.files.map((f) => `${path.basename(f.file)} ${f.outcome}`)).toEqual([
      'README.md skipped',
      '_draft.yaml skipped',
      'a-good.yaml added',
      'archive skipped',
      'b-bad.yaml rejected',
      'c-bad.json rejected',
      'd-bad.md rejected',
      'e-override.json replaced',
      'f-duplicate.yml rejected',
      'g-good.md added',
      'notes.txt skipped',
    ]);
  });

  it('falls back to the built-ins and says so when the folder is missing', async () => {
    const loaded = await loadTemplateFolder(path.join(folder, 'nope'), { displayRoot: folder });
    expect(loaded.templates).toBe(BUILT_IN_TEMPLATES);
    expect(loaded.problems.map(formatTemplateProblem)).toEqual([
      'nope: the template folder does not exist — create it, or point the setting at the folder that holds the district templates',
    ]);
  });

  it('loads the example district folder in the repository cleanly, and its templates render', async () => {
    const loaded = await loadTemplateFolder(path.join(repoRoot, 'templates'), { displayRoot: repoRoot });
    expect(loaded.problems.map(formatTemplateProblem)).toEqual([]);
    expect(loaded.files.filter((f) => f.outcome !== 'skipped').map((f) => `${f.file} ${f.outcome}`)).toEqual([
      'templates/common-assessment-team.json added',
      'templates/learning-walk.yaml replaced',
      'templates/new-principal-cohort.md added',
    ]);
    for (const template of loaded.templates.filter((t) => t.source !== 'built-in')) {
      const values = Object.fromEntries(template.fields.filter((f) => f.required).map((f) => [f.id, f.type === 'list' ? ['an item'] : 'a value']));
      expect(renderAgenda(template, values, { hostSchool: 'Lincoln Elementary' }).html).toContain('Protected collaboration time.');
    }
  });
});
