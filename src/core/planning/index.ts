// Recurring, rotation and pairing plans: what booking and the UI import.
export { PlanningInputError, WEEKDAYS, type Weekday } from './input.js';
export {
  MAX_OCCURRENCES,
  WEEK_INDEXES,
  checkRecurrence,
  describeRecurrence,
  recurrenceOccurrences,
  type Occurrence,
  type RecurrencePattern,
  type RecurrenceSpec,
  type WeekIndex,
} from './recurrence.js';
export { toGraphSeries, type GraphDateTimeTimeZone, type GraphPatternedRecurrence, type GraphSeriesTiming } from './graphRecurrence.js';
export {
  checkRecurringTimes,
  findRecurringTimes,
  recurringCandidates,
  type LabeledInterval,
  type OccurrenceCheck,
  type RecurringCadence,
  type RecurringCheckOptions,
  type RecurringSearch,
  type RecurringTime,
} from './recurring.js';
export {
  planRotation,
  type RotationAbsence,
  type RotationAttendee,
  type RotationInput,
  type RotationPlan,
  type RotationPrincipal,
  type RotationSchool,
  type RotationVisit,
  type TravelTimes,
  type UnplacedCause,
  type UnplacedVisit,
} from './rotation.js';
export { formPairs, type CoachingGroup, type ExperienceLevel, type PairingInput, type PairingPlan, type PairingPrincipal, type UnpairedPrincipal } from './pairs.js';
export { findGroupTimes, planPeerCoaching, type GroupTime, type PeerCoachingPlan } from './peerCoaching.js';
export { groupUnplaced, planRotationRelaxed, type RelaxedRotation } from './rotationRelaxed.js';
export {
  STAGE_THRESHOLDS,
  STAGE_WORDS,
  buildSupervision,
  experienceStage,
  peerCohort,
  yearsInRole,
  type EvaluatorAssignment,
  type ExperienceStage,
  type PeerCohort,
  type PersonRelations,
  type Supervision,
} from './supervision.js';
