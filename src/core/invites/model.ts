/** Common Time invites as a principal receives them and as their coach sees the answers: instants, our tag already read. */

export type InviteResponse = 'accept' | 'tentativelyAccept' | 'decline';

export interface Invite {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly organizer: string;
  readonly location?: string;
  /** The agenda as the calendar holds it (HTML); render only through SafeHtml. */
  readonly bodyHtml: string;
  /** Session kind from the Common Time tag, e.g. 'learningWalk'. */
  readonly kind?: string;
  /** 'none', 'notResponded', 'accepted', 'tentativelyAccepted', 'declined', 'organizer'. */
  readonly myResponse: string;
  readonly isOnlineMeeting: boolean;
  readonly joinUrl?: string;
  readonly webLink?: string;
  readonly isCancelled: boolean;
  readonly attendeeCount: number;
}

/** One invitee's answer as the organizer's copy reports it. */
export interface InviteAnswer {
  readonly name: string;
  readonly address: string;
  /** 'none', 'notResponded', 'accepted', 'tentativelyAccepted', 'declined'. */
  readonly response: string;
}

/** A Common Time event the signed-in person organized, with everyone's answers. */
export interface SentInvite {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly planId: string;
  readonly location?: string;
  readonly isRecurring: boolean;
  readonly answers: readonly InviteAnswer[];
}
