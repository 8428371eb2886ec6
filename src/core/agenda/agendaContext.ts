import type { AgendaContext } from './agendaDocument.js';
import { cleanText, type FieldProblem } from './fieldValues.js';
import { TEMPLATE_KINDS, type TemplateKind } from './model.js';

const TEXT_LIMITS = { title: 255, start: 200, end: 200, hostSchool: 300, location: 300, coachName: 300 } as const;
const MAX_ATTENDEES = 500;
const MAX_ATTENDEE_CHARS = 320;

type TextKey = keyof typeof TEXT_LIMITS;

export interface CheckedContext {
  readonly context: AgendaContext;
  readonly problems: readonly FieldProblem[];
}

/**
 * Checks and tidies the booking context: each string becomes one line of text (line breaks and control
 * characters would break a subject or a header line), over-long values are errors rather than cut silently.
 */
export function checkAgendaContext(input: AgendaContext): CheckedContext {
  const problems: FieldProblem[] = [];
  const out: { -readonly [K in keyof AgendaContext]: AgendaContext[K] } = {};
  if (input.kind !== undefined) {
    if ((TEMPLATE_KINDS as readonly string[]).includes(input.kind)) out.kind = input.kind as TemplateKind;
    else problems.push({ field: 'context.kind', message: `context.kind "${String(input.kind)}" is not a session kind`, fix: `use one of: ${TEMPLATE_KINDS.join(', ')}` });
  }
  for (const key of Object.keys(TEXT_LIMITS) as TextKey[]) {
    const raw: unknown = input[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') {
      problems.push({ field: `context.${key}`, message: `context.${key} must be text`, fix: 'give a string' });
      continue;
    }
    const value = cleanText(raw).replace(/\s+/g, ' ');
    if (value.length > TEXT_LIMITS[key]) {
      problems.push({ field: `context.${key}`, message: `context.${key} is ${value.length} characters; the limit is ${TEXT_LIMITS[key]}`, fix: 'shorten it' });
    } else if (value !== '') {
      out[key] = value;
    }
  }
  if (input.attendees !== undefined) {
    const attendees: unknown = input.attendees;
    if (!Array.isArray(attendees) || !attendees.every((a) => typeof a === 'string')) {
      problems.push({ field: 'context.attendees', message: 'context.attendees must be a list of names', fix: 'give an array of strings' });
    } else if (attendees.length > MAX_ATTENDEES) {
      problems.push({
        field: 'context.attendees',
        message: `context.attendees has ${attendees.length} names; the limit is ${MAX_ATTENDEES}`,
        fix: 'invite a group instead of each person',
      });
    } else {
      const names = (attendees as string[]).map((a) => cleanText(a).replace(/\s+/g, ' ')).filter((a) => a !== '');
      const long = names.find((a) => a.length > MAX_ATTENDEE_CHARS);
      if (long !== undefined)
        problems.push({ field: 'context.attendees', message: `an attendee name is ${long.length} characters; the limit is ${MAX_ATTENDEE_CHARS}`, fix: 'shorten it' });
      else out.attendees = names;
    }
  }
  return { context: out, problems };
}
