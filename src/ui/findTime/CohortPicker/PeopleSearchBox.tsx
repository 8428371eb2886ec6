/** A name search over the directory as a combobox: what is typed, what was found, choosing one. */
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { PeopleSearchState } from './CohortPicker.types.js';

export interface PeopleSearchBoxProps {
  readonly search: PeopleSearchState;
  readonly label: string;
  readonly hint: string;
  readonly required?: boolean;
}

export function PeopleSearchBox({ search, label, hint, required }: PeopleSearchBoxProps) {
  return (
    <Field
      label={label}
      hint={hint}
      validationState={search.error || search.results.status === 'failed' ? 'error' : 'none'}
      validationMessage={search.error ?? (search.results.status === 'failed' ? search.results.message : undefined)}
      {...(required !== undefined && { required })}
    >
      <Combobox
        freeform
        value={search.query}
        placeholder="Search by name"
        onChange={(e) => search.setQuery((e.target as HTMLInputElement).value)}
        // Nothing stays selected: a pick is shown elsewhere, and the box is free for the next name.
        selectedOptions={[]}
        onOptionSelect={(_, d) => search.choose(d.optionValue)}
      >
        {search.results.status === 'loading' && (
          <Option disabled value="" text="Searching...">
            Searching...
          </Option>
        )}
        {search.results.status === 'done' && search.options.length === 0 && (
          <Option disabled value="" text="No one found">
            No one found
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
  );
}
