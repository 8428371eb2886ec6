/**
 * WCAG 2.5.3 (label in name), as voice control needs it: a person says what they see ("click Book this time"),
 * so every control's accessible name must contain its visible words. Two checks: axe-core's own rule
 * (label-content-name-mismatch, whatever its impact), and every visible control with an aria-label or
 * aria-labelledby whose name does not contain its visible text.
 */
import type { Page } from 'playwright-core';

const CONTROLS = 'button, a[href], [role=button], [role=link], [role=tab], [role=menuitem], [role=option], [role=switch], [role=checkbox], [role=radio]';

/** One line per control whose accessible name leaves out its visible words. Empty when every name contains them. */
export async function namesWithoutTheirText(page: Page): Promise<string[]> {
  const fromOurs = await page.evaluate((selector) => {
    const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>(selector))) {
      if (el.closest('[aria-hidden=true], [data-tabster-dummy]') || el.getClientRects().length === 0) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const label = el.getAttribute('aria-label');
      if (!label && !labelledBy) continue;
      const name = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : label!;
      // A chart's points are SVG elements, which have no innerText.
      const visible = words(el instanceof HTMLElement ? el.innerText : (el.textContent ?? ''));
      if (visible && !words(name).includes(visible)) found.push(`"${visible}" is announced as "${words(name)}"`);
    }
    return found;
  }, CONTROLS);
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) throw new Error('run seriousViolations(page) first: it loads axe-core into the page');
  const fromAxe = (await page.evaluate(
    'window.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: ["label-content-name-mismatch"], resultTypes: ["violations"] }).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => "axe label-content-name-mismatch at " + JSON.stringify(n.target))))',
  )) as string[];
  return [...fromOurs, ...fromAxe];
}
