/**
 * The district's own settings for Common Time (who else evaluates principals, the shared peer-coaching
 * calendar), read once at start from the JSON file DISTRICT_SETTINGS names, and served to signed-in users at
 * `GET /api/district`. The demo district's come from the demo tenant at `/demo/district`.
 */
import { readFileSync } from 'node:fs';
import { checkDistrictSettings, type DistrictSettings } from '../services/relations/districtSettings.js';
import type { ApiRoute } from './appServer.js';
import { ConfigError, type Environment } from './config.js';

export function readDistrictSettings(env: Environment): DistrictSettings | undefined {
  const file = env['DISTRICT_SETTINGS']?.trim();
  if (!file) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(
      'DISTRICT_SETTINGS',
      `DISTRICT_SETTINGS="${file}" could not be read as JSON (${(error as Error).message}); point it at the district's settings file, or unset it.`,
    );
  }
  try {
    return checkDistrictSettings(raw);
  } catch (error) {
    throw new ConfigError('DISTRICT_SETTINGS', `${file}: ${(error as Error).message}`);
  }
}

export function districtRoute(settings: DistrictSettings | undefined): ApiRoute {
  return { method: 'GET', path: '/api/district', handle: async () => ({ status: 200, body: settings ?? { evaluators: [] } }) };
}
