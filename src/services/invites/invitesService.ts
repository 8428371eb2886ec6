/**
 * Invites, the use cases: a principal's Common Time invites and their answer (with a note and, when not a
 * plain yes, a proposed time); the coach's sent invites with everyone's answers.
 */
import type { Invite, InviteResponse, SentInvite } from '../../core/invites/model.js';
import type { Interval } from '../../core/time/interval.js';
import type { HostBrief } from '../../core/booking/hostBrief.js';
import type { GraphReads } from '../../graph/index.js';
import { answerWithHostBrief, collectHostBriefs, type WalkBrief } from '../answers/hostBrief.js';
import { keepTime, moveToProposal, remindNonResponders, sessionAnswers, type FollowUpGateway, type MoveOutcome, type SessionAnswers } from '../answers/followUp.js';

export interface InvitesService {
  /** Common Time invites in the window, soonest first. */
  myInvites(window: Interval): Promise<Invite[]>;
  /** `proposedNewTime` only with tentativelyAccept or decline, as Graph allows. */
  respond(eventId: string, response: InviteResponse, note: string, proposedNewTime?: Interval): Promise<void>;
  /** What the signed-in coach booked with Common Time, with everyone's answers, soonest first. */
  sentInvites(): Promise<SentInvite[]>;
  /** One session's answers with each note and proposed time, and when each was reminded. */
  answers(eventId: string): Promise<SessionAnswers>;
  /** Sends the invitation again to everyone who has not answered; records when. */
  remind(eventId: string): Promise<{ readonly reminded: readonly string[]; readonly at: number }>;
  /** Moves the session to the time `proposer` proposed, after checking everyone is free then. */
  moveToProposal(eventId: string, proposer: string): Promise<MoveOutcome>;
  /** Keeps the time despite `proposer`'s proposal (recorded as handled). */
  keepTime(eventId: string, proposer: string): Promise<void>;
  /**
   * A walk's host answers (accept, or tentative) with their school's visit brief in the note: only the
   * organizer can change the walk, so the brief travels to the coach in the answer (services/answers/hostBrief).
   */
  sendHostBrief(eventId: string, brief: HostBrief, note: string, response: 'accept' | 'tentativelyAccept'): Promise<void>;
  /** The coach's walks (one rotation, or all) with each host's brief; a newer brief is put on its walk for the visitors. */
  hostBriefs(planId?: string): Promise<WalkBrief[]>;
}

/** `clock`: the tab's one clock (epoch ms), for when an answer was given. */
export function createInvitesService(reads: Pick<GraphReads, 'myInvites' | 'mySentInvites'>, gateway: FollowUpGateway, clock: () => number = Date.now): InvitesService {
  return {
    myInvites: (window) => reads.myInvites(window),
    sentInvites: () => reads.mySentInvites(),
    answers: (eventId) => sessionAnswers(gateway, eventId),
    remind: (eventId) => remindNonResponders(gateway, eventId, { nowMs: clock() }),
    moveToProposal: (eventId, proposer) => moveToProposal(gateway, eventId, proposer),
    keepTime: (eventId, proposer) => keepTime(gateway, eventId, proposer, { nowMs: clock() }),
    async sendHostBrief(eventId, brief, note, response) {
      await answerWithHostBrief(gateway, eventId, brief, { note, action: response, nowMs: clock() });
    },
    hostBriefs: (planId) => collectHostBriefs(gateway, planId ? { planId } : {}),
    async respond(eventId, response, note, proposedNewTime) {
      // The answer path escapes the note and checks its length; loaded when first used, so the first page stays small.
      // The note and proposal are kept on my copy too, so I see what I said after answering, in any browser.
      const { answerAndKeep } = await import('../answers/followUp.js');
      await answerAndKeep(gateway, eventId, response, { ...(note.trim() && { comment: note }), ...(proposedNewTime && { proposedNewTime }), nowMs: clock() });
    },
  };
}
