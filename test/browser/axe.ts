/** An axe-core scan of what the page shows now: the serious and critical violations, as "rule: target" lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated through the browser's debugging protocol, which the page's Content Security Policy does not cover.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Fluent's focus manager (tabster) puts hidden focus guards (`<i data-tabster-dummy>`) at the edges of tab
 * lists and tag groups; screen readers never land on them, so they are left out of the scan.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  const result = (await page.evaluate('window.axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] })')) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
