import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Radio, RadioGroup, Select, Switch, Text } from '@fluentui/react-components';
import { useId } from 'react';
import type { CohortPickerProps } from './CohortPicker.types.js';
import { PeopleSearch } from './lazyPeopleSearch.js';
import { memberHint, useOptionalPeople } from './useCohortPicker.js';
import type { CohortPickerClasses } from './useCohortPickerStyles.styles.js';
import { COHORT_TEXT as T } from '../../text/findTimeText.js';

export function renderCohortPicker(props: CohortPickerProps, classes: CohortPickerClasses) {
  const { mode, groups, members } = props;
  return (
    <div className={classes.root}>
      <Field label={T.cohort}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => props.onChange({ mode: d.value as 'group' | 'people' })}>
          <Radio value="group" label={T.aGroup} />
          <Radio value="people" label={T.pickPeople} />
        </RadioGroup>
      </Field>
      {mode === 'group' ? (
        <Field
          label={T.group}
          required
          validationState={props.error ? 'error' : groups.status === 'failed' ? 'error' : 'none'}
          validationMessage={props.error ?? (groups.status === 'failed' ? groups.message : undefined)}
          hint={memberHint(members)}
        >
          <Select value={props.groupId} onChange={(_, d) => props.onChange({ groupId: d.value })} disabled={groups.status !== 'done'}>
            <option value="">{groups.status === 'loading' ? T.loadingGroups : T.chooseGroup}</option>
            {groups.status === 'done' &&
              groups.value.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.displayName}
                </option>
              ))}
          </Select>
        </Field>
      ) : (
        <PeopleSearch {...props} classes={classes} />
      )}
      {props.takesOptional && <OptionalPeople {...props} classes={classes} />}
    </div>
  );
}

/** Each chosen person required or optional, as in Outlook: a switch per person, named by the person and its visible word. */
function OptionalPeople(props: CohortPickerProps & { classes: CohortPickerClasses }) {
  const state = useOptionalPeople(props);
  const id = useId();
  const { classes } = props;
  if (state.people.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="optional">
        <AccordionHeader size="small">Required and optional: {state.summary}</AccordionHeader>
        <AccordionPanel>
          <Text size={200} block id={`${id}-hint`}>
            Optional people are invited, and you see whether they are free, but they never decide the time. You are always required.
          </Text>
          <ul className={classes.optionalList} aria-label="Required and optional people" aria-describedby={`${id}-hint`}>
            {state.people.map((p, i) => (
              <li key={p.mail} className={classes.optionalRow}>
                <Text id={`${id}-name-${i}`}>{p.displayName}</Text>
                <Switch
                  checked={state.isOptional(p)}
                  onChange={(_, d) => state.setOptional(p, d.checked)}
                  label={{ children: 'Optional', id: `${id}-label-${i}` }}
                  aria-labelledby={`${id}-name-${i} ${id}-label-${i}`}
                />
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
