/**
 * axe-core in the page (the installed copy, no network): the serious and critical violations, in words.
 * The app's Content-Security-Policy refuses inline scripts, so page.addScriptTag is blocked (as it should
 * be); the script is evaluated through the DevTools protocol instead, which the policy does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** One line per serious or critical violation: rule, what it asks, and where. Empty when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A theme switched in place fades its colours in (Fluent's transitions): scanning mid-fade finds contrast that no
  // one sees once it settles, so the scan waits until every finite animation has finished.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, {
    timeout: 30_000,
  });
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  // Tabster (Fluent's focus manager) adds aria-hidden focusable guards that hand focus straight on; they are
  // its mechanism, not content a person reaches, so they are left out of the scan.
  const violations = (await page.evaluate('window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] }).then((r) => r.violations)')) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''} (${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''})`,
    );
}
