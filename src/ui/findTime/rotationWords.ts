/** What the rotation booking says and checks, as plain functions: each walk's outcome, missing agenda fields. */
import type { DraftOutcome } from '../../services/booking/index.js';
import type { AgendaTemplate } from '../../core/agenda/model.js';
import { agendaToSend, templatesFor } from '../booking/agendaValues.js';
import type { AgendaEntry } from '../../services/booking/sessionPlan.js';

/**
 * The coach sets the rotation's shared focus; each host adds their school's focus question, classrooms and
 * look-fors when they accept (My invites), so those are only optional here, per school, for a coach who
 * already has them (or a district template that requires them). The address comes from the school.
 */
export const SHARED_FIELDS = ['sharedFocus'];
export const SCHOOL_FIELDS = ['arrival', 'hostContact', 'focusQuestion', 'classrooms', 'lookFors'];

export function outcomeText(outcome: DraftOutcome, hostName: string | undefined): string {
  switch (outcome.status) {
    case 'created':
      return outcome.invited === 'hostOnly'
        ? `Sent to ${hostName ?? 'the host'} only, to agree to host; the visitors are invited from Sent invites once they accept.`
        : 'Sent to the host and every visitor.';
    case 'alreadyExisted':
      return 'Booked earlier: nothing was sent again.';
    default:
      return outcome.message;
  }
}

/**
 * Required agenda fields left empty, per place the coach types them ("Agenda for every walk", or a school's
 * brief), so nothing is sent before every walk's invite is complete; the service would name the field only.
 */
export function missingAgendaFields(
  schools: readonly string[],
  shared: AgendaEntry | undefined,
  bySchool: Readonly<Record<string, AgendaEntry>>,
  offered?: readonly AgendaTemplate[],
): string[] {
  const required = (templatesFor('learningWalk', offered)[0]?.fields ?? []).filter((f) => f.required && f.id !== 'address');
  const sharedValues = agendaToSend('learningWalk', shared, offered)?.fields ?? {};
  const problems: string[] = [];
  const label = (ids: readonly { label: string }[]) => ids.map((f) => f.label).join(', ');
  const sharedMissing = required.filter((f) => SHARED_FIELDS.includes(f.id) && sharedValues[f.id] === undefined);
  if (sharedMissing.length > 0) problems.push(`Agenda for every walk: ${label(sharedMissing)}`);
  for (const school of schools) {
    const own = agendaToSend('learningWalk', bySchool[school], offered)?.fields ?? {};
    const missing = required.filter((f) => SCHOOL_FIELDS.includes(f.id) && own[f.id] === undefined && sharedValues[f.id] === undefined);
    if (missing.length > 0) problems.push(`Visit brief for ${school}: ${label(missing)}`);
  }
  return problems;
}
