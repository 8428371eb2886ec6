/** Server settings from the environment, and the server's own Graph token in the demo. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigError, readPort, readProductionSettings, openIdMetadataUrl } from '../../src/server/config.js';
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
    expect(() => readPort({ SIM_PORT: '70000' }, 'SIM_PORT', 5030)).toThrow(new ConfigError('SIM_PORT', 'SIM_PORT="70000" is not a port: use a whole number from 1 to 65535 (or 0 for any free port).'));
  });
});

describe('readProductionSettings', () => {
  it('is the demo (undefined) when no tenant is configured', () => {
    expect(readProductionSettings({})).toBeUndefined();
  });

  it('reads a tenant and client, with the API audience defaulting to api://<client id>', () => {
    expect(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT })).toEqual({
      mode: 'production', tenantId: TENANT, clientId: CLIENT, clientSecret: undefined, apiAudience: `api://${CLIENT}`,
    });
    expect(openIdMetadataUrl(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT })!)).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`);
  });

  it('names the variable that is wrong', () => {
    expect(() => readProductionSettings({ TENANT_ID: 'contoso' })).toThrow(expect.objectContaining({ variable: 'TENANT_ID' }));
    expect(() => readProductionSettings({ TENANT_ID: TENANT })).toThrow(expect.objectContaining({ variable: 'CLIENT_ID' }));
  });

  it('needs CLIENT_SECRET before the server can call Graph as itself', () => {
    expect(() => createAppOnlyGraphToken(readProductionSettings({ TENANT_ID: TENANT, CLIENT_ID: CLIENT })!)).toThrow(expect.objectContaining({ variable: 'CLIENT_SECRET' }));
  });
});

describe('the server\'s Graph token in the demo', () => {
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
