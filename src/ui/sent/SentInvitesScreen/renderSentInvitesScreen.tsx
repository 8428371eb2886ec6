import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../core/agenda/model.js';
import type { InviteAnswer, SentInvite } from '../../../core/invites/model.js';
import { formatSlot } from '../../common/formatTime.js';
import { ANSWER_WORDS, SENT_TEXT as T } from '../../text/sentText.js';
import { LearningWalks } from '../LearningWalks/index.js';
import { ManageSession } from '../ManageSession/index.js';
import { SessionFollowUp } from '../SessionFollowUp/index.js';
import type { SentInvitesScreenState } from './SentInvitesScreen.types.js';
import type { SentInvitesScreenClasses } from './useSentInvitesScreenStyles.styles.js';

function countAnswers(answers: readonly InviteAnswer[]): { accepted: number; tentative: number; declined: number; waiting: number } {
  const count = (r: string) => answers.filter((a) => a.response === r).length;
  const accepted = count('accepted');
  const tentative = count('tentativelyAccepted');
  const declined = count('declined');
  return { accepted, tentative, declined, waiting: answers.length - accepted - tentative - declined };
}

export function renderSentInvitesScreen(state: SentInvitesScreenState, classes: SentInvitesScreenClasses) {
  const { sent, zone } = state;
  return (
    <div className={classes.root}>
      <LearningWalks user={state.user} zone={zone} />
      <div className={classes.bar}>
        <h2 className={classes.heading}>{T.title}</h2>
        <Button size="small" onClick={state.refresh} disabled={sent.status === 'loading'}>
          {T.refresh}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.notice && (
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {sent.status === 'loading' && <Spinner size="small" label={T.loading} />}
        {sent.status === 'done' && <Text>{sent.value.length === 0 ? T.none : T.some(sent.value.length)}</Text>}
      </div>
      {sent.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{sent.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.upcoming.length > 0 && <SentList label={T.list} invites={state.upcoming} zone={zone} classes={classes} onChanged={state.changed} />}
      {state.earlier.length > 0 && (
        <section aria-labelledby="sent-earlier">
          <h3 className={classes.heading} id="sent-earlier">
            {T.earlier}
          </h3>
          <Text size={200}>{T.earlierHint}</Text>
          <SentList label={T.earlier} invites={state.earlier} zone={zone} classes={classes} onChanged={state.changed} />
        </section>
      )}
    </div>
  );
}

function SentList({
  label,
  invites,
  zone,
  classes,
  onChanged,
}: {
  label: string;
  invites: readonly SentInvite[];
  zone: string;
  classes: SentInvitesScreenClasses;
  onChanged: (message: string) => void;
}) {
  return (
    <ul className={classes.list} aria-label={label}>
      {invites.map((invite) => (
        <SentCard key={invite.id} invite={invite} zone={zone} classes={classes} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function SentCard({ invite, zone, classes, onChanged }: { invite: SentInvite; zone: string; classes: SentInvitesScreenClasses; onChanged: (message: string) => void }) {
  const c = countAnswers(invite.answers);
  const host = invite.kind === 'learningWalk' ? invite.answers[0] : undefined;
  return (
    <li>
      <Card aria-label={invite.subject}>
        <h3 className={classes.title}>{invite.subject}</h3>
        <Text>
          {formatSlot(invite.start, invite.end, zone)}
          {invite.isRecurring ? T.series : ''}
          {invite.location ? ` · ${invite.location}` : ''}
        </Text>
        <div className={classes.badges}>
          <Badge appearance="tint" color="brand">
            {TEMPLATE_KIND_LABELS[invite.kind as TemplateKind] ?? invite.kind}
          </Badge>
          <Badge appearance="filled" color="success">
            {T.accepted(c.accepted)}
          </Badge>
          {c.tentative > 0 && (
            <Badge appearance="filled" color="warning">
              {T.tentative(c.tentative)}
            </Badge>
          )}
          {c.declined > 0 && (
            <Badge appearance="filled" color="danger">
              {T.declined(c.declined)}
            </Badge>
          )}
          <Badge appearance="outline" color="informative">
            {T.waiting(c.waiting)}
          </Badge>
          {host && (
            <Badge appearance="outline" color={host.response === 'accepted' ? 'success' : 'informative'}>
              {T.host(host.name, ANSWER_WORDS[host.response] ?? host.response)}
            </Badge>
          )}
        </div>
        <ul className={classes.answers} aria-label={T.answersTo(invite.subject)}>
          {invite.answers.map((a) => (
            <li key={a.address}>
              <Text size={200}>
                {a.name}: {ANSWER_WORDS[a.response] ?? a.response}
              </Text>
            </li>
          ))}
        </ul>
        <ManageSession eventId={invite.id} subject={invite.subject} start={invite.start} end={invite.end} recurring={invite.isRecurring} zone={zone} onChanged={onChanged} />
        <SessionFollowUp eventId={invite.id} subject={invite.subject} zone={zone} />
      </Card>
    </li>
  );
}
