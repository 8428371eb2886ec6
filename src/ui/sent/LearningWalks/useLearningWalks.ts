import { useState } from 'react';
import { useAsync } from '../../common/useAsync.js';
import { useAppServices } from '../../services/appServices.js';
import { readWalkPlans, saveWalkPlan, type StoredWalkPlan } from '../../session/walkPlans.js';
import type { LearningWalksProps, LearningWalksState } from './LearningWalks.types.js';

export function useLearningWalks({ user, zone }: LearningWalksProps): LearningWalksState {
  const { booking } = useAppServices();
  const [stored, setStored] = useState<StoredWalkPlan[]>(() => readWalkPlans(user.upn));
  const found = useAsync(() => booking.walkRotations(), [booking]);
  const fromGraph = found.status === 'done' ? found.value.filter((r) => !stored.some((p) => p.planId === r.planId)) : [];
  return {
    zone,
    stored,
    fromGraph,
    found,
    empty: stored.length === 0 && fromGraph.length === 0 && found.status !== 'failed',
    onSaved: (entry) => setStored(saveWalkPlan(user.upn, entry)),
  };
}
