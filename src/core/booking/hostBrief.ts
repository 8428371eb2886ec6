/**
 * A learning walk's host brief: the host's focus question for their school, the classrooms to visit and the
 * look-fors. Only the organizer can change the walk's event, so the host sends the brief in their answer's
 * note, as labelled lines any mail client shows plainly; the coach's app reads it from the answer and puts
 * it on the walk. These are the note's words both ways.
 */

export interface HostBrief {
  readonly focusQuestion?: string;
  readonly classrooms: readonly string[];
  readonly lookFors: readonly string[];
}

const LABELS = { focusQuestion: 'Focus question', classrooms: 'Classrooms', lookFors: 'Look-fors' } as const;
const MAX_ITEMS = 20;
const MAX_TEXT = 300;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

export function isEmptyBrief(brief: HostBrief): boolean {
  return !brief.focusQuestion && brief.classrooms.length === 0 && brief.lookFors.length === 0;
}

/** The note the host sends: their own words first, then the brief's labelled lines (list items joined by "; "). */
export function hostBriefNote(brief: HostBrief, note = ''): string {
  const lines = [
    ...(brief.focusQuestion ? [`${LABELS.focusQuestion}: ${clean(brief.focusQuestion)}`] : []),
    ...(brief.classrooms.length ? [`${LABELS.classrooms}: ${brief.classrooms.map(clean).filter(Boolean).slice(0, MAX_ITEMS).join('; ')}`] : []),
    ...(brief.lookFors.length ? [`${LABELS.lookFors}: ${brief.lookFors.map(clean).filter(Boolean).slice(0, MAX_ITEMS).join('; ')}`] : []),
  ];
  return [note.trim(), ...lines].filter(Boolean).join('\n');
}

/** The brief in a host's note, or undefined when it has none; the rest of the note is theirs, returned as `note`. */
export function parseHostBrief(text: string): { brief: HostBrief; note: string } | undefined {
  let focusQuestion: string | undefined;
  let classrooms: string[] = [];
  let lookFors: string[] = [];
  const rest: string[] = [];
  const list = (value: string): string[] => value.split(';').map(clean).filter(Boolean).slice(0, MAX_ITEMS);
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(Focus question|Classrooms|Look-fors)\s*:\s*(.*)$/i.exec(line);
    if (!m) {
      rest.push(line);
      continue;
    }
    const label = m[1]!.toLowerCase();
    if (label === 'focus question') focusQuestion = clean(m[2]!) || undefined;
    else if (label === 'classrooms') classrooms = list(m[2]!);
    else lookFors = list(m[2]!);
  }
  const brief = { ...(focusQuestion ? { focusQuestion } : {}), classrooms, lookFors };
  return isEmptyBrief(brief) ? undefined : { brief, note: rest.join('\n').trim() };
}
