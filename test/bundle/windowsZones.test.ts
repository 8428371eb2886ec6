/**
 * The browser's copy of windows-iana (scripts/windowsZones.mjs, built into the bundle by vite.config.ts) must answer
 * as windows-iana does: an invite sent from the tab names its zone as one sent from the server would.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP, findWindows } from 'windows-iana';
import { findWindowsModule, primaryRowsModule } from '../../scripts/windowsZones.mjs';

async function load<T>(source: string): Promise<T> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'windows-zones-')), 'module.mjs');
  await writeFile(file, source);
  return (await import(pathToFileURL(file).href)) as T;
}

describe('windows-iana as the browser bundle carries it', () => {
  it('returns windows-iana’s own findWindows answer for every IANA name and alias it knows, and none for others', async () => {
    const browser = await load<{ findWindows(iana: string): string[] }>(findWindowsModule());
    const names = [...new Set(IANA_ALIAS_MAP.flatMap((entry) => entry.alias))];
    expect(names.length).toBeGreaterThan(500);
    const differing = names.filter((iana) => JSON.stringify(browser.findWindows(iana)) !== JSON.stringify(findWindows(iana)));
    expect(differing).toEqual([]);
    expect(browser.findWindows('America/Detroit')).toEqual(['Eastern Standard Time']);
    expect(browser.findWindows('Not/AZone')).toEqual(findWindows('Not/AZone'));
  });

  it('keeps every territory-001 row, the ones the Windows-to-IANA lookup reads', async () => {
    const browser = await load<{ WINDOWS_TO_IANA_MAP: typeof WINDOWS_TO_IANA_MAP }>(primaryRowsModule());
    expect(browser.WINDOWS_TO_IANA_MAP).toEqual(WINDOWS_TO_IANA_MAP.filter((row) => row.territory === '001'));
  });
});
