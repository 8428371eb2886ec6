import { useState } from 'react';
import { presentsAt } from '../../../core/agenda/readBack.js';
import { parseHostBrief } from '../../../core/booking/hostBrief.js';
import type { InviteResponse } from '../../../core/invites/model.js';
import type { Interval } from '../../../core/time/interval.js';
import { errorText } from '../../common/errorText.js';
import { useSessionState } from '../../session/useSessionState.js';
import { proposalInterval, type Proposal } from '../ProposeTime.js';
import type { InviteCardProps, InviteCardState } from './InviteCard.types.js';
import { INVITE_TEXT } from '../../text/invitesText.js';

const RESPONSE_LABELS: Record<string, InviteCardState['status']> = {
  accepted: { text: INVITE_TEXT.status['accepted']!, color: 'success' },
  tentativelyAccepted: { text: INVITE_TEXT.status['tentativelyAccepted']!, color: 'warning' },
  declined: { text: INVITE_TEXT.status['declined']!, color: 'danger' },
  organizer: { text: INVITE_TEXT.status['organizer']!, color: 'informative' },
  notResponded: { text: INVITE_TEXT.status['notResponded']!, color: 'informative' },
  none: { text: INVITE_TEXT.status['none']!, color: 'informative' },
};

/** One invite's answer: the proposed time kept for this browser tab, the answer being sent, and its error. */
export function useInviteCard({
  invite,
  timeZone,
  readerName,
  readerAddress,
  isOpenInOutlook = false,
  note,
  onNoteChange,
  onRespond,
  onSendBrief,
}: InviteCardProps): InviteCardState {
  const [sending, setSending] = useState<InviteResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [proposal, setProposal] = useSessionState<Proposal | null>(`proposal:${invite.id}`, null);

  const answer = async (response: InviteResponse) => {
    setError(undefined);
    let proposed: Interval | undefined;
    if (proposal) {
      const checked = proposalInterval(proposal, invite.end - invite.start, timeZone);
      if (typeof checked === 'string') {
        setError(checked);
        return;
      }
      proposed = checked;
    }
    setSending(response);
    try {
      await onRespond(response, note, proposed);
      setProposal(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSending(undefined);
    }
  };

  const canAnswer = invite.myResponse !== 'organizer' && !invite.isCancelled;
  const hostsWalk =
    canAnswer &&
    onSendBrief !== undefined &&
    invite.kind === 'learningWalk' &&
    invite.myResponse !== 'declined' &&
    invite.hostAddress !== undefined &&
    readerAddress !== undefined &&
    invite.hostAddress.trim().toLowerCase() === readerAddress.trim().toLowerCase();
  // The host's brief travels in their answer's note: read it back out, so "You wrote" shows only their own words.
  const sent = hostsWalk && invite.myAnswer ? parseHostBrief(invite.myAnswer.note) : undefined;

  return {
    hostsWalk,
    ...(sent && { sentBrief: sent.brief }),
    myNote: sent ? sent.note : (invite.myAnswer?.note ?? ''),
    onSendBrief: async (brief, text, response) => {
      await onSendBrief?.(brief, text, response);
    },
    agendaLabel: invite.kind === 'learningWalk' ? INVITE_TEXT.agendaAndBrief : INVITE_TEXT.agenda,
    youPresent: readerName !== undefined && presentsAt(invite.bodyHtml, readerName),
    invite,
    timeZone,
    isOpenInOutlook,
    note,
    titleId: `invite-${invite.id.replace(/[^A-Za-z0-9_-]/g, '')}`,
    status: RESPONSE_LABELS[invite.myResponse] ?? RESPONSE_LABELS['none']!,
    canAnswer,
    ...(sending && { sending }),
    ...(error && { error }),
    proposal,
    setProposal,
    onNoteChange,
    answer: (response) => void answer(response),
  };
}
