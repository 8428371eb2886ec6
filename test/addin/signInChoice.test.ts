/**
 * @jest-environment jsdom
 *
 * Which sign-in each host gets, with the hosts' own capability checks stubbed at their boundary:
 * Office's isSetSupported('NestedAppAuth', '1.1') (office-addin-mock) and the Teams SDK's
 * nestedAppAuth.isNAAChannelRecommended() (the @microsoft/teams-js module replaced). And the window
 * fallback's token handling.
 */
/// <reference lib="dom" />
import { describe, expect, it, jest } from '@jest/globals';
import { chooseSignIn } from '../../src/ui/auth/chooseSignIn.js';
import { createWindowTokenSource, dialogUrl } from '../../src/ui/auth/fallbackSignIn.js';
import { parseSignInResult } from '../../src/ui/auth/signInResult.js';
import type { HostContext } from '../../src/ui/host/hostContext.js';
import type { OfficeApi } from '../../src/ui/host/office/index.js';
import { OfficeMockObject, requirements } from './support/outlookMock.js';

let naaRecommended = true;
const authenticate = jest.fn(async (_p: { url: string; width?: number; height?: number }) =>
  JSON.stringify({ status: 'ok', accessToken: 'teams-token', expiresOn: Date.now() + 3_600_000, username: 'ana@example.org' }),
);
jest.unstable_mockModule('@microsoft/teams-js', () => ({
  app: {
    initialize: async () => undefined,
    getContext: async () => ({ app: { theme: 'default' }, user: { userPrincipalName: 'ana@example.org' } }),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: () => undefined,
  },
  nestedAppAuth: { isNAAChannelRecommended: () => naaRecommended },
  authentication: { authenticate },
}));
const { connectToTeams } = await import('../../src/ui/host/teamsHost.js');
const { connectToOffice } = await import('../../src/ui/host/office/index.js');

/** Office.js as office-addin-mock has it, ready in Outlook, with or without NestedAppAuth 1.1. */
function outlook(naa: boolean): OfficeApi {
  return new OfficeMockObject({
    host: 'outlook',
    onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
    context: { requirements: requirements(14, naa), mailbox: { userProfile: { emailAddress: 'ana@example.org' } } },
  }) as unknown as OfficeApi;
}

async function inTeams(): Promise<HostContext> {
  // Inside Teams the tab runs in a frame; jsdom's window is the top one.
  Object.defineProperty(window, 'parent', { value: {}, configurable: true });
  const teams = await connectToTeams();
  expect(teams).toBeDefined();
  return { kind: 'teams', teams: teams! };
}

describe('chooseSignIn', () => {
  it('Outlook with NestedAppAuth 1.1: nested app authentication', async () => {
    const office = await connectToOffice(outlook(true));
    expect(chooseSignIn({ kind: 'outlook', office: office! })).toBe('nestedAppAuth');
  });

  it("Outlook without it: Office's dialog API", async () => {
    const office = await connectToOffice(outlook(false));
    expect(chooseSignIn({ kind: 'outlook', office: office! })).toBe('officeDialog');
  });

  it('Teams recommending its nested app authentication channel: nested app authentication', async () => {
    naaRecommended = true;
    expect(chooseSignIn(await inTeams())).toBe('nestedAppAuth');
  });

  it("Teams not recommending it: Teams' authentication window, opened on our dialog page", async () => {
    naaRecommended = false;
    const host = await inTeams();
    expect(chooseSignIn(host)).toBe('teamsAuthenticate');
    const tokens = await createWindowTokenSource(() => host.teams!.authenticate(dialogUrl({ origin: 'https://ct.example.edu', loginHint: 'ana@example.org' }, 'teams')));
    expect(authenticate).toHaveBeenCalledWith({ url: 'https://ct.example.edu/auth/dialog.html?host=teams&loginHint=ana%40example.org', width: 600, height: 535 });
    expect(await tokens.getToken()).toBe('teams-token');
    expect(tokens.user.upn).toBe('ana@example.org');
  });

  it('a plain browser: the pop-up through the redirect bridge', () => {
    expect(chooseSignIn({ kind: 'browser' })).toBe('browserPopup');
  });
});

describe('the sign-in window fallback', () => {
  it('keeps the token until a minute before it expires, then opens the window again', async () => {
    let clock = 1_000_000;
    let opened = 0;
    const tokens = await createWindowTokenSource(
      async () => {
        opened += 1;
        return JSON.stringify({ status: 'ok', accessToken: `t${opened}`, expiresOn: clock + 10 * 60_000, username: 'ana@example.org', name: 'Ana Ruiz' });
      },
      () => clock,
    );
    expect(tokens.user).toEqual({ upn: 'ana@example.org', displayName: 'Ana Ruiz' });
    expect(await tokens.getToken()).toBe('t1');
    clock += 9 * 60_000 + 1;
    expect(await tokens.getToken()).toBe('t2');
    expect(opened).toBe(2);
  });

  it("passes on the window's failure, and a closed window, as messages a person can act on", async () => {
    await expect(createWindowTokenSource(async () => JSON.stringify({ status: 'error', message: 'AADSTS65001: consent required' }))).rejects.toThrow(
      'Signing in to Microsoft 365 failed: AADSTS65001: consent required',
    );
    await expect(
      createWindowTokenSource(async () => {
        throw new Error('The sign-in window was closed before sign-in finished.');
      }),
    ).rejects.toThrow('The sign-in window was closed before sign-in finished. Sign in again to continue.');
  });

  it('reads only well-formed results', () => {
    expect(parseSignInResult('not json')).toEqual({ status: 'error', message: expect.stringMatching(/not a sign-in result/) });
    expect(parseSignInResult('{"status":"ok"}')).toEqual({ status: 'error', message: 'The sign-in window answered without a token.' });
  });
});
