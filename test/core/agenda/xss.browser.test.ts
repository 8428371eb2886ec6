import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AgendaInputError, BUILT_IN_TEMPLATES, FIELD_TYPES, renderAgenda, type AgendaTemplate } from '../../../src/core/agenda/index.js';
import { sampleValue } from './support/sampleValues.js';
import { HOSTILE_SAFE_SCHEME_URLS, XSS_VECTORS } from './support/xssVectors.js';

/**
 * The rendered bodies, loaded into a real browser (Debian's chromium): nothing may run, nothing may be fetched.
 * Every alert/prompt/confirm call and every network request is recorded; every element then gets focus,
 * mouse, toggle and load events so a surviving handler would fire. A control case proves the harness sees
 * script that does run.
 */

const PAGE_URL = 'http://agenda.test/invite.html';
let pageHtml = '';
let profile: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  profile = await mkdtemp(path.join(tmpdir(), 'ct-agenda-xss-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The page itself comes from a routed origin so relative and protocol-relative URLs become real requests.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ contentType: 'text/html', body: pageHtml });
    requests.push(url);
    return route.abort();
  });
  // Browser-side code is passed as source text: this project's TypeScript has no DOM types.
  await context.addInitScript({
    content: `window.__fired = [];
      for (const name of ['alert', 'prompt', 'confirm', 'msgbox']) window[name] = (...args) => window.__fired.push(name + '(' + args.join(',') + ')');`,
  });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function firedAfterLoading(html: string): Promise<{ fired: string[]; requests: string[] }> {
  requests.length = 0;
  pageHtml = `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  await page.evaluate(`for (const el of document.querySelectorAll('*')) {
    for (const type of ['focus', 'mouseover', 'click', 'toggle', 'load', 'error']) el.dispatchEvent(new Event(type));
  }`);
  await page.waitForTimeout(50);
  const fired = (await page.evaluate('window.__fired')) as string[];
  return { fired, requests: [...requests] };
}

function hostileBodies(template: AgendaTemplate): string[] {
  return XSS_VECTORS.map((vector) => {
    const values: Record<string, unknown> = Object.fromEntries(template.fields.map((f) => [f.id, f.type === 'list' ? [vector] : vector]));
    const context = { title: vector, hostSchool: vector, location: vector, coachName: vector, start: vector, end: vector, attendees: [vector] };
    try {
      return renderAgenda(template, values, context).html;
    } catch (error) {
      if (!(error instanceof AgendaInputError)) throw error;
      template.fields.forEach((f, i) => {
        if (f.type === 'url') values[f.id] = HOSTILE_SAFE_SCHEME_URLS[i % HOSTILE_SAFE_SCHEME_URLS.length];
        if (f.type === 'date') values[f.id] = sampleValue(f, i);
      });
      return renderAgenda(template, values, context).html;
    }
  });
}

describe('rendered agendas in chromium', () => {
  it('sees script that does run (control: the raw vectors, unsanitized)', async () => {
    const result = await firedAfterLoading(XSS_VECTORS.slice(0, 5).join('\n'));
    expect(result.fired.length).toBeGreaterThan(0);
    expect(result.requests.length).toBeGreaterThan(0);
  }, 30_000);

  it('runs nothing and fetches nothing with every vector in every field type and the context', async () => {
    // Templates that together have every field type; the parse5 test covers every template, this one proves the
    // browser agrees. One page, because the page load and event dispatch dominate the cost.
    const templates = BUILT_IN_TEMPLATES.filter((t) => ['learning-walk', 'data-dig', 'project-team'].includes(t.id));
    expect(new Set(templates.flatMap((t) => t.fields.map((f) => f.type)))).toEqual(new Set(FIELD_TYPES));
    const result = await firedAfterLoading(templates.flatMap(hostileBodies).join('\n'));
    expect(result).toEqual({ fired: [], requests: [] });
  }, 60_000);
});
