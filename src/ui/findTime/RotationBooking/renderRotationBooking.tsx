import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import type { BookingReport, DraftOutcome } from '../../../services/booking/index.js';
import { walkKey } from '../../../services/booking/walkPlanInput.js';
import { AgendaFields } from '../../booking/AgendaFields.js';
import { formatSlot } from '../../common/formatTime.js';
import { outcomeText, SCHOOL_FIELDS, SHARED_FIELDS } from '../rotationWords.js';
import type { RotationBookingState } from './RotationBooking.types.js';
import type { RotationBookingClasses } from './useRotationBookingStyles.styles.js';

const OUTCOME_BADGE: Record<DraftOutcome['status'], { label: string; color: 'success' | 'informative' | 'warning' | 'danger' }> = {
  created: { label: 'Booked', color: 'success' },
  alreadyExisted: { label: 'Already booked', color: 'informative' },
  conflict: { label: 'Time taken', color: 'warning' },
  failed: { label: 'Not booked', color: 'danger' },
  notStarted: { label: 'Not started', color: 'informative' },
};

export function renderRotationBooking(state: RotationBookingState, classes: RotationBookingClasses) {
  const { visits, draft, work, busy, booked, report, shown, zone } = state;
  const locked = busy || booked;
  return (
    <section className={classes.panel} aria-labelledby="rotation-booking-title">
      <h3 className={classes.heading} id="rotation-booking-title">
        Book the rotation: {visits.length} learning {visits.length === 1 ? 'walk' : 'walks'}
      </h3>
      <Text size={200}>
        Each walk takes place at its host school: the school and its address, from the host principal's directory profile, are the invite's location and the brief's address.
      </Text>
      <Field label="A learning walk needs two yeses: the host's, then the visitors'">
        <RadioGroup value={draft.hostFirst ? 'hostFirst' : 'everyone'} disabled={locked} onChange={(_, d) => state.setDraft((x) => ({ ...x, hostFirst: d.value === 'hostFirst' }))}>
          <Radio value="hostFirst" label="Ask hosts first (recommended): invite the visitors once each host accepts" />
          <Radio value="everyone" label="Invite everyone now" />
        </RadioGroup>
      </Field>
      <AgendaFields
        kind="learningWalk"
        agenda={draft.shared}
        disabled={locked}
        fieldIds={SHARED_FIELDS}
        legend="Agenda for every walk"
        onChange={(shared) => state.setDraft((x) => ({ ...x, shared }))}
      />
      <Text size={200}>
        Each host adds their school&apos;s focus question, classrooms and look-fors when they accept; the visitors see them in their invitation. Open a school below only to add
        what you already know (arrival, a contact on the day).
      </Text>
      <Accordion multiple collapsible>
        {visits.map((v) => (
          <AccordionItem key={v.schoolName} value={v.schoolName}>
            <AccordionHeader>Visit brief: {v.schoolName} (optional)</AccordionHeader>
            <AccordionPanel>
              <AgendaFields
                kind="learningWalk"
                agenda={draft.bySchool[v.schoolName]}
                disabled={locked}
                fieldIds={SCHOOL_FIELDS}
                legend={`What ${v.host.displayName}'s visitors need to know`}
                onChange={(own) => state.setDraft((x) => ({ ...x, bySchool: { ...x.bySchool, [v.schoolName]: own } }))}
              />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <div role="status" aria-live="polite" ref={state.statusRef} tabIndex={-1}>
        {work.phase === 'working' && (
          <Field validationMessage={work.progress?.message ?? 'Checking what is already booked...'} validationState="none">
            <ProgressBar value={work.progress ? work.progress.done / Math.max(1, work.progress.total) : undefined} />
          </Field>
        )}
        {work.phase === 'done' && <Summary report={work.value.report} hostFirst={work.value.hostFirst} />}
        {work.phase === 'done' && work.value.noAddress.length > 0 && (
          <Text size={200}>
            No street address in the directory for {work.value.noAddress.join(', ')}: {work.value.noAddress.length === 1 ? 'its invite names' : 'their invites name'} the school
            only. Add it to the principal's profile (office address) for the next booking.
          </Text>
        )}
      </div>
      {work.phase === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Nothing was booked</MessageBarTitle>
            {work.message} What you typed is kept: fix it and book again.
          </MessageBarBody>
        </MessageBar>
      )}
      {Object.keys(shown).length > 0 && (
        <ol className={classes.results} aria-label="Each walk's booking">
          {visits.map((v) => {
            const outcome = shown[walkKey(v.schoolName)];
            return (
              <li key={v.schoolName} className={classes.result}>
                <div className={classes.row}>
                  <Text weight="semibold">{v.schoolName}</Text>
                  <Text size={200}>{formatSlot(v.start, v.end, zone)}</Text>
                  {outcome ? (
                    <Badge appearance="filled" color={OUTCOME_BADGE[outcome.status].color}>
                      {OUTCOME_BADGE[outcome.status].label}
                    </Badge>
                  ) : (
                    <Badge appearance="outline">Waiting</Badge>
                  )}
                </div>
                {outcome && <Text size={200}>{outcomeText(outcome, state.hostOf(v.schoolName))}</Text>}
                {state.waysFor(v.schoolName).length > 0 && (
                  <div className={classes.actions} role="group" aria-label={`Other times for ${v.schoolName}`}>
                    {state.waysFor(v.schoolName).map((way) => (
                      <Button key={way.words} onClick={() => state.takeWay(v.schoolName, way)}>
                        {way.words}
                      </Button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className={classes.actions}>
        {!booked && (
          <Button appearance="primary" onClick={state.book} disabled={busy || visits.length === 0}>
            {report ? 'Book what is missing' : `Book ${visits.length} ${visits.length === 1 ? 'walk' : 'walks'}`}
          </Button>
        )}
        {busy && <Button onClick={state.stop}>Stop after this walk</Button>}
      </div>
    </section>
  );
}

function Summary({ report, hostFirst }: { report: BookingReport; hostFirst: boolean }) {
  const c = report.counts;
  const parts = [
    c.created > 0 && `${c.created} booked now`,
    c.alreadyExisted > 0 && `${c.alreadyExisted} already booked before (not sent again)`,
    c.conflict > 0 && `${c.conflict} not booked because the time was taken`,
    c.failed > 0 && `${c.failed} failed`,
    c.notStarted > 0 && `${c.notStarted} not started`,
  ]
    .filter(Boolean)
    .join(', ');
  if (report.complete) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Rotation booked</MessageBarTitle>
          {parts}.{' '}
          {hostFirst
            ? 'Each host is asked first. Follow their answers and invite the visitors under Sent invites, Learning walks.'
            : 'Everyone is invited. Follow the answers under Sent invites, Learning walks.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>Not every walk is booked</MessageBarTitle>
        {parts}. Booking again is safe: it creates only the walks still missing, never a second invite.
      </MessageBarBody>
    </MessageBar>
  );
}
