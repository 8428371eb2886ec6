import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/server/config.js';
import { districtRoute, readDistrictSettings } from '../../src/server/district.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ct-district-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('district settings', () => {
  it('reads the file DISTRICT_SETTINGS names and serves it at /api/district', async () => {
    const settings = { evaluators: [{ evaluator: 'cao@d.org', principals: ['ana@d.org'] }], coachingCalendar: 'peer.coaching@d.org' };
    const read = readDistrictSettings({ DISTRICT_SETTINGS: file('ok.json', JSON.stringify(settings)) });
    expect(read).toEqual(settings);
    expect(await districtRoute(read).handle({} as never)).toEqual({ status: 200, body: settings });
    expect(readDistrictSettings({})).toBeUndefined();
  });

  it('names the variable, the file and the field to fix', () => {
    expect(() => readDistrictSettings({ DISTRICT_SETTINGS: file('bad.json', '{') })).toThrow(ConfigError);
    expect(() => readDistrictSettings({ DISTRICT_SETTINGS: file('bad.json', '{') })).toThrow(/^DISTRICT_SETTINGS=".*bad\.json" could not be read as JSON/);
    expect(() => readDistrictSettings({ DISTRICT_SETTINGS: file('field.json', JSON.stringify({ evaluators: [{ evaluator: 'x@d.org' }] })) })).toThrow(
      /evaluators\[0\] needs "evaluator" \(an address\) and "principals"/,
    );
    expect(() => readDistrictSettings({ DISTRICT_SETTINGS: file('cal.json', JSON.stringify({ evaluators: [], coachingCalendar: 'peer coaching' })) })).toThrow(
      /"coachingCalendar" must be the shared mailbox's address/,
    );
  });
});
