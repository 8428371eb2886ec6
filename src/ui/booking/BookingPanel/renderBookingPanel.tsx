import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import type { BookingOutcome } from '../../../services/booking/index.js';
import { formatSlot } from '../../common/formatTime.js';
import { AgendaFields } from '../AgendaFields.js';
import type { BookingPanelState, WayForward } from './BookingPanel.types.js';
import type { BookingPanelClasses } from './useBookingPanelStyles.styles.js';

export function renderBookingPanel(state: BookingPanelState, classes: BookingPanelClasses) {
  const { plan, work, busy, booked } = state;
  return (
    <section className={classes.panel} aria-labelledby="booking-title">
      <h2 className={classes.heading} id="booking-title" ref={state.headingRef} tabIndex={-1}>
        Book: {state.kindLabel}
      </h2>
      <Field
        label="Invite subject"
        required
        validationState={state.subjectMissing ? 'error' : 'none'}
        validationMessage={state.subjectMissing ? 'Give the invite a subject.' : undefined}
      >
        <Input value={plan.subject} onChange={(_, d) => state.onSubjectChange(d.value)} disabled={busy || booked} />
      </Field>
      <dl className={classes.facts}>
        <dt className={classes.term}>When</dt>
        <dd>
          {formatSlot(plan.slot.start, plan.slot.end, plan.timeZone)}
          {plan.kind === 'recurring' ? `, then ${plan.occurrences.length - 1} more` : ''}
        </dd>
        <dt className={classes.term}>Who</dt>
        <dd>
          {plan.attendees.length} people: {plan.attendees.map((a) => a.name).join(', ')}
        </dd>
        <dt className={classes.term}>Organizer</dt>
        <dd>
          {plan.organizerMailbox
            ? `The district's shared peer-coaching calendar (${plan.organizerMailbox}), for ${plan.organizer.name}: every coach sees the pair, and your own calendar is not shown busy by its meetings`
            : plan.organizer.name}
        </dd>
        <dt className={classes.term}>Why this time</dt>
        <dd>
          {plan.reasons.slice(0, 3).join('; ')}
          {plan.reasons.length > 3 ? '; ...' : ''}
        </dd>
      </dl>
      <AgendaFields kind={plan.sessionKind} agenda={plan.agenda} disabled={busy || booked} onChange={state.onAgendaChange} />
      <div role="status" aria-live="polite" ref={state.outcomeRef} tabIndex={-1}>
        {work.phase === 'working' && (
          <Field validationMessage={work.progress?.message ?? 'Checking the time is still free...'} validationState="none">
            <ProgressBar value={work.progress ? work.progress.done / Math.max(1, work.progress.total) : undefined} />
          </Field>
        )}
        {work.phase === 'done' && <OutcomeMessage outcome={work.value} />}
        {work.phase !== 'done' && state.session && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>Already booked</MessageBarTitle>
              This time is booked: the invite went out from {plan.organizerMailbox ? "the district's shared peer-coaching calendar" : 'your calendar'}.
            </MessageBarBody>
          </MessageBar>
        )}
        {state.session?.webLink && (
          <Link href={state.session.webLink} target="_blank" rel="noopener noreferrer">
            Open the booked invite in Outlook
          </Link>
        )}
      </div>
      {state.ways.length > 0 && (
        <div className={classes.actions} role="group" aria-label="Other times">
          {state.ways.map((way, i) => (
            <Button key={`${way.kind}-${way.slot.start}`} appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => state.useTime(way.slot)}>
              {wayWords(way, plan.timeZone)}
            </Button>
          ))}
        </div>
      )}
      {work.phase === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not booked</MessageBarTitle>
            {work.message} Nothing was lost: try again.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        {!booked && !state.conflict && (
          <Button appearance="primary" onClick={state.book} disabled={busy || state.subjectMissing}>
            {state.retry ? 'Try again' : 'Book'}
          </Button>
        )}
        <Button onClick={state.onBack} disabled={busy}>
          {booked ? 'Back to suggestions' : 'Choose another time'}
        </Button>
      </div>
    </section>
  );
}

function wayWords(way: WayForward, zone: string): string {
  const when = formatSlot(way.slot.start, way.slot.end, zone);
  if (way.kind === 'nextBest') return `Use ${when} (everyone free)`;
  if (way.kind === 'partial') return `Use ${when} without ${way.without.join(', ')}`;
  return `Use ${when} (another suggestion, still open)`;
}

function OutcomeMessage({ outcome }: { outcome: BookingOutcome }) {
  if (outcome.status === 'booked') {
    // A second click never reports "Booked" for an invite it did not send.
    const sent = outcome.events.filter((e) => e.outcome === 'created').length;
    const title = sent === 0 ? 'Already booked' : 'Booked';
    const body =
      sent === 0 ? 'Nothing new was sent: this time was already booked, from this tab or another.' : sent === 1 ? 'The invite is on its way.' : `${sent} invites are on their way.`;
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.status === 'conflict') {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>That time was just taken</MessageBarTitle>
          {outcome.message} Nothing was booked. Choose one of the times below, or another suggestion.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{outcome.events.some((e) => e.outcome !== 'failed') ? 'Some invites were not sent' : 'Not booked'}</MessageBarTitle>
        {outcome.message} <Text>Booking again is safe: invites already sent are not sent twice.</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
