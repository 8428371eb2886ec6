/** Parses the `Prefer` header: `outlook.timezone="Pacific Standard Time", odata.maxpagesize=50`. */
import type { Prefer } from './types.js';

export function parsePrefer(header: string | undefined): Prefer {
  const all: Record<string, string> = {};
  if (header) {
    // Split on commas outside quotes; a zone name never contains a comma but may contain spaces.
    for (const part of header.match(/(?:[^,"]|"[^"]*")+/g) ?? []) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const value =
        eq < 0
          ? ''
          : part
              .slice(eq + 1)
              .trim()
              .replace(/^"(.*)"$/, '$1');
      if (key) all[key] = value;
    }
  }
  const prefer: Prefer = { all };
  const tz = all['outlook.timezone'];
  if (tz) prefer.timeZone = tz;
  const size = Number(all['odata.maxpagesize']);
  if (Number.isInteger(size) && size > 0) prefer.maxPageSize = size;
  return prefer;
}
