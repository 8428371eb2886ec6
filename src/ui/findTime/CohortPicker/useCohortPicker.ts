import { useState } from 'react';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { useAsync, type AsyncState } from '../../common/useAsync.js';
import type { CohortPickerProps, OptionalPeopleState, PeopleSearchState } from './CohortPicker.types.js';
import { COHORT_TEXT } from '../../text/findTimeText.js';

function debounce(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What a people search needs: where to search, who is chosen already, and where a choice goes. */
export type PeopleSearchProps = Pick<CohortPickerProps, 'directory' | 'people' | 'error' | 'onChange'>;

/** Searches the directory once two letters are typed, a moment after typing stops. */
export function usePeopleSearch({ directory, people, error, onChange }: PeopleSearchProps): PeopleSearchState {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = useAsync(() => (trimmed.length >= 2 ? debounce(300).then(() => directory.searchPeople(trimmed)) : undefined), [trimmed, directory]);
  const chosen = new Set(people.map((p) => p.mail.toLowerCase()));
  const options = results.status === 'done' ? results.value.filter((p) => !chosen.has(p.mail.toLowerCase())) : [];
  return {
    query,
    results,
    options,
    people,
    ...(error !== undefined && { error }),
    setQuery,
    choose: (mail) => {
      // Fluent also calls this with no option when typing clears a selection: that must not clear what is
      // being typed (it ate the first letter of the next name).
      const person = mail === undefined ? undefined : options.find((p) => p.mail === mail);
      if (!person) return;
      onChange({ people: [...people, person] });
      setQuery('');
    },
    remove: (mail) => onChange({ people: people.filter((p) => p.mail !== mail) }),
  };
}

/** "12 members: Ana, Ben, ..." under the group, or why they could not be read. */
export function memberHint(members: AsyncState<DirectoryPerson[]>): string | undefined {
  if (members.status === 'loading') return COHORT_TEXT.loadingMembers;
  if (members.status === 'failed') return members.message;
  if (members.status === 'done')
    return COHORT_TEXT.members(
      members.value.length,
      members.value
        .slice(0, 4)
        .map((m) => m.displayName)
        .join(', '),
      members.value.length > 4,
    );
  return undefined;
}

/** The chosen people (hand-picked, or the group's members once read), each required or optional. */
export function useOptionalPeople({ mode, people, members, optional, organizerMail, onChange }: CohortPickerProps): OptionalPeopleState {
  const chosen = mode === 'people' ? people : members.status === 'done' ? members.value : [];
  const own = organizerMail.toLowerCase();
  const list = chosen.filter((p) => p.mail.toLowerCase() !== own);
  const marked = new Set(optional);
  const isOptional = (p: DirectoryPerson) => marked.has(p.mail.toLowerCase());
  const optionalCount = list.filter(isOptional).length;
  const requiredCount = list.length - optionalCount;
  return {
    people: list,
    isOptional,
    setOptional: (person, on) => {
      const mail = person.mail.toLowerCase();
      onChange({ optional: on ? [...optional.filter((a) => a !== mail), mail] : optional.filter((a) => a !== mail) });
    },
    summary: optionalCount === 0 ? `All ${requiredCount} required` : `${requiredCount} required, ${optionalCount} optional`,
  };
}
