/** Moving through a page by keyboard alone, reading the page only to know where focus is. */
import type { Page } from 'playwright-core';

/** Presses Tab until `isHere` (evaluated on document.activeElement as `el`) holds; fails after `max` presses. */
export async function tabTo(page: Page, what: string, isHere: string, max = 80): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${isHere})); })()`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `Tab never reached ${what} in ${max} presses; focus is on ${String(await page.evaluate('document.activeElement && document.activeElement.outerHTML.slice(0, 200)'))}`,
  );
}
