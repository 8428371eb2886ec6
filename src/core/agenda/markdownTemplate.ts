import matter from 'gray-matter';
import type { PathSegment, SourceLocator, TemplateProblem } from './problems.js';
import { lineAt, readYaml, yamlLocator } from './yamlSource.js';

/**
 * A Markdown template file: YAML front matter holds the settings (id, kind, title, durationMinutes, fields,
 * and optionally description, briefHeading, sections). The body, when present, is written for people:
 *
 * - text before the first `##` heading is the description (a leading `# heading` is a title for readers and is
 *   skipped; lines of one paragraph are joined, paragraphs stay apart);
 * - each `## Heading (15 min)` starts a section, with its minutes in brackets at the end of the heading;
 * - under it, each `-`, `*` or `1.` item is a prompt, and any other text paragraph is a prompt too;
 * - a line `Fields: focusQuestion, lookFors` lists the fields shown in that section.
 *
 * Sections come either from the front matter or from the body, never both; the same goes for the description.
 */

const HEADING = /^##\s+(.*?)\s*$/;
const MINUTES = /^(.*?)\s*\((\d+)\s*(?:min|mins|minutes)\.?\)$/i;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const FIELDS = /^fields\s*:\s*(.*)$/i;

// gray-matter only splits front matter from body here: the YAML is parsed afterwards with line numbers. Its
// other engines are replaced because its JavaScript engine would run `---js` front matter through eval().
const refuse = () => {
  throw new Error('only YAML front matter is allowed');
};
const SAFE_ENGINES = {
  yaml: () => ({}),
  javascript: refuse,
  js: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  json: refuse,
};

interface BodySection {
  heading: string;
  minutes?: number;
  prompts: string[];
  fields?: string[];
  line: number;
  promptLines: number[];
  fieldsLine?: number;
}

interface Body {
  description: string;
  descriptionLine: number;
  sections: BodySection[];
}

function readBody(body: string, firstLine: number): Body {
  const lines = body.split('\n');
  const description: string[] = [];
  const sections: BodySection[] = [];
  let paragraph: string[] = [];
  let descriptionLine = firstLine;
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    paragraph = [];
    const current = sections[sections.length - 1];
    if (current) current.prompts.push(text);
    else description.push(text);
  };
  lines.forEach((raw, i) => {
    const lineNo = firstLine + i;
    const line = raw.trimEnd();
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const text = heading[1] ?? '';
      const timed = MINUTES.exec(text);
      sections.push({
        heading: timed ? (timed[1] ?? '') : text,
        ...(timed ? { minutes: Number(timed[2]) } : {}),
        prompts: [],
        promptLines: [],
        line: lineNo,
      });
      return;
    }
    const current = sections[sections.length - 1];
    if (line.trim() === '') return flush();
    if (!current && description.length === 0 && paragraph.length === 0 && /^#\s/.test(line)) return;
    if (!current && description.length === 0 && paragraph.length === 0) descriptionLine = lineNo;
    const fields = current ? FIELDS.exec(line.trim()) : null;
    if (current && fields) {
      flush();
      current.fields = (fields[1] ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== '');
      current.fieldsLine = lineNo;
      return;
    }
    const item = ITEM.exec(line);
    if (current && item) {
      flush();
      current.prompts.push((item[1] ?? '').trim());
      current.promptLines.push(lineNo);
      return;
    }
    if (current && paragraph.length === 0) current.promptLines.push(lineNo);
    paragraph.push(line.trim());
  });
  flush();
  return { description: description.join('\n\n'), descriptionLine, sections };
}

function bodyLocator(frontMatter: SourceLocator, body: Body, sectionsFromBody: boolean, descriptionFromBody: boolean): SourceLocator {
  return {
    syntax: 'yaml',
    lineOf(segments: readonly PathSegment[]) {
      if (descriptionFromBody && segments[0] === 'description') return body.descriptionLine;
      if (!sectionsFromBody || segments[0] !== 'sections') return frontMatter.lineOf(segments);
      const section = typeof segments[1] === 'number' ? body.sections[segments[1]] : undefined;
      if (!section) return body.sections[0]?.line;
      if (segments[2] === 'prompts' && typeof segments[3] === 'number') return section.promptLines[segments[3]] ?? section.line;
      if (segments[2] === 'fields') return section.fieldsLine ?? section.line;
      return section.line;
    },
    fixFor(segments: readonly PathSegment[]) {
      if (!sectionsFromBody || segments[0] !== 'sections') return undefined;
      const section = typeof segments[1] === 'number' ? body.sections[segments[1]] : undefined;
      if (segments.length === 1) return 'write 1 to 20 sections, each starting with a line like ## Debrief (15 min)';
      if (segments[2] === 'minutes') return `put the minutes at the end of the heading: ## ${section?.heading || 'Debrief'} (15 min)`;
      if (segments[2] === 'heading') return 'write the heading text after ##, like ## Debrief (15 min)';
      return undefined;
    },
  };
}

export type MarkdownRead = { readonly data: unknown; readonly locator: SourceLocator } | { readonly problems: readonly TemplateProblem[] };

export function readMarkdownTemplate(file: string, text: string): MarkdownRead {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trimEnd();
  if (!/^---(?:ya?ml)?$/i.test(firstLine)) {
    const language = /^---\s*(\S+)/.exec(firstLine)?.[1];
    return {
      problems: [
        {
          file,
          path: '',
          line: 1,
          message: language ? `the front matter must be YAML, not ${language}` : 'the file has no front matter',
          fix: 'start the file with a line of three dashes (---), then id:, kind:, title: and durationMinutes:, then another ---',
        },
      ],
    };
  }
  if (!/\n---[ \t]*(?:\n|$)/.test(text)) {
    return {
      problems: [{ file, path: '', line: 1, message: 'the front matter is not closed', fix: 'end the settings with a line of three dashes (---) before the Markdown body' }],
    };
  }
  const parsed = matter(text, { engines: SAFE_ENGINES, language: 'yaml' });
  // Re-read the front matter with line numbers so errors point into the file, not into the block.
  const matterText = parsed.matter ?? '';
  const front = readYaml(file, matterText, 1);
  if ('problems' in front) return front;
  const frontData: unknown = front.data ?? {};
  if (typeof frontData !== 'object' || frontData === null || Array.isArray(frontData)) {
    return { problems: [{ file, path: '', line: 2, message: 'the front matter must be a set of key: value settings', fix: 'write id: my-template on the first line after ---' }] };
  }
  const bodyFirstLine = lineAt(text, text.length - parsed.content.length);
  const body = readBody(parsed.content, bodyFirstLine);
  const settings = frontData as Record<string, unknown>;
  const problems: TemplateProblem[] = [];
  if (body.sections.length > 0 && 'sections' in settings) {
    problems.push({
      file,
      path: 'sections',
      line: body.sections[0]?.line ?? bodyFirstLine,
      message: 'sections are given both in the front matter and as ## headings in the body',
      fix: 'keep one: remove sections: from the front matter, or the ## headings from the body',
    });
  }
  if (body.description !== '' && 'description' in settings) {
    problems.push({
      file,
      path: 'description',
      line: body.descriptionLine,
      message: 'description is given both in the front matter and as text before the first ## heading',
      fix: 'keep one of the two',
    });
  }
  if (problems.length > 0) return { problems };
  const sectionsFromBody = body.sections.length > 0;
  const descriptionFromBody = body.description !== '';
  const data = {
    ...settings,
    ...(descriptionFromBody ? { description: body.description } : {}),
    ...(sectionsFromBody
      ? {
          sections: body.sections.map((s) => ({
            heading: s.heading,
            ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
            prompts: s.prompts,
            ...(s.fields ? { fields: s.fields } : {}),
          })),
        }
      : {}),
  };
  return { data, locator: bodyLocator(yamlLocator(front.doc, matterText, 'yaml', 1), body, sectionsFromBody, descriptionFromBody) };
}
