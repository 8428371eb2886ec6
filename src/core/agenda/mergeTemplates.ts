import type { AgendaTemplate } from './model.js';
import type { TemplateProblem } from './problems.js';

export interface MergedTemplates {
  /** Built-ins in their usual order (a district override takes the built-in's place), then district additions by title. */
  readonly templates: readonly AgendaTemplate[];
  readonly problems: readonly TemplateProblem[];
}

/**
 * Lays district templates over the built-ins by id: a district template with a built-in's id replaces it, any
 * other id adds a template. Two district files with one id are a mistake the admin must see: the file that
 * sorts first (by name) wins and the other is reported, so the result never depends on the order files were read.
 */
export function mergeTemplates(builtIns: readonly AgendaTemplate[], district: readonly AgendaTemplate[]): MergedTemplates {
  const problems: TemplateProblem[] = [];
  const byId = new Map<string, AgendaTemplate>();
  for (const template of [...district].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) {
    const earlier = byId.get(template.id);
    if (earlier) {
      problems.push({
        file: template.source,
        path: 'id',
        message: `id "${template.id}" is already used by ${earlier.source}, which is the one in use`,
        fix: 'give this template its own id, or delete one of the two files',
      });
      continue;
    }
    byId.set(template.id, template);
  }
  const builtInIds = new Set(builtIns.map((t) => t.id));
  const templates = [...builtIns.map((t) => byId.get(t.id) ?? t), ...[...byId.values()].filter((t) => !builtInIds.has(t.id)).sort((a, b) => a.title.localeCompare(b.title, 'en'))];
  return { templates, problems };
}
