/**
 * The demo's stand-in for Outlook: a fake `Office` with one mailbox item, built on the demo tenant's
 * Graph, so the task pane runs in a plain browser through the same Office module (src/ui/host/office)
 * as in Outlook. A compose item keeps its fields in memory and, like Outlook, becomes an event in the
 * organizer's calendar when saved; a read item is an invite from the signed-in person's calendar, as the
 * event itself or as the meeting request message Outlook shows in the Inbox. Only what the pane uses;
 * the meeting's reads and writes go through src/graph's add-in calendar (domain shapes).
 */
import type { AddinCalendar, MeetingItem } from '../../graph/index.js';
import type { OfficeApi } from '../../ui/host/office/index.js';

export interface FakePerson {
  readonly name: string;
  readonly address: string;
}

/** The compose item's fields, as the demo page shows them beside the pane. */
export interface FakeComposeState {
  subject: string;
  bodyHtml: string;
  start: number;
  end: number;
  location: string;
  categories: string[];
  required: FakePerson[];
  optional: FakePerson[];
  /** Graph id once saved. */
  savedId?: string;
}

type Callback<T> = (result: { status: string; value: T; error?: { name: string; message: string } }) => void;

const ok = <T>(callback: Callback<T> | undefined, value: T) => queueMicrotask(() => callback?.({ status: 'succeeded', value }));
const fail = (callback: Callback<unknown> | undefined, name: string, message: string) =>
  queueMicrotask(() => callback?.({ status: 'failed', value: undefined, error: { name, message } }));

/** Office's optional-options convention: the callback is the last function argument. */
function lastCallback<T>(args: unknown[]): Callback<T> | undefined {
  return [...args].reverse().find((a) => typeof a === 'function') as Callback<T> | undefined;
}

/** Mailbox 1.1 to 1.`maxMinor`; versions compare part by part (1.14 is after 1.4). */
function requirements(maxMinor: number) {
  return {
    isSetSupported(name: string, version?: string) {
      if (name.toLowerCase() !== 'mailbox') return false; // no nested app authentication in the demo: it signs in its own way
      const [major, minor] = (version ?? '1.1').split('.').map(Number);
      return major === 1 && (minor ?? 0) <= maxMinor;
    },
  };
}

function composeItem(state: FakeComposeState, calendar: Pick<AddinCalendar, 'saveMeeting'>, changed: () => void) {
  const touch = <T>(callback: Callback<T> | undefined, value: T) => {
    changed();
    ok(callback, value);
  };
  const recipients = (list: 'required' | 'optional') => ({
    getAsync: (...args: unknown[]) =>
      ok(
        lastCallback(args),
        state[list].map((p) => ({ displayName: p.name, emailAddress: p.address, recipientType: 'user' })),
      ),
  });
  const time = (which: 'start' | 'end') => ({
    getAsync: (...args: unknown[]) => ok(lastCallback(args), new Date(state[which])),
    setAsync: (value: Date, ...args: unknown[]) => {
      state[which] = value.getTime();
      touch(lastCallback(args), undefined);
    },
  });
  const asDraft = () => ({
    subject: state.subject,
    bodyHtml: state.bodyHtml,
    start: state.start,
    end: state.end,
    location: state.location,
    categories: [...state.categories],
    attendees: [...state.required.map((p) => ({ ...p, type: 'required' as const })), ...state.optional.map((p) => ({ ...p, type: 'optional' as const }))],
  });
  return {
    itemType: 'appointment',
    itemId: undefined,
    subject: {
      getAsync: (...args: unknown[]) => ok(lastCallback(args), state.subject),
      setAsync: (value: string, ...args: unknown[]) => {
        state.subject = value;
        touch(lastCallback(args), undefined);
      },
    },
    body: {
      getTypeAsync: (...args: unknown[]) => ok(lastCallback(args), 'html'),
      getAsync: (_coercion: string, ...args: unknown[]) => ok(lastCallback(args), state.bodyHtml),
      setAsync: (value: string, ...args: unknown[]) => {
        state.bodyHtml = value;
        touch(lastCallback(args), undefined);
      },
    },
    start: time('start'),
    end: time('end'),
    location: {
      getAsync: (...args: unknown[]) => ok(lastCallback(args), state.location),
      setAsync: (value: string, ...args: unknown[]) => {
        state.location = value;
        touch(lastCallback(args), undefined);
      },
    },
    requiredAttendees: recipients('required'),
    optionalAttendees: recipients('optional'),
    categories: {
      getAsync: (...args: unknown[]) =>
        ok(
          lastCallback(args),
          state.categories.map((c) => ({ displayName: c, color: 'Preset0' })),
        ),
      addAsync: (names: string[], ...args: unknown[]) => {
        state.categories = [...new Set([...state.categories, ...names])];
        touch(lastCallback(args), undefined);
      },
    },
    getItemIdAsync: (...args: unknown[]) => {
      const callback = lastCallback<string>(args);
      if (state.savedId) ok(callback, state.savedId);
      else fail(callback as Callback<unknown>, 'ItemNotSaved', 'The item has not been saved yet.');
    },
    saveAsync: (...args: unknown[]) => {
      const callback = lastCallback<string>(args);
      // As in Outlook on the web: saving a meeting with attendees puts it on the calendar and invites them.
      calendar.saveMeeting(asDraft(), state.savedId).then(
        (id) => {
          state.savedId = id;
          touch(callback, id);
        },
        (error: unknown) => fail(callback as Callback<unknown>, 'SaveFailed', error instanceof Error ? error.message : String(error)),
      );
    },
  };
}

function readItem(meeting: MeetingItem, asRequest: boolean) {
  const organizer = { displayName: meeting.organizer?.name ?? '', emailAddress: meeting.organizer?.address ?? '' };
  const common = { subject: meeting.subject, start: new Date(meeting.start), end: new Date(meeting.end) };
  return asRequest
    ? { itemType: 'message', itemClass: 'IPM.Schedule.Meeting.Request', itemId: `fake-request-${meeting.id}`, ...common, from: organizer, sender: organizer }
    : { itemType: 'appointment', itemId: meeting.id, ...common, organizer };
}

export interface FakeOffice {
  readonly office: OfficeApi;
  /** The compose item's live fields (undefined for a read item). */
  readonly compose?: FakeComposeState;
  subscribe(listener: () => void): () => void;
}

function fakeOffice(item: object, userEmail: string, userName: string): { office: OfficeApi; listeners: Set<() => void> } {
  const listeners = new Set<() => void>();
  const office = {
    context: {
      requirements: requirements(14),
      mailbox: {
        item,
        userProfile: { emailAddress: userEmail, displayName: userName },
        // The demo's ids are Graph's already; a fake request message's id names its event.
        convertToRestId: (id: string) => id,
      },
      ui: {},
    },
    onReady: () => Promise.resolve({ host: null, platform: null }),
  };
  return { office: office as unknown as OfficeApi, listeners };
}

export function createFakeCompose(calendar: Pick<AddinCalendar, 'saveMeeting'>, me: FakePerson, state: FakeComposeState): FakeOffice {
  let notify = () => {};
  const item = composeItem(state, calendar, () => notify());
  const { office, listeners } = fakeOffice(item, me.address, me.name);
  notify = () => listeners.forEach((l) => l());
  return {
    office,
    compose: state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export function createFakeRead(meeting: MeetingItem, me: FakePerson, asRequest: boolean): FakeOffice {
  const { office, listeners } = fakeOffice(readItem(meeting, asRequest), me.address, me.name);
  return {
    office,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
