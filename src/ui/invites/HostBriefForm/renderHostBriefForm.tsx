import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import type { HostBriefFormState } from './HostBriefForm.types.js';
import type { HostBriefFormClasses } from './useHostBriefFormStyles.styles.js';

export function renderHostBriefForm(state: HostBriefFormState, classes: HostBriefFormClasses) {
  const { draft, sent } = state;
  const formId = `${state.headingId}-form`;
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h4 className={classes.heading} id={state.headingId}>
        Your school&apos;s visit brief
      </h4>
      {sent ? (
        <div>
          <Text block>
            Sent to {state.organizer} with your answer. Common Time adds it to the visitors&apos; agenda and visit brief when {state.organizer} next opens Sent invites.
          </Text>
          {sent.focusQuestion && <Text block>Focus question: {sent.focusQuestion}</Text>}
          {sent.classrooms.length > 0 && <Text block>Classrooms: {sent.classrooms.join('; ')}</Text>}
          {sent.lookFors.length > 0 && <Text block>Look-fors: {sent.lookFors.join('; ')}</Text>}
        </div>
      ) : (
        <Text block>
          You host this walk. The coach set the shared focus; add your school&apos;s focus question, the classrooms to visit and the look-fors, so visitors know what to look for.
        </Text>
      )}
      <div className={classes.actions}>
        <Button appearance={sent ? 'secondary' : 'primary'} aria-expanded={state.open} aria-controls={formId} onClick={state.toggle}>
          {state.toggleLabel}
        </Button>
      </div>
      {state.open && (
        <div id={formId} role="group" aria-label="Visit brief to send" className={classes.root}>
          <Field label="Focus question" hint="Your question about your school that the visitors help you answer.">
            <Input className={classes.fill} value={draft.focusQuestion} maxLength={300} onChange={(_, d) => state.update({ focusQuestion: d.value })} />
          </Field>
          <Field label="Classrooms to visit" hint="One a line, in visiting order: room, teacher and subject.">
            <Textarea value={draft.classrooms} resize="vertical" onChange={(_, d) => state.update({ classrooms: d.value })} />
          </Field>
          <Field label="Look-fors" hint="One a line: what visitors watch and listen for in each classroom.">
            <Textarea value={draft.lookFors} resize="vertical" onChange={(_, d) => state.update({ lookFors: d.value })} />
          </Field>
          <div className={classes.actions}>
            <Button appearance="primary" disabled={state.sending} onClick={state.send}>
              {state.submitLabel}
            </Button>
          </div>
        </div>
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {state.confirmation && <Text weight="semibold">{state.confirmation}</Text>}
      </div>
    </section>
  );
}
