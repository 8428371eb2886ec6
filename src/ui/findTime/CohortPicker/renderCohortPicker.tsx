import { Field, Radio, RadioGroup, Select, Tag, TagGroup, Text } from '@fluentui/react-components';
import { PeopleSearchBox } from './PeopleSearchBox.js';
import type { CohortPickerProps } from './CohortPicker.types.js';
import { memberHint, usePeopleSearch } from './useCohortPicker.js';
import type { CohortPickerClasses } from './useCohortPickerStyles.styles.js';

export function renderCohortPicker(props: CohortPickerProps, classes: CohortPickerClasses) {
  const { mode, groups, members } = props;
  return (
    <div className={classes.root}>
      <Field label="Cohort">
        <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => props.onChange({ mode: d.value as 'group' | 'people' })}>
          <Radio value="group" label="A group" />
          <Radio value="people" label="Pick people" />
        </RadioGroup>
      </Field>
      {mode === 'group' ? (
        <Field
          label="Group"
          required
          validationState={props.error ? 'error' : groups.status === 'failed' ? 'error' : 'none'}
          validationMessage={props.error ?? (groups.status === 'failed' ? groups.message : undefined)}
          hint={memberHint(members)}
        >
          <Select value={props.groupId} onChange={(_, d) => props.onChange({ groupId: d.value })} disabled={groups.status !== 'done'}>
            <option value="">{groups.status === 'loading' ? 'Loading groups...' : 'Choose a group'}</option>
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
      <PeopleSearchBox search={search} label="Add people" hint="Type at least two letters of a name, then choose from the list." required />
      {search.people.length > 0 ? (
        <TagGroup aria-label={`${search.people.length} people chosen`} className={classes.tags} onDismiss={(_, d) => search.remove(String(d.value))}>
          {search.people.map((p) => (
            <Tag key={p.mail} value={p.mail} dismissible dismissIcon={{ 'aria-label': `Remove ${p.displayName}` }}>
              {p.displayName}
            </Tag>
          ))}
        </TagGroup>
      ) : (
        <Text size={200}>Nobody chosen yet.</Text>
      )}
    </>
  );
}
