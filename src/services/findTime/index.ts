/** Find time: the use cases a screen calls, and the suggestions they answer with. */
export {
  createFindTimeService,
  earlierPairs,
  withOrganizer,
  type FindTimeService,
  type FindTimeReads,
  type FindTimeResult,
  type FindTimesRequest,
  type FindSeriesRequest,
  type FindRotationRequest,
  type FindPairsRequest,
} from './findTimeService.js';
export { uniqueLabels } from './cohortAvailability.js';
export type { Suggestion, Suggestions } from './suggestTimes.js';
export { REPEAT_LABELS, recurringWindow, type Repeat } from './seriesWindow.js';
export type { SeriesDate, SeriesSuggestion, SeriesSuggestions } from './suggestSeries.js';
export { leadsASchool, type RotationSuggestion, type WalkVisit } from './suggestRotation.js';
export type { BookedPair, CoachingPair, PairsSuggestion } from './suggestPairs.js';
