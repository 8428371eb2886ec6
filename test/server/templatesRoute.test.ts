/**
 * The district's agenda templates reach the tab: the folder read as the server reads it at start, then
 * served at /api/templates (with the built-ins) over real HTTP, before anyone signs in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILT_IN_TEMPLATES } from '../../src/core/agenda/builtins/index.js';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';
import { loadTemplateFolder } from '../../src/server/templates/index.js';

let withFolder: RunningAppServer;
let builtInsOnly: RunningAppServer;
let staticDir: string;
// The validator is never reached: /api/templates is public, like /api/config.
const identity = { mode: 'demo' as const, simUrl: 'http://127.0.0.1:9', tenantId: 'demo', clientId: '00000000-0000-4000-8000-000000000000' };

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'ct-templates-'));
  const { templates, problems } = await loadTemplateFolder(path.resolve('templates'));
  expect(problems).toEqual([]);
  withFolder = await listen(createAppServer({ identity, staticDir, templates }), 0);
  builtInsOnly = await listen(createAppServer({ identity, staticDir }), 0);
});

afterAll(async () => {
  await withFolder?.close();
  await builtInsOnly?.close();
  await rm(staticDir, { recursive: true, force: true });
});

async function templatesFrom(server: RunningAppServer): Promise<{ id: string; kind: string; source?: string }[]> {
  const response = await fetch(`${server.url}/api/templates`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { templates: { id: string; kind: string; source?: string }[] }).templates;
}

describe('GET /api/templates', () => {
  it("offers the district folder's templates with the built-ins, a district file replacing the built-in of the same id", async () => {
    const offered = await templatesFrom(withFolder);
    const ids = offered.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['common-assessment-team', 'new-principal-cohort', ...BUILT_IN_TEMPLATES.map((t) => t.id)]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(offered.find((t) => t.id === 'learning-walk')?.source).toMatch(/learning-walk\.yaml$/);
  });

  it('offers the built-ins when no folder was read', async () => {
    expect((await templatesFrom(builtInsOnly)).map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
  });

  it('answers only GET', async () => {
    const response = await fetch(`${withFolder.url}/api/templates`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
