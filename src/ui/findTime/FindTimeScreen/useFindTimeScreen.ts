import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { seriesSessionPlan, singleSessionPlan, type SessionPlan } from '../../../services/booking/sessionPlan.js';
import type { FindTimeResult } from '../../../services/findTime/index.js';
import type { WorkProgress } from '../../../services/longWork.js';
import { todayIn } from '../../common/formatTime.js';
import { useAsync } from '../../common/useAsync.js';
import { useLongWork } from '../../common/useLongWork.js';
import { useAppServices } from '../../services/appServices.js';
import { useSessionState } from '../../session/useSessionState.js';
import { checkForm, defaultForm, wantsPairs, wantsRotation, type FindTimeForm, type FormErrors } from '../findTimeForm.js';
import type { FindTimeScreenProps, FindTimeScreenState } from './FindTimeScreen.types.js';

/**
 * The Find time screen's state: the form (kept for this browser tab, so nothing typed is lost on reload or
 * when switching screens), the search as long work, and the plan the coach chose to book.
 */
export function useFindTimeScreen({ user, zone, narrow }: FindTimeScreenProps): FindTimeScreenState {
  const { reads, findTime, templates } = useAppServices();
  const [storedForm, setForm] = useSessionState<FindTimeForm>(`find-time:${user.upn}`, defaultForm(todayIn(zone)));
  // A form kept by an older version may lack newer fields: fill them from the defaults.
  const form: FindTimeForm = { ...defaultForm(todayIn(zone)), ...storedForm };
  const [errors, setErrors] = useState<FormErrors>({});
  const search = useLongWork<FindTimeResult, WorkProgress>();
  const [plan, setPlan] = useSessionState<SessionPlan | null>(`booking-plan:${user.upn}`, null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);

  const groups = useAsync(() => reads.listGroups(), [reads]);
  const members = useAsync(() => (form.cohortMode === 'group' && form.groupId ? reads.listGroupMembers(form.groupId) : undefined), [reads, form.cohortMode, form.groupId]);
  const cohort: readonly DirectoryPerson[] = form.cohortMode === 'people' ? form.people : members.status === 'done' ? members.value : [];
  const update = (change: Partial<FindTimeForm>) => setForm((f) => ({ ...f, ...change }));
  const planInput = (people: readonly DirectoryPerson[]) => ({ cohort: people, organizer: user, kind: form.kind, timeZone: zone });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, checked } = checkForm(form, cohort.length, zone);
    setErrors(found);
    if (!checked) {
      search.fail(`Check the form: ${Object.values(found).join(' ')}`);
      return;
    }
    setPlan(null);
    const shared = { cohort, timeZone: zone, tentativeCountsAsFree: form.tentativeFree };
    const searched = await search.run((signal, onProgress): Promise<FindTimeResult> => {
      const options = { signal, onProgress };
      if (wantsRotation(form)) {
        return findTime.findRotation({ ...shared, window: checked.window, visitMinutes: form.durationMinutes, travelMinutes: checked.travelMinutes!, ...(checked.minAvailable !== undefined && { minAttendees: checked.minAvailable }) }, options);
      }
      if (form.repeat !== 'none') {
        const series = { ...shared, firstDate: form.firstDate, sessions: checked.sessions!, repeat: form.repeat, durationMinutes: form.durationMinutes };
        if (wantsPairs(form)) return findTime.findPairs({ ...series, arrangedBy: user.upn, ...(form.cohortMode === 'group' && form.groupId ? { groupId: form.groupId } : {}) }, options);
        return findTime.findSeries({ ...series, ...(checked.minAvailable !== undefined && { minAvailable: checked.minAvailable }) }, options);
      }
      return findTime.findTimes({ ...shared, window: checked.window, durationMinutes: form.durationMinutes, ...(checked.minAvailable !== undefined && { minAvailable: checked.minAvailable }) }, options);
    });
    if (searched) requestAnimationFrame(() => resultsHeadingRef.current?.focus());
  };

  const result = search.state.phase === 'done' ? search.state.value : undefined;
  return {
    user,
    zone,
    narrow,
    directory: reads,
    form,
    errors,
    groups,
    members,
    cohort,
    search: search.state,
    plan,
    resultsHeadingRef,
    stop: search.stop,
    update,
    chooseKind: (kind) => {
      const template = templates.find((t) => t.kind === kind);
      update({ kind, ...(template && { durationMinutes: template.durationMinutes }) });
    },
    submit: (event) => void submit(event),
    chooseTime: (suggestion) => {
      if (result?.kind === 'times') setPlan(singleSessionPlan(suggestion, planInput(result.cohort)));
    },
    chooseSeries: (series) => {
      if (result?.kind === 'series') setPlan(seriesSessionPlan(series, planInput(result.cohort)));
    },
    choosePair: (pair, series) => setPlan(seriesSessionPlan(series, planInput(pair.members))),
    setPlan,
  };
}
