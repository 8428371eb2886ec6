import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Select, Switch, Text, mergeClasses } from '@fluentui/react-components';
import { BUILT_IN_TEMPLATES } from '../../../core/agenda/builtins/index.js';
import { TEMPLATE_KIND_LABELS } from '../../../core/agenda/model.js';
import { REPEAT_LABELS, type FindTimeResult, type Repeat } from '../../../services/findTime/index.js';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { CohortPicker } from '../CohortPicker/index.js';
import { DURATION_CHOICES, optionalIn, takesOptional, wantsRotation } from '../findTimeForm.js';
import { formatZoneName } from '../../common/formatTime.js';
import { nowMs } from '../../common/today.js';
import { BookingPanel, FindTimeResults } from '../lazyResults.js';
import { FIND_TIME_TEXT as T, SEARCH_TEXT } from '../../text/findTimeText.js';
import type { FindTimeScreenState } from './FindTimeScreen.types.js';
import type { FindTimeScreenClasses } from './useFindTimeScreenStyles.styles.js';

export function renderFindTimeScreen(state: FindTimeScreenState, classes: FindTimeScreenClasses) {
  const { form, errors, search, plan, zone, cohort } = state;
  return (
    <div className={mergeClasses(classes.layout, state.narrow && classes.stacked)}>
      <form className={classes.form} onSubmit={state.submit} aria-labelledby="find-form-title" noValidate>
        <h2 className={classes.heading} id="find-form-title">
          {T.title}
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
        <Field label={T.kind}>
          <Select className={classes.fill} value={form.kind} onChange={(_, d) => state.chooseKind(d.value)}>
            {BUILT_IN_TEMPLATES.map((t) => (
              <option key={t.id} value={t.kind}>
                {TEMPLATE_KIND_LABELS[t.kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.repeat}>
          <Select className={classes.fill} value={form.repeat} onChange={(_, d) => state.update({ repeat: d.value as 'none' | Repeat })}>
            <option value="none">{T.noRepeat}</option>
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
                  {T.lengthChoice(m)}
                </option>
              ))}
          </Select>
        </Field>
        <Field
          label={T.minAvailable}
          hint={wantsRotation(form) ? T.minAvailableRotationHint : requiredHint(cohort, optionalIn(form, cohort).length, state.user.upn)}
          validationState={errors.minAvailable ? 'error' : 'none'}
          validationMessage={errors.minAvailable}
        >
          <Input inputMode="numeric" value={form.minAvailable} onChange={(_, d) => state.update({ minAvailable: d.value })} />
        </Field>
        <Switch checked={form.tentativeFree} onChange={(_, d) => state.update({ tentativeFree: d.checked })} label={T.tentativeFree} />
        <Text size={200}>{T.zoneNote(formatZoneName(zone, nowMs()))}</Text>
        <Button type="submit" appearance="primary" disabled={search.phase === 'working'}>
          {T.find}
        </Button>
        {search.phase === 'working' && <Button onClick={state.stop}>{T.stop}</Button>}
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
              {SEARCH_TEXT.results}
            </h2>
            <div role="status" aria-live="polite">
              {search.phase === 'idle' && <Text>{SEARCH_TEXT.idle}</Text>}
              {search.phase === 'working' && (
                <Field validationMessage={search.progress?.message ?? SEARCH_TEXT.reading} validationState="none">
                  <ProgressBar
                    value={search.progress?.total ? (search.progress.done ?? 0) / search.progress.total : undefined}
                    aria-label={search.progress?.message ?? SEARCH_TEXT.readingLabel}
                  />
                </Field>
              )}
              {search.phase === 'stopped' && <Text>{SEARCH_TEXT.stopped}</Text>}
              {search.phase === 'done' && <Text>{summary(search.value)}</Text>}
            </div>
            {search.phase === 'failed' && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{SEARCH_TEXT.failedTitle}</MessageBarTitle>
                  {search.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {search.phase === 'done' && <FindTimeResults found={search.value} state={state} classes={classes} />}
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
    return T.minAvailableOptionalHint(others);
  }
  return T.minAvailableHint(cohort.length);
}

function summary(found: FindTimeResult): string {
  const size = found.cohort.length;
  switch (found.kind) {
    case 'times': {
      const result = found.result;
      const optional = result.optionalLabels?.length ?? 0;
      const forWhom = optional > 0 ? SEARCH_TEXT.requiredPeople(size - optional, optional) : SEARCH_TEXT.people(size);
      if (result.slots.length > 0) return SEARCH_TEXT.times(result.slots.length, forWhom, result.nearMisses.length);
      if (result.partial.length > 0) return optional > 0 ? SEARCH_TEXT.closestRequired(size - optional) : SEARCH_TEXT.closest(size);
      if (result.notes?.length && result.candidatesChecked === 0 && !result.explanation) return SEARCH_TEXT.notYet;
      return SEARCH_TEXT.nobodyFree;
    }
    case 'pairs':
      return found.result.pairs.length === 0 ? SEARCH_TEXT.pairsNeedPrincipals : SEARCH_TEXT.pairs(found.result.pairs.length, found.result.pairs.filter((p) => p.time).length);
    case 'rotation': {
      const { visits, unplaced, notes, relaxed, minAttendees } = found.result;
      if (visits.length === 0 && unplaced.length === 0) return notes.length > 0 ? SEARCH_TEXT.rotationNotYet : SEARCH_TEXT.rotationNeedsPrincipals;
      return SEARCH_TEXT.rotation(visits.length, visits.length + unplaced.length, relaxed && minAttendees ? minAttendees : undefined);
    }
    case 'series':
      return found.result.series.length === 0 ? SEARCH_TEXT.noSeries : SEARCH_TEXT.series(found.result.series.length, size);
  }
}
