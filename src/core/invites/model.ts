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
  /**
   * A learning walk's host: the principal invited first (booking invites the host before the visitors), so
   * the host's invite can offer "Add your school's visit brief".
   */
  readonly hostAddress?: string;
  /** What I said when I answered (kept on my copy by Common Time): my note and any time I proposed. */
  readonly myAnswer?: { readonly note: string; readonly proposedNewTime?: { readonly start: number; readonly end: number }; readonly answeredMs: number };
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

/** One attendee of an event as the organizer's copy records them: who, their answer, when, and any time they proposed. */
export interface AttendeeAnswer {
  readonly address: string;
  readonly name?: string;
  /** none, notResponded, accepted, tentativelyAccepted, declined, organizer. */
  readonly response: string;
  /** When they answered (UTC ISO), absent when they have not. */
  readonly answeredAt?: string;
  readonly proposedNewTime?: { readonly start: number; readonly end: number };
  /** required, optional or resource: kept as it is when attendees are added. */
  readonly attendeeType?: string;
}
