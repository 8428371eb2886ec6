/**
 * "Sent invites": what the signed-in coach booked with Common Time and who answered what, read back
 * from the organizer's copies in Graph. For a learning walk the host's answer comes first: the visit
 * needs the host's yes and visitors' yeses.
 */
import { useState } from 'react';
import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import { formatSlot } from '../common/formatTime.js';
import { useAsync } from '../common/useAsync.js';
import type { AppGateway, InviteAnswer, SentInvite } from '../graph/appGateway.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import type { WalkBooking } from '../booking/bookingTypes.js';
import { ANSWER_WORDS } from './answerWords.js';
import { LearningWalks } from './LearningWalks.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '860px' },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '2 220px' },
});

export function countAnswers(answers: readonly InviteAnswer[]): { accepted: number; tentative: number; declined: number; waiting: number } {
  const count = (r: string) => answers.filter((a) => a.response === r).length;
  const accepted = count('accepted');
  const tentative = count('tentativelyAccepted');
  const declined = count('declined');
  return { accepted, tentative, declined, waiting: answers.length - accepted - tentative - declined };
}

export interface SentInvitesScreenProps {
  readonly gateway: AppGateway;
  readonly user: SignedInUser;
  readonly zone: string;
  /** Learning walks booked from this browser, with each host's and visitors' answers. */
  readonly walks?: WalkBooking;
}

export function SentInvitesScreen({ gateway, user, zone, walks }: SentInvitesScreenProps) {
  const styles = useStyles();
  const [reload, setReload] = useState(0);
  const sent = useAsync(() => gateway.mySentInvites(), [gateway, reload]);
  return (
    <div className={styles.root}>
      <LearningWalks user={user} zone={zone} {...(walks && { booking: walks })} />
      <div className={styles.bar}>
        <h2 className={styles.heading}>Sent invites and answers</h2>
        <Button size="small" onClick={() => setReload((r) => r + 1)} disabled={sent.status === 'loading'}>Refresh</Button>
      </div>
      <div role="status" aria-live="polite">
        {sent.status === 'loading' && <Spinner size="small" label="Reading your Common Time invites..." />}
        {sent.status === 'done' && <Text>{sent.value.length === 0 ? 'You have not booked anything with Common Time yet.' : `${sent.value.length} booked ${sent.value.length === 1 ? 'session' : 'sessions'}.`}</Text>}
      </div>
      {sent.status === 'failed' && <MessageBar intent="error" role="alert"><MessageBarBody>{sent.message}</MessageBarBody></MessageBar>}
      {sent.status === 'done' && sent.value.length > 0 && (
        <ul className={styles.list} aria-label="Sent invites">
          {sent.value.map((invite) => <SentCard key={invite.id} invite={invite} zone={zone} />)}
        </ul>
      )}
    </div>
  );
}

function SentCard({ invite, zone }: { invite: SentInvite; zone: string }) {
  const styles = useStyles();
  const c = countAnswers(invite.answers);
  const host = invite.kind === 'learningWalk' ? invite.answers[0] : undefined;
  return (
    <li>
      <Card aria-label={invite.subject}>
        <h3 className={styles.title}>{invite.subject}</h3>
        <Text>{formatSlot(invite.start, invite.end, zone)}{invite.isRecurring ? ' (series)' : ''}{invite.location ? ` · ${invite.location}` : ''}</Text>
        <div className={styles.badges}>
          <Badge appearance="tint" color="brand">{TEMPLATE_KIND_LABELS[invite.kind as TemplateKind] ?? invite.kind}</Badge>
          <Badge appearance="filled" color="success">{c.accepted} accepted</Badge>
          {c.tentative > 0 && <Badge appearance="filled" color="warning">{c.tentative} tentative</Badge>}
          {c.declined > 0 && <Badge appearance="filled" color="danger">{c.declined} declined</Badge>}
          <Badge appearance="outline" color="informative">{c.waiting} waiting</Badge>
          {host && <Badge appearance="outline" color={host.response === 'accepted' ? 'success' : 'informative'}>Host {host.name}: {ANSWER_WORDS[host.response] ?? host.response}</Badge>}
        </div>
        <ul className={styles.answers} aria-label={`Answers to ${invite.subject}`}>
          {invite.answers.map((a) => <li key={a.address}><Text size={200}>{a.name}: {ANSWER_WORDS[a.response] ?? a.response}</Text></li>)}
        </ul>
      </Card>
    </li>
  );
}
