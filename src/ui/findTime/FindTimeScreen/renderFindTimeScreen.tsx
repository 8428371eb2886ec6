import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, Switch, Text, mergeClasses } from '@fluentui/react-components';
import { BUILT_IN_TEMPLATES } from '../../../core/agenda/builtins/index.js';
import { TEMPLATE_KIND_LABELS } from '../../../core/agenda/model.js';
import { REPEAT_LABELS, type FindTimeResult, type Repeat, type Suggestion, type Suggestions } from '../../../services/findTime/index.js';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { AvailabilityGrid } from '../AvailabilityGrid/index.js';
import { CohortPicker } from '../CohortPicker/index.js';
import { DURATION_CHOICES, optionalIn, takesOptional, wantsRotation } from '../findTimeForm.js';
import { zoneName } from '../../../core/time/readableTime.js';
import { readerLocale } from '../../common/formatTime.js';
import { nowMs } from '../../common/today.js';
import { BookingPanel, RotationBooking } from '../lazyResults.js';
import { PairsView } from '../PairsView.js';
import { SeriesList } from '../SeriesList.js';
import { SuggestionList } from '../SuggestionList.js';
import { WalksView } from '../WalksView.js';
import type { FindTimeScreenState } from './FindTimeScreen.types.js';
import type { FindTimeScreenClasses } from './useFindTimeScreenStyles.styles.js';

export function renderFindTimeScreen(state: FindTimeScreenState, classes: FindTimeScreenClasses) {
  const { form, errors, search, plan, zone, cohort } = state;
  return (
    <div className={mergeClasses(classes.layout, state.narrow && classes.stacked)}>
      <form className={classes.form} onSubmit={state.submit} aria-labelledby="find-form-title" noValidate>
        <h2 className={classes.heading} id="find-form-title">
          Find time
        </h2>
        <CohortPicker
          directory={state.directory}
          mode={form.cohortMode}
          groupId={form.groupId}
          people={form.people}
          groups={state.groups}
          members={state.members}
          error={errors.cohort}
          optional={form.optional}
          takesOptional={takesOptional(form)}
          organizerMail={state.user.upn}
          onChange={(c) =>
            state.update({
              ...(c.mode && { cohortMode: c.mode }),
              ...(c.groupId !== undefined && { groupId: c.groupId }),
              ...(c.people && { people: c.people }),
              ...(c.optional && { optional: c.optional }),
            })
          }
        />
        <Field label="Kind of session">
          <Select className={classes.fill} value={form.kind} onChange={(_, d) => state.chooseKind(d.value)}>
            {BUILT_IN_TEMPLATES.map((t) => (
              <option key={t.id} value={t.kind}>
                {TEMPLATE_KIND_LABELS[t.kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Repeat">
          <Select className={classes.fill} value={form.repeat} onChange={(_, d) => state.update({ repeat: d.value as 'none' | Repeat })}>
            <option value="none">Does not repeat</option>
            {(Object.keys(REPEAT_LABELS) as Repeat[]).map((r) => (
              <option key={r} value={r}>
                {REPEAT_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        {form.kind === 'learningWalk' && form.repeat === 'none' && (
          <>
            <Switch checked={form.rotation} onChange={(_, d) => state.update({ rotation: d.checked })} label="Plan a rotation: each principal hosts one visit at their school" />
            {form.rotation && (
              <Field label="Travel between schools (minutes)" validationState={errors.travelMinutes ? 'error' : 'none'} validationMessage={errors.travelMinutes}>
                <Input inputMode="numeric" value={form.travelMinutes} onChange={(_, d) => state.update({ travelMinutes: d.value })} />
              </Field>
            )}
          </>
        )}
        {form.kind === 'peerCoaching' && form.repeat !== 'none' && (
          <Switch checked={form.pairs} onChange={(_, d) => state.update({ pairs: d.checked })} label="Form coaching pairs from the cohort, each with its own series" />
        )}
        <div className={classes.dates}>
          <Field label={form.repeat === 'none' ? 'From' : 'Starting'} required validationState={errors.firstDate ? 'error' : 'none'} validationMessage={errors.firstDate}>
            <Input className={classes.fill} type="date" value={form.firstDate} onChange={(_, d) => state.update({ firstDate: d.value })} />
          </Field>
          {form.repeat === 'none' ? (
            <Field label="To" required validationState={errors.lastDate ? 'error' : 'none'} validationMessage={errors.lastDate}>
              <Input className={classes.fill} type="date" value={form.lastDate} onChange={(_, d) => state.update({ lastDate: d.value })} />
            </Field>
          ) : (
            <Field label="Meetings" required validationState={errors.sessions ? 'error' : 'none'} validationMessage={errors.sessions}>
              <Input className={classes.fill} inputMode="numeric" value={form.sessions} onChange={(_, d) => state.update({ sessions: d.value })} />
            </Field>
          )}
        </div>
        <Field label="Length" validationState={errors.durationMinutes ? 'error' : 'none'} validationMessage={errors.durationMinutes}>
          <Select className={classes.fill} value={String(form.durationMinutes)} onChange={(_, d) => state.update({ durationMinutes: Number(d.value) })}>
            {[...new Set([...DURATION_CHOICES, form.durationMinutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? '' : 's'}`}
                </option>
              ))}
          </Select>
        </Field>
        <Field
          label="At least this many free"
          hint={
            wantsRotation(form)
              ? 'Leave empty: each walk asks for everyone, and for fewer (saying so) when that leaves visits out.'
              : requiredHint(cohort, optionalIn(form, cohort).length, state.user.upn)
          }
          validationState={errors.minAvailable ? 'error' : 'none'}
          validationMessage={errors.minAvailable}
        >
          <Input inputMode="numeric" value={form.minAvailable} onChange={(_, d) => state.update({ minAvailable: d.value })} />
        </Field>
        <Switch checked={form.tentativeFree} onChange={(_, d) => state.update({ tentativeFree: d.checked })} label="Count tentative bookings as free" />
        <Text size={200}>Times are shown in {zoneName({ locale: readerLocale(), timeZone: zone }, nowMs())} time.</Text>
        <Button type="submit" appearance="primary" disabled={search.phase === 'working'}>
          Find time
        </Button>
        {search.phase === 'working' && <Button onClick={state.stop}>Stop</Button>}
      </form>

      <section className={classes.results} aria-labelledby="results-title">
        {plan ? (
          <BookingPanel
            plan={plan}
            onSubjectChange={(subject) => state.setPlan({ ...plan, subject })}
            onAgendaChange={(agenda) => state.setPlan({ ...plan, agenda })}
            onSlotChange={(slot) => state.setPlan({ ...plan, slot, reasons: ['the next best time after the first choice was taken'] })}
            onBack={() => state.setPlan(null)}
          />
        ) : (
          <>
            <h2 className={classes.heading} id="results-title" ref={state.resultsHeadingRef} tabIndex={-1}>
              Suggestions
            </h2>
            <div role="status" aria-live="polite">
              {search.phase === 'idle' && <Text>Choose a cohort and a date range, then Find time.</Text>}
              {search.phase === 'working' && (
                <Field validationMessage={search.progress?.message ?? 'Reading free/busy...'} validationState="none">
                  <ProgressBar
                    value={search.progress?.total ? (search.progress.done ?? 0) / search.progress.total : undefined}
                    aria-label={search.progress?.message ?? 'Reading free/busy'}
                  />
                </Field>
              )}
              {search.phase === 'stopped' && <Text>Stopped. Change the search or Find time again.</Text>}
              {search.phase === 'done' && <Text>{summary(search.value)}</Text>}
            </div>
            {search.phase === 'failed' && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>No suggestions</MessageBarTitle>
                  {search.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {search.phase === 'done' && <Found found={search.value} state={state} classes={classes} />}
          </>
        )}
      </section>
    </div>
  );
}

/** "Leave empty to need everyone (12)", or everyone required (the coach always is) when some are optional. */
function requiredHint(cohort: readonly DirectoryPerson[], optional: number, coach: string): string {
  if (optional > 0) {
    const others = cohort.filter((p) => p.mail.toLowerCase() !== coach.toLowerCase()).length - optional;
    return `Leave empty to need everyone required: you and ${others} more. Optional people are not counted.`;
  }
  return `Leave empty to need everyone${cohort.length ? ` (${cohort.length})` : ''}.`;
}

function summary(found: FindTimeResult): string {
  const size = found.cohort.length;
  switch (found.kind) {
    case 'times': {
      const result = found.result;
      const optional = result.optionalLabels?.length ?? 0;
      const forWhom = optional > 0 ? `${size - optional} required ${size - optional === 1 ? 'person' : 'people'} (and ${optional} optional)` : `${size} people`;
      if (result.slots.length > 0) {
        const more = result.nearMisses.length > 0 ? ` Also ${result.nearMisses.length} ${result.nearMisses.length === 1 ? 'time' : 'times'} all but one can make.` : '';
        return `${result.slots.length} suggested ${result.slots.length === 1 ? 'time' : 'times'} for ${forWhom}, best first.${more}`;
      }
      if (result.partial.length > 0)
        return optional > 0 ? `No time suits all ${size - optional} required people. These come closest.` : `No time suits all ${size}. These come closest.`;
      if (result.notes?.length && result.candidatesChecked === 0 && !result.explanation) return 'No time can be suggested yet.';
      return 'No time in this range has anyone free.';
    }
    case 'pairs':
      return found.result.pairs.length === 0
        ? 'Pairs need at least two principals who lead a school.'
        : `${found.result.pairs.length} coaching ${found.result.pairs.length === 1 ? 'group' : 'groups'}, ${found.result.pairs.filter((p) => p.time).length} with a standing time free on every date.`;
    case 'rotation': {
      const { visits, unplaced, notes, relaxed, minAttendees } = found.result;
      if (visits.length === 0 && unplaced.length === 0)
        return notes.length > 0 ? 'No rotation can be planned for these dates yet.' : 'A rotation needs at least two principals who lead a school.';
      const fewer = relaxed && minAttendees ? ` Each walk asks for at least ${minAttendees}.` : '';
      return `${visits.length} of ${visits.length + unplaced.length} visits placed, each while classes are in session with travel time between schools.${fewer}`;
    }
    case 'series':
      return found.result.series.length === 0
        ? 'No repeating time fits. Try another start date, fewer meetings or a shorter session.'
        : `${found.result.series.length} repeating ${found.result.series.length === 1 ? 'time' : 'times'} for ${size} people, each checked on every date, best first.`;
  }
}

function Found({ found, state, classes }: { found: FindTimeResult; state: FindTimeScreenState; classes: FindTimeScreenClasses }) {
  const { zone } = state;
  switch (found.kind) {
    case 'times':
      return <Times result={found.result} cohortSize={found.cohort.length} zone={zone} onChoose={state.chooseTime} classes={classes} state={state} />;
    case 'pairs':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <PairsView labelId="results-title" plan={found.result} zone={zone} onChoose={state.choosePair} />
        </>
      );
    case 'rotation':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <WalksView labelId="results-title" plan={found.result} timeZone={zone} offers={state.rotationOffers} onOffer={state.takeOffer} />
          {found.result.visits.length > 0 && <RotationBooking walks={found.result} user={state.user} zone={zone} tentativeCountsAsFree={state.form.tentativeFree} />}
        </>
      );
    case 'series':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <SeriesList labelId="results-title" series={found.result.series} timeZone={zone} onChoose={state.chooseSeries} />
        </>
      );
  }
}

function Times({
  result,
  cohortSize,
  zone,
  onChoose,
  classes,
  state,
}: {
  result: Suggestions;
  cohortSize: number;
  zone: string;
  onChoose: (s: Suggestion) => void;
  classes: FindTimeScreenClasses;
  state: FindTimeScreenState;
}) {
  const booked = state.booked;
  const changed = state.bookedChanged;
  return (
    <>
      <Unreadable list={result.unreadable} />
      {state.bookedNotice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.bookedNotice}</MessageBarBody>
        </MessageBar>
      )}
      {(result.notes ?? []).map((note) => (
        <Text key={note} block>
          {note}
        </Text>
      ))}
      {result.explanation && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Why nothing suits everyone</MessageBarTitle>
            {result.explanation.sentence}
            <div className={classes.offers}>
              {result.explanation.offers.map((offer) => (
                <Button key={offer.words} appearance="secondary" onClick={() => state.takeOffer(offer)}>
                  {offer.words}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.slots.length > 0 && (
        <SuggestionList labelId="results-title" suggestions={result.slots} cohortSize={cohortSize} timeZone={zone} onChoose={onChoose} booked={booked} onBookedChanged={changed} />
      )}
      {result.availability.length > 0 && <AvailabilityGrid availability={gridRows(result)} timeZone={zone} {...(best(result) && { highlight: best(result) })} />}
      {result.partial.length > 0 && (
        <>
          <h3 className={classes.subheading} id="partial-title">
            Closest options
          </h3>
          <SuggestionList
            labelId="partial-title"
            suggestions={result.partial}
            cohortSize={cohortSize}
            timeZone={zone}
            onChoose={onChoose}
            booked={booked}
            onBookedChanged={changed}
          />
        </>
      )}
      {result.nearMisses.length > 0 && (
        <>
          <h3 className={classes.subheading} id="near-title">
            Also worth a look: all but one free
          </h3>
          <SuggestionList
            labelId="near-title"
            suggestions={result.nearMisses}
            cohortSize={cohortSize}
            timeZone={zone}
            onChoose={onChoose}
            booked={booked}
            onBookedChanged={changed}
          />
        </>
      )}
    </>
  );
}

/** The grid's rows, each optional person named so ("Dee Lee (optional)"); the same rows while the result stands. */
const gridRowsOf = new WeakMap<Suggestions, Suggestions['availability']>();
function gridRows(result: Suggestions): Suggestions['availability'] {
  const optional = new Set(result.optionalLabels ?? []);
  if (optional.size === 0) return result.availability;
  const known = gridRowsOf.get(result);
  if (known) return known;
  const rows = result.availability.map((p) => (optional.has(p.id) ? { ...p, id: `${p.id} (optional)` } : p));
  gridRowsOf.set(result, rows);
  return rows;
}

/** The time the grid marks and opens on: the top suggestion, else the closest option. */
function best(result: Suggestions): Suggestion | undefined {
  return result.slots[0] ?? result.partial[0];
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
