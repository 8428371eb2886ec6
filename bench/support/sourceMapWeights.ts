/**
 * How many bytes of a minified chunk each package (or src/ folder) accounts for, read from the chunk's
 * source map: every mapped segment's bytes go to the source it maps to.
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment of a source map's mappings: base64 VLQ numbers (column, source, line, column[, name]). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The package a source belongs to, or its src/ folder two levels deep. */
function owner(source: string): string {
  return (
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
    `src/${source
      .replace(/^.*?src\//, '')
      .split('/')
      .slice(0, 2)
      .join('/')}`
  );
}

/** Adds each owner's minified bytes in `chunkFile` (which has `chunkFile.map` beside it) to `weights`. */
export function addSourceMapWeights(chunkFile: string, weights: Map<string, number>): void {
  if (!existsSync(`${chunkFile}.map`)) return;
  const lines = readFileSync(chunkFile, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${chunkFile}.map`, 'utf8')) as { sources: string[]; mappings: string };
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments = line ? line.split(',').map(decodeSegment) : [];
    const length = lines[lineIndex]?.length ?? 0;
    let column = 0;
    segments.forEach((segment, i) => {
      column += segment[0] ?? 0;
      if (segment.length > 1) source += segment[1] ?? 0;
      const next = i + 1 < segments.length ? column + (segments[i + 1]![0] ?? 0) : length;
      if (segment.length > 1) {
        const name = owner(map.sources[source] ?? '?');
        weights.set(name, (weights.get(name) ?? 0) + (next - column));
      }
    });
  });
}
