/**
 * Choosing people one by one, in a real browser: the people search's list is a popup layer that must never
 * cover the app (it once inherited the root's full-height background and blocked every click), and each
 * name typed after a pick keeps all its letters.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './stack.js';

let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  page = await stack.newPage();
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

/** What the page shows at a point far from the list: the app, not a popup layer over it. */
async function coveredAt(x: number, y: number): Promise<string> {
  return page.evaluate(`(() => {
    const hit = document.elementFromPoint(${x}, ${y});
    const layer = hit && hit.closest('[data-portal-node], .fui-Portal, [data-tabster-dummy]');
    return layer ? 'layer: ' + layer.className : 'app: ' + (hit ? hit.tagName : 'nothing');
  })()`);
}

describe('coach: pick people', () => {
  it('adds two people by typing their names; the list never covers the app and no letter is lost', async () => {
    const coach = stack.sim.state.users.find((u) => u.role === 'coach')!;
    const principals = stack.sim.state.users.filter((u) => u.role === 'principal');
    const first = principals[0]!;
    const second = principals.find((p) => p.givenName !== first.givenName && p.givenName.length >= 3)!;
    await page.goto(stack.app.url);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${coach.displayName}`) }).click();
    await page.getByRole('heading', { name: 'Find time', level: 2 }).waitFor();
    await page.getByRole('radio', { name: 'Pick people' }).check();
    const search = page.getByRole('combobox', { name: /^Add people/ });

    await search.pressSequentially(first.givenName, { delay: 30 });
    await page.getByRole('option', { name: new RegExp(first.displayName) }).click();
    await page.getByRole('button', { name: `Remove ${first.displayName}` }).waitFor();
    // The popup closed: nothing lies over the app, a click elsewhere reaches the app.
    const size = page.viewportSize()!;
    expect(await coveredAt(size.width - 5, size.height - 5)).toMatch(/^app: /);
    await page.getByRole('radio', { name: 'A group' }).click({ trial: true });

    await search.click();
    await search.pressSequentially(second.givenName, { delay: 30 });
    expect(await search.inputValue()).toBe(second.givenName);
    await page.getByRole('option', { name: new RegExp(second.displayName) }).click();
    await page.getByRole('button', { name: `Remove ${second.displayName}` }).waitFor();
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await coveredAt(size.width - 5, size.height - 5)).toMatch(/^app: /);
  }, 60_000);
});
