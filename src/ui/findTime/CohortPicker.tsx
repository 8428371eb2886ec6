/**
 * Who the time is for: a Microsoft 365 group (a cohort the district already keeps), or people picked
 * one by one through people search.
 */
import { useState } from 'react';
import {
  Combobox, Field, Option, Radio, RadioGroup, Select, Tag, TagGroup, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { AsyncState } from '../common/useAsync.js';
import { useAsync } from '../common/useAsync.js';
import type { CohortGroup, DirectoryPerson } from '../../core/directory/model.js';
import type { GraphReads } from '../../graph/index.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tags: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
});

export interface CohortPickerProps {
  readonly directory: Pick<GraphReads, 'searchPeople'>;
  readonly mode: 'group' | 'people';
  readonly groupId: string;
  readonly people: readonly DirectoryPerson[];
  readonly groups: AsyncState<CohortGroup[]>;
  readonly members: AsyncState<DirectoryPerson[]>;
  readonly error?: string;
  onChange(change: { mode?: 'group' | 'people'; groupId?: string; people?: readonly DirectoryPerson[] }): void;
}

export function CohortPicker(props: CohortPickerProps) {
  const styles = useStyles();
  const { mode, groups, members } = props;
  return (
    <div className={styles.root}>
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
            {groups.status === 'done' && groups.value.map((g) => <option key={g.id} value={g.id}>{g.displayName}</option>)}
          </Select>
        </Field>
      ) : (
        <PeopleSearch {...props} />
      )}
    </div>
  );
}

function memberHint(members: AsyncState<DirectoryPerson[]>): string | undefined {
  if (members.status === 'loading') return 'Loading members...';
  if (members.status === 'failed') return members.message;
  if (members.status === 'done') return `${members.value.length} members: ${members.value.slice(0, 4).map((m) => m.displayName).join(', ')}${members.value.length > 4 ? ', ...' : ''}`;
  return undefined;
}

function PeopleSearch({ directory, people, error, onChange }: CohortPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = useAsync(() => (trimmed.length >= 2 ? debounce(300).then(() => directory.searchPeople(trimmed)) : undefined), [trimmed, directory]);
  const chosen = new Set(people.map((p) => p.mail.toLowerCase()));
  const options = results.status === 'done' ? results.value.filter((p) => !chosen.has(p.mail.toLowerCase())) : [];

  return (
    <>
      <Field
        label="Add people"
        hint="Type at least two letters of a name, then choose from the list."
        validationState={error || results.status === 'failed' ? 'error' : 'none'}
        validationMessage={error ?? (results.status === 'failed' ? results.message : undefined)}
        required
      >
        <Combobox
          freeform
          value={query}
          placeholder="Search by name"
          onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, d) => {
            const person = options.find((p) => p.mail === d.optionValue);
            if (person) onChange({ people: [...people, person] });
            setQuery('');
          }}
        >
          {results.status === 'loading' && <Option disabled value="" text="Searching...">Searching...</Option>}
          {results.status === 'done' && options.length === 0 && <Option disabled value="" text="No one found">No one found</Option>}
          {options.map((p) => (
            <Option key={p.mail} value={p.mail} text={p.displayName}>
              {p.displayName}{p.jobTitle ? ` (${p.jobTitle})` : ''}
            </Option>
          ))}
        </Combobox>
      </Field>
      {people.length > 0 ? (
        <TagGroup
          aria-label={`${people.length} people chosen`}
          className={styles.tags}
          onDismiss={(_, d) => onChange({ people: people.filter((p) => p.mail !== d.value) })}
        >
          {people.map((p) => (
            <Tag key={p.mail} value={p.mail} dismissible dismissIcon={{ 'aria-label': `Remove ${p.displayName}` }}>{p.displayName}</Tag>
          ))}
        </TagGroup>
      ) : (
        <Text size={200}>Nobody chosen yet.</Text>
      )}
    </>
  );
}

function debounce(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
