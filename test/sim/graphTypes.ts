/**
 * Reads names straight from @microsoft/microsoft-graph-types' declaration file, so tests compare the
 * simulator's answers with Microsoft's published types rather than with a list typed from memory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dts = readFileSync(require.resolve('@microsoft/microsoft-graph-types/microsoft-graph.d.ts'), 'utf8');

/** The string values of `export type Name = "a" | "b";`. */
export function graphEnum(name: string): string[] {
  const m = new RegExp(`export type ${name} =([^;]+);`).exec(dts);
  if (!m) throw new Error(`No enum ${name} in microsoft-graph.d.ts`);
  return [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
}

/** Property names of `export interface Name extends Base { ... }`, including its bases'. */
export function graphProperties(name: string): Set<string> {
  const m = new RegExp(`export interface ${name}(?: extends (\\w+))? \\{([\\s\\S]*?)\\n\\}`).exec(dts);
  if (!m) throw new Error(`No interface ${name} in microsoft-graph.d.ts`);
  const own = [...m[2]!.matchAll(/^\s+"?([@\w.]+)"?\??:/gm)].map((x) => x[1]!);
  return new Set([...own, ...(m[1] ? graphProperties(m[1]) : [])]);
}
