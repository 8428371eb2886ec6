import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { pairSubject } from '../../../core/booking/words.js';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { seriesSessionPlan, singleSessionPlan, suggestionPlanId, type SessionPlan } from '../../../services/booking/sessionPlan.js';
import { bookedSessions, type BookedSession } from '../../../services/booking/bookedSessions.js';
import type { NoFitOffer } from '../../../core/slots/explainNoFit.js';
import { uniqueLabels, type Suggestion } from '../../../services/findTime/index.js';
import { DateTime } from 'luxon';
import type { FindTimeResult } from '../../../services/findTime/index.js';
import type { WorkProgress } from '../../../services/longWork.js';
import { formatDay, todayIn } from '../../common/formatTime.js';
import { useAsync } from '../../common/useAsync.js';
import { useLongWork } from '../../common/useLongWork.js';
import { useAppServices } from '../../services/appServices.js';
import { useSessionState } from '../../session/useSessionState.js';
import { FindTimeResults } from '../lazyResults.js';
import { FIND_TIME_TEXT } from '../../text/findTimeText.js';
import { checkForm, defaultForm, MAX_RANGE_DAYS, optionalIn, wantsPairs, wantsRotation, type FindTimeForm, type FormErrors } from '../findTimeForm.js';
import type { FindTimeScreenProps, FindTimeScreenState } from './FindTimeScreen.types.js';

/** The people an offer names ("With Dee Lee optional, ..."), as the form keeps them: their addresses in lower case. */
function offeredOptional(offer: Extract<NoFitOffer, { kind: 'fewerRequired' }>, cohort: readonly DirectoryPerson[]): string[] {
  const labels = uniqueLabels(cohort);
  return cohort.filter((_, i) => offer.without.includes(labels[i]!)).map((p) => p.mail.toLowerCase());
}

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
  // Optional people are kept with the search that found the times, so booking invites them as it showed them.
  const [searchedOptional, setSearchedOptional] = useState<readonly string[]>([]);
  const planInput = (people: readonly DirectoryPerson[], optional: readonly string[] = []) => ({ cohort: people, organizer: user, kind: form.kind, timeZone: zone, optional });

  const organizer: DirectoryPerson = { id: user.upn, mail: user.upn, displayName: user.displayName };

  const runSearch = async (form: FindTimeForm) => {
    const optional = optionalIn(form, cohort);
    const { errors: found, checked } = checkForm(form, cohort.length, zone, optional.length);
    setErrors(found);
    if (!checked) {
      // Each problem is said once, next to its field; this only says where to look.
      const count = Object.keys(found).length;
      search.fail(FIND_TIME_TEXT.checkForm(count));
      return;
    }
    setPlan(null);
    setSearchedOptional(optional);
    const shared = { cohort, timeZone: zone, tentativeCountsAsFree: form.tentativeFree, ...(optional.length > 0 && { optional }) };
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
        : wantsRotation(form)
          ? // A rotation asks for fewer by leaving "At least" to the planner, which says what it chose.
            { ...form, minAvailable: '' }
          : { ...form, optional: [...form.optional, ...offeredOptional(offer, search.state.phase === 'done' ? search.state.value.cohort : cohort)] };
    setForm(next);
    void runSearch(next);
  };

  const result = search.state.phase === 'done' ? search.state.value : undefined;
  const rotationOffers = result?.kind === 'rotation' && result.result.unplaced.length > 0 ? rotationWaysForward(form, zone) : [];
  // Booked means booked: which of the suggestions on screen are booked, read from Graph (any tab, any sign-in).
  const planIds =
    result?.kind === 'times' ? [...result.result.slots, ...result.result.partial, ...result.result.nearMisses].map((s) => suggestionPlanId(s, planInput(result.cohort))) : [];
  const [bookedReads, setBookedReads] = useState(0);
  const [bookedNotice, setBookedNotice] = useState<string | undefined>();
  const bookedState = useAsync(() => (planIds.length > 0 && !plan ? bookedSessions(sessions, planIds) : undefined), [sessions, planIds.join(','), plan === null, bookedReads]);
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
    rotationOffers,
    booked,
    bookedNotice,
    bookedChanged: (message) => {
      setBookedNotice(message);
      setBookedReads((n) => n + 1);
    },
    chooseTime: (suggestion) => {
      if (result?.kind !== 'times') return;
      const shown = [...result.result.slots, ...result.result.partial, ...result.result.nearMisses];
      const alternatives = shown.filter((s) => s.start !== suggestion.start).map((s) => ({ start: s.start, end: s.end }));
      setPlan({ ...singleSessionPlan(suggestion, planInput(result.cohort, searchedOptional)), alternatives });
    },
    chooseSeries: (series) => {
      if (result?.kind === 'series') setPlan(seriesSessionPlan(series, planInput(result.cohort, searchedOptional)));
    },
    choosePair: (pair, series) => {
      // Titled with the partners' names, and booked through the district's shared calendar when there is one.
      const bookThrough = result?.kind === 'pairs' ? result.result.bookThrough : undefined;
      setPlan({
        ...seriesSessionPlan(series, planInput(pair.members)),
        subject: pairSubject(pair.members.map((m) => m.displayName)),
        ...(bookThrough && { organizerMailbox: bookThrough }),
      });
    },
    setPlan,
  };
}

/**
 * A rotation that left schools out is offered the same dates and as many again after them (within the
 * longest range one search takes), so visits already placed stay possible and the left-out hosts get more
 * days; and, when the coach set "At least", to let the planner ask for fewer at each walk.
 */
function rotationWaysForward(form: FindTimeForm, zone: string): NoFitOffer[] {
  const offers: NoFitOffer[] = [];
  const first = DateTime.fromISO(form.firstDate, { zone });
  const last = DateTime.fromISO(form.lastDate, { zone });
  if (first.isValid && last.isValid && last >= first) {
    const days = Math.round(last.diff(first, 'days').days) + 1;
    const longer = DateTime.min(last.plus({ days }), first.plus({ days: MAX_RANGE_DAYS - 1 }));
    const window = { start: first.toMillis(), end: longer.plus({ days: 1 }).toMillis() };
    if (longer > last) offers.push({ kind: 'nextWindow', window, words: `Search through ${formatDay(longer.toMillis(), zone)}` });
  }
  if (form.minAvailable.trim() !== '') offers.push({ kind: 'fewerRequired', without: [], times: 0, words: 'Let each walk ask for fewer people' });
  return offers;
}
