/**
 * What hosting needs from the server: the /privacy and /terms pages the manifest links, a CSP whose
 * frame-ancestors lets every Microsoft 365 host frame the app, and a HOST setting for the bind address.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppServer, listen } from '../../src/server/appServer.js';
import type { RunningAppServer } from '../../src/server/appServer.js';
import { ConfigError, readHost } from '../../src/server/config.js';
import { contentSecurityPolicy } from '../../src/server/http/securityHeaders.js';
import { toPublicConfig } from '../../src/server/publicConfig.js';

let app: RunningAppServer;
let staticDir: string;

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'ct-static-'));
  // No demo tenant is needed for these pages; the identity only shapes /api/config and the CSP.
  app = await listen(createAppServer({ identity: { mode: 'demo', simUrl: 'http://127.0.0.1:9', tenantId: 'demo', clientId: 'demo-app' }, staticDir }), 0);
});

afterAll(async () => {
  await app?.close();
  await rm(staticDir, { recursive: true, force: true });
});

describe('/privacy and /terms', () => {
  it.each([
    ['/privacy', 'What it reads, and why'],
    ['/terms', 'MIT License'],
  ])("%s is a page that says what it should, under the app's CSP", async (pathname, words) => {
    const response = await fetch(`${app.url}${pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
    const html = await response.text();
    expect(html).toContain(words);
    expect(html).not.toMatch(/<script/i);
  });

  it('answers only GET and HEAD', async () => {
    const response = await fetch(`${app.url}/privacy`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('frame-ancestors', () => {
  it('lets Teams, Outlook and the Microsoft 365 app frame the tab and the pane, and nobody else', () => {
    const csp = contentSecurityPolicy(toPublicConfig({ mode: 'demo', simUrl: 'http://127.0.0.1:9', tenantId: 'demo', clientId: 'demo-app' }));
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)![1]!.split(' ');
    for (const host of [
      'https://*.cloud.microsoft',
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.microsoft365.com',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://outlook.office365.com',
    ]) {
      expect(ancestors).toContain(host);
    }
    expect(ancestors).not.toContain('*');
    expect(ancestors).not.toContain('https:');
  });
});

describe('HOST', () => {
  it('defaults to this machine only, and takes the wildcard a container needs', () => {
    expect(readHost({})).toBe('127.0.0.1');
    expect(readHost({ HOST: ' 0.0.0.0 ' })).toBe('0.0.0.0');
    expect(readHost({ HOST: '::' })).toBe('::');
    expect(readHost({ HOST: 'commontime.internal' })).toBe('commontime.internal');
  });

  it('refuses what is not an address, naming the setting and the usual values', () => {
    expect(() => readHost({ HOST: 'http://0.0.0.0' })).toThrow(ConfigError);
    expect(() => readHost({ HOST: '300.1.1.1' })).toThrow('HOST="300.1.1.1" is not an address to listen on: use 0.0.0.0 in a container or on App Service');
  });

  it('listening on every address still prints a URL this machine can open', async () => {
    const wide = await listen(createAppServer({ identity: { mode: 'demo', simUrl: 'http://127.0.0.1:9', tenantId: 'demo', clientId: 'demo-app' }, staticDir }), 0, '0.0.0.0');
    try {
      expect(wide.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect((await fetch(`${wide.url}/terms`)).status).toBe(200);
    } finally {
      await wide.close();
    }
  });
});
