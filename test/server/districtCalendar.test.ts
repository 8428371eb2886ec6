/** The district calendar the server offers every search: from the admin's file, or the demo district's. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { createAppServer, listen, type RunningAppServer } from '../../src/server/appServer.js';
import { loadDistrictCalendar } from '../../src/server/district/loadDistrictCalendar.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ct-district-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const now = () => DateTime.fromISO('2026-11-30T09:00', { zone: 'America/New_York' }).toMillis();

describe('loading the district calendar', () => {
  it('reads the admin’s YAML file, byte order mark and all', async () => {
    const file = path.join(dir, 'calendar.yaml');
    await writeFile(
      file,
      '\uFEFFtimeZone: Eastern Standard Time\nclosures:\n  - name: Winter break\n    first: 2026-12-21\n    last: 2027-01-01\n  - name: Early release\n    date: 2027-02-05\n    from: "12:00"\n',
    );
    const calendar = await loadDistrictCalendar({ DISTRICT_CALENDAR: file }, { demo: false, now });
    expect(calendar).toEqual({
      timeZone: 'America/New_York',
      closures: [
        { name: 'Winter break', first: '2026-12-21', last: '2027-01-01' },
        { name: 'Early release', first: '2027-02-05', last: '2027-02-05', from: '12:00' },
      ],
      source: file,
    });
  });

  it('the example file in the repository loads', async () => {
    const calendar = await loadDistrictCalendar({ DISTRICT_CALENDAR: 'examples/district-calendar.yaml' }, { demo: false, now });
    expect(calendar!.closures.map((c) => c.name)).toEqual(['Thanksgiving break', 'Winter break', 'Martin Luther King Jr. Day', 'Early release', 'Spring break']);
  });

  it('a bad file stops the start with one line naming the file, the field and the setting', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ timeZone: 'America/New_York', closures: [{ name: 'Winter break', first: '2026-12-21', last: '2026-12-01' }] }));
    await expect(loadDistrictCalendar({ DISTRICT_CALENDAR: file }, { demo: true, now })).rejects.toThrow(
      `${file}: districtCalendar.closures[0].last: 2026-12-01 is before 2026-12-21; swap them. Fix the file or change DISTRICT_CALENDAR.`,
    );
    await writeFile(file, '{ not json');
    await expect(loadDistrictCalendar({ DISTRICT_CALENDAR: file }, { demo: true, now })).rejects.toThrow(
      /bad\.json is not valid JSON \(.*\)\. Fix the file or change DISTRICT_CALENDAR\.$/,
    );
    await expect(loadDistrictCalendar({ DISTRICT_CALENDAR: path.join(dir, 'missing.json') }, { demo: true, now })).rejects.toThrow(
      /^DISTRICT_CALENDAR=.*missing\.json cannot be read \(ENOENT\)/,
    );
  });

  it('the demo district’s calendar without a file, covering the whole winter break; none in production without a file', async () => {
    const demo = await loadDistrictCalendar({}, { demo: true, now });
    expect(demo!.closures).toContainEqual({ name: 'Winter break', first: '2026-12-22', last: '2027-01-02' });
    expect(await loadDistrictCalendar({}, { demo: false, now })).toBeUndefined();
  });

  it('is offered to the browser in /api/config, with the app’s clock', async () => {
    const districtCalendar = (await loadDistrictCalendar({}, { demo: true, now }))!;
    const app: RunningAppServer = await listen(
      createAppServer({
        identity: { mode: 'demo', simUrl: 'http://127.0.0.1:9', tenantId: '00000000-0000-0000-0000-000000000000', clientId: '00000000-0000-0000-0000-000000000001' },
        staticDir: dir,
        districtCalendar,
        now,
      }),
      0,
    );
    try {
      const config = (await (await fetch(`${app.url}/api/config`)).json()) as { districtCalendar: { closures: unknown[] }; now: number };
      // The app's clock, so the browser's "today" is the demo's fixed day.
      expect(config.now).toBe(now());
      expect(config.districtCalendar.closures).toContainEqual({ name: 'Winter break', first: '2026-12-22', last: '2027-01-02' });
    } finally {
      await app.close();
    }
  });
});
