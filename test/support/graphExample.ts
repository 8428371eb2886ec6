import { readFileSync } from 'node:fs';

/** One of Microsoft's documented examples (test/fixtures/graph-examples), whole: `{source, method, url, body, ...}`. */
export function graphExample(name: string): { body: unknown; [key: string]: unknown } {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  return JSON.parse(readFileSync(new URL(`../fixtures/graph-examples/${file}`, import.meta.url), 'utf8'));
}
