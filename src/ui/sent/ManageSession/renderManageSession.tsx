import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { formatSlot } from '../../common/formatTime.js';
import type { ManageSessionState } from './ManageSession.types.js';
import type { ManageSessionClasses } from './useManageSessionStyles.styles.js';

export function renderManageSession(state: ManageSessionState, classes: ManageSessionClasses) {
  const { props, mode } = state;
  return (
    <>
      <div className={classes.actions}>
        <Button size="small" onClick={() => state.open('move')} aria-label={`Move ${props.subject}`}>
          Move
        </Button>
        <Button size="small" onClick={() => state.open('cancel')} aria-label={`Cancel ${props.subject}`}>
          Cancel
        </Button>
      </div>
      <Dialog open={mode !== 'closed'} modalType="modal" onOpenChange={(_, d) => !d.open && !state.busy && state.close()}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>
              {mode === 'move' ? 'Move' : 'Cancel'} “{props.subject}”
            </DialogTitle>
            <DialogContent className={classes.content}>
              <Text>
                Booked for {formatSlot(props.start, props.end, props.zone)}
                {props.recurring ? ' (the first meeting of a series)' : ''}.
              </Text>
              {props.recurring && <Meetings state={state} />}
              {mode === 'move' ? <MoveChoices state={state} classes={classes} /> : <CancelChoices state={state} />}
              <div role="status" aria-live="polite">
                {state.busy && <Spinner size="tiny" label={mode === 'move' ? 'Checking the new time and moving...' : 'Cancelling and telling everyone...'} />}
                {state.outcome && (
                  <MessageBar intent={state.outcome.intent}>
                    <MessageBarBody>
                      <MessageBarTitle>{state.outcome.title}</MessageBarTitle>
                      {state.outcome.text}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </div>
              {state.outcome?.nextBest && (
                <Button appearance="primary" disabled={state.busy} onClick={() => state.moveTo(state.outcome!.nextBest!)}>
                  Move to {formatSlot(state.outcome.nextBest.start, state.outcome.nextBest.end, props.zone)} (everyone free)
                </Button>
              )}
            </DialogContent>
            <DialogActions fluid>
              {mode === 'move' && !state.finished && (
                <Button appearance="primary" disabled={state.busy || !canMove(state)} onClick={state.move}>
                  {movesSeries(state) ? 'Move every meeting' : 'Move'}
                </Button>
              )}
              {mode === 'cancel' && !state.finished && !state.confirming && (
                <Button appearance="primary" disabled={state.busy || !canCancel(state)} onClick={state.askToCancel}>
                  {state.scope === 'series' ? 'Cancel the series...' : 'Cancel the meeting...'}
                </Button>
              )}
              <Button disabled={state.busy} onClick={state.close}>
                Close
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

const movesSeries = (state: ManageSessionState): boolean => state.props.recurring && state.scope === 'series';
const canMove = (state: ManageSessionState): boolean =>
  movesSeries(state)
    ? state.meetings.status === 'done' && state.meetings.value.length > 0
    : (state.props.recurring ? state.meetingId !== undefined : true) && state.choices.status !== 'loading';
const canCancel = (state: ManageSessionState): boolean => !state.props.recurring || state.scope === 'series' || state.meetingId !== undefined;

/** For a series: which meeting (cancel may also take the whole series). */
function Meetings({ state }: { state: ManageSessionState }) {
  const { meetings, props } = state;
  if (meetings.status === 'loading' || meetings.status === 'idle') return <Spinner size="tiny" label="Reading the meetings of the series..." />;
  if (meetings.status === 'failed')
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{meetings.message}</MessageBarBody>
      </MessageBar>
    );
  const choose = (
    <Field label="Which meeting" hint={`${meetings.value.length} ${meetings.value.length === 1 ? 'meeting' : 'meetings'} from today on.`}>
      <Select value={state.meetingId ?? ''} disabled={state.busy || state.scope === 'series'} onChange={(_, d) => state.chooseMeeting(d.value)}>
        {meetings.value.map((m) => (
          <option key={m.id} value={m.id}>
            {formatSlot(m.start, m.end, props.zone)}
          </option>
        ))}
      </Select>
    </Field>
  );
  const scope = (
    <Field label={state.mode === 'move' ? 'Which to move' : 'Which to cancel'}>
      <RadioGroup value={state.scope} onChange={(_, d) => state.setScope(d.value as 'one' | 'series')} disabled={state.busy || state.finished}>
        <Radio value="one" label={state.mode === 'move' ? 'This meeting' : 'One meeting'} />
        <Radio value="series" label="Every meeting of the series" />
      </RadioGroup>
    </Field>
  );
  return (
    <>
      {scope}
      {choose}
      {state.mode === 'move' && (
        <Text size={200}>
          {state.scope === 'series'
            ? 'Every meeting keeps its date and length and moves to the new start time. Each is checked first: if anyone required is busy on any date, nothing moves.'
            : 'One meeting moves; the others keep their time.'}
        </Text>
      )}
    </>
  );
}

function MoveChoices({ state, classes }: { state: ManageSessionState; classes: ManageSessionClasses }) {
  const { choices, props } = state;
  if (state.finished && state.after)
    return (
      <Text weight="semibold">
        {movesSeries(state) ? 'Every meeting moved; the next is' : 'Now booked for'} {formatSlot(state.after.start, state.after.end, props.zone)}.
      </Text>
    );
  if (movesSeries(state))
    return (
      <>
        <Field
          label="New start time for every meeting"
          hint={`In ${props.zone.replace(/_/g, ' ')} time, like 10:30.`}
          validationState={state.otherError ? 'error' : 'none'}
          validationMessage={state.otherError}
        >
          <Input type="time" value={state.seriesTime} disabled={state.busy} onChange={(_, d) => state.setSeriesTime(d.value)} />
        </Field>
        <Text size={200}>Everyone invited gets the updated invite and is asked to answer again.</Text>
      </>
    );
  return (
    <>
      {choices.status === 'loading' && <Spinner size="tiny" label="Finding the next times everyone is free..." />}
      {choices.status === 'failed' && (
        <MessageBar intent="warning">
          <MessageBarBody>{choices.message} Enter a date and time instead.</MessageBarBody>
        </MessageBar>
      )}
      {choices.status === 'done' && choices.value.times.length === 0 && <Text>Nobody's next free time together was found in the next two weeks; enter a date and time.</Text>}
      {choices.status !== 'loading' && (
        <Field label="New time">
          <RadioGroup value={state.picked} onChange={(_, d) => state.pick(d.value)} disabled={state.busy}>
            {choices.status === 'done' &&
              choices.value.times.map((t, i) => <Radio key={t.start} value={`time:${i}`} label={`${formatSlot(t.start, t.end, props.zone)}: everyone free`} />)}
            <Radio value="other" label="Another date and time" />
          </RadioGroup>
        </Field>
      )}
      {state.picked === 'other' && (
        <div className={classes.other}>
          <Field label="Date" validationState={state.otherError ? 'error' : 'none'} validationMessage={state.otherError}>
            <Input type="date" value={state.otherDate} disabled={state.busy} onChange={(_, d) => state.setOtherDate(d.value)} />
          </Field>
          <Field label="Start time">
            <Input type="time" value={state.otherTime} disabled={state.busy} onChange={(_, d) => state.setOtherTime(d.value)} />
          </Field>
        </div>
      )}
      <Text size={200}>Everyone invited gets the updated invite and is asked to answer again.</Text>
    </>
  );
}

function CancelChoices({ state }: { state: ManageSessionState }) {
  const { props } = state;
  const chosen = state.meetings.status === 'done' ? state.meetings.value.find((m) => m.id === state.meetingId) : undefined;
  const what =
    props.recurring && state.scope === 'series'
      ? 'every meeting of the series'
      : props.recurring && chosen
        ? `the meeting on ${formatSlot(chosen.start, chosen.end, props.zone)}`
        : 'this meeting';
  if (state.finished) return null;
  return (
    <>
      <Field label="Message to everyone invited" hint="Optional. Sent with the cancellation.">
        <Textarea value={state.comment} disabled={state.busy || state.confirming} onChange={(_, d) => state.setComment(d.value)} resize="vertical" />
      </Field>
      {state.confirming && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Cancel {what}?</MessageBarTitle>
            Everyone invited is told{state.comment.trim() ? ', with your message' : ''}. This cannot be undone.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.confirming && (
        <div>
          <Button appearance="primary" disabled={state.busy} onClick={state.confirmCancel}>
            Yes, cancel {props.recurring && state.scope === 'series' ? 'the series' : 'it'}
          </Button>{' '}
          <Button disabled={state.busy} onClick={state.keep}>
            Keep it
          </Button>
        </div>
      )}
    </>
  );
}
