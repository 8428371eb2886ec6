import { nowMs } from '../../common/today.js';
import type { PostalAddress } from '../../../core/directory/model.js';
import { walkPlanInput } from '../../../services/booking/walkPlanInput.js';
import type { DraftOutcome } from '../../../services/booking/index.js';
import { useLongWork } from '../../common/useLongWork.js';
import { agendaToSend } from '../../booking/agendaValues.js';
import { useAppServices } from '../../services/appServices.js';
import { useSessionState } from '../../session/useSessionState.js';
import { saveWalkPlan } from '../../session/walkPlans.js';
import { missingAgendaFields } from '../rotationWords.js';
import type { RotationBooked, RotationBookingProps, RotationBookingState, RotationDraft, RotationProgress } from './RotationBooking.types.js';

/**
 * Booking the whole rotation as long work: each walk's outcome as it comes, Stop after the current walk
 * (the walks not tried are reported, and booking again resumes), the plan kept before anything is sent.
 */
export function useRotationBooking({ walks, user, zone, tentativeCountsAsFree }: RotationBookingProps): RotationBookingState {
  const { booking, reads, templates } = useAppServices();
  const [draft, setDraft] = useSessionState<RotationDraft>(`walk-booking:${user.upn}`, { hostFirst: true, bySchool: {} });
  const work = useLongWork<RotationBooked, RotationProgress>();
  const visits = walks.visits;
  const report = work.state.phase === 'done' ? work.state.value.report : undefined;

  const book = () => {
    const missing = missingAgendaFields(
      visits.map((v) => v.schoolName),
      draft.shared,
      draft.bySchool,
      templates,
    );
    if (missing.length > 0) {
      work.fail(`Fill in the required fields first. ${missing.join('. ')}.`);
      return;
    }
    void work.run(async (signal, onProgress) => {
      const outcomes: Record<string, DraftOutcome> = {};
      onProgress({ done: 0, total: visits.length, message: "Reading each school's address from the directory...", outcomes });
      // Without an address a walk still books, at the school's name; the coach is told which ones.
      const addresses: Record<string, PostalAddress> = await reads.schoolAddresses(visits.map((v) => v.host)).catch(() => ({}));
      const noAddress = visits.map((v) => v.schoolName).filter((name) => !addresses[name]);
      const shared = agendaToSend('learningWalk', draft.shared, templates);
      const agendaBySchool = Object.fromEntries(visits.map((v) => [v.schoolName, agendaToSend('learningWalk', draft.bySchool[v.schoolName], templates) ?? {}]));
      const input = { ...walkPlanInput({ walks, organizer: user, timeZone: zone, tentativeCountsAsFree, addresses, ...(shared && { agenda: shared }) }), agendaBySchool };
      const { plan, report: result } = await booking.bookWalks(input, {
        hostFirst: draft.hostFirst,
        signal,
        // Kept before anything is sent, so a reload mid-booking loses nothing: Sent invites resumes it.
        onPlan: (made) => saveWalkPlan(user.upn, { planId: made.planId, input, plan: made, hostFirst: draft.hostFirst, complete: false, savedAt: nowMs() }),
        onProgress: (progress) => {
          if (progress.outcome) outcomes[progress.outcome.key] = progress.outcome;
          onProgress({ done: progress.done, total: progress.total, message: progress.message, outcomes: { ...outcomes } });
        },
      });
      saveWalkPlan(user.upn, { planId: plan.planId, input, plan, hostFirst: draft.hostFirst, complete: result.complete, savedAt: nowMs() });
      return { plan, report: result, hostFirst: draft.hostFirst, noAddress };
    });
  };

  const { state } = work;
  return {
    visits,
    zone,
    draft,
    work: state,
    busy: work.busy,
    ...(report && { report }),
    booked: report?.complete === true,
    shown: state.phase === 'working' ? (state.progress?.outcomes ?? {}) : report ? Object.fromEntries(report.outcomes.map((o) => [o.key, o])) : {},
    hostOf: (schoolName) => visits.find((v) => v.schoolName === schoolName)?.host.displayName,
    setDraft,
    book,
    stop: work.stop,
  };
}
