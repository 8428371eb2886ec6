import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { formatSlot, formatWhen } from '../../common/formatTime.js';
import { ANSWER_WORDS, FOLLOW_UP_TEXT as T } from '../../text/sentText.js';
import type { SessionFollowUpState } from './SessionFollowUp.types.js';
import type { SessionFollowUpClasses } from './useSessionFollowUpStyles.styles.js';

export function renderSessionFollowUp(state: SessionFollowUpState, classes: SessionFollowUpClasses) {
  const { load, props, busy } = state;
  if (load.status === 'closed') {
    return (
      <Button size="small" onClick={state.open} aria-label={T.openFor(props.subject)}>
        {T.open}
      </Button>
    );
  }
  return (
    <section className={classes.root} aria-label={T.openFor(props.subject)}>
      <div role="status" aria-live="polite">
        {load.status === 'loading' && <Spinner size="tiny" label={T.loading} />}
        {state.message && (
          <MessageBar intent={state.message.intent}>
            <MessageBarBody>{state.message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {load.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{load.message}</MessageBarBody>
        </MessageBar>
      )}
      {load.status === 'done' && (
        <>
          <ul className={classes.list} aria-label={T.saidAbout(props.subject)}>
            {load.value.answers.map((a) => (
              <li key={a.address} className={classes.answer}>
                <Text weight="semibold">
                  {a.name ?? a.address}: {ANSWER_WORDS[a.response] ?? a.response}
                </Text>
                {a.note && <Text>{T.note(a.note)}</Text>}
                {a.remindedMs !== undefined && <Text size={200}>{T.reminded(formatWhen(a.remindedMs, props.zone))}</Text>}
                {a.proposedNewTime && (
                  <>
                    <Text>
                      {T.proposed(formatSlot(a.proposedNewTime.start, a.proposedNewTime.end, props.zone))}
                      {a.keptMs !== undefined ? T.kept : ''}
                    </Text>
                    {a.keptMs === undefined && !load.value.isSeries && (
                      <div className={classes.actions}>
                        <Button size="small" appearance="primary" disabled={busy !== undefined} onClick={() => state.moveTo(a.address)}>
                          {busy === `move:${a.address}` ? T.moving : T.move}
                        </Button>
                        <Button size="small" disabled={busy !== undefined} onClick={() => state.keep(a.address)}>
                          {busy === `keep:${a.address}` ? T.keeping : T.keep}
                        </Button>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
          {state.waiting > 0 && (
            <Button size="small" disabled={busy !== undefined} onClick={state.remind}>
              {busy === 'remind' ? T.reminding : T.remind(state.waiting)}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
