import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text } from '@fluentui/react-components';
import { AgendaFields } from '../../booking/AgendaFields.js';
import { formatSlot } from '../../common/formatTime.js';
import { STAGE_BOOKING_TEXT } from '../../text/partnershipText.js';
import { slotKeyOf, type StageBookingState } from './StageBooking.types.js';
import type { StageBookingClasses } from './useStageBookingStyles.styles.js';

export function renderStageBooking(state: StageBookingState, classes: StageBookingClasses) {
  const { search, booking, errors, zone } = state;
  const outcome = booking.phase === 'done' ? booking.value : undefined;
  return (
    <section className={classes.root} aria-labelledby={`stage-booking-${state.stage}`}>
      <h4 id={`stage-booking-${state.stage}`} className={classes.heading} tabIndex={-1} ref={state.headingRef}>
        {STAGE_BOOKING_TEXT.heading(state.stageName, state.principalName)}
      </h4>
      <Text>{STAGE_BOOKING_TEXT.oneToOne(state.principalName)}</Text>
      <Text className={state.where.problem ? classes.problem : undefined}>{state.where.text}</Text>
      {state.after && <Text>{state.after}</Text>}
      <form
        className={classes.dates}
        onSubmit={(e) => {
          e.preventDefault();
          state.find();
        }}
      >
        <Field label={STAGE_BOOKING_TEXT.firstDate} required validationState={errors.firstDate ? 'error' : 'none'} validationMessage={errors.firstDate}>
          <Input type="date" value={state.firstDate} onChange={(_, d) => state.setFirstDate(d.value)} disabled={state.busy} />
        </Field>
        <Field label={STAGE_BOOKING_TEXT.lastDate} required validationState={errors.lastDate ? 'error' : 'none'} validationMessage={errors.lastDate}>
          <Input type="date" value={state.lastDate} onChange={(_, d) => state.setLastDate(d.value)} disabled={state.busy} />
        </Field>
        <Field label={STAGE_BOOKING_TEXT.length} validationState={errors.durationMinutes ? 'error' : 'none'} validationMessage={errors.durationMinutes}>
          <Select value={String(state.durationMinutes)} onChange={(_, d) => state.setDuration(Number(d.value))} disabled={state.busy}>
            {state.durations.map((m) => (
              <option key={m} value={m}>
                {STAGE_BOOKING_TEXT.minutes(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance={state.times.length > 0 ? 'secondary' : 'primary'} disabled={state.busy}>
          {STAGE_BOOKING_TEXT.find}
        </Button>
      </form>

      <div role="status" aria-live="polite">
        {search.phase === 'working' && (
          <div className={classes.actions}>
            <Spinner size="tiny" label={search.progress?.message ?? STAGE_BOOKING_TEXT.finding} />
            <Button size="small" onClick={state.stop}>
              {STAGE_BOOKING_TEXT.stop}
            </Button>
          </div>
        )}
        {search.phase === 'stopped' && <Text>{STAGE_BOOKING_TEXT.stopped}</Text>}
        {search.phase === 'done' && state.times.length === 0 && <Text>{search.value.explanation?.sentence ?? STAGE_BOOKING_TEXT.noTimes(state.principalName)}</Text>}
        {search.phase === 'done' && search.value.notes?.map((note) => <Text key={note}>{note} </Text>)}
        {booking.phase === 'working' && <Spinner size="tiny" label={booking.progress?.message ?? STAGE_BOOKING_TEXT.booking} />}
      </div>
      {search.phase === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{search.message}</MessageBarBody>
        </MessageBar>
      )}

      {state.times.length > 0 && (
        <Field label={STAGE_BOOKING_TEXT.timesLabel(state.principalName)} required>
          <RadioGroup value={state.slotKey} onChange={(_, d) => state.chooseSlot(d.value)} disabled={booking.phase === 'working'}>
            {state.times.map((t) => (
              <Radio key={slotKeyOf(t)} value={slotKeyOf(t)} label={formatSlot(t.start, t.end, zone)} />
            ))}
          </RadioGroup>
        </Field>
      )}

      {state.times.length > 0 && <AgendaFields kind={state.stage} agenda={state.agenda} disabled={booking.phase === 'working'} onChange={state.setAgenda} />}

      <div ref={state.problemRef} tabIndex={-1}>
        {booking.phase === 'failed' && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{booking.message}</MessageBarBody>
          </MessageBar>
        )}
        {outcome && outcome.status !== 'booked' && (
          <MessageBar intent={outcome.status === 'notYours' ? 'warning' : 'error'} role="alert">
            <MessageBarBody>
              {outcome.message}
              {outcome.status === 'conflict' && outcome.nextBest && (
                <>
                  {' '}
                  <Button size="small" onClick={() => state.useInstead(outcome.nextBest!)}>
                    {STAGE_BOOKING_TEXT.useInstead(formatSlot(outcome.nextBest.start, outcome.nextBest.end, zone))}
                  </Button>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.book} disabled={state.busy || state.where.problem || state.times.length === 0}>
          {outcome?.status === 'failed' ? STAGE_BOOKING_TEXT.tryAgain : STAGE_BOOKING_TEXT.bookButton(state.stageNumber)}
        </Button>
        <Button onClick={state.cancel} disabled={booking.phase === 'working'}>
          {STAGE_BOOKING_TEXT.cancel}
        </Button>
      </div>
    </section>
  );
}
