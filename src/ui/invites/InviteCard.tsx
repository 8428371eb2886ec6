/**
 * One collaboration invite: when, where, who invited you, the agenda and visit brief, and your answer
 * (accept, tentatively accept or decline) with an optional note to the organizer.
 */
import { useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Card, Field, Link, MessageBar, MessageBarBody,
  Text, Textarea, makeStyles, tokens, typographyStyles,
} from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import { errorText } from '../common/errorText.js';
import { formatSlot } from '../common/formatTime.js';
import type { Invite, InviteResponse } from '../../core/invites/model.js';
import { SafeHtml } from './SafeHtml.js';
import { ProposeTime, proposalInterval } from './ProposeTime.js';
import type { Proposal } from './ProposeTime.js';
import { useSessionState } from '../session/useSessionState.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const RESPONSE_LABELS: Record<string, { text: string; color: 'success' | 'warning' | 'danger' | 'informative' }> = {
  accepted: { text: 'You accepted', color: 'success' },
  tentativelyAccepted: { text: 'You tentatively accepted', color: 'warning' },
  declined: { text: 'You declined', color: 'danger' },
  organizer: { text: 'You organized this', color: 'informative' },
  notResponded: { text: 'Not answered yet', color: 'informative' },
  none: { text: 'Not answered yet', color: 'informative' },
};

/** The booking service's limit (MAX_COMMENT_CHARS): a note, not a letter. */
const NOTE_MAX_CHARS = 1000;

const ANSWERS: { response: InviteResponse; label: string; done: string }[] = [
  { response: 'accept', label: 'Accept', done: 'accepted' },
  { response: 'tentativelyAccept', label: 'Tentative', done: 'tentativelyAccepted' },
  { response: 'decline', label: 'Decline', done: 'declined' },
];

export interface InviteCardProps {
  readonly invite: Invite;
  readonly timeZone: string;
  /** True for the meeting the Outlook pane was opened on: marked, its agenda open. */
  readonly isOpenInOutlook?: boolean;
  /** The note typed so far, kept by the screen so it survives a reload. */
  readonly note: string;
  onNoteChange(note: string): void;
  onRespond(response: InviteResponse, note: string, proposal?: { start: number; end: number }): Promise<void>;
}

export function InviteCard({ invite, timeZone, isOpenInOutlook = false, note, onNoteChange, onRespond }: InviteCardProps) {
  const styles = useStyles();
  const [sending, setSending] = useState<InviteResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [proposal, setProposal] = useSessionState<Proposal | null>(`proposal:${invite.id}`, null);
  const status = RESPONSE_LABELS[invite.myResponse] ?? RESPONSE_LABELS['none']!;
  const titleId = `invite-${invite.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const canAnswer = invite.myResponse !== 'organizer' && !invite.isCancelled;

  const answer = async (response: InviteResponse) => {
    setError(undefined);
    let proposed: { start: number; end: number } | undefined;
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

  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <h3 className={styles.title} id={titleId}>{invite.subject}</h3>
      <div className={styles.meta}>
        {invite.kind && <Badge appearance="tint" color="brand">{TEMPLATE_KIND_LABELS[invite.kind as TemplateKind] ?? invite.kind}</Badge>}
        <Badge appearance="outline" color={status.color}>{status.text}</Badge>
        {invite.isCancelled && <Badge appearance="filled" color="danger">Cancelled</Badge>}
        {isOpenInOutlook && <Badge appearance="filled" color="brand">Open in Outlook</Badge>}
      </div>
      <Text>{formatSlot(invite.start, invite.end, timeZone)}</Text>
      <Text size={200}>
        From {invite.organizer}{invite.location ? ` · ${invite.location}` : ''}{invite.attendeeCount ? ` · ${invite.attendeeCount} invited` : ''}
      </Text>
      {invite.joinUrl && <Link href={invite.joinUrl} target="_blank" rel="noopener noreferrer">Join the Teams meeting</Link>}
      <Accordion collapsible defaultOpenItems={isOpenInOutlook ? ['agenda'] : []}>
        <AccordionItem value="agenda">
          <AccordionHeader>Agenda and visit brief</AccordionHeader>
          <AccordionPanel><SafeHtml html={invite.bodyHtml} label={`Agenda for ${invite.subject}`} /></AccordionPanel>
        </AccordionItem>
      </Accordion>
      {canAnswer && (
        <>
          <Field label="Note to the organizer (optional)">
            <Textarea value={note} onChange={(_, d) => onNoteChange(d.value)} resize="vertical" maxLength={NOTE_MAX_CHARS} />
          </Field>
          <ProposeTime proposal={proposal} defaultFrom={invite.start} timeZone={timeZone} onChange={setProposal} />
          <div className={styles.actions} role="group" aria-label={`Answer ${invite.subject}`}>
            {ANSWERS.map((a) => (
              <Button
                key={a.response}
                appearance={invite.myResponse === a.done ? 'primary' : 'secondary'}
                aria-pressed={invite.myResponse === a.done}
                // Graph carries a proposed time only with a tentative answer or a decline.
                disabled={sending !== undefined || (proposal !== null && a.response === 'accept')}
                onClick={() => void answer(a.response)}
              >
                {sending === a.response ? 'Sending...' : a.label}
              </Button>
            ))}
          </div>
        </>
      )}
      {error && <MessageBar intent="error" role="alert"><MessageBarBody>{error} Your note is kept; try again.</MessageBarBody></MessageBar>}
    </Card>
  );
}
