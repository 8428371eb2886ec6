/**
 * The Office module (src/ui/host/office) against office-addin-mock objects: which item is open, the
 * compose calls in Outlook's terms, and a clear message where the host lacks a requirement set.
 */
import { describe, expect, it } from '@jest/globals';
import { openItem, openOfficeDialog, OfficeCallError, OfficeUnsupportedError, supports } from '../../src/ui/host/office/index.js';
import type { ComposeMeeting, OfficeApi } from '../../src/ui/host/office/index.js';
import { composeMock, newComposeState, OfficeMockObject, readMock, requirements } from './support/outlookMock.js';

const person = (displayName: string, emailAddress: string) => ({ displayName, emailAddress });

describe('openItem', () => {
  it('a meeting being written is compose mode', () => {
    expect(openItem(composeMock(newComposeState())).mode).toBe('compose');
  });

  it('a meeting in the calendar is read mode from an event, with its id in Graph form', () => {
    const item = openItem(
      readMock({
        itemType: 'appointment',
        itemId: 'ews:AAMkEvent1',
        subject: 'Data dig',
        start: new Date('2026-12-02T14:00:00Z'),
        end: new Date('2026-12-02T15:00:00Z'),
        organizer: person('Dana Reyes', 'dana@example.org'),
      }),
    );
    expect(item).toEqual({
      mode: 'read',
      source: 'event',
      subject: 'Data dig',
      start: Date.parse('2026-12-02T14:00:00Z'),
      end: Date.parse('2026-12-02T15:00:00Z'),
      organizer: { name: 'Dana Reyes', address: 'dana@example.org' },
      graphId: 'AAMkEvent1',
    });
  });

  it('an invitation in the Inbox is read mode from a meeting request, organizer from the sender', () => {
    const item = openItem(
      readMock({
        itemType: 'message',
        itemClass: 'IPM.Schedule.Meeting.Request',
        itemId: 'ews:AAMkMsg',
        subject: 'Walk',
        start: new Date('2026-12-03T15:00:00Z'),
        end: new Date('2026-12-03T17:00:00Z'),
        from: person('Dana Reyes', 'dana@example.org'),
      }),
    );
    expect(item).toMatchObject({ mode: 'read', source: 'meetingRequest', organizer: { address: 'dana@example.org' } });
  });

  it('an ordinary e-mail, a message being written, or no item say what to open instead', () => {
    expect(openItem(readMock({ itemType: 'message', itemClass: 'IPM.Note', subject: 'Hi' }))).toMatchObject({ mode: 'other', reason: expect.stringMatching(/ordinary e-mail/) });
    expect(openItem(readMock({ itemType: 'message', subject: { getAsync: () => undefined } }))).toMatchObject({
      mode: 'other',
      reason: expect.stringMatching(/works on meetings/),
    });
    const noItem = new OfficeMockObject({ host: 'outlook', context: { requirements: requirements(14), mailbox: { userProfile: {} } } }) as unknown as OfficeApi;
    expect(openItem(noItem)).toMatchObject({ mode: 'other', reason: expect.stringMatching(/No item is open/) });
  });

  it('an Outlook without Mailbox 1.3 still opens a read item, without the Graph id it cannot convert', () => {
    const item = openItem(readMock({ itemType: 'appointment', itemId: 'ews:x', subject: 'S', start: new Date(), end: new Date() }, 2));
    expect(item).toMatchObject({ mode: 'read' });
    expect((item as { graphId?: string }).graphId).toBeUndefined();
  });
});

describe('a compose meeting', () => {
  it('reads the attendees, required and optional', async () => {
    const state = newComposeState({ required: [person('Ana Ruiz', 'ana@example.org')], optional: [person('', 'bo@example.org')] });
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await item.attendees()).toEqual({ required: [{ name: 'Ana Ruiz', address: 'ana@example.org' }], optional: [{ name: 'bo@example.org', address: 'bo@example.org' }] });
  });

  it('sets start before end when moving earlier, and end before start when moving later, so end never precedes start', async () => {
    const state = newComposeState();
    const item = openItem(composeMock(state)) as ComposeMeeting;
    await item.setTime(Date.parse('2026-12-05T15:00:00Z'), Date.parse('2026-12-05T16:00:00Z'));
    expect(state.calls).toEqual(['end', 'start']);
    state.calls.length = 0;
    await item.setTime(Date.parse('2026-12-01T13:00:00Z'), Date.parse('2026-12-01T14:00:00Z'));
    expect(state.calls).toEqual(['start', 'end']);
    expect([state.start.toISOString(), state.end.toISOString()]).toEqual(['2026-12-01T13:00:00.000Z', '2026-12-01T14:00:00.000Z']);
    await expect(item.setTime(5, 5)).rejects.toThrow(/end after it starts/);
  });

  it('writes the body with the coercion type it read', async () => {
    const state = newComposeState({ bodyType: 'text', body: 'plain' });
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await item.body()).toEqual({ type: 'text', content: 'plain' });
    await item.setBody('new', 'text');
    expect(state.calls).toEqual(['body:text']);
  });

  it('has no saved id before saving; saving returns the id in Graph form', async () => {
    const state = newComposeState();
    const item = openItem(composeMock(state)) as ComposeMeeting;
    expect(await item.savedId()).toBeUndefined();
    state.savedEwsId = 'ews:AAMkSaved';
    expect(await item.savedId()).toBe('AAMkSaved');
    expect(await item.save()).toBe('AAMkSaved');
  });

  it("passes on Outlook's refusal of a category not in the mailbox's list, with Office's error name", async () => {
    const item = openItem(composeMock(newComposeState({ masterCategories: ['Holiday'] }))) as ComposeMeeting;
    const error = await item.addCategories(['Protected collaboration']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).code).toBe('InvalidCategory');
  });

  it('names the requirement set a host lacks, in words a person can act on', async () => {
    const item = openItem(composeMock(newComposeState(), 5)) as ComposeMeeting;
    const error = await item.addCategories(['Protected collaboration']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeUnsupportedError);
    expect((error as Error).message).toBe(
      'This version of Outlook cannot add categories to the meeting (it needs Mailbox 1.8). Update Outlook, or use Outlook on the web or the Common Time tab in Teams.',
    );
    // Without getItemIdAsync (1.8) the saved id is simply unknown; saving (1.3) still works.
    expect(await item.savedId()).toBeUndefined();
  });
});

describe('requirement sets and the dialog', () => {
  it('checks NestedAppAuth 1.1 with isSetSupported', () => {
    const withNaa = new OfficeMockObject({ host: 'outlook', context: { requirements: requirements(14, true) } }) as unknown as OfficeApi;
    const without = new OfficeMockObject({ host: 'outlook', context: { requirements: requirements(14, false) } }) as unknown as OfficeApi;
    expect([supports(withNaa, 'nestedAppAuth'), supports(without, 'nestedAppAuth')]).toEqual([true, false]);
  });

  it('opens the sign-in dialog and resolves with the message its page sends back', async () => {
    const handlers: Record<string, (arg: unknown) => void> = {};
    let closed = false;
    const office = new OfficeMockObject({
      host: 'outlook',
      context: {
        requirements: requirements(14),
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
            expect(url).toBe('https://app.example/auth/dialog.html?host=outlook');
            callback({
              status: 'succeeded',
              value: {
                addEventHandler: (type: string, h: (arg: unknown) => void) => {
                  handlers[type] = h;
                },
                close: () => {
                  closed = true;
                },
              },
            });
          },
        },
      },
    }) as unknown as OfficeApi;
    const pending = openOfficeDialog(office, 'https://app.example/auth/dialog.html?host=outlook');
    await new Promise((r) => setTimeout(r, 0));
    handlers['dialogMessageReceived']!({ message: '{"ok":true}' });
    await expect(pending).resolves.toBe('{"ok":true}');
    expect(closed).toBe(true);
  });

  it('says so when the person closes the sign-in dialog', async () => {
    const handlers: Record<string, (arg: unknown) => void> = {};
    const office = new OfficeMockObject({
      host: 'outlook',
      context: {
        requirements: requirements(14),
        ui: {
          displayDialogAsync: (_u: string, _o: unknown, cb: (r: unknown) => void) =>
            cb({
              status: 'succeeded',
              value: {
                addEventHandler: (t: string, h: (a: unknown) => void) => {
                  handlers[t] = h;
                },
                close: () => {},
              },
            }),
        },
      },
    }) as unknown as OfficeApi;
    const pending = openOfficeDialog(office, 'https://app.example/auth/dialog.html');
    await new Promise((r) => setTimeout(r, 0));
    handlers['dialogEventReceived']!({ error: 12006 });
    await expect(pending).rejects.toThrow('The sign-in window was closed before sign-in finished.');
  });
});
