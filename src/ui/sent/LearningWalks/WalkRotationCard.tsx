/** One learning-walk rotation: each walk with its host's and visitors' answers, and the next step. */
import type { WalkRotationCardProps } from './LearningWalks.types.js';
import { renderWalkRotationCard } from './renderWalkRotationCard.js';
import { useLearningWalksStyles } from './useLearningWalksStyles.styles.js';
import { useWalkRotationCard } from './useWalkRotationCard.js';

export function WalkRotationCard(props: WalkRotationCardProps) {
  const state = useWalkRotationCard(props);
  return renderWalkRotationCard(state, useLearningWalksStyles());
}
