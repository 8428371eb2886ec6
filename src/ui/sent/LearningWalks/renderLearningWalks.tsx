import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { LearningWalksState } from './LearningWalks.types.js';
import type { LearningWalksClasses } from './useLearningWalksStyles.styles.js';
import { WalkRotationCard } from './WalkRotationCard.js';

export function renderLearningWalks(state: LearningWalksState, classes: LearningWalksClasses) {
  if (state.empty) return null;
  const { found } = state;
  return (
    <section className={classes.root} aria-labelledby="walks-title">
      <h2 className={classes.heading} id="walks-title">
        Learning walks
      </h2>
      {found.status === 'failed' && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Rotations booked elsewhere could not be read</MessageBarTitle>
            {found.message} Those kept in this browser are below; reload the page to try again.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.stored.map((stored) => (
        <WalkRotationCard key={stored.planId} planId={stored.planId} stored={stored} zone={state.zone} onSaved={state.onSaved} />
      ))}
      {state.fromGraph.map((rotation) => (
        <WalkRotationCard key={rotation.planId} planId={rotation.planId} found={rotation} zone={state.zone} onSaved={state.onSaved} />
      ))}
    </section>
  );
}
