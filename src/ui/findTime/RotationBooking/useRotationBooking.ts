import { useMemo, useRef, useState } from 'react';
import { nowMs } from '../../common/today.js';
import { formatSlot } from '../../common/formatTime.js';
import type { RotationSuggestion } from '../../../services/findTime/index.js';
import { walkKey, walkWays, withMovedWalks, type WalkMove, type WalkWay } from '../../../services/booking/index.js';
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
export function useRotationBooking({ walks: found, user, zone, tentativeCountsAsFree }: RotationBookingProps): RotationBookingState {
  const { booking, reads, templates } = useAppServices();
  const [draft, setDraft] = useSessionState<RotationDraft>(`walk-booking:${user.upn}`, { hostFirst: true, bySchool: {} });
  const work = useLongWork<RotationBooked, RotationProgress>();
  // Walks moved to a way forward their conflict offered, by school; the rest stay where the planner put them.
  const [moves, setMoves] = useState<Readonly<Record<string, WalkMove>>>({});
  const statusRef = useRef<HTMLDivElement>(null);
  const walks = useMemo(() => withMovedWalks(found, moves), [found, moves]);
  const visits = walks.visits;
  const report = work.state.phase === 'done' ? work.state.value.report : undefined;
  // Booking again after a move keeps the rotation's plan id (whatever happened in between): the walks already
  // booked are found, not sent twice. A new search mounts a new booking panel, and so a new rotation.
  const planId = useRef<string>(undefined);

  const run = (rotation: RotationSuggestion) => {
    const toBook = rotation.visits;
    const missing = missingAgendaFields(
      toBook.map((v) => v.schoolName),
      draft.shared,
      draft.bySchool,
      templates,
    );
    if (missing.length > 0) {
      work.fail(`Fill in the required fields first. ${missing.join('. ')}.`);
      return;
    }
    const running = work.run(async (signal, onProgress) => {
      const outcomes: Record<string, DraftOutcome> = {};
      onProgress({ done: 0, total: toBook.length, message: "Reading each school's address from the directory...", outcomes });
      // Without an address a walk still books, at the school's name; the coach is told which ones.
      const addresses: Record<string, PostalAddress> = await reads.schoolAddresses(toBook.map((v) => v.host)).catch(() => ({}));
      const noAddress = toBook.map((v) => v.schoolName).filter((name) => !addresses[name]);
      const shared = agendaToSend('learningWalk', draft.shared, templates);
      const agendaBySchool = Object.fromEntries(toBook.map((v) => [v.schoolName, agendaToSend('learningWalk', draft.bySchool[v.schoolName], templates) ?? {}]));
      const input = {
        ...walkPlanInput({ walks: rotation, organizer: user, timeZone: zone, tentativeCountsAsFree, addresses, ...(shared && { agenda: shared }) }),
        agendaBySchool,
        ...(planId.current && { planId: planId.current }),
      };
      const { plan, report: result } = await booking.bookWalks(input, {
        hostFirst: draft.hostFirst,
        signal,
        // Kept before anything is sent, so a reload mid-booking loses nothing: Sent invites resumes it.
        onPlan: (made) => {
          planId.current = made.planId;
          saveWalkPlan(user.upn, { planId: made.planId, input, plan: made, hostFirst: draft.hostFirst, complete: false, savedAt: nowMs() });
        },
        onProgress: (progress) => {
          if (progress.outcome) outcomes[progress.outcome.key] = progress.outcome;
          onProgress({ done: progress.done, total: progress.total, message: progress.message, outcomes: { ...outcomes } });
        },
      });
      saveWalkPlan(user.upn, { planId: plan.planId, input, plan, hostFirst: draft.hostFirst, complete: result.complete, savedAt: nowMs() });
      return { plan, report: result, hostFirst: draft.hostFirst, noAddress };
    });
    // The button pressed is gone once the walks are booked: focus goes to what happened.
    void running.then((done) => done && requestAnimationFrame(() => statusRef.current?.focus()));
  };

  /** The ways forward a walk's conflict offered, each re-checked against free/busy when it was reported. */
  const waysFor = (schoolName: string): WalkWay[] => {
    const visit = visits.find((v) => v.schoolName === schoolName);
    const nameOf = (address: string) => visit?.attendees.find((p) => p.mail.toLowerCase() === address.toLowerCase())?.displayName ?? address;
    return walkWays(
      report?.outcomes.find((o) => o.key === walkKey(schoolName)),
      (slot) => formatSlot(slot.start, slot.end, zone),
      nameOf,
    );
  };

  const { state } = work;
  return {
    visits,
    zone,
    statusRef,
    draft,
    work: state,
    busy: work.busy,
    ...(report && { report }),
    booked: report?.complete === true,
    shown: state.phase === 'working' ? (state.progress?.outcomes ?? {}) : report ? Object.fromEntries(report.outcomes.map((o) => [o.key, o])) : {},
    hostOf: (schoolName) => visits.find((v) => v.schoolName === schoolName)?.host.displayName,
    setDraft,
    book: () => run(walks),
    waysFor,
    takeWay: (schoolName, way) => {
      const next = { ...moves, [schoolName]: way.move };
      setMoves(next);
      run(withMovedWalks(found, next));
    },
    stop: work.stop,
  };
}
