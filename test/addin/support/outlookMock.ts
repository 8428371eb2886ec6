/**
 * Outlook's Office.js, as office-addin-mock objects: a compose meeting whose fields live in `state`,
 * and read items (an event, a meeting request, an e-mail). The async methods answer the way Office.js
 * does: a callback with { status: 'succeeded' | 'failed', value, error }.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi } from '../../../src/ui/host/office/index.js';

export interface ComposeState {
  subject: string;
  body: string;
  bodyType: 'html' | 'text';
  start: Date;
  end: Date;
  location: string;
  categories: string[];
  required: { displayName: string; emailAddress: string }[];
  optional: { displayName: string; emailAddress: string }[];
  savedEwsId?: string;
  /** Master categories: Outlook applies only these (others fail with InvalidCategory). */
  masterCategories?: string[];
  /** Every set* call, in order, e.g. 'start', 'end'. */
  calls: string[];
}

export { OfficeMockObject };

type Cb = (r: { status: string; value?: unknown; error?: { name: string; message: string } }) => void;
const cbOf = (args: unknown[]): Cb => args.findLast((a) => typeof a === 'function') as Cb;
const ok = (args: unknown[], value?: unknown) => cbOf(args)({ status: 'succeeded', value });
const fail = (args: unknown[], name: string, message: string) => cbOf(args)({ status: 'failed', error: { name, message } });

/** Requirement sets up to Mailbox 1.`mailboxMinor` (e.g. 14 for 1.14), and NestedAppAuth when `naa`. */
export function requirements(mailboxMinor: number, naa = false) {
  const minor = (version: string) => Number(version.split('.')[1] ?? 0);
  return {
    isSetSupported: (name: string, version: string) => (name === 'Mailbox' ? minor(version) <= mailboxMinor : name === 'NestedAppAuth' ? naa : false),
  };
}

/** EWS ids as Outlook has them; convertToRestId turns them into Graph's (here: drops the prefix). */
const convertToRestId = (id: string) => id.replace(/^ews:/, '');

export function composeMock(state: ComposeState, mailbox = 14): OfficeApi {
  const time = (key: 'start' | 'end') => ({
    getAsync: (...args: unknown[]) => ok(args, state[key]),
    setAsync: (value: Date, ...args: unknown[]) => {
      state.calls.push(key);
      state[key] = value;
      ok(args);
    },
  });
  return new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: requirements(mailbox),
      mailbox: {
        convertToRestId,
        userProfile: { emailAddress: 'coach@example.org', displayName: 'Coach' },
        item: {
          itemType: 'appointment',
          subject: { getAsync: (...args: unknown[]) => ok(args, state.subject) },
          body: {
            getTypeAsync: (...args: unknown[]) => ok(args, state.bodyType),
            getAsync: (_type: string, ...args: unknown[]) => ok(args, state.body),
            setAsync: (value: string, options: { coercionType: string }, ...args: unknown[]) => {
              state.calls.push(`body:${options.coercionType}`);
              state.body = value;
              ok(args);
            },
          },
          start: time('start'),
          end: time('end'),
          location: {
            setAsync: (value: string, ...args: unknown[]) => {
              state.calls.push('location');
              state.location = value;
              ok(args);
            },
          },
          requiredAttendees: { getAsync: (...args: unknown[]) => ok(args, state.required) },
          optionalAttendees: { getAsync: (...args: unknown[]) => ok(args, state.optional) },
          categories: {
            addAsync: (names: string[], ...args: unknown[]) => {
              const unknown = names.filter((n) => state.masterCategories && !state.masterCategories.includes(n));
              if (unknown.length > 0) return fail(args, 'InvalidCategory', `Not in the master list: ${unknown.join(', ')}`);
              state.categories = [...new Set([...state.categories, ...names])];
              ok(args);
            },
          },
          getItemIdAsync: (...args: unknown[]) => (state.savedEwsId ? ok(args, state.savedEwsId) : fail(args, 'ItemNotSaved', 'Not saved.')),
          saveAsync: (...args: unknown[]) => {
            state.calls.push('save');
            ok(args, state.savedEwsId ?? 'ews:unsaved-draft');
          },
        },
      },
    },
  }) as unknown as OfficeApi;
}

export function readMock(item: Record<string, unknown>, mailbox = 14): OfficeApi {
  return new OfficeMockObject({
    host: 'outlook',
    context: { requirements: requirements(mailbox), mailbox: { convertToRestId, userProfile: { emailAddress: 'p@example.org' }, item } },
  }) as unknown as OfficeApi;
}

export function newComposeState(overrides: Partial<ComposeState> = {}): ComposeState {
  return {
    subject: 'Cohort meeting',
    body: '<html><head><style>p{margin:0}</style></head><body><p>Hello all,</p></body></html>',
    bodyType: 'html',
    start: new Date('2026-12-01T15:00:00Z'),
    end: new Date('2026-12-01T15:30:00Z'),
    location: '',
    categories: [],
    required: [],
    optional: [],
    calls: [],
    ...overrides,
  };
}
