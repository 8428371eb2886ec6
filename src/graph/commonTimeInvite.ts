/**
 * Is this event one of ours? The organizer's copy carries our extended property, but Outlook keeps
 * extended properties and categories with the organizer's item only; an attendee's copy carries the
 * agenda body, which always opens with the protected-time lead.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { PROTECTED_LEAD } from '../core/agenda/agendaDocument.js';
import { escapeHtml } from '../core/agenda/escapeHtml.js';
import { TEMPLATE_KIND_LABELS } from '../core/agenda/model.js';
import { parseCommonTimeTag } from './commonTimeTag.js';

export function isCommonTimeInvite(event: Event): boolean {
  if (parseCommonTimeTag(event)) return true;
  const body = event.body?.content ?? '';
  return body.includes(PROTECTED_LEAD);
}

/**
 * The session kind of an invite: from our tag on the organizer's copy, else from the agenda's
 * "Session:" line on an attendee's copy (the label is the kind's own words, escaped as rendered).
 */
export function inviteKind(event: Event): string | undefined {
  const tagged = parseCommonTimeTag(event)?.kind;
  if (tagged) return tagged;
  const body = event.body?.content ?? '';
  const found = Object.entries(TEMPLATE_KIND_LABELS).find(([, label]) => body.includes(`<strong>Session:</strong> ${escapeHtml(label)}<`));
  return found?.[0];
}
