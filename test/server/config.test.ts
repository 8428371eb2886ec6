/** Server settings from the environment, and the server's own Graph token in the demo. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { API_SCOPE_NAME, ConfigError, readPort, readProductionSettings, readPublicUrl, openIdMetadataUrl, tokenAudiences } from '../../src/server/config.js';
import { toPublicConfig } from '../../src/server/publicConfig.js';
import { createAppOnlyGraphToken, createDemoAppGraphToken } from '../../src/server/auth/appOnlyGraphToken.js';
import { startSim } from '../../src/sim/server.js';
import type { SimHandle } from '../../src/sim/server.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '66666666-7777-8888-9999-000000000000';

describe('readPort', () => {
  it('uses the fallback when unset and accepts 0 for any free port', () => {
    expect(readPort({}, 'PORT', 3978)).toBe(3978);
    expect(readPort({ PORT: '0' }, 'PORT', 3978)).toBe(0);
  });

  it('names the variable and the fix for a value that is not a port', () => {
    expect(() => readPort({ SIM_PORT: '70000' }, 'SIM_PORT', 5030)).toThrow(
      new ConfigError('SIM_PORT', 'SIM_PORT="70000" is not a port: use a whole number from 1 to 65535 (or 0 for any free port).'),
    );
  });
});

describe('readProductionSettings', () => {
  it('is the demo (undefined) when no tenant is configured', () => {
    expect(readProductionSettings({})).toBeUndefined();
  });

  it('reads a tenant and client, with the API audience the Entra manifest exposes: api://<TAB_DOMAIN>/<client id>', () => {
    const env = { TENANT_ID: TENANT, CLIENT_ID: CLIENT, TAB_DOMAIN: 'commontime.district.example' };
    expect(readProductionSettings(env)).toEqual({
      mode: 'production',
      tenantId: TENANT,
      clientId: CLIENT,
      clientSecret: undefined,
      apiAudience: `api://commontime.district.example/${CLIENT}`,
      appOnlyClientIds: [],
    });
    expect(openIdMetadataUrl(readProductionSettings(env)!)).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`);
  });

  it('agrees with manifest/aad.manifest.json: its identifierUris and its one scope make the audience and apiScope', () => {
    const aad = JSON.parse(readFileSync('manifest/aad.manifest.json', 'utf8')) as { identifierUris: string[]; oauth2Permissions: { value: string; type: string }[] };
    const fill = (template: string) => template.replace('${{TAB_DOMAIN}}', 'commontime.district.example').replace('${{AAD_APP_CLIENT_ID}}', CLIENT);
    const settings = readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, TAB_DOMAIN: 'commontime.district.example' })!;
    expect(aad.identifierUris.map(fill)).toEqual([settings.apiAudience]);
    expect(aad.oauth2Permissions.map((p) => p.value)).toEqual([API_SCOPE_NAME]);
    expect(tokenAudiences(settings)).toEqual([settings.apiAudience, CLIENT]);
    const publicConfig = toPublicConfig(settings);
    expect(publicConfig.apiScope).toBe(`${fill(aad.identifierUris[0]!)}/${aad.oauth2Permissions[0]!.value}`);
  });

  it('needs TAB_DOMAIN (or API_AUDIENCE) to know the API audience, and reads the app-only allow-list', () => {
    expect(() => readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT })).toThrow(expect.objectContaining({ variable: 'TAB_DOMAIN' }));
    expect(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, API_AUDIENCE: 'api://custom' })!.apiAudience).toBe('api://custom');
    const other = '0b9c7d1e-5f2a-4c3b-8d6e-1a2b3c4d5e6f';
    expect(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, API_AUDIENCE: 'api://x', API_APP_CLIENT_IDS: ` ${other} ,` })!.appOnlyClientIds).toEqual([other]);
    expect(() => readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, API_AUDIENCE: 'api://x', API_APP_CLIENT_IDS: 'reporting-app' })).toThrow(
      expect.objectContaining({ variable: 'API_APP_CLIENT_IDS' }),
    );
  });

  it('reads the public URL from PUBLIC_URL or TAB_DOMAIN, and names PUBLIC_URL when it is not a web address', () => {
    expect(readPublicUrl({})).toBeUndefined();
    expect(readPublicUrl({ TAB_DOMAIN: 'commontime.district.example' })).toBe('https://commontime.district.example');
    expect(readPublicUrl({ PUBLIC_URL: 'http://localhost:3978/app' })).toBe('http://localhost:3978');
    expect(() => readPublicUrl({ PUBLIC_URL: 'localhost' })).toThrow(expect.objectContaining({ variable: 'PUBLIC_URL' }));
  });

  it('names the variable that is wrong', () => {
    expect(() => readProductionSettings({ TENANT_ID: 'contoso' })).toThrow(expect.objectContaining({ variable: 'TENANT_ID' }));
    expect(() => readProductionSettings({ TENANT_ID: TENANT })).toThrow(expect.objectContaining({ variable: 'CLIENT_ID' }));
  });

  it('needs CLIENT_SECRET before the server can call Graph as itself', () => {
    expect(() => createAppOnlyGraphToken(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT, TAB_DOMAIN: 'ct.example' })!)).toThrow(
      expect.objectContaining({ variable: 'CLIENT_SECRET' }),
    );
  });
});

describe("the server's Graph token in the demo", () => {
  let sim: SimHandle;
  beforeAll(async () => {
    sim = await startSim({ port: 0, seed: 'demo' });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('is an app-only token the demo tenant accepts for reading the directory', async () => {
    const token = await createDemoAppGraphToken(sim.url)();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { roles?: string[]; scp?: string };
    expect(claims.roles?.length).toBeGreaterThan(0);
    expect(claims.scp).toBeUndefined();
    const response = await fetch(`${sim.graphUrl}/users?$top=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});
