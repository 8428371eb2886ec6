import { Combobox, Field, Option, Radio, RadioGroup, Select, Tag, TagGroup, Text } from '@fluentui/react-components';
import type { CohortPickerProps } from './CohortPicker.types.js';
import { memberHint, usePeopleSearch } from './useCohortPicker.js';
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
    </div>
  );
}

function PeopleSearch(props: CohortPickerProps & { classes: CohortPickerClasses }) {
  const search = usePeopleSearch(props);
  const { classes } = props;
  return (
    <>
      <Field
        label={T.addPeople}
        hint={T.addPeopleHint}
        validationState={search.error || search.results.status === 'failed' ? 'error' : 'none'}
        validationMessage={search.error ?? (search.results.status === 'failed' ? search.results.message : undefined)}
        required
      >
        <Combobox
          freeform
          value={search.query}
          placeholder={T.searchByName}
          onChange={(e) => search.setQuery((e.target as HTMLInputElement).value)}
          // Nothing stays selected: a pick becomes a tag below, and the box is free for the next name.
          selectedOptions={[]}
          onOptionSelect={(_, d) => search.choose(d.optionValue)}
        >
          {search.results.status === 'loading' && (
            <Option disabled value="" text={T.searching}>
              {T.searching}
            </Option>
          )}
          {search.results.status === 'done' && search.options.length === 0 && (
            <Option disabled value="" text={T.noOneFound}>
              {T.noOneFound}
            </Option>
          )}
          {search.options.map((p) => (
            <Option key={p.mail} value={p.mail} text={p.displayName}>
              {p.displayName}
              {p.jobTitle ? ` (${p.jobTitle})` : ''}
            </Option>
          ))}
        </Combobox>
      </Field>
      {search.people.length > 0 ? (
        <TagGroup aria-label={T.chosen(search.people.length)} className={classes.tags} onDismiss={(_, d) => search.remove(String(d.value))}>
          {search.people.map((p) => (
            <Tag key={p.mail} value={p.mail} dismissible dismissIcon={{ 'aria-label': T.remove(p.displayName) }}>
              {p.displayName}
            </Tag>
          ))}
        </TagGroup>
      ) : (
        <Text size={200}>{T.nobodyChosen}</Text>
      )}
    </>
  );
}
