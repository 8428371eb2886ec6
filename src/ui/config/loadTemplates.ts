/** Reads `/api/templates`: the agenda templates the server offers (the district's folder merged with the built-ins). */
import { BUILT_IN_TEMPLATES } from '../../core/agenda/builtins/index.js';
import type { AgendaTemplate } from '../../core/agenda/model.js';

/**
 * The server's templates; the built-ins when it cannot give them (an older server, a network hiccup), so a
 * coach can always book with the standard agendas. The server checked every district file at start.
 */
export async function loadTemplates(): Promise<readonly AgendaTemplate[]> {
  try {
    const response = await fetch('/api/templates', { headers: { accept: 'application/json' } });
    if (!response.ok) return BUILT_IN_TEMPLATES;
    const body = (await response.json()) as { templates?: unknown };
    return Array.isArray(body.templates) && body.templates.length > 0 ? (body.templates as AgendaTemplate[]) : BUILT_IN_TEMPLATES;
  } catch {
    return BUILT_IN_TEMPLATES;
  }
}
