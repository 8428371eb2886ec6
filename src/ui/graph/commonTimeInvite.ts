/**
 * Is this event one of ours? The organizer's copy carries our extended property, but Outlook keeps
 * extended properties and categories with the organizer's item only; an attendee's copy carries the
 * agenda body, which always opens with the protected-time lead.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { PROTECTED_LEAD } from '../../core/agenda/agendaDocument.js';
import { parseCommonTimeTag } from '../../graph/commonTimeTag.js';

export function isCommonTimeInvite(event: Event): boolean {
  if (parseCommonTimeTag(event)) return true;
  const body = event.body?.content ?? '';
  return body.includes(PROTECTED_LEAD);
}
