/**
 * Book: the chosen plan, a last look (subject, when, who, why this time), then `booking.book(plan)`.
 * The panel shows progress and each event's outcome; a conflict ("someone took the time meanwhile")
 * names who and offers the next best time. It never books by itself: only the Book button does.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens, typographyStyles,
} from '@fluentui/react-components';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import { errorText } from '../common/errorText.js';
import { formatSlot } from '../common/formatTime.js';
import { AgendaFields } from './AgendaFields.js';
import { agendaToSend } from './agendaValues.js';
import type { AgendaChoice, BookingOutcome, BookingPlan, BookingProgress, BookingService } from './bookingTypes.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface BookingPanelProps {
  readonly plan: BookingPlan;
  /** Absent when this build has no booking service wired in. */
  readonly booking?: BookingService;
  onSubjectChange(subject: string): void;
  onAgendaChange(agenda: AgendaChoice): void;
  /** A single meeting moved to another time (the next best, after a conflict). */
  onSlotChange(slot: { start: number; end: number }): void;
  onBack(): void;
}

type Phase =
  | { readonly kind: 'review' }
  | { readonly kind: 'booking'; readonly progress?: BookingProgress }
  | { readonly kind: 'done'; readonly outcome: BookingOutcome }
  | { readonly kind: 'error'; readonly message: string };

export function BookingPanel({ plan, booking, onSubjectChange, onAgendaChange, onSlotChange, onBack }: BookingPanelProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: 'review' });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const kindLabel = TEMPLATE_KIND_LABELS[plan.sessionKind as TemplateKind] ?? plan.sessionKind;
  const busy = phase.kind === 'booking';
  const nextBest = phase.kind === 'done' && phase.outcome.status === 'conflict' ? phase.outcome.nextBest : undefined;
  // Only a booking that went through closes the form; after a conflict or a failure the coach fixes and retries.
  const booked = phase.kind === 'done' && phase.outcome.status === 'booked';
  const retry = phase.kind === 'error' || (phase.kind === 'done' && !booked);

  const book = async () => {
    if (!booking) return;
    setPhase({ kind: 'booking' });
    try {
      const agenda = agendaToSend(plan.sessionKind, plan.agenda);
      const outcome = await booking.book(agenda ? { ...plan, agenda } : plan, (progress) => setPhase({ kind: 'booking', progress }));
      setPhase({ kind: 'done', outcome });
    } catch (error) {
      setPhase({ kind: 'error', message: errorText(error) });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="booking-title">
      <h2 className={styles.heading} id="booking-title" ref={heading} tabIndex={-1}>Book: {kindLabel}</h2>
      <Field label="Invite subject" required validationState={plan.subject.trim() === '' ? 'error' : 'none'} validationMessage={plan.subject.trim() === '' ? 'Give the invite a subject.' : undefined}>
        <Input value={plan.subject} onChange={(_, d) => onSubjectChange(d.value)} disabled={busy || booked} />
      </Field>
      <dl className={styles.facts}>
        <dt className={styles.term}>When</dt>
        <dd>{formatSlot(plan.slot.start, plan.slot.end, plan.timeZone)}{plan.kind === 'recurring' ? `, then ${plan.occurrences.length - 1} more` : ''}</dd>
        <dt className={styles.term}>Who</dt>
        <dd>{plan.attendees.length} people: {plan.attendees.map((a) => a.name).join(', ')}</dd>
        <dt className={styles.term}>Organizer</dt>
        <dd>{plan.organizer.name}</dd>
        <dt className={styles.term}>Why this time</dt>
        <dd>{plan.reasons.slice(0, 3).join('; ')}{plan.reasons.length > 3 ? '; ...' : ''}</dd>
      </dl>
      <AgendaFields kind={plan.sessionKind} agenda={plan.agenda} disabled={busy || booked} onChange={onAgendaChange} />
      <div role="status" aria-live="polite">
        {phase.kind === 'booking' && (
          <Field validationMessage={phase.progress?.message ?? 'Checking the time is still free...'} validationState="none">
            <ProgressBar value={phase.progress ? phase.progress.done / Math.max(1, phase.progress.total) : undefined} />
          </Field>
        )}
        {phase.kind === 'done' && <OutcomeMessage outcome={phase.outcome} zone={plan.timeZone} />}
        {nextBest && plan.kind === 'single' && (
          <Button appearance="primary" onClick={() => { onSlotChange(nextBest); setPhase({ kind: 'review' }); }}>Use the next best time</Button>
        )}
      </div>
      {phase.kind === 'error' && (
        <MessageBar intent="error" role="alert"><MessageBarBody><MessageBarTitle>Not booked</MessageBarTitle>{phase.message} Nothing was lost: try again.</MessageBarBody></MessageBar>
      )}
      {!booking && (
        <MessageBar intent="info">
          <MessageBarBody>Booking is not connected in this build, so nothing can be sent yet. Your choice stays here.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {!booked && (
          <Button appearance={nextBest ? 'secondary' : 'primary'} onClick={book} disabled={!booking || busy || plan.subject.trim() === ''}>
            {retry ? 'Try again' : 'Book'}
          </Button>
        )}
        <Button onClick={onBack} disabled={busy}>{booked ? 'Back to suggestions' : 'Choose another time'}</Button>
      </div>
    </section>
  );
}

function OutcomeMessage({ outcome, zone }: { outcome: BookingOutcome; zone: string }) {
  if (outcome.status === 'booked') {
    return (
      <MessageBar intent="success"><MessageBarBody><MessageBarTitle>Booked</MessageBarTitle>
        {outcome.events.length === 1 ? 'The invite is on its way.' : `${outcome.events.length} invites are on their way.`}
      </MessageBarBody></MessageBar>
    );
  }
  if (outcome.status === 'conflict') {
    return (
      <MessageBar intent="warning"><MessageBarBody><MessageBarTitle>That time was just taken</MessageBarTitle>
        {outcome.message} Nothing was booked.{outcome.nextBest ? ` Next best: ${formatSlot(outcome.nextBest.start, outcome.nextBest.end, zone)}.` : ''}
      </MessageBarBody></MessageBar>
    );
  }
  return (
    <MessageBar intent="error"><MessageBarBody>
      <MessageBarTitle>{outcome.events.some((e) => e.outcome !== 'failed') ? 'Some invites were not sent' : 'Not booked'}</MessageBarTitle>
      {outcome.message} <Text>Booking again is safe: invites already sent are not sent twice.</Text>
    </MessageBarBody></MessageBar>
  );
}
