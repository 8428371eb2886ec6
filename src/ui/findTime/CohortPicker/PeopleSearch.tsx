/**
 * "Pick people": a search box over the directory, and the people chosen as tags. Loaded when a coach
 * switches to picking people (lazyPeopleSearch.ts): a group, the default, needs neither.
 */
import { Tag, TagGroup, Text } from '@fluentui/react-components';
import { COHORT_TEXT as T } from '../../text/findTimeText.js';
import type { CohortPickerProps } from './CohortPicker.types.js';
import { PeopleSearchBox } from './PeopleSearchBox.js';
import { usePeopleSearch } from './useCohortPicker.js';
import type { CohortPickerClasses } from './useCohortPickerStyles.styles.js';

export function PeopleSearch(props: CohortPickerProps & { classes: CohortPickerClasses }) {
  const search = usePeopleSearch(props);
  const { classes } = props;
  return (
    <>
      <PeopleSearchBox search={search} label={T.addPeople} hint={T.addPeopleHint} required />
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
