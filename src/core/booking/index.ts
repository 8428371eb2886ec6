/**
 * Booking, the pure half: from a chosen suggestion, a recurring series, a learning-walk rotation or coaching
 * pairs to a BookingPlan of complete event drafts (agenda body, location or Teams, categories, tag,
 * recurrence, deterministic transactionId); the checks booking runs just before and just after a create.
 * src/services/booking runs them against Graph.
 */
export type { AgendaChoice, BookingPerson, BookingPlan, DraftLocation, DraftTag, EventDraft, HostSchool } from './model.js';
export { BookingInputError } from './errors.js';
export { checkPlanId, derivePlanId, sessionPlanId, transactionIdFor } from './identifiers.js';
export { PROTECTED_CATEGORY } from './buildDraft.js';
export { planSession, type SessionPlanInput } from './planSession.js';
export type { BookedSession, SessionAttendee, SessionCalendar, SessionEvent } from './sessionEvents.js';
export { planWalks, type WalkPlanInput } from './planWalks.js';
export { planPairs, type PairsBookingPlan, type PairsPlanInput } from './planPairs.js';
export { invitedAtCreate, walkRosterOf, type InviteAtCreate } from './invitees.js';
export { findTakers, meetingsSpan, nextBestSlot, nextFreeSlots, nextBestWindow, NEXT_BEST_DAYS, type Taker } from './recheck.js';
export { raceVerdict, type RaceVerdict } from './race.js';
export { whenWords, personWords, listWords } from './words.js';
export {
  PARTNERSHIP_STAGES,
  STAGE_NAMES,
  isPartnershipStage,
  nextStage,
  planPartnershipStage,
  type BookedStage,
  type PartnershipStage,
  type PartnershipStageInput,
} from './planPartnership.js';
export { hostBriefNote, isEmptyBrief, parseHostBrief, type HostBrief } from './hostBrief.js';
export { pairSubject } from './words.js';
