/**
 * Book the whole rotation: one learning walk per host school, at the school (its name and address as the
 * location), with the learning-walk agenda and each school's visit brief. The coach chooses to ask the
 * hosts first (visitors are invited from Sent invites once each host says yes) or to invite everyone now.
 * Each walk's outcome is shown as it comes; booking again creates only what is missing. The booked plan is
 * kept in this browser so the visitors can be invited days later.
 */
import { useRef, useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Field, MessageBar, MessageBarBody, MessageBarTitle,
  ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens, typographyStyles,
} from '@fluentui/react-components';
import type { BookingPlan as WalkBookingPlan } from '../../core/booking/index.js';
import type { BookingProgress, BookingReport, DraftOutcome } from '../../services/booking/index.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import type { AppGateway, PostalAddress } from '../graph/appGateway.js';
import { AgendaFields } from '../booking/AgendaFields.js';
import { agendaToSend } from '../booking/agendaValues.js';
import type { AgendaChoice, WalkBooking } from '../booking/bookingTypes.js';
import { errorText } from '../common/errorText.js';
import { formatSlot } from '../common/formatTime.js';
import { useSessionState } from '../session/useSessionState.js';
import { saveWalkPlan } from '../session/walkPlans.js';
import type { WalksPlan } from './planWalks.js';
import { missingAgendaFields, outcomeText, SCHOOL_FIELDS, SHARED_FIELDS } from './rotationWords.js';
import { walkKey, walkPlanInput } from './walkBookingInput.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  results: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface RotationDraft {
  readonly hostFirst: boolean;
  readonly shared?: AgendaChoice;
  readonly bySchool: Readonly<Record<string, AgendaChoice>>;
}

type Phase =
  | { readonly kind: 'review' }
  | { readonly kind: 'booking'; readonly progress?: BookingProgress; readonly outcomes: Readonly<Record<string, DraftOutcome>> }
  | { readonly kind: 'done'; readonly plan: WalkBookingPlan; readonly report: BookingReport; readonly hostFirst: boolean; readonly noAddress: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

const OUTCOME_BADGE: Record<DraftOutcome['status'], { label: string; color: 'success' | 'informative' | 'warning' | 'danger' }> = {
  created: { label: 'Booked', color: 'success' },
  alreadyExisted: { label: 'Already booked', color: 'informative' },
  conflict: { label: 'Time taken', color: 'warning' },
  failed: { label: 'Not booked', color: 'danger' },
  notStarted: { label: 'Not started', color: 'informative' },
};

export interface RotationBookingProps {
  readonly walks: WalksPlan;
  readonly user: SignedInUser;
  readonly zone: string;
  readonly tentativeCountsAsFree: boolean;
  /** Where each school's street address is read (its principal's directory profile). */
  readonly directory: Pick<AppGateway, 'schoolAddresses'>;
  readonly booking?: WalkBooking;
}

export function RotationBooking({ walks, user, zone, tentativeCountsAsFree, directory, booking }: RotationBookingProps) {
  const styles = useStyles();
  const [draft, setDraft] = useSessionState<RotationDraft>(`walk-booking:${user.upn}`, { hostFirst: true, bySchool: {} });
  const [phase, setPhase] = useState<Phase>({ kind: 'review' });
  // Stop ends the run before the next walk; the walks not tried are reported, and booking again resumes.
  const stopper = useRef<AbortController | null>(null);
  const busy = phase.kind === 'booking';
  const report = phase.kind === 'done' ? phase.report : undefined;
  const booked = report?.complete === true;
  const visits = walks.visits;

  const book = async () => {
    if (!booking) return;
    const missing = missingAgendaFields(visits.map((v) => v.schoolName), draft.shared, draft.bySchool);
    if (missing.length > 0) {
      setPhase({ kind: 'error', message: `Fill in the required fields first. ${missing.join('. ')}.` });
      return;
    }
    setPhase({ kind: 'booking', outcomes: {}, progress: { done: 0, total: visits.length, message: "Reading each school's address from the directory..." } });
    const outcomes: Record<string, DraftOutcome> = {};
    const controller = new AbortController();
    stopper.current = controller;
    try {
      // Without an address a walk still books, at the school's name; the coach is told which ones.
      const addresses: Record<string, PostalAddress> = await directory.schoolAddresses(visits.map((v) => v.host)).catch(() => ({}));
      const noAddress = visits.map((v) => v.schoolName).filter((name) => !addresses[name]);
      const shared = agendaToSend('learningWalk', draft.shared);
      const agendaBySchool = Object.fromEntries(visits.map((v) => [v.schoolName, agendaToSend('learningWalk', draft.bySchool[v.schoolName]) ?? {}]));
      const input = { ...walkPlanInput({ walks, organizer: user, timeZone: zone, tentativeCountsAsFree, addresses, ...(shared && { agenda: shared }) }), agendaBySchool };
      const { plan, report: result } = await booking.bookWalks(input, {
        hostFirst: draft.hostFirst,
        signal: controller.signal,
        // Kept before anything is sent, so a reload mid-booking loses nothing: Sent invites resumes it.
        onPlan: (made) => saveWalkPlan(user.upn, { planId: made.planId, input, plan: made, hostFirst: draft.hostFirst, complete: false, savedAt: Date.now() }),
        onProgress: (progress) => {
          if (progress.outcome) outcomes[progress.outcome.key] = progress.outcome;
          setPhase({ kind: 'booking', progress, outcomes: { ...outcomes } });
        },
      });
      saveWalkPlan(user.upn, { planId: plan.planId, input, plan, hostFirst: draft.hostFirst, complete: result.complete, savedAt: Date.now() });
      setPhase({ kind: 'done', plan, report: result, hostFirst: draft.hostFirst, noAddress });
    } catch (error) {
      setPhase({ kind: 'error', message: errorText(error) });
    }
  };

  const shown: Readonly<Record<string, DraftOutcome>> = phase.kind === 'booking' ? phase.outcomes : report ? Object.fromEntries(report.outcomes.map((o) => [o.key, o])) : {};
  const hostOf = (schoolName: string) => visits.find((v) => v.schoolName === schoolName)?.host.displayName;

  return (
    <section className={styles.panel} aria-labelledby="rotation-booking-title">
      <h3 className={styles.heading} id="rotation-booking-title">Book the rotation: {visits.length} learning {visits.length === 1 ? 'walk' : 'walks'}</h3>
      <Text size={200}>Each walk takes place at its host school: the school and its address, from the host principal's directory profile, are the invite's location and the brief's address.</Text>
      <Field label="A learning walk needs two yeses: the host's, then the visitors'">
        <RadioGroup value={draft.hostFirst ? 'hostFirst' : 'everyone'} disabled={busy || booked} onChange={(_, d) => setDraft((x) => ({ ...x, hostFirst: d.value === 'hostFirst' }))}>
          <Radio value="hostFirst" label="Ask hosts first (recommended): invite the visitors once each host accepts" />
          <Radio value="everyone" label="Invite everyone now" />
        </RadioGroup>
      </Field>
      <AgendaFields kind="learningWalk" agenda={draft.shared} disabled={busy || booked} fieldIds={SHARED_FIELDS}
        legend="Agenda for every walk" onChange={(shared) => setDraft((x) => ({ ...x, shared }))} />
      <Accordion multiple collapsible>
        {visits.map((v) => (
          <AccordionItem key={v.schoolName} value={v.schoolName}>
            <AccordionHeader>Visit brief: {v.schoolName}</AccordionHeader>
            <AccordionPanel>
              <AgendaFields kind="learningWalk" agenda={draft.bySchool[v.schoolName]} disabled={busy || booked} fieldIds={SCHOOL_FIELDS}
                legend={`What ${v.host.displayName}'s visitors need to know`}
                onChange={(own) => setDraft((x) => ({ ...x, bySchool: { ...x.bySchool, [v.schoolName]: own } }))} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <div role="status" aria-live="polite">
        {phase.kind === 'booking' && (
          <Field validationMessage={phase.progress?.message ?? 'Checking what is already booked...'} validationState="none">
            <ProgressBar value={phase.progress ? phase.progress.done / Math.max(1, phase.progress.total) : undefined} />
          </Field>
        )}
        {report && <Summary report={report} hostFirst={phase.kind === 'done' && phase.hostFirst} />}
        {phase.kind === 'done' && phase.noAddress.length > 0 && (
          <Text size={200}>
            No street address in the directory for {phase.noAddress.join(', ')}: {phase.noAddress.length === 1 ? 'its invite names' : 'their invites name'} the school only. Add it to the principal's profile (office address) for the next booking.
          </Text>
        )}
      </div>
      {phase.kind === 'error' && (
        <MessageBar intent="error" role="alert"><MessageBarBody><MessageBarTitle>Nothing was booked</MessageBarTitle>{phase.message} What you typed is kept: fix it and book again.</MessageBarBody></MessageBar>
      )}
      {!booking && (
        <MessageBar intent="info"><MessageBarBody>Booking a rotation is not connected in this build. Your plan stays here.</MessageBarBody></MessageBar>
      )}
      {Object.keys(shown).length > 0 && (
        <ol className={styles.results} aria-label="Each walk's booking">
          {visits.map((v) => {
            const outcome = shown[walkKey(v.schoolName)];
            return (
              <li key={v.schoolName} className={styles.result}>
                <div className={styles.row}>
                  <Text weight="semibold">{v.schoolName}</Text>
                  <Text size={200}>{formatSlot(v.start, v.end, zone)}</Text>
                  {outcome ? <Badge appearance="filled" color={OUTCOME_BADGE[outcome.status].color}>{OUTCOME_BADGE[outcome.status].label}</Badge> : <Badge appearance="outline">Waiting</Badge>}
                </div>
                {outcome && <Text size={200}>{outcomeText(outcome, hostOf(v.schoolName))}</Text>}
              </li>
            );
          })}
        </ol>
      )}
      <div className={styles.actions}>
        {!booked && (
          <Button appearance="primary" onClick={book} disabled={!booking || busy || visits.length === 0}>
            {report ? 'Book what is missing' : `Book ${visits.length} ${visits.length === 1 ? 'walk' : 'walks'}`}
          </Button>
        )}
        {busy && <Button onClick={() => stopper.current?.abort()}>Stop after this walk</Button>}
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
  ].filter(Boolean).join(', ');
  if (report.complete) {
    return (
      <MessageBar intent="success"><MessageBarBody><MessageBarTitle>Rotation booked</MessageBarTitle>
        {parts}. {hostFirst ? 'Each host is asked first. Follow their answers and invite the visitors under Sent invites, Learning walks.' : 'Everyone is invited. Follow the answers under Sent invites, Learning walks.'}
      </MessageBarBody></MessageBar>
    );
  }
  return (
    <MessageBar intent="warning"><MessageBarBody><MessageBarTitle>Not every walk is booked</MessageBarTitle>
      {parts}. Booking again is safe: it creates only the walks still missing, never a second invite.
    </MessageBarBody></MessageBar>
  );
}
