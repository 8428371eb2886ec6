/**
 * Principal "My invites": the Common Time invites in the next eight weeks, with agenda and visit brief,
 * answered right here. Notes being typed are kept for this browser tab.
 */
import { useCallback, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { SignedInUser } from '../auth/tokenSource.js';
import { useAsync } from '../common/useAsync.js';
import type { AppGateway, Invite, InviteResponse } from '../graph/appGateway.js';
import { useSessionState } from '../session/useSessionState.js';
import { InviteCard } from './InviteCard.js';
import { nowMs } from '../common/today.js';

const WEEKS_AHEAD = 8;
const RESPONDED: Record<InviteResponse, string> = { accept: 'accepted', tentativelyAccept: 'tentativelyAccepted', decline: 'declined' };
const SAID: Record<InviteResponse, string> = { accept: 'accepted', tentativelyAccept: 'tentatively accepted', decline: 'declined' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface MyInvitesScreenProps {
  readonly gateway: AppGateway;
  readonly user: SignedInUser;
  /** Times are shown in this IANA zone (the mailbox's). */
  readonly zone: string;
  /** The meeting open in Outlook, shown first and marked. */
  readonly focusEventId?: string;
}

export function MyInvitesScreen({ gateway, user, zone, focusEventId }: MyInvitesScreenProps) {
  const styles = useStyles();
  const [reload, setReload] = useState(0);
  const loaded = useAsync(() => {
    const start = nowMs() - 24 * 3600_000; // include today's sessions that already began
    return gateway.myInvites({ start, end: start + WEEKS_AHEAD * 7 * 24 * 3600_000 });
  }, [gateway, reload]);
  const [answered, setAnswered] = useState<Record<string, string>>({});
  const [notes, setNotes] = useSessionState<Record<string, string>>(`invite-notes:${user.upn}`, {});
  const [announcement, setAnnouncement] = useState('');

  const respond = useCallback(async (invite: Invite, response: InviteResponse, note: string, proposal?: { start: number; end: number }) => {
    await gateway.respond(invite.id, response, note, proposal);
    setAnswered((a) => ({ ...a, [invite.id]: RESPONDED[response] }));
    setNotes((n) => {
      const { [invite.id]: _sent, ...rest } = n;
      return rest;
    });
    setAnnouncement(`You ${SAID[response]} "${invite.subject}"${proposal ? ' and proposed another time' : ''}.`);
  }, [gateway, setNotes]);

  const invites = loaded.status === 'done'
    ? loaded.value.map((i) => (answered[i.id] ? { ...i, myResponse: answered[i.id]! } : i)).sort((a, b) => Number(b.id === focusEventId) - Number(a.id === focusEventId))
    : [];

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <h2 className={styles.heading}>My collaboration invites</h2>
        <Button size="small" onClick={() => { setAnswered({}); setReload((r) => r + 1); }} disabled={loaded.status === 'loading'}>Refresh</Button>
      </div>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <Spinner size="small" label="Loading your invites..." />}
        {loaded.status === 'done' && (
          <Text>
            {invites.length === 0
              ? `No collaboration invites in the next ${WEEKS_AHEAD} weeks.`
              : `${invites.length} ${invites.length === 1 ? 'invite' : 'invites'} in the next ${WEEKS_AHEAD} weeks, ${invites.filter((i) => i.myResponse === 'none' || i.myResponse === 'notResponded').length} not answered yet.`}
          </Text>
        )}
        {announcement && <Text weight="semibold"> {announcement}</Text>}
      </div>
      {loaded.status === 'failed' && <MessageBar intent="error" role="alert"><MessageBarBody>{loaded.message}</MessageBarBody></MessageBar>}
      {invites.length > 0 && (
        <ul className={styles.list} aria-label="Invites">
          {invites.map((invite) => (
            <li key={invite.id}>
              <InviteCard
                invite={invite}
                isOpenInOutlook={invite.id === focusEventId}
                timeZone={zone}
                note={notes[invite.id] ?? ''}
                onNoteChange={(note) => setNotes((n) => ({ ...n, [invite.id]: note }))}
                onRespond={(response, note, proposal) => respond(invite, response, note, proposal)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
