import type { AgendaTemplate } from '../model.js';
import { celebration } from './celebration.js';
import { cohortMeeting } from './cohortMeeting.js';
import { dataDig } from './dataDig.js';
import { learningWalk } from './learningWalk.js';
import { partnershipBuilding } from './partnershipBuilding.js';
import { partnershipJointWork } from './partnershipJointWork.js';
import { partnershipLearningConversation } from './partnershipLearningConversation.js';
import { peerCoaching } from './peerCoaching.js';
import { projectTeam } from './projectTeam.js';

/** In the order a coach meets them in the kind picker: the collaboration moves, then the partnership stages. */
export const BUILT_IN_TEMPLATES: readonly AgendaTemplate[] = [
  cohortMeeting,
  learningWalk,
  peerCoaching,
  dataDig,
  projectTeam,
  celebration,
  partnershipBuilding,
  partnershipLearningConversation,
  partnershipJointWork,
];
