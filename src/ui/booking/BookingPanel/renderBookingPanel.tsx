import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Spinner, Text } from '@fluentui/react-components';
import { formatDay } from '../../common/formatTime.js';
import { ManageSession } from '../../sent/ManageSession/index.js';
import type { BookingOutcome } from '../../../services/booking/index.js';
import { formatSlot } from '../../common/formatTime.js';
import { BOOKING_TEXT as T, OUTCOME_TEXT, WAY_FORWARD_TEXT } from '../../text/bookingText.js';
import { AgendaFields } from '../AgendaFields.js';
import type { BookingPanelState, WayForward } from './BookingPanel.types.js';
import type { BookingPanelClasses } from './useBookingPanelStyles.styles.js';

export function renderBookingPanel(state: BookingPanelState, classes: BookingPanelClasses) {
  const { plan, work, busy, booked } = state;
  return (
    <section className={classes.panel} aria-labelledby="booking-title">
      <h2 className={classes.heading} id="booking-title" ref={state.headingRef} tabIndex={-1}>
        {T.title(state.kindLabel)}
      </h2>
      <Field label={T.subject} required validationState={state.subjectMissing ? 'error' : 'none'} validationMessage={state.subjectMissing ? T.subjectMissing : undefined}>
        <Input value={plan.subject} onChange={(_, d) => state.onSubjectChange(d.value)} disabled={busy || booked} />
      </Field>
      <dl className={classes.facts}>
        <dt className={classes.term}>{T.when}</dt>
        <dd>
          {formatSlot(plan.slot.start, plan.slot.end, plan.timeZone)}
          {plan.kind === 'recurring' ? T.thenMore(plan.occurrences.length - 1) : ''}
        </dd>
        <dt className={classes.term}>{T.who}</dt>
        <dd>{T.people(plan.attendees.length, plan.attendees.map((a) => (a.optional === true ? T.optionalName(a.name) : a.name)).join(', '))}</dd>
        <dt className={classes.term}>{T.organizer}</dt>
        <dd>{plan.organizerMailbox ? T.sharedCalendar(plan.organizerMailbox, plan.organizer.name) : plan.organizer.name}</dd>
        <dt className={classes.term}>{T.why}</dt>
        <dd>
          {plan.reasons.slice(0, 3).join('; ')}
          {plan.reasons.length > 3 ? '; ...' : ''}
        </dd>
      </dl>
      {state.clashes.length > 0 &&
        (plan.organizerMailbox ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {state.closureWords} Once booked, skip those dates in the shared peer-coaching calendar in Outlook: Common Time moves and cancels sessions in your own calendar only.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Closures state={state} classes={classes} />
        ))}
      <AgendaFields kind={plan.sessionKind} agenda={plan.agenda} disabled={busy || booked} onChange={state.onAgendaChange} />
      <div role="status" aria-live="polite" ref={state.outcomeRef} tabIndex={-1}>
        {work.phase === 'working' && (
          <Field validationMessage={work.progress?.message ?? T.checking} validationState="none">
            <ProgressBar value={work.progress ? work.progress.done / Math.max(1, work.progress.total) : undefined} />
          </Field>
        )}
        {work.phase === 'done' && <OutcomeMessage outcome={work.value} />}
        {work.phase !== 'done' && state.session && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{T.alreadyBooked}</MessageBarTitle>
              {plan.organizerMailbox ? T.alreadyBookedBodyShared : T.alreadyBookedBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.managed && (
          <MessageBar intent="success">
            <MessageBarBody>{state.managed}</MessageBarBody>
          </MessageBar>
        )}
        {state.session?.webLink && (
          <Link href={state.session.webLink} target="_blank" rel="noopener noreferrer">
            {T.openBooked}
          </Link>
        )}
      </div>
      {state.session && !state.busy && plan.organizerMailbox && (
        <Text size={200}>To move or cancel this pair&apos;s series, open it in the shared peer-coaching calendar in Outlook.</Text>
      )}
      {state.session && !state.busy && !plan.organizerMailbox && (
        <ManageSession
          eventId={state.session.eventId}
          subject={state.session.subject}
          start={state.session.start}
          end={state.session.end}
          recurring={state.session.recurring}
          zone={plan.timeZone}
          onChanged={state.sessionChanged}
        />
      )}
      {state.ways.length > 0 && (
        <div className={classes.actions} role="group" aria-label={T.otherTimes}>
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
            <MessageBarTitle>{T.notBooked}</MessageBarTitle>
            {work.message} {T.nothingLost}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        {!booked && !state.conflict && (
          <Button appearance="primary" onClick={state.book} disabled={busy || state.subjectMissing}>
            {state.retry ? T.tryAgain : T.book}
          </Button>
        )}
        <Button onClick={state.onBack} disabled={busy}>
          {booked ? T.back : T.chooseAnother}
        </Button>
      </div>
    </section>
  );
}

function wayWords(way: WayForward, zone: string): string {
  const when = formatSlot(way.slot.start, way.slot.end, zone);
  if (way.kind === 'nextBest') return WAY_FORWARD_TEXT.nextBest(when);
  if (way.kind === 'partial') return WAY_FORWARD_TEXT.partial(when, way.without.join(', '));
  return WAY_FORWARD_TEXT.otherSuggestion(when);
}

function OutcomeMessage({ outcome }: { outcome: BookingOutcome }) {
  if (outcome.status === 'booked') {
    // A second click never reports "Booked" for an invite it did not send.
    const sent = outcome.events.filter((e) => e.outcome === 'created').length;
    const title = sent === 0 ? OUTCOME_TEXT.alreadyBooked : OUTCOME_TEXT.booked;
    const body = sent === 0 ? OUTCOME_TEXT.nothingNew : OUTCOME_TEXT.sent(sent);
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
          <MessageBarTitle>{OUTCOME_TEXT.taken}</MessageBarTitle>
          {OUTCOME_TEXT.takenBody(outcome.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{outcome.events.some((e) => e.outcome !== 'failed') ? OUTCOME_TEXT.someNotSent : OUTCOME_TEXT.notBooked}</MessageBarTitle>
        {outcome.message} <Text>{OUTCOME_TEXT.safeAgain}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A series' dates on district closures: which and why before booking, the coach's choice, then each date's outcome. */
function Closures({ state, classes }: { state: BookingPanelState; classes: BookingPanelClasses }) {
  const { clashes, plan, settlement } = state;
  const movable = clashes.filter((c) => c.moveTo).length;
  const day = (date: string) => {
    const clash = clashes.find((c) => c.date === date);
    return clash ? formatDay(clash.occurrence.start, plan.timeZone) : date;
  };
  return (
    <section className={classes.closures} aria-labelledby="closures-title">
      <h3 className={classes.subheading} id="closures-title">
        District closures
      </h3>
      <MessageBar intent="warning">
        <MessageBarBody>{state.closureWords}</MessageBarBody>
      </MessageBar>
      <ul className={classes.dates} aria-label="Dates on district closures">
        {clashes.map((c) => (
          <li key={c.date}>
            <Text>
              {formatDay(c.occurrence.start, plan.timeZone)}: {c.closure.name}.{' '}
              {c.moveTo ? `Can move to ${formatSlot(c.moveTo.start, c.moveTo.end, plan.timeZone)}.` : 'No school day that week to move to: can only be skipped.'}
            </Text>
          </li>
        ))}
      </ul>
      {settlement.status === 'none' && !state.booked && (
        <Field label="On those dates">
          <RadioGroup value={state.closureChoice} onChange={(_, d) => state.chooseClosures(d.value as 'skip' | 'move')} disabled={state.busy}>
            <Radio value="skip" label="Skip them: no meeting, and everyone is told why" />
            <Radio
              value="move"
              disabled={movable === 0}
              label={
                movable === clashes.length
                  ? 'Move each to the school day offered'
                  : movable === 0
                    ? 'Move them (no school day those weeks to move to)'
                    : `Move the ${movable} that can move; skip the others`
              }
            />
          </RadioGroup>
        </Field>
      )}
      <div role="status" aria-live="polite">
        {settlement.status === 'working' && (
          <Spinner size="tiny" label={state.closureChoice === 'move' ? 'Moving the dates on closures...' : 'Skipping the dates on closures...'} />
        )}
        {settlement.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{settlement.message} The series is booked; skip or move those dates from Sent invites.</MessageBarBody>
          </MessageBar>
        )}
        {settlement.status === 'done' && (
          <ul className={classes.dates} aria-label="What happened to each closure date">
            {settlement.results.map((r) => (
              <li key={r.date}>
                <Text>
                  {day(r.date)} ({r.closure}):{' '}
                  {r.outcome === 'skipped'
                    ? 'skipped; everyone was told why.'
                    : r.outcome === 'moved' && r.movedTo
                      ? `moved to ${formatSlot(r.movedTo.start, r.movedTo.end, plan.timeZone)}.`
                      : `not changed. ${r.message}`}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
