import { nowMs } from '../../common/today.js';
import { useState } from 'react';
import { walkKey, walkWays, withMovedInput, type WalkStatus } from '../../../services/booking/index.js';
import { formatSlot } from '../../common/formatTime.js';
import type { StoredWalkPlan } from '../../session/walkPlans.js';
import { useAsync } from '../../common/useAsync.js';
import { useLongWork } from '../../common/useLongWork.js';
import { useAppServices } from '../../services/appServices.js';
import type { RotationActionResult, WalkRotationCardProps, WalkRotationCardState } from './LearningWalks.types.js';

/**
 * One rotation: `stored` when this browser kept its plan (it can also book missing walks), else `found` in
 * Graph, worked from the plan id alone (each walk's host and visitors are kept on its event).
 */
export function useWalkRotationCard({ planId, stored, found, zone, onSaved }: WalkRotationCardProps): WalkRotationCardState {
  const { booking, invites } = useAppServices();
  const [reload, setReload] = useState(0);
  const action = useLongWork<RotationActionResult, string>();
  const status = useAsync(() => booking.walkStatus(stored?.plan ?? planId), [booking, stored, planId, reload]);
  const walks = status.status === 'done' ? status.value : [];
  // Each look collects the hosts' briefs from their answers and puts a newer one on its walk (and so in the visitors' invitations).
  const briefs = useAsync(() => invites.hostBriefs(planId), [invites, planId, reload]);
  const drafts = stored?.plan.drafts ?? [];
  const total = stored ? drafts.length : (found?.walks ?? walks.length);
  const missing = status.status === 'done' ? drafts.filter((d) => !walks.some((w) => w.start === d.slot.start && w.school === (d.location?.displayName ?? w.school))) : [];
  const readyForVisitors = walks.filter((w) => w.stage === 'hostAcceptedVisitorsNotInvited').length;
  const state = action.state;
  const refresh = () => setReload((r) => r + 1);

  // A walk's outcome: by event id once invited, else by the walk's key (from the plan or kept on the event).
  const outcomeOf = (walk: WalkStatus) =>
    state.phase === 'done' && state.value.kind === 'invited'
      ? state.value.outcomes.find((o) =>
          o.status === 'invited' ? o.eventId === walk.eventId : walk.key !== undefined ? o.key === walk.key : drafts.find((d) => d.key === o.key)?.slot.start === walk.start,
        )
      : undefined;
  const people = [...drafts.flatMap((d) => d.attendees), ...walks.flatMap((w) => [w.host, ...w.visitors, ...w.notInvited])];
  const first = drafts[0]?.slot ?? (found ? { start: found.firstStart, end: found.lastEnd } : walks[0]);

  return {
    zone,
    ...(stored && { stored }),
    status,
    walks,
    briefs,
    briefOf: (walk) => (briefs.status === 'done' ? briefs.value.find((b) => b.eventId === walk.eventId) : undefined),
    drafts,
    total,
    missing,
    readyForVisitors,
    action: state,
    working: action.busy,
    ...(first && { first }),
    outcomeOf,
    nameOf: (address) => people.find((p) => p.address.toLowerCase() === address.toLowerCase() && p.name)?.name ?? address,
    refresh,
    invite: () => {
      const count = readyForVisitors;
      void action
        .run(async (_signal, onProgress) => {
          onProgress(`Inviting the visitors of ${count} ${count === 1 ? 'walk' : 'walks'}...`);
          return { kind: 'invited', outcomes: await booking.inviteVisitors(stored?.plan ?? planId) };
        })
        .finally(refresh);
    },
    bookMissing: () => {
      if (stored) book(stored, stored.input);
    },
    waysFor: (key) =>
      walkWays(
        state.phase === 'done' && state.value.kind === 'problems' ? state.value.outcomes.find((o) => o.key === key) : undefined,
        (slot) => formatSlot(slot.start, slot.end, zone),
        (address) => people.find((p) => p.address.toLowerCase() === address.toLowerCase() && p.name)?.name ?? address,
      ),
    takeWay: (key, way) => {
      const visit = stored?.input.rotation.visits.find((v) => walkKey(v.schoolId) === key);
      if (stored && visit) book(stored, withMovedInput(stored.input, stored.plan.planId, { [visit.schoolId]: way.move }));
    },
  };

  /** Books what is missing of the rotation (maybe with a walk moved); what this browser keeps follows. */
  function book(kept: StoredWalkPlan, input: StoredWalkPlan['input']): void {
    void action
      .run(async (signal, onProgress): Promise<RotationActionResult> => {
        onProgress('Booking the walks still missing...');
        const { plan, report } = await booking.bookWalks(input, { hostFirst: kept.hostFirst, signal, onProgress: (p) => onProgress(p.message) });
        onSaved({ ...kept, input, plan, complete: report.complete, savedAt: nowMs() });
        const failed = report.outcomes.filter((o) => o.status !== 'created' && o.status !== 'alreadyExisted');
        const taken = failed.every((o) => o.status === 'conflict');
        return failed.length === 0 ? { kind: 'booked' } : { kind: 'problems', message: failed.map((o) => o.message).join(' '), taken, outcomes: failed };
      })
      .finally(refresh);
  }
}
