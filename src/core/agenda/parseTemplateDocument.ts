import { readMarkdownTemplate } from './markdownTemplate.js';
import type { AgendaTemplate } from './model.js';
import type { SourceLocator, TemplateProblem } from './problems.js';
import { schemaProblems } from './schemaProblems.js';
import { templateProblems, toTemplate, type TemplateFileData } from './templateChecks.js';
import { lineAt, readYaml, yamlLocator } from './yamlSource.js';
import { parseDocument } from 'yaml';

export type ParsedTemplate = { readonly ok: true; readonly template: AgendaTemplate } | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/** District files are small; a huge one is a mistake (or an attack on the parser), not a template. */
export const MAX_TEMPLATE_FILE_CHARS = 256 * 1024;

const SUFFIXES = ['.json', '.yaml', '.yml', '.md', '.markdown'] as const;

export function isTemplateFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

function fail(file: string, message: string, fix: string, line?: number): ParsedTemplate {
  return { ok: false, problems: [{ file, path: '', ...(line !== undefined ? { line } : {}), message, fix }] };
}

function readJson(file: string, text: string): { data: unknown; locator: SourceLocator } | ParsedTemplate {
  try {
    const data: unknown = JSON.parse(text);
    // JSON is YAML 1.2, so the YAML reader can say on which line a path sits; values come from JSON.parse.
    return { data, locator: yamlLocator(parseDocument(text), text, 'json') };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = /\(line (\d+)/.exec(message)?.[1];
    return fail(
      file,
      `the file is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+$/, '')}`,
      'check for a missing comma or quote, or a comma after the last item',
      line !== undefined ? Number(line) : position !== undefined ? lineAt(text, Number(position)) : undefined,
    );
  }
}

/**
 * Reads one district template file (JSON, YAML, or Markdown with YAML front matter, chosen by the file name's
 * suffix) and checks it against the template schema and the rules the schema cannot state. Pure: the caller
 * reads the file. Returns every problem found, each naming the file, the path in it and the fix.
 */
export function parseTemplateDocument(fileName: string, text: string): ParsedTemplate {
  const lower = fileName.toLowerCase();
  if (!isTemplateFileName(lower)) {
    return fail(fileName, 'the file is not a template file type', 'name it .json, .yaml, .yml or .md');
  }
  if (text.length > MAX_TEMPLATE_FILE_CHARS) {
    return fail(
      fileName,
      `the file is ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEMPLATE_FILE_CHARS.toLocaleString('en-US')}`,
      'keep one template per file and shorten long prompts',
    );
  }
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let read: { data: unknown; locator: SourceLocator } | ParsedTemplate;
  if (lower.endsWith('.json')) {
    read = readJson(fileName, source);
  } else if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    const markdown = readMarkdownTemplate(fileName, source);
    read = 'problems' in markdown ? { ok: false, problems: markdown.problems } : markdown;
  } else {
    const yaml = readYaml(fileName, source);
    read = 'problems' in yaml ? { ok: false, problems: yaml.problems } : { data: yaml.data, locator: yamlLocator(yaml.doc, source, 'yaml') };
  }
  if ('ok' in read) return read;
  const shapeProblems = schemaProblems(read.data, fileName, read.locator);
  if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };
  const template = toTemplate(read.data as TemplateFileData, fileName);
  const ruleProblems = templateProblems(template, fileName, read.locator);
  return ruleProblems.length > 0 ? { ok: false, problems: ruleProblems } : { ok: true, template };
}
