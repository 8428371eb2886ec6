/**
 * Puts a Common Time agenda into a meeting body: where a previous Common Time agenda is, it is replaced
 * in place; otherwise the agenda goes first. Whatever else the organizer wrote stays. Outlook rewrites
 * the HTML it is given (ids may gain an "x_" prefix, wrappers change), so the old agenda is found by
 * its wrapper's id when that survived, else by its first and last lines, which every agenda has.
 */
import { PROTECTED_LEAD } from '../../core/agenda/agendaDocument.js';

export const AGENDA_WRAPPER_ID = 'common-time-agenda';
/** The agenda footer ends with these words (agendaDocument.ts). */
export const AGENDA_END = 'Booked with Common Time.';

export function wrapAgendaHtml(agendaHtml: string): string {
  return `<div id="${AGENDA_WRAPPER_ID}">${agendaHtml}</div>`;
}

function hasBoth(text: string | null): boolean {
  return !!text && text.includes(PROTECTED_LEAD) && text.includes(AGENDA_END);
}

/** The element holding the previous agenda, or, when it has no wrapper of its own, the run of body children. */
function findPrevious(body: HTMLElement): Node[] | undefined {
  const byId = [...body.querySelectorAll('[id]')].find((e) => e.id === AGENDA_WRAPPER_ID || e.id.endsWith(`_${AGENDA_WRAPPER_ID}`));
  if (byId) return [byId];
  if (!hasBoth(body.textContent)) return undefined;
  // The deepest element holding the whole agenda (first line and last line).
  let holder: Element = body;
  for (;;) {
    const child = [...holder.children].find((c) => hasBoth(c.textContent));
    if (!child) break;
    holder = child;
  }
  const nodes = [...holder.childNodes];
  const first = nodes.findIndex((n) => n.textContent?.includes(PROTECTED_LEAD));
  const last = nodes.findLastIndex((n) => n.textContent?.includes(AGENDA_END));
  if (holder !== body && first === 0 && last === nodes.length - 1) return [holder];
  if (first < 0 || last < first) return [holder];
  return nodes.slice(first, last + 1);
}

/** The body with `agendaHtml` in place of any previous agenda (or first). Keeps a full HTML document whole. */
export function placeAgendaInHtml(bodyHtml: string, agendaHtml: string): string {
  const doc = new DOMParser().parseFromString(bodyHtml, 'text/html');
  const fresh = doc.createElement('template');
  fresh.innerHTML = wrapAgendaHtml(agendaHtml);
  const previous = findPrevious(doc.body);
  if (previous && previous.length > 0) {
    previous[0]!.parentNode!.insertBefore(fresh.content, previous[0]!);
    for (const node of previous) node.parentNode?.removeChild(node);
  } else {
    doc.body.insertBefore(fresh.content, doc.body.firstChild);
  }
  return /<html[\s>]/i.test(bodyHtml) ? `<!DOCTYPE html>${doc.documentElement.outerHTML}` : doc.body.innerHTML;
}

/** The same for a plain-text body: the agenda's lines from its first to its last line are replaced. */
export function placeAgendaInText(bodyText: string, agendaText: string): string {
  const start = bodyText.indexOf(PROTECTED_LEAD);
  const endAt = start < 0 ? -1 : bodyText.indexOf(AGENDA_END, start);
  if (start < 0 || endAt < 0) return bodyText.trim() === '' ? agendaText : `${agendaText}\n\n${bodyText}`;
  const lineStart = bodyText.lastIndexOf('\n', start) + 1;
  const lineEnd = bodyText.indexOf('\n', endAt);
  return `${bodyText.slice(0, lineStart)}${agendaText}${lineEnd < 0 ? '' : bodyText.slice(lineEnd)}`;
}
