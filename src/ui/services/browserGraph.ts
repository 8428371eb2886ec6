/** The Graph gateway in the browser: src/graph's gateway with the signed-in person's token source. */
import { createGraphGateway, type GraphGateway } from '../../graph/index.js';
import type { TokenSource } from '../auth/tokenSource.js';
import type { PublicConfig } from '../config/loadPublicConfig.js';

/** The demo's Graph URL is relative to this page (the app server forwards it to the demo tenant). */
function graphBaseUrl(config: PublicConfig): string {
  return new URL(config.graphBaseUrl, window.location.href).href.replace(/\/$/, '');
}

export function createBrowserGraph(config: PublicConfig, tokens: TokenSource): GraphGateway {
  return createGraphGateway({ baseUrl: graphBaseUrl(config), getToken: () => tokens.getToken() });
}
