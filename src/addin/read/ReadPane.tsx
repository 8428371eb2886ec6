/**
 * The pane on an invite being read, from the calendar or the Inbox: the agenda and visit brief, and
 * accept / tentative / decline with a note, through the same invite card as the tab.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { HostBrief } from '../../core/booking/hostBrief.js';
import type { InviteResponse } from '../../core/invites/model.js';
import type { Interval } from '../../core/time/interval.js';
import type { AddinCalendar } from '../../graph/index.js';
import type { InvitesService } from '../../services/invites/invitesService.js';
import type { ReadMeeting } from '../../ui/host/office/index.js';
import { useAsync } from '../../ui/common/useAsync.js';
import { useSessionState } from '../../ui/session/useSessionState.js';
import { InviteCard } from '../../ui/invites/InviteCard/index.js';
import { openInvite } from './readActions.js';

export interface ReadPaneProps {
  readonly item: ReadMeeting;
  readonly calendar: AddinCalendar;
  readonly invites: Pick<InvitesService, 'respond' | 'sendHostBrief'>;
  readonly zone: string;
  /** Whose notes these are (kept per person for this browser tab); their address, so a walk's host is offered the visit brief. */
  readonly userKey: string;
}

export function ReadPane({ item, calendar, invites, zone, userKey }: ReadPaneProps) {
  const [version, setVersion] = useState(0);
  const invite = useAsync(() => openInvite(item, calendar), [item, calendar, version]);
  const [notes, setNotes] = useSessionState<Record<string, string>>(`invite-notes:${userKey}`, {});
  const [answered, setAnswered] = useState<string | undefined>();

  if (invite.status === 'idle' || invite.status === 'loading') return <Spinner label="Reading the invitation..." />;
  if (invite.status === 'failed') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {invite.message}{' '}
          <Button size="small" onClick={() => setVersion((v) => v + 1)}>
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const value = invite.value;
  const respond = async (response: InviteResponse, note: string, proposal?: Interval) => {
    await invites.respond(value.id, response, note, proposal);
    setNotes((n) => {
      const { [value.id]: _sent, ...rest } = n;
      return rest;
    });
    setAnswered(response === 'accept' ? 'accepted' : response === 'decline' ? 'declined' : 'tentatively accepted');
    setVersion((v) => v + 1);
  };
  const sendBrief = async (brief: HostBrief, note: string, response: 'accept' | 'tentativelyAccept') => {
    await invites.sendHostBrief(value.id, brief, note, response);
    setNotes((n) => {
      const { [value.id]: _sent, ...rest } = n;
      return rest;
    });
    setAnswered(`${response === 'accept' ? 'accepted' : 'tentatively accepted'} and sent your school's visit brief`);
    setVersion((v) => v + 1);
  };
  return (
    <>
      <InviteCard
        invite={value}
        timeZone={zone}
        isOpenInOutlook
        readerAddress={userKey}
        note={notes[value.id] ?? ''}
        onNoteChange={(note) => setNotes((n) => ({ ...n, [value.id]: note }))}
        onRespond={respond}
        onSendBrief={sendBrief}
      />
      {answered && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>You {answered}; the organizer has your answer.</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
