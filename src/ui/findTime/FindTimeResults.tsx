/**
 * What a Find time search found: suggested times with the who-is-free grid, the closest options, series,
 * coaching pairs or a learning-walk rotation. Loaded when the first search starts (lazyResults.tsx), so the
 * coach's first screen carries the form only; the summary that announces the results stays with the form.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ComponentProps } from 'react';
import type { FindTimeResult, Suggestion, Suggestions } from '../../services/findTime/index.js';
import { AvailabilityGrid } from './AvailabilityGrid/index.js';
import type { FindTimeScreenState } from './FindTimeScreen/FindTimeScreen.types.js';
import type { FindTimeScreenClasses } from './FindTimeScreen/useFindTimeScreenStyles.styles.js';
import { RotationBooking } from './lazyResults.js';
import { PairsView } from './PairsView.js';
import { SeriesList } from './SeriesList.js';
import { SuggestionList } from './SuggestionList.js';
import { WalksView } from './WalksView.js';
import { RESULTS_TEXT } from '../text/findTimeResultsText.js';

export interface FindTimeResultsProps {
  readonly found: FindTimeResult;
  readonly state: FindTimeScreenState;
  readonly classes: FindTimeScreenClasses;
}

export function FindTimeResults({ found, state, classes }: FindTimeResultsProps) {
  const { zone } = state;
  switch (found.kind) {
    case 'times':
      return <Times result={found.result} cohortSize={found.cohort.length} zone={zone} onChoose={state.chooseTime} classes={classes} state={state} />;
    case 'pairs':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <PairsView labelId="results-title" plan={found.result} zone={zone} onChoose={state.choosePair} />
        </>
      );
    case 'rotation':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <WalksView labelId="results-title" plan={found.result} timeZone={zone} offers={state.rotationOffers} onOffer={state.takeOffer} />
          {found.result.visits.length > 0 && <RotationBooking walks={found.result} user={state.user} zone={zone} tentativeCountsAsFree={state.form.tentativeFree} />}
        </>
      );
    case 'series':
      return (
        <>
          <Unreadable list={found.result.unreadable} />
          <SeriesList labelId="results-title" series={found.result.series} timeZone={zone} onChoose={state.chooseSeries} />
        </>
      );
  }
}

function Times({
  result,
  cohortSize,
  zone,
  onChoose,
  classes,
  state,
}: {
  result: Suggestions;
  cohortSize: number;
  zone: string;
  onChoose: (s: Suggestion) => void;
  classes: FindTimeScreenClasses;
  state: FindTimeScreenState;
}) {
  const list: SuggestionListShared = { cohortSize, timeZone: zone, onChoose, booked: state.booked, onBookedChanged: state.bookedChanged };
  return (
    <>
      <Unreadable list={result.unreadable} />
      {state.bookedNotice && (
        <MessageBar intent="success">
          <MessageBarBody>{state.bookedNotice}</MessageBarBody>
        </MessageBar>
      )}
      {(result.notes ?? []).map((note) => (
        <Text key={note} block>
          {note}
        </Text>
      ))}
      {result.explanation && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{RESULTS_TEXT.whyNothingFits}</MessageBarTitle>
            {result.explanation.sentence}
            <div className={classes.offers}>
              {result.explanation.offers.map((offer) => (
                <Button key={offer.words} appearance="secondary" onClick={() => state.takeOffer(offer)}>
                  {offer.words}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.slots.length > 0 && <SuggestionList labelId="results-title" suggestions={result.slots} {...list} />}
      {result.availability.length > 0 && <AvailabilityGrid availability={gridRows(result)} timeZone={zone} {...(best(result) && { highlight: best(result) })} />}
      <SuggestionSection id="partial-title" title={RESULTS_TEXT.closest} suggestions={result.partial} classes={classes} list={list} />
      <SuggestionSection id="near-title" title={RESULTS_TEXT.nearMisses} suggestions={result.nearMisses} classes={classes} list={list} />
    </>
  );
}

/** The grid's rows, each optional person named so ("Dee Lee (optional)"); the same rows while the result stands. */
const gridRowsOf = new WeakMap<Suggestions, Suggestions['availability']>();
function gridRows(result: Suggestions): Suggestions['availability'] {
  const optional = new Set(result.optionalLabels ?? []);
  if (optional.size === 0) return result.availability;
  const known = gridRowsOf.get(result);
  if (known) return known;
  const rows = result.availability.map((p) => (optional.has(p.id) ? { ...p, id: `${p.id} (optional)` } : p));
  gridRowsOf.set(result, rows);
  return rows;
}

/** The time the grid marks and opens on: the top suggestion, else the closest option. */
function best(result: Suggestions): Suggestion | undefined {
  return result.slots[0] ?? result.partial[0];
}

function Unreadable({ list }: { list: Suggestions['unreadable'] }) {
  if (list.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{RESULTS_TEXT.unreadableTitle}</MessageBarTitle>
        {RESULTS_TEXT.unreadable(list.map((u) => `${u.person.displayName}: ${u.message}`).join(' '))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What every suggestion list of one search shares: the cohort's size, the zone, choosing, what is booked. */
type SuggestionListShared = Omit<ComponentProps<typeof SuggestionList>, 'labelId' | 'suggestions'>;

/** A further group of suggestions (the closest options, the near misses) under its own heading, named by it. */
function SuggestionSection({
  id,
  title,
  suggestions,
  classes,
  list,
}: {
  id: string;
  title: string;
  suggestions: readonly Suggestion[];
  classes: FindTimeScreenClasses;
  list: SuggestionListShared;
}) {
  if (suggestions.length === 0) return null;
  return (
    <>
      <h3 className={classes.subheading} id={id}>
        {title}
      </h3>
      <SuggestionList labelId={id} suggestions={suggestions} {...list} />
    </>
  );
}
