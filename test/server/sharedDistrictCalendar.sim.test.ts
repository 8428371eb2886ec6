/**
 * The district calendar kept as a shared Outlook calendar: the demo tenant's district calendar mailbox read
 * through the gateway with the app's own token, over HTTP, and offered to every search by `/api/config`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAppServer, listen, type RunningAppServer } from '../../src/server/appServer.js';
import { openDistrictCalendarSource } from '../../src/server/district/loadDistrictCalendar.js';
import { openSharedDistrictCalendar } from '../../src/server/district/sharedDistrictCalendar.js';
import { testClock } from '../support/testClock.js';
import { demoDistrictCalendarAddress } from '../../src/sim/seed/districtCalendar.js';
import { startSim, type SimHandle } from '../../src/sim/server.js';

let sim: SimHandle;
let address: string;
const now = testClock('2026-11-30T09:00');
const identity = () => ({ mode: 'demo', simUrl: sim.url, tenantId: sim.tenantId, clientId: sim.clientId }) as const;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'demo', now });
  address = demoDistrictCalendarAddress(sim.state);
});
afterAll(async () => sim.close());

/** The district admin adds an event to the shared calendar, as Outlook would (here with the app's token). */
async function addEvent(body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sim.graphUrl}/users/${encodeURIComponent(address)}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await sim.appToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
}

describe('the district calendar from a shared Outlook calendar', () => {
  it('reads each all-day event as a closure, the whole winter break as one, in the mailbox’s zone', async () => {
    const shared = await openSharedDistrictCalendar({ address, identity: identity(), now });
    shared.close();
    const calendar = shared.current();
    expect(calendar.timeZone).toBe('America/New_York');
    expect(calendar.source).toBe(`the district calendar ${address}`);
    expect(calendar.closures).toContainEqual({ name: 'Winter break', first: '2026-12-22', last: '2027-01-02' });
    expect(calendar.closures).toContainEqual({ name: 'Thanksgiving break', first: '2026-11-25', last: '2026-11-27' });
    expect(calendar.closures).toContainEqual({ name: 'Martin Luther King Jr. Day', first: '2027-01-18', last: '2027-01-18' });
    // The summer break is no closure: principals and the district office work.
    expect(calendar.closures.some((c) => c.name === 'Summer break')).toBe(false);
    // Sorted, and nothing before a year ago or after two years from now.
    const firsts = calendar.closures.map((c) => c.first);
    expect(firsts).toEqual([...firsts].sort());
    expect(firsts[0]! >= '2025-11-29').toBe(true);
    expect(firsts.at(-1)! <= '2028-12-01').toBe(true);
  });

  it('the demo reads its own mailbox; a closure the admin adds is read next time, a timed event closes part of its day, an event shown as free is no closure', async () => {
    const source = await openDistrictCalendarSource({}, { demo: true, now, identity: identity(), demoMailbox: address });
    const app: RunningAppServer = await listen(createAppServer({ identity: identity(), staticDir: 'dist/app', now, districtCalendar: source.current }), 0);
    try {
      expect(source.description).toBe(`the shared calendar ${address}`);
      const config = async () => ((await (await fetch(`${app.url}/api/config`)).json()) as { districtCalendar: { closures: { name: string }[] } }).districtCalendar;
      expect((await config()).closures.some((c) => c.name === 'Snow day')).toBe(false);

      await addEvent({
        subject: 'Snow day',
        start: { dateTime: '2027-02-10T00:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2027-02-11T00:00:00', timeZone: 'Eastern Standard Time' },
        isAllDay: true,
      });
      await addEvent({
        subject: 'Early release',
        start: { dateTime: '2027-02-05T12:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2027-02-05T15:00:00', timeZone: 'Eastern Standard Time' },
      });
      await addEvent({
        subject: 'Board work session (open to all)',
        start: { dateTime: '2027-02-08T00:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2027-02-09T00:00:00', timeZone: 'Eastern Standard Time' },
        isAllDay: true,
        showAs: 'free',
      });
      // The server reads the shared calendar again on its timer; a test asks for the read now.
      const shared = await openSharedDistrictCalendar({ address, identity: identity(), now });
      shared.close();
      const closures = shared.current().closures;
      expect(closures).toContainEqual({ name: 'Snow day', first: '2027-02-10', last: '2027-02-10' });
      expect(closures).toContainEqual({ name: 'Early release', first: '2027-02-05', last: '2027-02-05', from: '12:00', to: '15:00' });
      expect(closures.some((c) => c.name.startsWith('Board work session'))).toBe(false);
    } finally {
      source.close();
      await app.close();
    }
  });

  it('the app server serves whatever the source read last', async () => {
    const shared = await openSharedDistrictCalendar({ address, identity: identity(), now, refreshMs: 3_600_000 });
    const app = await listen(createAppServer({ identity: identity(), staticDir: 'dist/app', now, districtCalendar: shared.current }), 0);
    try {
      const names = async () =>
        ((await (await fetch(`${app.url}/api/config`)).json()) as { districtCalendar: { closures: { name: string }[] } }).districtCalendar.closures.map((c) => c.name);
      expect(await names()).not.toContain('Professional learning day');
      await addEvent({
        subject: 'Professional learning day',
        start: { dateTime: '2027-03-01T00:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2027-03-02T00:00:00', timeZone: 'Eastern Standard Time' },
        isAllDay: true,
      });
      await shared.refresh();
      expect(await names()).toContain('Professional learning day');
    } finally {
      shared.close();
      await app.close();
    }
  });

  it('a calendar that cannot be read stops the start naming the setting and the fix; two sources at once are refused', async () => {
    await expect(openDistrictCalendarSource({ DISTRICT_CALENDAR_MAILBOX: 'no.such.calendar@cumberlandvalley.example' }, { demo: true, now, identity: identity() })).rejects.toThrow(
      /^DISTRICT_CALENDAR_MAILBOX=no\.such\.calendar@cumberlandvalley\.example: the district calendar could not be read through Microsoft Graph \(.+\)\. Check the address/,
    );
    await expect(openDistrictCalendarSource({ DISTRICT_CALENDAR_MAILBOX: 'district calendar' }, { demo: true, now, identity: identity() })).rejects.toThrow(
      /is not an address; give the district calendar's mailbox or group address/,
    );
    await expect(
      openDistrictCalendarSource({ DISTRICT_CALENDAR_MAILBOX: address, DISTRICT_CALENDAR: 'examples/district-calendar.yaml' }, { demo: true, now, identity: identity() }),
    ).rejects.toThrow('Both DISTRICT_CALENDAR and DISTRICT_CALENDAR_MAILBOX are set; keep the district calendar in one place and unset the other.');
    await expect(
      openDistrictCalendarSource({ DISTRICT_CALENDAR_MAILBOX: address, DISTRICT_CALENDAR_TIME_ZONE: 'Atlantis/Lost' }, { demo: true, now, identity: identity() }),
    ).rejects.toThrow('DISTRICT_CALENDAR_TIME_ZONE=Atlantis/Lost is not a time zone; use an IANA or Windows name, like America/Chicago.');
  });

  it('the configured address wins over the demo’s mailbox; in production without a setting there is none', async () => {
    const configured = await openDistrictCalendarSource({ DISTRICT_CALENDAR_MAILBOX: address }, { demo: true, now, identity: identity(), demoMailbox: 'other@x.example' });
    configured.close();
    expect(configured.current()!.closures.length).toBeGreaterThan(5);
    const none = await openDistrictCalendarSource({}, { demo: false, now, identity: identity() });
    expect(none.current()).toBeUndefined();
  });
});
