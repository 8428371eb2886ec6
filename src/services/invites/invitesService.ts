/**
 * Invites, the use cases: a principal's Common Time invites and their answer (with a note and, when not a
 * plain yes, a proposed time); the coach's sent invites with everyone's answers.
 */
import type { Invite, InviteResponse, SentInvite } from '../../core/invites/model.js';
import type { Interval } from '../../core/time/interval.js';
import type { GraphReads } from '../../graph/index.js';
import type { BookingGateway } from '../booking/bookingGateway.js';

export interface InvitesService {
  /** Common Time invites in the window, soonest first. */
  myInvites(window: Interval): Promise<Invite[]>;
  /** `proposedNewTime` only with tentativelyAccept or decline, as Graph allows. */
  respond(eventId: string, response: InviteResponse, note: string, proposedNewTime?: Interval): Promise<void>;
  /** What the signed-in coach booked with Common Time, with everyone's answers, soonest first. */
  sentInvites(): Promise<SentInvite[]>;
}

export function createInvitesService(reads: Pick<GraphReads, 'myInvites' | 'mySentInvites'>, gateway: BookingGateway): InvitesService {
  return {
    myInvites: (window) => reads.myInvites(window),
    sentInvites: () => reads.mySentInvites(),
    async respond(eventId, response, note, proposedNewTime) {
      // The answer path escapes the note and checks its length; loaded when first used, so the first page stays small.
      const { respondToInvite } = await import('../booking/invites.js');
      await respondToInvite(gateway, eventId, response, { ...(note.trim() && { comment: note }), ...(proposedNewTime && { proposedNewTime }) });
    },
  };
}
