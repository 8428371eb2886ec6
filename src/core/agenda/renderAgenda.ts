import { checkAgendaContext } from './agendaContext.js';
import { buildAgendaDocument, subjectFor, type AgendaContext } from './agendaDocument.js';
import { resolveFieldValues, type FieldProblem } from './fieldValues.js';
import type { AgendaTemplate } from './model.js';
import { renderBlocksHtml } from './renderHtml.js';
import { renderBlocksText } from './renderText.js';
import { sanitizeAgendaHtml } from './sanitizeAgendaHtml.js';

export interface RenderedAgenda {
  /** The event body for Graph (`body.contentType: "html"`). */
  readonly html: string;
  /** The same agenda as plain text. */
  readonly text: string;
  /** One line, no control characters. */
  readonly subject: string;
}

/** Every problem with the input at once, so the UI can mark each field rather than one error at a time. */
export class AgendaInputError extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(problems.map((p) => `${p.message} — ${p.fix}`).join('\n'));
    this.name = 'AgendaInputError';
  }
}

/**
 * Renders a template with the coach's field values into an invite body. Everything typed by a user (field
 * values and the context) is treated as text and escaped; the finished HTML then passes through sanitize-html
 * with the agenda allowlist. Throws AgendaInputError naming each field that is missing or invalid.
 *
 * @example
 * renderAgenda(findTemplate(BUILT_IN_TEMPLATES, 'peer-coaching')!, { goal: 'Sharper feedback after walkthroughs' },
 *   { start: 'Tue 4 March, 3:30 PM', end: '4:15 PM', coachName: 'Dana Reyes' })
 * // → { subject: 'Peer-coaching session', html: '<div>\n<p><strong>Protected collaboration time.</strong> …', text: '…' }
 */
export function renderAgenda(template: AgendaTemplate, fieldValues: Readonly<Record<string, unknown>>, context: AgendaContext = {}): RenderedAgenda {
  const fields = resolveFieldValues(template, fieldValues);
  const checked = checkAgendaContext(context);
  const problems = [...checked.problems, ...fields.problems];
  if (problems.length > 0) throw new AgendaInputError(problems);
  const blocks = buildAgendaDocument(template, fields.values, checked.context);
  return {
    html: sanitizeAgendaHtml(renderBlocksHtml(blocks)),
    text: renderBlocksText(blocks),
    subject: subjectFor(template, checked.context),
  };
}
