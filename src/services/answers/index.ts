/** Answers the coach can act on, the principal's own answer, and host-owned walk briefs: what the screens call. */
export {
  answerAndKeep,
  keepTime,
  moveToProposal,
  remindNonResponders,
  sessionAnswers,
  type FollowUpGateway,
  type InviteeAnswer,
  type MoveOutcome,
  type SessionAnswers,
} from './followUp.js';
export { answerWithHostBrief, collectHostBriefs, hostBriefHtml, type WalkBrief } from './hostBrief.js';
