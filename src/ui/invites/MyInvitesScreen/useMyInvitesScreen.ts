import { nowMs } from '../../common/today.js';
import { useCallback, useState } from 'react';
import { hostBriefNote } from '../../../core/booking/hostBrief.js';
import type { Invite, InviteResponse } from '../../../core/invites/model.js';
import { useAsync } from '../../common/useAsync.js';
import { useAppServices } from '../../services/appServices.js';
import { useSessionState } from '../../session/useSessionState.js';
import type { MyInvitesScreenProps, MyInvitesScreenState } from './MyInvitesScreen.types.js';
import { MY_INVITES_TEXT } from '../../text/invitesText.js';

const WEEKS_AHEAD = 8;
const RESPONDED: Record<InviteResponse, string> = { accept: 'accepted', tentativelyAccept: 'tentativelyAccepted', decline: 'declined' };

/** The Common Time invites in the next eight weeks, answered here; notes being typed are kept for this browser tab. */
export function useMyInvitesScreen({ user, zone, focusEventId }: MyInvitesScreenProps): MyInvitesScreenState {
  const { invites: service } = useAppServices();
  const [reload, setReload] = useState(0);
  const loaded = useAsync(() => {
    const start = nowMs() - 24 * 3600_000; // include today's sessions that already began
    return service.myInvites({ start, end: start + WEEKS_AHEAD * 7 * 24 * 3600_000 });
  }, [service, reload]);
  const [answered, setAnswered] = useState<Record<string, string>>({});
  // What I said in this session's answers, shown at once (Graph has it on my copy for the next load).
  const [said, setSaid] = useState<Record<string, NonNullable<Invite['myAnswer']>>>({});
  const [notes, setNotes] = useSessionState<Record<string, string>>(`invite-notes:${user.upn}`, {});
  const [announcement, setAnnouncement] = useState('');

  const respond = useCallback(
    async (invite: Invite, response: InviteResponse, note: string, proposal?: { start: number; end: number }) => {
      await service.respond(invite.id, response, note, proposal);
      setAnswered((a) => ({ ...a, [invite.id]: RESPONDED[response] }));
      setSaid((m) => ({ ...m, [invite.id]: { note: note.trim(), ...(proposal ? { proposedNewTime: proposal } : {}), answeredMs: nowMs() } }));
      setNotes((n) => {
        const { [invite.id]: _sent, ...rest } = n;
        return rest;
      });
      setAnnouncement(MY_INVITES_TEXT.answered(response, invite.subject, Boolean(proposal)));
    },
    [service, setNotes],
  );

  const sendBrief = useCallback<MyInvitesScreenState['sendBrief']>(
    async (invite, brief, note, response) => {
      await service.sendHostBrief(invite.id, brief, note, response);
      setAnswered((a) => ({ ...a, [invite.id]: RESPONDED[response] }));
      setSaid((m) => ({ ...m, [invite.id]: { note: hostBriefNote(brief, note), answeredMs: nowMs() } }));
      setNotes((n) => {
        const { [invite.id]: _sent, ...rest } = n;
        return rest;
      });
      setAnnouncement(MY_INVITES_TEXT.answeredWithBrief(response, invite.subject));
    },
    [service, setNotes],
  );

  const invites =
    loaded.status === 'done'
      ? loaded.value
          .map((i) => (answered[i.id] ? { ...i, myResponse: answered[i.id]!, ...(said[i.id] ? { myAnswer: said[i.id]! } : {}) } : i))
          .sort((a, b) => Number(b.id === focusEventId) - Number(a.id === focusEventId))
      : [];
  return {
    ...(user.displayName && { readerName: user.displayName }),
    readerAddress: user.upn,
    zone,
    ...(focusEventId !== undefined && { focusEventId }),
    loaded,
    invites,
    weeksAhead: WEEKS_AHEAD,
    unanswered: invites.filter((i) => i.myResponse === 'none' || i.myResponse === 'notResponded').length,
    announcement,
    notes,
    refresh: () => {
      setAnswered({});
      setSaid({});
      setReload((r) => r + 1);
    },
    setNote: (inviteId, note) => setNotes((n) => ({ ...n, [inviteId]: note })),
    respond,
    sendBrief,
  };
}
