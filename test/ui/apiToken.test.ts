/**
 * The tab's token for Common Time's own `/api` in production, on every sign-in path: `/api/district` is sent
 * the API token (not Graph's), and the fallbacks (MSAL's pop-up in a browser, the Office dialog or Teams'
 * window) obtain one too, so the district settings and the report work there. The browser's fetch and
 * MSAL's client are replaced at their boundary; the code under test is ours as shipped.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

interface Request {
  readonly scopes: string[];
  readonly extraScopesToConsent?: string[];
  readonly account?: unknown;
}
const calls: { kind: 'silent' | 'popup'; request: Request }[] = [];
const account = { username: 'ana@district.example', name: 'Ana Ruiz' };
let signedIn = false;
const tokenFor = (scopes: string[]) => ({ accessToken: `token for ${scopes.join(' ')}`, account });

jest.unstable_mockModule('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  class PublicClientApplication {
    async initialize() {}
    getActiveAccount() {
      return signedIn ? account : null;
    }
    getAllAccounts() {
      return signedIn ? [account] : [];
    }
    setActiveAccount() {}
    async clearCache() {}
    async acquireTokenSilent(request: Request) {
      calls.push({ kind: 'silent', request });
      if (!signedIn) throw new InteractionRequiredAuthError('sign in first');
      return tokenFor(request.scopes);
    }
    async acquireTokenPopup(request: Request) {
      calls.push({ kind: 'popup', request });
      signedIn = true;
      return tokenFor(request.scopes);
    }
  }
  return { PublicClientApplication, InteractionRequiredAuthError };
});

const { createPopupTokenSource, createWindowTokenSource } = await import('../../src/ui/auth/fallbackSignIn.js');
const { parseSignInResult } = await import('../../src/ui/auth/signInResult.js');
const { apiTokenOf } = await import('../../src/ui/auth/tokenSource.js');
const { loadDistrict } = await import('../../src/ui/config/loadDistrict.js');

const API_SCOPE = 'api://commontime.district.example/client-id/access_as_user';
const GRAPH_SCOPES = ['User.Read', 'Calendars.ReadWrite'];

describe('loadDistrict', () => {
  const realFetch = globalThis.fetch;
  let seen: { url: string; headers: Record<string, string> }[];
  beforeEach(() => {
    seen = [];
    globalThis.fetch = (async (url: string, init?: { headers?: Record<string, string> }) => {
      seen.push({ url, headers: init?.headers ?? {} });
      const authorized = url === '/demo/district' || init?.headers?.['authorization'] === 'Bearer api-token';
      return new Response(JSON.stringify(authorized ? { evaluators: [], coachingCalendar: 'peer.coaching@district.example' } : { error: { code: 'missing_token' } }), {
        status: authorized ? 200 : 401,
      });
    }) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("sends the API token to /api/district in production and reads the district's settings", async () => {
    const settings = await loadDistrict('production', async () => 'api-token');
    expect(seen).toEqual([{ url: '/api/district', headers: { accept: 'application/json', authorization: 'Bearer api-token' } }]);
    expect(settings.coachingCalendar).toBe('peer.coaching@district.example');
  });

  it('without an API token the server refuses, and pairs fall back to managers and the coach’s own calendar', async () => {
    expect(await loadDistrict('production')).toEqual({ evaluators: [] });
    expect(seen[0]!.headers['authorization']).toBeUndefined();
    // A sign-in that cannot give the token is not a crash either.
    expect(
      await loadDistrict('production', async () => {
        throw new Error('consent needed');
      }),
    ).toEqual({ evaluators: [] });
  });

  it('the demo reads the demo tenant’s settings, where no token is needed', async () => {
    expect((await loadDistrict('demo', async () => 'api-token')).coachingCalendar).toBe('peer.coaching@district.example');
    expect(seen).toEqual([{ url: '/demo/district', headers: { accept: 'application/json' } }]);
  });
});

describe('apiTokenOf', () => {
  it('binds the source’s getter, and is absent where the source has none', async () => {
    const source = { user: { upn: 'a', displayName: 'A' }, getToken: async () => 'graph', getApiToken: async () => 'api', signOut: async () => undefined };
    expect(await apiTokenOf(source)!()).toBe('api');
    expect(apiTokenOf({ ...source, getApiToken: undefined } as never)).toBeUndefined();
  });
});

describe('the pop-up fallback', () => {
  it('asks consent for the API at sign-in, then gets its token silently, apart from Graph’s', async () => {
    calls.length = 0;
    signedIn = false;
    const source = await createPopupTokenSource({
      clientId: 'client-id',
      authority: 'https://login.microsoftonline.com/common',
      scopes: GRAPH_SCOPES,
      apiScope: API_SCOPE,
      origin: 'https://ct.example',
    });
    expect(calls.find((c) => c.kind === 'popup')!.request).toMatchObject({ scopes: GRAPH_SCOPES, extraScopesToConsent: [API_SCOPE] });
    expect(await source.getToken()).toBe(`token for ${GRAPH_SCOPES.join(' ')}`);
    expect(await source.getApiToken!()).toBe(`token for ${API_SCOPE}`);
    expect(calls.at(-1)).toMatchObject({ kind: 'silent', request: { scopes: [API_SCOPE], account } });
  });

  it('has no API token getter when the server names no API scope', async () => {
    signedIn = true;
    const source = await createPopupTokenSource({
      clientId: 'client-id',
      authority: 'https://login.microsoftonline.com/common',
      scopes: GRAPH_SCOPES,
      origin: 'https://ct.example',
    });
    expect(source.getApiToken).toBeUndefined();
  });
});

describe('the sign-in window fallback (Office dialog, Teams window)', () => {
  const HOUR = 3_600_000;
  let clock = Date.parse('2026-11-30T12:00:00Z');
  const result = (n: number, api = true) =>
    JSON.stringify({
      status: 'ok',
      accessToken: `graph-${n}`,
      expiresOn: clock + HOUR,
      username: 'ana@district.example',
      ...(api && { apiAccessToken: `api-${n}`, apiExpiresOn: clock + HOUR }),
    });

  it('keeps the API token the window reported, and opens the window again once it expires', async () => {
    let opened = 0;
    const source = await createWindowTokenSource(
      async () => result(++opened),
      () => clock,
    );
    expect(await source.getApiToken!()).toBe('api-1');
    expect(await source.getToken()).toBe('graph-1');
    expect(opened).toBe(1);
    clock += HOUR;
    expect(await source.getApiToken!()).toBe('api-2');
    expect(opened).toBe(2);
  });

  it('says what to ask the admin when the window could get no API token', async () => {
    const source = await createWindowTokenSource(
      async () => result(1, false),
      () => clock,
    );
    await expect(source.getApiToken!()).rejects.toThrow(/gave no token for Common Time's own service\. Ask your admin to grant Common Time's access_as_user permission/);
  });

  it('reads the API token in what the window reports, and ignores a malformed one', () => {
    expect(parseSignInResult(result(3))).toMatchObject({ status: 'ok', apiAccessToken: 'api-3', apiExpiresOn: clock + HOUR });
    const bad = parseSignInResult(JSON.stringify({ status: 'ok', accessToken: 'g', expiresOn: 1, username: 'u', apiAccessToken: 7 }));
    expect(bad).toEqual({ status: 'ok', accessToken: 'g', expiresOn: 1, username: 'u' });
  });
});
