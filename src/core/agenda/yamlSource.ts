import { LineCounter, parseDocument, type Document } from 'yaml';
import type { PathSegment, SourceLocator, SourceSyntax, TemplateProblem } from './problems.js';

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function nodeStart(doc: Document, segments: readonly PathSegment[]): number | undefined {
  // A missing property has no node of its own: point at the nearest enclosing one instead.
  for (let n = segments.length; n > 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return undefined;
}

/**
 * Lines for paths in YAML (or JSON, which YAML 1.2 reads too). `firstLine` is the file line where `text`
 * begins, for front matter inside a Markdown file.
 */
export function yamlLocator(doc: Document, text: string, syntax: SourceSyntax, firstLine = 1): SourceLocator {
  return {
    syntax,
    lineOf(segments) {
      if (segments.length === 0) return undefined;
      const offset = nodeStart(doc, segments);
      return offset === undefined ? undefined : firstLine - 1 + lineAt(text, offset);
    },
  };
}

export type YamlRead = { readonly data: unknown; readonly doc: Document } | { readonly problems: readonly TemplateProblem[] };

/**
 * Parses YAML with the `yaml` package: no custom tags, aliases capped, duplicate keys an error (a repeated key
 * would otherwise silently win). Every syntax error is reported with its line.
 */
export function readYaml(file: string, text: string, firstLine = 1): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): TemplateProblem => ({
      file,
      path: '',
      line: firstLine - 1 + lineCounter.linePos(error.pos[0]).line,
      message: `the file is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'check the indentation, the colon after each key, and quotes around text that contains a colon or #',
    }));
    // The parser often reports one mistake several times on the same line; the admin needs it once.
    return { problems: problems.filter((p, i) => problems.findIndex((q) => q.line === p.line && q.message === p.message) === i) };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), doc };
  } catch (error) {
    return { problems: [{ file, path: '', message: `the file could not be read as YAML: ${(error as Error).message}`, fix: 'remove the anchors (&) and aliases (*)' }] };
  }
}
