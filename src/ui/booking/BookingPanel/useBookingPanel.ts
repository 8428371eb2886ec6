import { useEffect, useRef } from 'react';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../core/agenda/model.js';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { BookingOutcome } from '../../../services/booking/index.js';
import { useLongWork } from '../../common/useLongWork.js';
import { useAppServices } from '../../services/appServices.js';
import { agendaToSend } from '../agendaValues.js';
import type { BookingPanelProps, BookingPanelState } from './BookingPanel.types.js';

/** The panel's state: a last look at the plan, then Book; it never books by itself. */
export function useBookingPanel({ plan, onSubjectChange, onAgendaChange, onSlotChange, onBack }: BookingPanelProps): BookingPanelState {
  const { booking, templates } = useAppServices();
  const work = useLongWork<BookingOutcome, BookingProgress>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { state } = work;
  const booked = state.phase === 'done' && state.value.status === 'booked';
  const nextBest = state.phase === 'done' && state.value.status === 'conflict' && plan.kind === 'single' ? state.value.nextBest : undefined;

  return {
    plan,
    kindLabel: TEMPLATE_KIND_LABELS[plan.sessionKind as TemplateKind] ?? plan.sessionKind,
    work: state,
    busy: work.busy,
    booked,
    retry: state.phase === 'failed' || state.phase === 'stopped' || (state.phase === 'done' && !booked),
    ...(nextBest && { nextBest }),
    headingRef,
    subjectMissing: plan.subject.trim() === '',
    book: () => {
      const agenda = agendaToSend(plan.sessionKind, plan.agenda, templates);
      void work.run((_signal, onProgress) => booking.book(agenda ? { ...plan, agenda } : plan, onProgress));
    },
    useNextBest: () => {
      if (!nextBest) return;
      onSlotChange(nextBest);
      work.reset();
    },
    onSubjectChange,
    onAgendaChange,
    onBack,
  };
}
