import { useEffect, useMemo, useRef, useState } from 'react';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../core/agenda/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { BookingOutcome } from '../../../services/booking/index.js';
import { bookedSessions } from '../../../services/booking/bookedSessions.js';
import { bookingPlanId } from '../../../services/booking/sessionPlan.js';
import { useAsync } from '../../common/useAsync.js';
import { useLongWork } from '../../common/useLongWork.js';
import { errorText } from '../../common/errorText.js';
import { useSessionState } from '../../session/useSessionState.js';
import { closureClashWords, seriesOnClosures } from '../../../core/district/index.js';
import { useAppServices } from '../../services/appServices.js';
import { agendaToSend } from '../agendaValues.js';
import type { BookingPanelProps, BookingPanelState, ClosureSettlementState, WayForward } from './BookingPanel.types.js';

/** The ways forward a conflict offers, each a time the coach can take with one click (single meetings). */
function waysOf(outcome: BookingOutcome, plan: BookingPanelProps['plan']): WayForward[] {
  if (outcome.status !== 'conflict' || plan.kind !== 'single') return [];
  const ways: WayForward[] = [];
  if (outcome.nextBest) ways.push({ kind: 'nextBest', slot: outcome.nextBest });
  if (outcome.bestPartial) {
    const names = outcome.bestPartial.missing.map((m) => plan.attendees.find((a) => a.upn.toLowerCase() === m.address.toLowerCase())?.name ?? m.address);
    ways.push({ kind: 'partial', slot: { start: outcome.bestPartial.start, end: outcome.bestPartial.end }, without: names });
  }
  for (const slot of outcome.stillOpen ?? []) ways.push({ kind: 'stillOpen', slot });
  return ways;
}

/** The panel's state: a last look at the plan, then Book; it never books by itself. */
export function useBookingPanel({ plan, onSubjectChange, onAgendaChange, onSlotChange, onBack }: BookingPanelProps): BookingPanelState {
  const { booking, templates, sessions, manage } = useAppServices();
  const work = useLongWork<BookingOutcome, BookingProgress>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { state } = work;
  // Booked means booked: read from Graph (this tab, another tab, another sign-in), refreshed after each Book.
  const planId = bookingPlanId(plan);
  // Read again after the booked session is moved or cancelled from here.
  const [managed, setManaged] = useState<string | undefined>();
  const fromGraph = useAsync(
    () => bookedSessions(sessions, [planId], plan.organizerMailbox),
    [sessions, planId, plan.organizerMailbox, state.phase === 'done' ? state.value : null, managed],
  );
  const session = fromGraph.status === 'done' ? fromGraph.value.get(planId)?.[0] : undefined;
  const booked = (state.phase === 'done' && state.value.status === 'booked') || session !== undefined;
  const ways = state.phase === 'done' ? waysOf(state.value, plan) : [];
  // A series' dates on district closures: said before booking, skipped or moved right after it as the coach chose.
  const clashes = useMemo(() => (plan.kind === 'recurring' ? seriesOnClosures(plan.occurrences, plan.timeZone, manage.districtCalendar) : []), [plan, manage.districtCalendar]);
  const [closureChoice, setClosureChoice] = useSessionState<'skip' | 'move'>(`closure-choice:${planId}`, 'skip');
  // Kept for the tab, so a reload still shows what happened to each date (and never settles twice).
  const [settlement, setSettlement] = useSessionState<ClosureSettlementState>(`closure-settlement:${planId}`, { status: 'none' });
  const justBooked = state.phase === 'done' && state.value.status === 'booked' && state.value.events.some((e) => e.outcome === 'created');
  useEffect(() => {
    if (!justBooked || !session || clashes.length === 0 || settlement.status !== 'none') return;
    setSettlement({ status: 'working' });
    manage
      .settleClosures({ seriesId: session.eventId, clashes, choice: closureChoice, timeZone: plan.timeZone })
      .then((results) => setSettlement({ status: 'done', results }))
      .catch((error: unknown) => setSettlement({ status: 'failed', message: errorText(error) }));
  }, [justBooked, session, clashes, closureChoice, settlement.status, manage, plan.timeZone, setSettlement]);
  // After booking, focus goes to what happened, not to the page body.
  useEffect(() => {
    if (state.phase === 'done') outcomeRef.current?.focus();
  }, [state.phase]);

  return {
    plan,
    kindLabel: TEMPLATE_KIND_LABELS[plan.sessionKind as TemplateKind] ?? plan.sessionKind,
    work: state,
    busy: work.busy,
    booked,
    ...(session && { session }),
    // "Try again" only where it can succeed: after a failure, not after a conflict (the time is taken).
    retry: state.phase === 'failed' || state.phase === 'stopped' || (state.phase === 'done' && state.value.status === 'failed'),
    conflict: state.phase === 'done' && state.value.status === 'conflict',
    ways,
    headingRef,
    outcomeRef,
    subjectMissing: plan.subject.trim() === '',
    clashes,
    closureWords: plan.kind === 'recurring' ? closureClashWords(clashes, plan.occurrences.length, plan.timeZone) : '',
    closureChoice,
    settlement,
    chooseClosures: setClosureChoice,
    managed,
    sessionChanged: (message: string) => {
      // A cancelled session is no longer booked: the outcome of the earlier Book no longer holds.
      if (/cancelled/i.test(message)) work.reset();
      setManaged(message);
    },
    book: () => {
      const agenda = agendaToSend(plan.sessionKind, plan.agenda, templates);
      const closureDates = plan.kind === 'recurring' && clashes.length > 0 ? { closureDates: clashes.map((c) => c.date) } : {};
      void work.run((_signal, onProgress) => booking.book({ ...plan, ...(agenda ? { agenda } : {}), ...closureDates }, onProgress));
    },
    useTime: (slot: Interval) => {
      onSlotChange(slot);
      work.reset();
    },
    onSubjectChange,
    onAgendaChange,
    onBack,
  };
}
