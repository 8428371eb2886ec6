import type { CohortGroup, DirectoryPerson } from '../../../core/directory/model.js';
import type { GraphReads } from '../../../graph/index.js';
import type { AsyncState } from '../../common/useAsync.js';

export type CohortMode = 'group' | 'people';

export interface CohortChange {
  readonly mode?: CohortMode;
  readonly groupId?: string;
  readonly people?: readonly DirectoryPerson[];
  /** Addresses (lower case) of the people marked optional. */
  readonly optional?: readonly string[];
}

export interface CohortPickerProps {
  /** Where people are searched for. */
  readonly directory: Pick<GraphReads, 'searchPeople'>;
  readonly mode: CohortMode;
  readonly groupId: string;
  readonly people: readonly DirectoryPerson[];
  readonly groups: AsyncState<CohortGroup[]>;
  readonly members: AsyncState<DirectoryPerson[]>;
  readonly error?: string;
  /** Addresses (lower case) of the people marked optional. */
  readonly optional: readonly string[];
  /** Whether people can be optional for what is being planned (not for a rotation's hosts or coaching pairs). */
  readonly takesOptional: boolean;
  /** The coach: always required, so not offered as optional. */
  readonly organizerMail: string;
  onChange(change: CohortChange): void;
}

/** Required or optional, per chosen person: what the coach sees and toggles. */
export interface OptionalPeopleState {
  /** The chosen people the coach can mark (the cohort without the coach). */
  readonly people: readonly DirectoryPerson[];
  isOptional(person: DirectoryPerson): boolean;
  setOptional(person: DirectoryPerson, optional: boolean): void;
  /** "All 3 required", "2 required, 1 optional". */
  readonly summary: string;
}

/** The people search of "Pick people": what is typed, what the directory found, who is chosen. */
export interface PeopleSearchState {
  readonly query: string;
  readonly results: AsyncState<DirectoryPerson[]>;
  /** Found people not chosen yet. */
  readonly options: readonly DirectoryPerson[];
  readonly people: readonly DirectoryPerson[];
  readonly error?: string;
  setQuery(query: string): void;
  choose(mail: string | undefined): void;
  remove(mail: string): void;
}
