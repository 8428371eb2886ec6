/**
 * What the browser bundle carries of windows-iana, built from windows-iana itself at build time (vite.config.ts):
 * its full table (every territory, every alias) is 16 kB gzipped, more than the browser needs for either use.
 * - Windows name to IANA (src/core/time/zones.ts reads the territory-001 rows only): those rows.
 * - IANA to Windows name (src/graph/eventDraft.ts, when an invite is sent): findWindows' answer for every IANA
 *   name windows-iana knows, precomputed and grouped by answer, so the browser's answers are windows-iana's own
 *   (test/build/windowsZones.test.ts compares them name by name).
 */
import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP, findWindows } from 'windows-iana';

/** A module exporting WINDOWS_TO_IANA_MAP with the territory-001 rows only. */
export function primaryRowsModule() {
  const primary = WINDOWS_TO_IANA_MAP.filter((row) => row.territory === '001');
  return `export const WINDOWS_TO_IANA_MAP = ${JSON.stringify(primary)};`;
}

/** A module exporting findWindows(iana) with windows-iana's answers for every IANA name and alias it knows. */
export function findWindowsModule() {
  const byAnswer = new Map();
  for (const iana of new Set(IANA_ALIAS_MAP.flatMap((entry) => entry.alias))) {
    const answer = findWindows(iana);
    if (answer.length === 0) continue;
    const key = answer.join('|');
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), iana]);
  }
  return [
    `const GROUPS = ${JSON.stringify([...byAnswer])};`,
    'const ANSWERS = new Map();',
    "for (const [names, zones] of GROUPS) for (const zone of zones) ANSWERS.set(zone, names.split('|'));",
    'export function findWindows(iana) { return [...(ANSWERS.get(iana) ?? [])]; }',
  ].join('\n');
}
