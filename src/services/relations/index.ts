/** Who supervises whom, pairs from it, and principal-supervisor partnerships: what the screens call. */
export { checkDistrictSettings, type DistrictSettings } from './districtSettings.js';
export { pairCohort, suggestPairs, experienceWords, type CohortMember, type PairCohort, type PairCohortRequest, type PairsGateway, type PersonExperience } from './pairCohort.js';
export { readPairHistory, type PairHistory, type PairSeries } from './pairHistory.js';
export {
  bookPartnershipStage,
  myPartnerships,
  partnershipWith,
  type PartnershipBooking,
  type PartnershipBookingRequest,
  type PartnershipGateway,
  type PartnershipView,
  type YourPartnership,
} from './partnership.js';
export { createPartnershipService, type PartnershipOutcome, type PartnershipService } from './partnershipService.js';
export { readSupervision, type CohortSupervision, type RelationsGateway } from './readSupervision.js';
