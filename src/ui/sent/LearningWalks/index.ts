export { LearningWalks } from './LearningWalks.js';
export type { LearningWalksProps } from './LearningWalks.types.js';
