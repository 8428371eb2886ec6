import type { CohortGroup, DirectoryPerson } from '../../../core/directory/model.js';
import type { GraphReads } from '../../../graph/index.js';
import type { AsyncState } from '../../common/useAsync.js';

export type CohortMode = 'group' | 'people';

export interface CohortChange {
  readonly mode?: CohortMode;
  readonly groupId?: string;
  readonly people?: readonly DirectoryPerson[];
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
  onChange(change: CohortChange): void;
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
