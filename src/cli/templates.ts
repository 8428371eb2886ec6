import { formatTemplateProblem } from '../core/agenda/index.js';
import { loadTemplateFolder } from '../server/templates/index.js';

export const TEMPLATES_USAGE = `Usage: common-time templates check [folder]

Checks a district's agenda template folder (default: ./templates) the way the service loads it: every file's
outcome (added, replaced, rejected, skipped), then each problem with file, line, field and fix.
Exits 0 when every template file loads, 1 when any is rejected, 2 on a usage error.`;

export interface TemplatesIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: TemplatesIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runTemplates(args: string[], io: TemplatesIo = processIo): Promise<number> {
  const [action, folder = 'templates', ...extra] = args;
  if (action === '--help' || action === '-h') {
    io.stdout(TEMPLATES_USAGE + '\n');
    return 0;
  }
  if (action !== 'check' || extra.length > 0 || folder.startsWith('-')) {
    io.stderr(`common-time templates: ${action === undefined ? 'say what to do' : `unexpected "${[action, folder, ...extra].join(' ')}"`}.\n\n${TEMPLATES_USAGE}\n`);
    return 2;
  }
  const loaded = await loadTemplateFolder(folder);
  for (const file of loaded.files) {
    if (file.outcome !== 'skipped') io.stdout(`${file.outcome.padEnd(8)} ${file.file}${file.templateId ? ` (${file.templateId})` : ''}\n`);
  }
  io.stdout(`${loaded.templates.length} templates in use.\n`);
  for (const problem of loaded.problems) io.stderr(formatTemplateProblem(problem) + '\n');
  return loaded.problems.length > 0 ? 1 : 0;
}
