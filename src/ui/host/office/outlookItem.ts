/// <reference types="office-js" />
/**
 * The open Outlook item, in the app's terms: a meeting being written (compose), or an invite being read
 * (the attendee's event in the calendar, or the meeting request message in the Inbox). Every call to
 * Office.js for the item is here, typed and promise-based, each behind its requirement set.
 */
import { officeCall, requireFeature, supports } from './officeCalls.js';
import type { OfficeApi } from './officeCalls.js';

export interface ItemPerson {
  readonly name: string;
  readonly address: string;
}

export type BodyType = 'html' | 'text';

/** A meeting the signed-in person is organizing, open in a compose form. */
export interface ComposeMeeting {
  readonly mode: 'compose';
  attendees(): Promise<{ readonly required: ItemPerson[]; readonly optional: ItemPerson[] }>;
  subject(): Promise<string>;
  body(): Promise<{ readonly type: BodyType; readonly content: string }>;
  setBody(content: string, type: BodyType): Promise<void>;
  setTime(start: number, end: number): Promise<void>;
  setLocation(text: string): Promise<void>;
  addCategories(names: readonly string[]): Promise<void>;
  /** The meeting's Microsoft Graph id once Outlook has saved it, else undefined. */
  savedId(): Promise<string | undefined>;
  /** Saves the meeting (Outlook may send the invitation then) and returns its Microsoft Graph id. */
  save(): Promise<string>;
}

/** An invite the signed-in person is reading. */
export interface ReadMeeting {
  readonly mode: 'read';
  /** 'event': the meeting in the calendar. 'meetingRequest': the invitation message in the Inbox. */
  readonly source: 'event' | 'meetingRequest';
  readonly subject: string;
  readonly start?: number;
  readonly end?: number;
  readonly organizer?: ItemPerson;
  /** Microsoft Graph's id of the item (an event id, or a message id for a meeting request). */
  readonly graphId?: string;
}

/** Anything else (an ordinary e-mail, or no item): the pane explains and offers the full app. */
export interface OtherItem {
  readonly mode: 'other';
  readonly reason: string;
}

export type OpenItem = ComposeMeeting | ReadMeeting | OtherItem;

const MEETING_REQUEST_CLASS = /^IPM\.Schedule\.Meeting\.Request/i;

/** Outlook's item ids (EWS form) differ from Graph's; Mailbox 1.3's convertToRestId bridges them. */
function graphIdOf(office: OfficeApi, itemId: string): string {
  requireFeature(office, 'restId');
  return office.context.mailbox.convertToRestId(itemId, 'v2.0' as Office.MailboxEnums.RestVersion);
}

function toPeople(list: readonly Office.EmailAddressDetails[] | undefined): ItemPerson[] {
  return (list ?? []).filter((p) => p.emailAddress).map((p) => ({ name: p.displayName || p.emailAddress, address: p.emailAddress }));
}

function instant(value: Date | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** What is open, read once when the pane starts (Outlook gives a new pane for each item). */
export function openItem(office: OfficeApi): OpenItem {
  if (!supports(office, 'readItem')) return { mode: 'other', reason: 'This version of Outlook does not give add-ins the open item (it needs Mailbox 1.1).' };
  const item = office.context.mailbox?.item as (Office.AppointmentCompose & Office.AppointmentRead & Office.MessageRead) | null | undefined;
  if (!item) return { mode: 'other', reason: 'No item is open. Open a meeting or an invitation, then Common Time again.' };
  const type = String(item.itemType);
  // In compose forms subject is an object with getAsync; in read forms it is a string.
  const composing = typeof (item as unknown as { subject: unknown }).subject === 'object';
  if (type === 'appointment' && composing) return composeMeeting(office, item as unknown as Office.AppointmentCompose);
  if (composing) return { mode: 'other', reason: 'Common Time works on meetings. Open a new meeting (or one you organize) to add an agenda and find a time.' };
  const read = item as unknown as Office.AppointmentRead & Office.MessageRead;
  const isRequest = type === 'message' && MEETING_REQUEST_CLASS.test(read.itemClass ?? '');
  if (type !== 'appointment' && !isRequest) return { mode: 'other', reason: 'This is an ordinary e-mail. Open a collaboration invitation, or a meeting in your calendar.' };
  const organizer = read.organizer ?? read.from;
  const start = instant(read.start as Date | undefined);
  const end = instant(read.end as Date | undefined);
  return {
    mode: 'read',
    source: isRequest ? 'meetingRequest' : 'event',
    subject: read.subject ?? '',
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
    ...(organizer?.emailAddress && { organizer: { name: organizer.displayName || organizer.emailAddress, address: organizer.emailAddress } }),
    ...(read.itemId && supports(office, 'restId') && { graphId: graphIdOf(office, read.itemId) }),
  };
}

function composeMeeting(office: OfficeApi, item: Office.AppointmentCompose): ComposeMeeting {
  return {
    mode: 'compose',
    async attendees() {
      requireFeature(office, 'attendees');
      const [required, optional] = await Promise.all([
        officeCall<Office.EmailAddressDetails[]>('read the required attendees', (cb) => item.requiredAttendees.getAsync(cb)),
        officeCall<Office.EmailAddressDetails[]>('read the optional attendees', (cb) => item.optionalAttendees.getAsync(cb)),
      ]);
      return { required: toPeople(required), optional: toPeople(optional) };
    },
    subject() {
      return officeCall<string>('read the subject', (cb) => item.subject.getAsync(cb));
    },
    async body() {
      requireFeature(office, 'body');
      const type = await officeCall<Office.CoercionType>('read the body type', (cb) => item.body.getTypeAsync(cb));
      const coercion = String(type) === 'html' ? 'html' : 'text';
      const content = await officeCall<string>('read the body', (cb) => item.body.getAsync(coercion as Office.CoercionType, cb));
      return { type: coercion, content };
    },
    async setBody(content, type) {
      requireFeature(office, 'body');
      await officeCall<void>('write the agenda into the body', (cb) => item.body.setAsync(content, { coercionType: type as Office.CoercionType }, cb));
    },
    async setTime(start, end) {
      requireFeature(office, 'setTime');
      if (!(end > start)) throw new RangeError('end: the meeting must end after it starts.');
      // End first when moving later, start first when moving earlier, so Outlook never sees end <= start.
      const setStart = () => officeCall<void>('set the start time', (cb) => item.start.setAsync(new Date(start), cb));
      const setEnd = () => officeCall<void>('set the end time', (cb) => item.end.setAsync(new Date(end), cb));
      const currentEnd = await officeCall<Date>('read the end time', (cb) => item.end.getAsync(cb)).catch(() => undefined);
      if (currentEnd && start >= currentEnd.getTime()) {
        await setEnd();
        await setStart();
      } else {
        await setStart();
        await setEnd();
      }
    },
    async setLocation(text) {
      requireFeature(office, 'location');
      await officeCall<void>('set the location', (cb) => item.location.setAsync(text, cb));
    },
    async addCategories(names) {
      requireFeature(office, 'categories');
      await officeCall<void>('add the categories', (cb) => item.categories.addAsync([...names], cb));
    },
    async savedId() {
      if (!supports(office, 'itemId')) return undefined;
      try {
        const id = await officeCall<string>('read the item id', (cb) => item.getItemIdAsync(cb));
        return id ? graphIdOf(office, id) : undefined;
      } catch {
        return undefined; // not saved yet: Outlook answers with an error
      }
    },
    async save() {
      requireFeature(office, 'save');
      const id = await officeCall<string>('save the meeting', (cb) => item.saveAsync(cb));
      if (!id) throw new Error('Outlook saved the meeting but gave no id; save it again in a moment.');
      return graphIdOf(office, id);
    },
  };
}
