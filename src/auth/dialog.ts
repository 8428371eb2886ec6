/**
 * The sign-in window for hosts without nested app authentication: Outlook's dialog (?host=outlook) or
 * Teams' authentication window (?host=teams). It signs in with MSAL's redirect flow (through the
 * redirect bridge, back to this page), then reports the token to the pane that opened it.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import type { AuthenticationResult } from '@azure/msal-browser';
import { loadPublicConfig } from '../ui/config/loadPublicConfig.js';
import { AUTH_PAGES } from '../ui/auth/chooseSignIn.js';
import type { SignInResult } from '../ui/auth/signInResult.js';
import { officeGlobal, officeReady, replyToOfficeParent } from '../ui/host/office/index.js';

const params = new URLSearchParams(window.location.search);
const host = params.get('host') === 'teams' ? 'teams' : 'outlook';

async function report(result: SignInResult): Promise<void> {
  const text = JSON.stringify(result);
  if (host === 'teams') {
    const { app, authentication } = await import('@microsoft/teams-js');
    await app.initialize();
    if (result.status === 'ok') authentication.notifySuccess(text);
    else authentication.notifyFailure(text);
    return;
  }
  const office = officeGlobal();
  if (!office || !(await officeReady(office))) throw new Error('Office.js did not load in the sign-in window.');
  replyToOfficeParent(office, text);
}

function toResult(result: AuthenticationResult, api: AuthenticationResult | undefined): SignInResult {
  return {
    status: 'ok',
    accessToken: result.accessToken,
    expiresOn: result.expiresOn?.getTime() ?? Date.now() + 30 * 60_000,
    username: result.account.username,
    ...(result.account.name && { name: result.account.name }),
    ...(api && { apiAccessToken: api.accessToken, apiExpiresOn: api.expiresOn?.getTime() ?? Date.now() + 30 * 60_000 }),
  };
}

/**
 * Common Time's own API token (district settings, the report), as nested app authentication gives it: Entra ID
 * issues one token per resource, so it is a second request, silent because the sign-in consented to both.
 * Without it the pane still works with Graph; the report says what is missing.
 */
async function apiToken(pca: PublicClientApplication, account: AuthenticationResult['account'], scope: string): Promise<AuthenticationResult | undefined> {
  try {
    return await pca.acquireTokenSilent({ scopes: [scope], account });
  } catch {
    return undefined;
  }
}

async function run(): Promise<void> {
  const config = await loadPublicConfig();
  if (config.mode !== 'production') throw new Error('This server runs the demo; there is nothing to sign in to.');
  const pca = new PublicClientApplication({
    auth: { clientId: config.auth.clientId, authority: config.auth.authority, redirectUri: new URL(AUTH_PAGES.redirect, window.location.origin).href },
    cache: { cacheLocation: 'localStorage' },
  });
  await pca.initialize();
  const back = await pca.handleRedirectPromise();
  if (back) return report(toResult(back, await apiToken(pca, back.account, config.apiScope)));
  const loginHint = params.get('loginHint') ?? undefined;
  await pca.acquireTokenRedirect({
    scopes: [...config.auth.graphScopes],
    extraScopesToConsent: [config.apiScope],
    ...(loginHint && { loginHint }),
    redirectStartPage: window.location.href,
  });
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  document.getElementById('status')!.textContent = `Sign-in failed: ${message}`;
  void report({ status: 'error', message });
});
