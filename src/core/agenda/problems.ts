import { stringify } from 'yaml';

/** One thing wrong with a district template file, said so an admin can fix it without reading code. */
export interface TemplateProblem {
  /** The file as the admin knows it, e.g. `templates/walk.yaml`. */
  readonly file: string;
  /** Where in the template, written as in the file: `sections[2].minutes`; empty for the whole file. */
  readonly path: string;
  /** 1-based line in the file when it is known. */
  readonly line?: number;
  /** A full sentence that starts with the path: "sections[2].minutes must be …". */
  readonly message: string;
  /** What to write or do instead: "write minutes: 15". */
  readonly fix: string;
}

/** `templates/walk.yaml:14: sections[2].minutes must be … — write minutes: 15` (the line only when known). */
export function formatTemplateProblem(problem: TemplateProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message} — ${problem.fix}`;
}

export type PathSegment = string | number;

/** `['sections', 2, 'minutes']` → `sections[2].minutes`; the empty path reads "the file". */
export function pathText(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function subjectOf(segments: readonly PathSegment[]): string {
  return segments.length === 0 ? 'the file' : pathText(segments);
}

/** The syntax the admin writes in; fixes are shown in it. Markdown front matter is YAML. */
export type SourceSyntax = 'json' | 'yaml';

/**
 * How to write `key: value` in the admin's own syntax, so the fix can be pasted: `minutes: 15`, `"minutes": 15`,
 * or `- Debrief` for a list item.
 */
export function exampleText(key: PathSegment | undefined, value: unknown, syntax: SourceSyntax): string {
  const rendered = syntax === 'json' ? JSON.stringify(value) : stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  if (key === undefined) return rendered;
  if (typeof key === 'number') return syntax === 'json' ? rendered : `- ${rendered}`;
  return syntax === 'json' ? `${JSON.stringify(key)}: ${rendered}` : `${key}: ${rendered}`;
}

/** Where a path sits in the file and, for Markdown bodies, a fix phrased for the body rather than front matter. */
export interface SourceLocator {
  readonly syntax: SourceSyntax;
  lineOf(segments: readonly PathSegment[]): number | undefined;
  fixFor?(segments: readonly PathSegment[]): string | undefined;
}

export function problemAt(file: string, locator: SourceLocator, segments: readonly PathSegment[], message: string, fix: string): TemplateProblem {
  const line = locator.lineOf(segments);
  return {
    file,
    path: pathText(segments),
    ...(line !== undefined ? { line } : {}),
    message: `${subjectOf(segments)} ${message}`,
    fix: locator.fixFor?.(segments) ?? fix,
  };
}
