import { useState } from 'react';
import { hostBriefNote, isEmptyBrief, type HostBrief } from '../../../core/booking/hostBrief.js';
import { MAX_COMMENT_CHARS } from '../../../services/booking/invites.js';
import { errorText } from '../../common/errorText.js';
import { useSessionState } from '../../session/useSessionState.js';
import type { HostBriefDraft, HostBriefFormProps, HostBriefFormState } from './HostBriefForm.types.js';

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function draftOf(brief: HostBrief | undefined): HostBriefDraft {
  return { focusQuestion: brief?.focusQuestion ?? '', classrooms: (brief?.classrooms ?? []).join('\n'), lookFors: (brief?.lookFors ?? []).join('\n') };
}

/**
 * The brief in a draft, or a sentence naming what to fix. A ";" inside a line would split it in the note
 * (the note lists items with "; "), so it becomes a comma.
 */
export function briefFromDraft(draft: HostBriefDraft, note: string): { brief: HostBrief } | { error: string } {
  const item = (l: string) => l.replace(/;/g, ',');
  const focusQuestion = draft.focusQuestion.trim();
  const brief: HostBrief = { ...(focusQuestion ? { focusQuestion } : {}), classrooms: lines(draft.classrooms).map(item), lookFors: lines(draft.lookFors).map(item) };
  if (isEmptyBrief(brief)) return { error: 'The visit brief is empty: add a focus question, a classroom or a look-for, then send it.' };
  const length = hostBriefNote(brief, note).length;
  if (length > MAX_COMMENT_CHARS) {
    return { error: `The visit brief and your note come to ${length} characters; an answer's note holds ${MAX_COMMENT_CHARS}. Shorten the classrooms or look-fors, or the note.` };
  }
  return { brief };
}

/** The host's brief form: closed until asked for, the draft kept for this browser tab until it is sent. */
export function useHostBriefForm({ inviteId, subject, organizer, myResponse, sent, note, onSend }: HostBriefFormProps): HostBriefFormState {
  const key = inviteId.replace(/[^A-Za-z0-9_-]/g, '');
  const [draft, setDraft] = useSessionState<HostBriefDraft | null>(`host-brief:${inviteId}`, null);
  const [open, setOpen] = useSessionState(`host-brief-open:${inviteId}`, false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [confirmation, setConfirmation] = useState<string | undefined>();
  const current = draft ?? draftOf(sent);
  const accepted = myResponse === 'accepted' || myResponse === 'tentativelyAccepted';

  const send = async () => {
    setError(undefined);
    setConfirmation(undefined);
    const checked = briefFromDraft(current, note);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setSending(true);
    try {
      await onSend(checked.brief, note, myResponse === 'tentativelyAccepted' ? 'tentativelyAccept' : 'accept');
      setDraft(null);
      setOpen(false);
      setConfirmation(
        `Your visit brief for "${subject}" went to ${organizer} with your answer; Common Time adds it to the visitors' invitations when ${organizer} next opens Sent invites.`,
      );
    } catch (e) {
      setError(`${errorText(e)} Your brief is kept; try again.`);
    } finally {
      setSending(false);
    }
  };

  return {
    open,
    draft: current,
    ...(sent && { sent }),
    organizer,
    headingId: `host-brief-${key}`,
    submitLabel: sending ? 'Sending...' : accepted ? 'Send visit brief' : 'Accept and send visit brief',
    toggleLabel: sent ? "Change your school's visit brief" : "Add your school's visit brief",
    sending,
    ...(error && { error }),
    ...(confirmation && { confirmation }),
    toggle: () => {
      setError(undefined);
      setOpen(!open);
    },
    update: (change) => setDraft({ ...current, ...change }),
    send: () => void send(),
  };
}
