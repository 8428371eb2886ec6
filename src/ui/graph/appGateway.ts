/**
 * The part of the Graph gateway the screens use, in the screens' own terms. browserGateway.ts builds
 * it from src/graph's gateway; screens never see Graph URLs or tokens.
 */
import type { ScheduleInformation } from '@microsoft/microsoft-graph-types';

export interface DirectoryPerson {
  readonly id: string;
  readonly displayName: string;
  /** The address free/busy and invites use. */
  readonly mail: string;
  readonly jobTitle?: string;
  /** For a principal, the school they lead (Graph's officeLocation). */
  readonly officeLocation?: string;
}

/** A street address as the directory holds it (a principal's office address is their school's). */
export interface PostalAddress {
  readonly street?: string;
  readonly city?: string;
  readonly state?: string;
  readonly postalCode?: string;
  readonly countryOrRegion?: string;
}

export interface CohortGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
}

export interface MyMailbox {
  /** IANA zone of the signed-in person's mailbox (Windows names already resolved). */
  readonly timeZone: string;
}

export type InviteResponse = 'accept' | 'tentativelyAccept' | 'decline';

export interface Invite {
  readonly id: string;
  readonly subject: string;
  readonly start: number;
  readonly end: number;
  readonly organizer: string;
  readonly location?: string;
  /** The agenda as Graph returns it (HTML); render only through SafeHtml. */
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

/** One invitee's answer as Graph reports it on the organizer's copy. */
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

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export interface AppGateway {
  myMailbox(): Promise<MyMailbox>;
  listGroups(): Promise<CohortGroup[]>;
  listGroupMembers(groupId: string): Promise<DirectoryPerson[]>;
  searchPeople(query: string): Promise<DirectoryPerson[]>;
  /**
   * Each school's street address, by school name (officeLocation), from its principal's directory profile.
   * A school whose principal has no address there (or that cannot be read) is left out.
   */
  schoolAddresses(principals: readonly DirectoryPerson[]): Promise<Record<string, PostalAddress>>;
  getSchedules(addresses: readonly string[], window: { start: number; end: number }, onProgress?: (p: Progress) => void): Promise<ScheduleInformation[]>;
  /** Common Time invites in the window for the signed-in person. */
  myInvites(window: { start: number; end: number }): Promise<Invite[]>;
  /** `proposedNewTime` only with tentativelyAccept or decline, as Graph allows. */
  respond(eventId: string, response: InviteResponse, comment: string, proposedNewTime?: { start: number; end: number }): Promise<void>;
  /** Common Time events the signed-in person organized (found by our tag), soonest first. */
  mySentInvites(): Promise<SentInvite[]>;
}
