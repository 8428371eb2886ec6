/**
 * Booking, the imperative shell: runs the core's plans against Graph through the gateway. Runs in the
 * browser and in Node (no Node-only imports).
 */
export type { BookingGateway } from './bookingGateway.js';
export { bookPlan, type BookPlanOptions } from './bookPlan.js';
export type { BookingProgress, BookingReport, ConflictPerson, ConflictWays, DraftOutcome } from './outcomes.js';
export { inviteVisitors, walkRotations, walkStatus, type Answer, type VisitorInviteOutcome, type WalkRotation, type WalkStage, type WalkStatus } from './walks.js';
export { cleanComment, inviteAnswers, respondToInvite, MAX_COMMENT_CHARS, type InviteAction, type RespondInput } from './invites.js';
export {
  bookingOutcome,
  bookingPlanFor,
  createBookingService,
  type BookedEvent,
  type BookingOutcome,
  type BookingService,
  type BookingServiceOptions,
  type BookWalksOptions,
} from './bookingService.js';
export { bookedSessions, type BookedSession } from './bookedSessions.js';
export {
  cancelSession,
  moveSeries,
  moveSession,
  nextMoveTimes,
  type CancelOutcome,
  type MoveInput,
  type MoveOutcome,
  type MoveTimesInput,
  type SeriesConflictDate,
  type SeriesMoveInput,
  type SeriesMoveOutcome,
  type ScheduleReader,
} from './manageSession.js';
export { createManageService, type ManageService, type ManageSettings, type MoveChoices } from './manageService.js';
export { bestPartialTime, stillOpen, waysForward, type PartialTime, type WaysForward } from './waysForward.js';
export { settleSeriesClosures, type ClosureSettlement } from './seriesClosures.js';
export {
  seriesSessionPlan,
  singleSessionPlan,
  type AgendaEntry,
  type Organizer,
  type PlanPerson,
  type SeriesSessionPlan,
  type SessionPlan,
  type SessionPlanInput,
  type SingleSessionPlan,
} from './sessionPlan.js';
export { walkKey, walkPlanInput, type WalkBookingRequest } from './walkPlanInput.js';
export { walkWays, withMovedInput, withMovedWalks, type WalkMove, type WalkWay } from './movedWalks.js';
