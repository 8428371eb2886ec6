import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { seriesSessionPlan, singleSessionPlan, suggestionPlanId, type SessionPlan } from '../../../services/booking/sessionPlan.js';
import { bookedSessions, type BookedSession } from '../../../services/booking/bookedSessions.js';
import type { NoFitOffer } from '../../../core/slots/explainNoFit.js';
import type { Suggestion } from '../../../services/findTime/index.js';
import { DateTime } from 'luxon';
import type { FindTimeResult } from '../../../services/findTime/index.js';
import type { WorkProgress } from '../../../services/longWork.js';
import { todayIn } from '../../common/formatTime.js';
import { useAsync } from '../../common/useAsync.js';
import { useLongWork } from '../../common/useLongWork.js';
import { useAppServices } from '../../services/appServices.js';
import { useSessionState } from '../../session/useSessionState.js';
import { FindTimeResults } from '../lazyResults.js';
import { FIND_TIME_TEXT } from '../../text/findTimeText.js';
import { checkForm, defaultForm, wantsPairs, wantsRotation, type FindTimeForm, type FormErrors } from '../findTimeForm.js';
import type { FindTimeScreenProps, FindTimeScreenState } from './FindTimeScreen.types.js';

/**
 * The Find time screen's state: the form (kept for this browser tab, so nothing typed is lost on reload or
 * when switching screens), the search as long work, and the plan the coach chose to book.
 */
export function useFindTimeScreen({ user, zone, narrow }: FindTimeScreenProps): FindTimeScreenState {
  const { reads, findTime, templates, sessions } = useAppServices();
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

  const organizer: DirectoryPerson = { id: user.upn, mail: user.upn, displayName: user.displayName };

  const runSearch = async (form: FindTimeForm) => {
    const { errors: found, checked } = checkForm(form, cohort.length, zone);
    setErrors(found);
    if (!checked) {
      // Each problem is said once, next to its field; this only says where to look.
      const count = Object.keys(found).length;
      search.fail(FIND_TIME_TEXT.checkForm(count));
      return;
    }
    setPlan(null);
    const shared = { cohort, timeZone: zone, tentativeCountsAsFree: form.tentativeFree };
    const find = (signal: AbortSignal, onProgress: (progress: WorkProgress) => void): Promise<FindTimeResult> => {
      const options = { signal, onProgress };
      if (wantsRotation(form)) {
        return findTime.findRotation(
          {
            ...shared,
            window: checked.window,
            visitMinutes: form.durationMinutes,
            travelMinutes: checked.travelMinutes!,
            ...(checked.minAvailable !== undefined && { minAttendees: checked.minAvailable }),
          },
          options,
        );
      }
      if (form.repeat !== 'none') {
        const series = { ...shared, firstDate: form.firstDate, sessions: checked.sessions!, repeat: form.repeat, durationMinutes: form.durationMinutes };
        if (wantsPairs(form))
          return findTime.findPairs({ ...series, arrangedBy: user.upn, ...(form.cohortMode === 'group' && form.groupId ? { groupId: form.groupId } : {}) }, options);
        return findTime.findSeries({ ...series, organizer, ...(checked.minAvailable !== undefined && { minAvailable: checked.minAvailable }) }, options);
      }
      return findTime.findTimes(
        {
          ...shared,
          organizer,
          kind: form.kind,
          window: checked.window,
          durationMinutes: form.durationMinutes,
          ...(checked.minAvailable !== undefined && { minAvailable: checked.minAvailable }),
        },
        options,
      );
    };
    // The results' code (not on the first page) downloads alongside the free/busy reads, so the results show
    // with the words that announce them; if it fails, the results load again when shown.
    const resultsCode = FindTimeResults.preload().catch(() => undefined);
    const searched = await search.run(async (signal, onProgress): Promise<FindTimeResult> => {
      const [found] = await Promise.all([find(signal, onProgress), resultsCode]);
      return found;
    });
    if (searched) requestAnimationFrame(() => resultsHeadingRef.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void runSearch(form);
  };

  /** Takes a way forward the explanation offered, and searches again with it. */
  const takeOffer = (offer: NoFitOffer) => {
    const next: FindTimeForm =
      offer.kind === 'nextWindow'
        ? { ...form, firstDate: DateTime.fromMillis(offer.window.start, { zone }).toISODate()!, lastDate: DateTime.fromMillis(offer.window.end - 1, { zone }).toISODate()! }
        : { ...form, minAvailable: String(Math.max(1, cohort.length - offer.without.length)) };
    setForm(next);
    void runSearch(next);
  };

  const result = search.state.phase === 'done' ? search.state.value : undefined;
  // Booked means booked: which of the suggestions on screen are booked, read from Graph (any tab, any sign-in).
  const planIds =
    result?.kind === 'times' ? [...result.result.slots, ...result.result.partial, ...result.result.nearMisses].map((s) => suggestionPlanId(s, planInput(result.cohort))) : [];
  const bookedState = useAsync(() => (planIds.length > 0 && !plan ? bookedSessions(sessions, planIds) : undefined), [sessions, planIds.join(','), plan === null]);
  const booked = (suggestion: Suggestion): BookedSession | undefined =>
    result?.kind === 'times' && bookedState.status === 'done' ? bookedState.value.get(suggestionPlanId(suggestion, planInput(result.cohort)))?.[0] : undefined;
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
    submit,
    takeOffer,
    booked,
    chooseTime: (suggestion) => {
      if (result?.kind !== 'times') return;
      const shown = [...result.result.slots, ...result.result.partial, ...result.result.nearMisses];
      const alternatives = shown.filter((s) => s.start !== suggestion.start).map((s) => ({ start: s.start, end: s.end }));
      setPlan({ ...singleSessionPlan(suggestion, planInput(result.cohort)), alternatives });
    },
    chooseSeries: (series) => {
      if (result?.kind === 'series') setPlan(seriesSessionPlan(series, planInput(result.cohort)));
    },
    choosePair: (pair, series) => setPlan(seriesSessionPlan(series, planInput(pair.members))),
    setPlan,
  };
}
