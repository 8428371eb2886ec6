import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Card,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../core/agenda/model.js';
import type { InviteResponse } from '../../../core/invites/model.js';
import { formatSlot } from '../../common/formatTime.js';
import { HostBriefForm } from '../HostBriefForm/index.js';
import { ProposeTime } from '../ProposeTime.js';
import { SafeHtml } from '../SafeHtml.js';
import type { InviteCardState } from './InviteCard.types.js';
import type { InviteCardClasses } from './useInviteCardStyles.styles.js';
import { INVITE_TEXT as T } from '../../text/invitesText.js';

/** The booking service's limit (MAX_COMMENT_CHARS): a note, not a letter. */
const NOTE_MAX_CHARS = 1000;

const ANSWERS: { response: InviteResponse; label: string; done: string }[] = [
  { response: 'accept', label: T.answers.accept, done: 'accepted' },
  { response: 'tentativelyAccept', label: T.answers.tentativelyAccept, done: 'tentativelyAccepted' },
  { response: 'decline', label: T.answers.decline, done: 'declined' },
];

export function renderInviteCard(state: InviteCardState, classes: InviteCardClasses) {
  const { invite, timeZone, status, proposal } = state;
  return (
    <Card className={classes.card} aria-labelledby={state.titleId}>
      <h3 className={classes.title} id={state.titleId}>
        {invite.subject}
      </h3>
      <div className={classes.meta}>
        {invite.kind && (
          <Badge appearance="tint" color="brand">
            {TEMPLATE_KIND_LABELS[invite.kind as TemplateKind] ?? invite.kind}
          </Badge>
        )}
        <Badge appearance="outline" color={status.color}>
          {status.text}
        </Badge>
        {invite.isCancelled && (
          <Badge appearance="filled" color="danger">
            {T.cancelled}
          </Badge>
        )}
        {state.isOpenInOutlook && (
          <Badge appearance="filled" color="brand">
            {T.openInOutlook}
          </Badge>
        )}
      </div>
      <Text>{formatSlot(invite.start, invite.end, timeZone)}</Text>
      <Text size={200}>
        {T.from(invite.organizer)}
        {invite.location ? ` · ${invite.location}` : ''}
        {invite.attendeeCount ? T.invited(invite.attendeeCount) : ''}
      </Text>
      {state.youPresent && <Text weight="semibold">{T.youPresent}</Text>}
      {invite.joinUrl && (
        <Link href={invite.joinUrl} target="_blank" rel="noopener noreferrer">
          {T.join}
        </Link>
      )}
      <Accordion collapsible defaultOpenItems={state.isOpenInOutlook ? ['agenda'] : []}>
        <AccordionItem value="agenda">
          <AccordionHeader>{state.agendaLabel}</AccordionHeader>
          <AccordionPanel>
            <SafeHtml html={invite.bodyHtml} label={T.agendaFor(invite.subject)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {invite.myAnswer && (state.myNote || invite.myAnswer.proposedNewTime) && (
        <div role="group" aria-label={T.whatYouSaid}>
          {state.myNote && <Text block>{T.youWrote(state.myNote)}</Text>}
          {invite.myAnswer.proposedNewTime && <Text block>{T.youProposed(formatSlot(invite.myAnswer.proposedNewTime.start, invite.myAnswer.proposedNewTime.end, timeZone))}</Text>}
        </div>
      )}
      {state.canAnswer && (
        <>
          <Field label={T.note}>
            <Textarea value={state.note} onChange={(_, d) => state.onNoteChange(d.value)} resize="vertical" maxLength={NOTE_MAX_CHARS} />
          </Field>
          {state.hostsWalk && (
            <HostBriefForm
              inviteId={invite.id}
              subject={invite.subject}
              organizer={invite.organizer}
              myResponse={invite.myResponse}
              {...(state.sentBrief && { sent: state.sentBrief })}
              note={state.note}
              onSend={state.onSendBrief}
            />
          )}
          <ProposeTime proposal={proposal} defaultFrom={invite.start} timeZone={timeZone} onChange={state.setProposal} />
          <div className={classes.actions} role="group" aria-label={T.answerGroup(invite.subject)}>
            {ANSWERS.map((a) => (
              <Button
                key={a.response}
                appearance={invite.myResponse === a.done ? 'primary' : 'secondary'}
                aria-pressed={invite.myResponse === a.done}
                // Graph carries a proposed time only with a tentative answer or a decline.
                disabled={state.sending !== undefined || (proposal !== null && a.response === 'accept')}
                onClick={() => state.answer(a.response)}
              >
                {state.sending === a.response ? T.sending : a.label}
              </Button>
            ))}
          </div>
        </>
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{T.noteKept(state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
