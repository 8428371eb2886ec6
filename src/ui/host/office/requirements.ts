/**
 * What each thing the pane does needs from Outlook, as requirement sets (Mailbox 1.x), and the words a
 * person reads when their Outlook lacks it. Sets from Microsoft's reference for each member
 * (office.context.mailbox.item, Mailbox requirement sets 1.1-1.8; NestedAppAuth 1.1; DialogApi via
 * Mailbox 1.4's displayDialogAsync).
 */
export type OfficeFeature = 'readItem' | 'attendees' | 'body' | 'setTime' | 'location' | 'categories' | 'save' | 'itemId' | 'restId' | 'nestedAppAuth' | 'dialog';

export interface Requirement {
  readonly set: string;
  readonly version: string;
  /** Finishes "This version of Outlook cannot ...". */
  readonly action: string;
}

export const REQUIREMENTS: Readonly<Record<OfficeFeature, Requirement>> = {
  readItem: { set: 'Mailbox', version: '1.1', action: 'show the open item to add-ins' },
  attendees: { set: 'Mailbox', version: '1.1', action: "read the meeting's attendees" },
  // body.getAsync / setAsync arrived in 1.3 (prependAsync in 1.1).
  body: { set: 'Mailbox', version: '1.3', action: 'read and write the meeting body' },
  setTime: { set: 'Mailbox', version: '1.1', action: "set the meeting's start and end" },
  location: { set: 'Mailbox', version: '1.1', action: "set the meeting's location" },
  categories: { set: 'Mailbox', version: '1.8', action: 'add categories to the meeting' },
  save: { set: 'Mailbox', version: '1.3', action: 'save the meeting from an add-in' },
  itemId: { set: 'Mailbox', version: '1.8', action: "read a saved meeting's id" },
  restId: { set: 'Mailbox', version: '1.3', action: "turn the item's id into the id Microsoft Graph uses" },
  nestedAppAuth: { set: 'NestedAppAuth', version: '1.1', action: 'sign you in without a pop-up (nested app authentication)' },
  dialog: { set: 'Mailbox', version: '1.4', action: 'open a sign-in window' },
};

/** Raised when the host lacks a requirement set; `message` is for people, `feature` for code. */
export class OfficeUnsupportedError extends Error {
  override name = 'OfficeUnsupportedError';
  constructor(readonly feature: OfficeFeature) {
    const r = REQUIREMENTS[feature];
    super(`This version of Outlook cannot ${r.action} (it needs ${r.set} ${r.version}). Update Outlook, or use Outlook on the web or the Common Time tab in Teams.`);
  }
}

/** An Office.js call that failed; `code` is Office's error name (e.g. "InvalidCategory"). */
export class OfficeCallError extends Error {
  override name = 'OfficeCallError';
  constructor(
    readonly what: string,
    readonly code: string,
    detail: string,
  ) {
    super(`Outlook could not ${what}${detail ? `: ${detail}` : ''}.`);
  }
}
