/**
 * "Learning walks": each rotation the coach booked, from this browser's storage and from Graph (the coach's
 * tagged walks grouped by plan id, so another browser or cleared storage loses nothing), each walk with its
 * host's answer and its visitors' answers in one place (read back from the organizer's copies in Graph), the
 * stage it is at in words, and the next step: invite the visitors once the host said yes, or book the walks
 * still missing.
 */
import type { LearningWalksProps } from './LearningWalks.types.js';
import { renderLearningWalks } from './renderLearningWalks.js';
import { useLearningWalks } from './useLearningWalks.js';
import { useLearningWalksStyles } from './useLearningWalksStyles.styles.js';

export function LearningWalks(props: LearningWalksProps) {
  const state = useLearningWalks(props);
  return renderLearningWalks(state, useLearningWalksStyles());
}
