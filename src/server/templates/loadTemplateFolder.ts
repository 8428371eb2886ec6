import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  BUILT_IN_TEMPLATES,
  MAX_TEMPLATE_FILE_CHARS,
  isTemplateFileName,
  mergeTemplates,
  parseTemplateDocument,
  type AgendaTemplate,
  type TemplateProblem,
} from '../../core/agenda/index.js';

export interface TemplateFileReport {
  readonly file: string;
  /** added: a new template; replaced: overrides a built-in; rejected: see problems; skipped: not a template file. */
  readonly outcome: 'added' | 'replaced' | 'rejected' | 'skipped';
  readonly templateId?: string;
}

export interface LoadedTemplates {
  /** Built-ins merged with every good district file; never empty. */
  readonly templates: readonly AgendaTemplate[];
  /** Every problem in every file, in file order; an empty list means all files loaded. */
  readonly problems: readonly TemplateProblem[];
  readonly files: readonly TemplateFileReport[];
}

export interface LoadOptions {
  /** File names in messages are shown relative to this folder (default: the working directory). */
  readonly displayRoot?: string;
}

// README and files starting with _ or . sit beside templates to explain them or to keep drafts.
function isSkippedByName(name: string): boolean {
  return /^readme(\.|$)/i.test(name) || name.startsWith('_') || name.startsWith('.');
}

/**
 * Reads a district's template folder (not its subfolders): each .json, .yaml, .yml or .md file holds one
 * template. Built-ins are merged with the good files by id; a bad file is reported with all its problems and
 * the rest still load, so one typo never takes a district's other templates (or the built-ins) away.
 */
export async function loadTemplateFolder(folder: string, options: LoadOptions = {}): Promise<LoadedTemplates> {
  const root = options.displayRoot ?? process.cwd();
  // Relative to the root when the file is inside it (how the admin knows it), otherwise the absolute path.
  const display = (file: string) => {
    const relative = path.relative(root, file);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join('/');
  };
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      templates: BUILT_IN_TEMPLATES,
      problems: [
        {
          file: display(folder),
          path: '',
          message: code === 'ENOENT' ? 'the template folder does not exist' : `the template folder cannot be read (${code ?? 'error'})`,
          fix: code === 'ENOENT' ? 'create it, or point the setting at the folder that holds the district templates' : 'check that the service account may read it',
        },
      ],
      files: [],
    };
  }

  const problems: TemplateProblem[] = [];
  const files: TemplateFileReport[] = [];
  const district: AgendaTemplate[] = [];
  for (const name of names) {
    const full = path.join(folder, name);
    const shown = display(full);
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile() || isSkippedByName(name) || !isTemplateFileName(name)) {
      files.push({ file: shown, outcome: 'skipped' });
      continue;
    }
    if (info.size > MAX_TEMPLATE_FILE_CHARS * 4) {
      problems.push({ file: shown, path: '', message: `the file is ${info.size.toLocaleString('en-US')} bytes, far above the limit`, fix: 'keep one template per file' });
      files.push({ file: shown, outcome: 'rejected' });
      continue;
    }
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch (error) {
      problems.push({
        file: shown,
        path: '',
        message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'check that the service account may read it',
      });
      files.push({ file: shown, outcome: 'rejected' });
      continue;
    }
    const parsed = parseTemplateDocument(shown, text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      files.push({ file: shown, outcome: 'rejected' });
      continue;
    }
    district.push(parsed.template);
  }

  const merged = mergeTemplates(BUILT_IN_TEMPLATES, district);
  problems.push(...merged.problems);
  const duplicates = new Set(merged.problems.map((p) => p.file));
  const builtInIds = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));
  for (const template of district) {
    files.push(
      duplicates.has(template.source)
        ? { file: template.source, outcome: 'rejected', templateId: template.id }
        : { file: template.source, outcome: builtInIds.has(template.id) ? 'replaced' : 'added', templateId: template.id },
    );
  }
  const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  files.sort(byName);
  problems.sort(byName);
  return { templates: merged.templates, problems, files };
}
