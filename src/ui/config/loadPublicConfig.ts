/** Reads `/api/config` from the app server: where Graph is and how to sign in. */
import type { PublicConfig } from '../../server/publicConfig.js';
import { followServerClock } from '../common/today.js';

export type { PublicConfig };

export async function loadPublicConfig(): Promise<PublicConfig> {
  let response: Response;
  try {
    response = await fetch('/api/config', { headers: { accept: 'application/json' } });
  } catch {
    throw new Error('The Common Time server is not answering. Check that it is running, then reload.');
  }
  if (!response.ok) throw new Error(`The Common Time server could not give its settings (HTTP ${response.status}). Reload to try again.`);
  const config = (await response.json()) as PublicConfig;
  followServerClock(config.mode === 'demo' ? config.now : undefined);
  return config;
}
