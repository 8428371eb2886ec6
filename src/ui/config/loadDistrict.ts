/**
 * The district's own settings for Common Time (who else evaluates principals, the shared peer-coaching
 * calendar): the demo tenant's at `/demo/district`, a district's server at `/api/district`. Without them
 * (an older server, a network hiccup) pairs still use each principal's manager from Graph, and each coach's
 * own calendar; nothing is guessed.
 */
import { checkDistrictSettings, type DistrictSettings } from '../../services/relations/districtSettings.js';

const NONE: DistrictSettings = { evaluators: [] };

/**
 * `apiToken`: the signed-in person's token for Common Time's API (every host's sign-in gives one), which
 * `/api/district` requires like every `/api` route but the public config and templates.
 */
export async function loadDistrict(mode: 'demo' | 'production', apiToken?: () => Promise<string>): Promise<DistrictSettings> {
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (mode === 'production' && apiToken) headers['authorization'] = `Bearer ${await apiToken()}`;
    const response = await fetch(mode === 'demo' ? '/demo/district' : '/api/district', { headers });
    if (!response.ok) return NONE;
    return checkDistrictSettings(await response.json());
  } catch {
    return NONE;
  }
}
