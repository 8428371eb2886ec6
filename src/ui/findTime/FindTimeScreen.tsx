/**
 * Coach "Find time": who (a group or hand-picked people), what kind of session, when; then ranked
 * suggestions with their reasons, the closest misses when nothing suits everyone, and Book. The form
 * is kept for this browser tab, so nothing typed is lost on reload or when switching screens.
 */
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, Switch, Text,
  makeStyles, mergeClasses, tokens, typographyStyles,
} from '@fluentui/react-components';
import { BUILT_IN_TEMPLATES } from '../../core/agenda/builtins/index.js';
import { TEMPLATE_KIND_LABELS } from '../../core/agenda/model.js';
import type { TemplateKind } from '../../core/agenda/model.js';
import type { SignedInUser } from '../auth/tokenSource.js';
import { BookingPanel } from '../booking/BookingPanel.js';
import type { BookingPlan, BookingService } from '../booking/bookingTypes.js';
import { errorText } from '../common/errorText.js';
import { todayIn } from '../common/formatTime.js';
import { useAsync } from '../common/useAsync.js';
import type { AppGateway, DirectoryPerson } from '../graph/appGateway.js';
import { useSessionState } from '../session/useSessionState.js';
import { CohortPicker } from './CohortPicker.js';
import { DURATION_CHOICES, checkForm, defaultForm, wantsPairs, wantsRotation } from './findTimeForm.js';
import type { FindTimeForm, FormErrors } from './findTimeForm.js';
import { planSuggestions } from './planSuggestions.js';
import type { Suggestion, Suggestions } from './planSuggestions.js';
import { planRecurring, REPEAT_LABELS } from './planRecurring.js';
import type { Repeat, SeriesSuggestion, SeriesSuggestions } from './planRecurring.js';
import { SuggestionList } from './SuggestionList.js';
import { SeriesList } from './SeriesList.js';
import { planWalks } from './planWalks.js';
import type { WalksPlan } from './planWalks.js';
import { WalksView } from './WalksView.js';
import { planPairs } from './planPairs.js';
import type { CoachingPair, PairsPlan } from './planPairs.js';
import { PairsView } from './PairsView.js';
import { buildRecurringPlan, buildSinglePlan } from './buildPlan.js';
import { RotationBooking } from './RotationBooking.js';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(280px, 360px) 1fr', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  stacked: { gridTemplateColumns: '1fr' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge },
  dates: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  // Fluent's Input has a minimum width; in the two-column row it must shrink with its column.
  fill: { minWidth: 0, width: '100%' },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 0` },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

type SearchState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly message: string; readonly fraction?: number }
  | { readonly phase: 'done'; readonly cohort: readonly DirectoryPerson[]; readonly result: Suggestions }
  | { readonly phase: 'series'; readonly cohort: readonly DirectoryPerson[]; readonly result: SeriesSuggestions }
  | { readonly phase: 'walks'; readonly cohort: readonly DirectoryPerson[]; readonly result: WalksPlan }
  | { readonly phase: 'pairs'; readonly cohort: readonly DirectoryPerson[]; readonly result: PairsPlan }
  | { readonly phase: 'failed'; readonly message: string };

export interface FindTimeScreenProps {
  readonly gateway: AppGateway;
  readonly user: SignedInUser;
  /** The coach's IANA zone: dates are read and times shown in it. */
  readonly zone: string;
  readonly booking?: BookingService;
  readonly narrow: boolean;
}

export function FindTimeScreen({ gateway, user, zone, booking, narrow }: FindTimeScreenProps) {
  const styles = useStyles();
  const [storedForm, setForm] = useSessionState<FindTimeForm>(`find-time:${user.upn}`, defaultForm(todayIn(zone)));
  // A form kept by an older version may lack newer fields: fill them from the defaults.
  const form: FindTimeForm = { ...defaultForm(todayIn(zone)), ...storedForm };
  const [errors, setErrors] = useState<FormErrors>({});
  const [search, setSearch] = useState<SearchState>({ phase: 'idle' });
  const [plan, setPlan] = useSessionState<BookingPlan | null>(`booking-plan:${user.upn}`, null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const groups = useAsync(() => gateway.listGroups(), [gateway]);
  const members = useAsync(() => (form.cohortMode === 'group' && form.groupId ? gateway.listGroupMembers(form.groupId) : undefined), [gateway, form.cohortMode, form.groupId]);
  const cohort: readonly DirectoryPerson[] = form.cohortMode === 'people' ? form.people : members.status === 'done' ? members.value : [];

  const update = (change: Partial<FindTimeForm>) => setForm((f) => ({ ...f, ...change }));
  const chooseKind = (kind: string) => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.kind === kind);
    update({ kind, ...(template && { durationMinutes: template.durationMinutes }) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, checked } = checkForm(form, cohort.length, zone);
    setErrors(found);
    if (!checked) {
      setSearch({ phase: 'failed', message: `Check the form: ${Object.values(found).join(' ')}` });
      return;
    }
    setPlan(null);
    setSearch({ phase: 'loading', message: `Reading free/busy for ${cohort.length} people...` });
    try {
      const schedules = await gateway.getSchedules(cohort.map((p) => p.mail), checked.window, ({ done, total }) =>
        setSearch({ phase: 'loading', message: `Reading free/busy for ${cohort.length} people: ${done} of ${total} parts done...`, fraction: done / Math.max(1, total) }));
      setSearch({ phase: 'loading', message: 'Finding the best times...' });
      if (wantsRotation(form)) {
        const walks = planWalks(schedules, cohort, {
          window: checked.window,
          visitMinutes: form.durationMinutes,
          travelMinutes: checked.travelMinutes!,
          timeZone: zone,
          ...(checked.minAvailable !== undefined && { minAttendees: checked.minAvailable }),
          tentativeCountsAsFree: form.tentativeFree,
        });
        setSearch({ phase: 'walks', cohort, result: walks });
        requestAnimationFrame(() => resultsHeading.current?.focus());
        return;
      }
      if (wantsPairs(form) && form.repeat !== 'none') {
        // Last term's pairs: the groups of the coach's earlier peer-coaching bookings.
        const earlier = (await gateway.mySentInvites()).filter((i) => i.kind === 'peerCoaching').map((i) => i.answers.map((a) => a.address));
        const pairs = planPairs(schedules, cohort, {
          firstDate: form.firstDate,
          sessions: checked.sessions!,
          repeat: form.repeat,
          durationMinutes: form.durationMinutes,
          timeZone: zone,
          tentativeCountsAsFree: form.tentativeFree,
        }, earlier);
        setSearch({ phase: 'pairs', cohort, result: pairs });
        requestAnimationFrame(() => resultsHeading.current?.focus());
        return;
      }
      if (form.repeat !== 'none') {
        const series = planRecurring(schedules, cohort, {
          firstDate: form.firstDate,
          sessions: checked.sessions!,
          repeat: form.repeat,
          durationMinutes: form.durationMinutes,
          timeZone: zone,
          ...(checked.minAvailable !== undefined && { minAvailable: checked.minAvailable }),
          tentativeCountsAsFree: form.tentativeFree,
        });
        setSearch({ phase: 'series', cohort, result: series });
        requestAnimationFrame(() => resultsHeading.current?.focus());
        return;
      }
      const result = planSuggestions(schedules, cohort, {
        window: checked.window,
        durationMinutes: form.durationMinutes,
        timeZone: zone,
        minAvailable: checked.minAvailable,
        tentativeCountsAsFree: form.tentativeFree,
      });
      setSearch({ phase: 'done', cohort, result });
      requestAnimationFrame(() => resultsHeading.current?.focus());
    } catch (error) {
      setSearch({ phase: 'failed', message: errorText(error) });
    }
  };

  const choose = (suggestion: Suggestion) => {
    if (search.phase !== 'done') return;
    setPlan(buildSinglePlan({ suggestion, cohort: search.cohort, organizer: user, kind: form.kind, timeZone: zone }));
  };
  const choosePair = (pair: CoachingPair, series: SeriesSuggestion) =>
    setPlan(buildRecurringPlan({ series, cohort: pair.members, organizer: user, kind: form.kind, timeZone: zone }));
  const chooseSeries = (series: SeriesSuggestion) => {
    if (search.phase !== 'series') return;
    setPlan(buildRecurringPlan({ series, cohort: search.cohort, organizer: user, kind: form.kind, timeZone: zone }));
  };

  return (
    <div className={mergeClasses(styles.layout, narrow && styles.stacked)}>
      <form className={styles.form} onSubmit={submit} aria-labelledby="find-form-title" noValidate>
        <h2 className={styles.heading} id="find-form-title">Find time</h2>
        <CohortPicker
          gateway={gateway}
          mode={form.cohortMode}
          groupId={form.groupId}
          people={form.people}
          groups={groups}
          members={members}
          error={errors.cohort}
          onChange={(c) => update({ ...(c.mode && { cohortMode: c.mode }), ...(c.groupId !== undefined && { groupId: c.groupId }), ...(c.people && { people: c.people }) })}
        />
        <Field label="Kind of session">
          <Select className={styles.fill} value={form.kind} onChange={(_, d) => chooseKind(d.value)}>
            {BUILT_IN_TEMPLATES.map((t) => <option key={t.id} value={t.kind}>{TEMPLATE_KIND_LABELS[t.kind]}</option>)}
          </Select>
        </Field>
        <Field label="Repeat">
          <Select className={styles.fill} value={form.repeat} onChange={(_, d) => update({ repeat: d.value as 'none' | Repeat })}>
            <option value="none">Does not repeat</option>
            {(Object.keys(REPEAT_LABELS) as Repeat[]).map((r) => <option key={r} value={r}>{REPEAT_LABELS[r]}</option>)}
          </Select>
        </Field>
        {form.kind === 'learningWalk' && form.repeat === 'none' && (
          <>
            <Switch checked={form.rotation} onChange={(_, d) => update({ rotation: d.checked })} label="Plan a rotation: each principal hosts one visit at their school" />
            {form.rotation && (
              <Field label="Travel between schools (minutes)" validationState={errors.travelMinutes ? 'error' : 'none'} validationMessage={errors.travelMinutes}>
                <Input inputMode="numeric" value={form.travelMinutes} onChange={(_, d) => update({ travelMinutes: d.value })} />
              </Field>
            )}
          </>
        )}
        {form.kind === 'peerCoaching' && form.repeat !== 'none' && (
          <Switch checked={form.pairs} onChange={(_, d) => update({ pairs: d.checked })} label="Form coaching pairs from the cohort, each with its own series" />
        )}
        <div className={styles.dates}>
          <Field label={form.repeat === 'none' ? 'From' : 'Starting'} required validationState={errors.firstDate ? 'error' : 'none'} validationMessage={errors.firstDate}>
            <Input className={styles.fill} type="date" value={form.firstDate} onChange={(_, d) => update({ firstDate: d.value })} />
          </Field>
          {form.repeat === 'none' ? (
            <Field label="To" required validationState={errors.lastDate ? 'error' : 'none'} validationMessage={errors.lastDate}>
              <Input className={styles.fill} type="date" value={form.lastDate} onChange={(_, d) => update({ lastDate: d.value })} />
            </Field>
          ) : (
            <Field label="Meetings" required validationState={errors.sessions ? 'error' : 'none'} validationMessage={errors.sessions}>
              <Input className={styles.fill} inputMode="numeric" value={form.sessions} onChange={(_, d) => update({ sessions: d.value })} />
            </Field>
          )}
        </div>
        <Field label="Length" validationState={errors.durationMinutes ? 'error' : 'none'} validationMessage={errors.durationMinutes}>
          <Select className={styles.fill} value={String(form.durationMinutes)} onChange={(_, d) => update({ durationMinutes: Number(d.value) })}>
            {[...new Set([...DURATION_CHOICES, form.durationMinutes])].sort((a, b) => a - b).map((m) => (
              <option key={m} value={m}>{m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? '' : 's'}`}</option>
            ))}
          </Select>
        </Field>
        <Field label="At least this many free" hint={`Leave empty to need everyone${cohort.length ? ` (${cohort.length})` : ''}.`}
          validationState={errors.minAvailable ? 'error' : 'none'} validationMessage={errors.minAvailable}>
          <Input inputMode="numeric" value={form.minAvailable} onChange={(_, d) => update({ minAvailable: d.value })} />
        </Field>
        <Switch checked={form.tentativeFree} onChange={(_, d) => update({ tentativeFree: d.checked })} label="Count tentative bookings as free" />
        <Text size={200}>Times are shown in {zone}.</Text>
        <Button type="submit" appearance="primary" disabled={search.phase === 'loading'}>Find time</Button>
      </form>

      <section className={styles.results} aria-labelledby="results-title">
        {plan ? (
          <BookingPanel plan={plan} booking={booking} onSubjectChange={(subject) => setPlan({ ...plan, subject })} onAgendaChange={(agenda) => setPlan({ ...plan, agenda })}
            onSlotChange={(slot) => setPlan({ ...plan, slot, reasons: ['the next best time after the first choice was taken'] })} onBack={() => setPlan(null)} />
        ) : (
          <>
            <h2 className={styles.heading} id="results-title" ref={resultsHeading} tabIndex={-1}>Suggestions</h2>
            <div role="status" aria-live="polite">
              {search.phase === 'idle' && <Text>Choose a cohort and a date range, then Find time.</Text>}
              {search.phase === 'loading' && (
                <Field validationMessage={search.message} validationState="none">
                  <ProgressBar value={search.fraction} aria-label={search.message} />
                </Field>
              )}
              {search.phase === 'done' && <Text>{summary(search.result, search.cohort.length)}</Text>}
              {search.phase === 'pairs' && (
                <Text>
                  {search.result.pairs.length === 0
                    ? 'Pairs need at least two principals who lead a school.'
                    : `${search.result.pairs.length} coaching ${search.result.pairs.length === 1 ? 'group' : 'groups'}, ${search.result.pairs.filter((p) => p.time).length} with a standing time free on every date.`}
                </Text>
              )}
              {search.phase === 'walks' && (
                <Text>
                  {search.result.visits.length === 0 && search.result.unplaced.length === 0
                    ? 'A rotation needs at least two principals who lead a school.'
                    : `${search.result.visits.length} of ${search.result.visits.length + search.result.unplaced.length} visits placed, each during the host's school day with travel time between schools.`}
                </Text>
              )}
              {search.phase === 'series' && (
                <Text>
                  {search.result.series.length === 0
                    ? 'No repeating time fits. Try another start date, fewer meetings or a shorter session.'
                    : `${search.result.series.length} repeating ${search.result.series.length === 1 ? 'time' : 'times'} for ${search.cohort.length} people, each checked on every date, best first.`}
                </Text>
              )}
            </div>
            {search.phase === 'failed' && (
              <MessageBar intent="error" role="alert"><MessageBarBody><MessageBarTitle>No suggestions</MessageBarTitle>{search.message}</MessageBarBody></MessageBar>
            )}
            {search.phase === 'done' && <Results result={search.result} cohortSize={search.cohort.length} zone={zone} onChoose={choose} />}
            {search.phase === 'pairs' && (
              <>
                <Unreadable list={search.result.unreadable} />
                <PairsView labelId="results-title" plan={search.result} onChoose={choosePair} />
              </>
            )}
            {search.phase === 'walks' && (
              <>
                <Unreadable list={search.result.unreadable} />
                <WalksView labelId="results-title" plan={search.result} />
                {search.result.visits.length > 0 && (
                  <RotationBooking walks={search.result} user={user} zone={zone} tentativeCountsAsFree={form.tentativeFree} directory={gateway} {...(booking?.walks && { booking: booking.walks })} />
                )}
              </>
            )}
            {search.phase === 'series' && (
              <>
                <Unreadable list={search.result.unreadable} />
                <SeriesList labelId="results-title" series={search.result.series} timeZone={zone} onChoose={chooseSeries} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function summary(result: Suggestions, size: number): string {
  if (result.slots.length > 0) {
    const more = result.nearMisses.length > 0 ? ` Also ${result.nearMisses.length} ${result.nearMisses.length === 1 ? 'time' : 'times'} all but one can make.` : '';
    return `${result.slots.length} suggested ${result.slots.length === 1 ? 'time' : 'times'} for ${size} people, best first.${more}`;
  }
  if (result.partial.length > 0) return `No time suits all ${size}. These come closest.`;
  return 'No time in this range has anyone free. Try a longer range or a shorter session.';
}

function Results({ result, cohortSize, zone, onChoose }: { result: Suggestions; cohortSize: number; zone: string; onChoose: (s: Suggestion) => void }) {
  const styles = useStyles();
  return (
    <>
      <Unreadable list={result.unreadable} />
      {result.slots.length > 0 && <SuggestionList labelId="results-title" suggestions={result.slots} cohortSize={cohortSize} timeZone={zone} onChoose={onChoose} />}
      {result.partial.length > 0 && (
        <>
          <h3 className={styles.subheading} id="partial-title">Closest options</h3>
          <SuggestionList labelId="partial-title" suggestions={result.partial} cohortSize={cohortSize} timeZone={zone} onChoose={onChoose} />
        </>
      )}
      {result.nearMisses.length > 0 && (
        <>
          <h3 className={styles.subheading} id="near-title">Also worth a look: all but one free</h3>
          <SuggestionList labelId="near-title" suggestions={result.nearMisses} cohortSize={cohortSize} timeZone={zone} onChoose={onChoose} />
        </>
      )}
    </>
  );
}

function Unreadable({ list }: { list: Suggestions['unreadable'] }) {
  if (list.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>Some calendars could not be read</MessageBarTitle>
        {list.map((u) => `${u.person.displayName}: ${u.message}`).join(' ')} They are counted as not free.
      </MessageBarBody>
    </MessageBar>
  );
}
