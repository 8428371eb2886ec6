/**
 * The sign-in fallbacks behind the same TokenSource as nested app authentication.
 * - In a host window (Outlook's dialog, Teams' authentication window): our dialog page signs in with
 *   MSAL's redirect flow and reports the token; the pane keeps it until a minute before it expires,
 *   then opens the window again.
 * - In a plain browser: MSAL's popup, which returns through the redirect bridge page.
 * Both also give a token for Common Time's own `/api` (district settings, the report), as nested app
 * authentication does: Entra ID issues one token per resource, so it is a second, silent request.
 */
import { InteractionRequiredAuthError, PublicClientApplication } from '@azure/msal-browser';
import type { AccountInfo } from '@azure/msal-browser';
import { SignInError } from './tokenSource.js';
import type { TokenSource } from './tokenSource.js';
import { parseSignInResult } from './signInResult.js';
import { AUTH_PAGES } from './chooseSignIn.js';

export interface FallbackSettings {
  readonly clientId: string;
  readonly authority: string;
  readonly scopes: readonly string[];
  /** Scope of Common Time's own API (`api://…/access_as_user`), asked for when `/api` is first called. */
  readonly apiScope?: string;
  readonly loginHint?: string;
  /** The app's origin, e.g. https://commontime.contoso.edu */
  readonly origin: string;
  readonly now?: () => number;
}

/** The dialog page's address: which host to report to, and who is expected to sign in. */
export function dialogUrl(settings: Pick<FallbackSettings, 'origin' | 'loginHint'>, host: 'outlook' | 'teams'): string {
  const url = new URL(AUTH_PAGES.dialog, settings.origin);
  url.searchParams.set('host', host);
  if (settings.loginHint) url.searchParams.set('loginHint', settings.loginHint);
  return url.href;
}

/** A token source fed by a sign-in window (`open` shows it and resolves with what it reports). */
export async function createWindowTokenSource(open: () => Promise<string>, now: () => number = Date.now): Promise<TokenSource> {
  let cached: { token: string; expiresOn: number } | undefined;
  let cachedApi: { token: string; expiresOn: number } | undefined;
  const signIn = async () => {
    let text: string;
    try {
      text = await open();
    } catch (error) {
      throw new SignInError(`${error instanceof Error ? error.message : String(error)} Sign in again to continue.`);
    }
    const result = parseSignInResult(text);
    if (result.status === 'error') throw new SignInError(`Signing in to Microsoft 365 failed: ${result.message}`);
    cached = { token: result.accessToken, expiresOn: result.expiresOn };
    cachedApi = result.apiAccessToken && result.apiExpiresOn ? { token: result.apiAccessToken, expiresOn: result.apiExpiresOn } : undefined;
    return result;
  };
  const first = await signIn();
  return {
    user: { upn: first.username, displayName: first.name ?? first.username },
    async getToken() {
      if (cached && cached.expiresOn - 60_000 > now()) return cached.token;
      return (await signIn()).accessToken;
    },
    async getApiToken() {
      if (cachedApi && cachedApi.expiresOn - 60_000 > now()) return cachedApi.token;
      const again = await signIn();
      if (!again.apiAccessToken) {
        throw new SignInError(
          "Signed in, but Microsoft 365 gave no token for Common Time's own service. Ask your admin to grant Common Time's access_as_user permission, then sign in again.",
        );
      }
      return again.apiAccessToken;
    },
    async signOut() {
      cached = undefined;
      cachedApi = undefined;
    },
  };
}

/** The plain-browser fallback: MSAL's popup through the redirect bridge. */
export async function createPopupTokenSource(settings: FallbackSettings): Promise<TokenSource> {
  const pca = new PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: new URL(AUTH_PAGES.redirect, settings.origin).href },
    cache: { cacheLocation: 'localStorage' },
  });
  await pca.initialize();
  let account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  // One token per resource: Graph's, and Common Time's API's; consent for both is asked at the first sign-in.
  const acquire = async (scopes: readonly string[] = settings.scopes): Promise<string> => {
    const request = {
      scopes: [...scopes],
      ...(settings.apiScope && scopes === settings.scopes && { extraScopesToConsent: [settings.apiScope] }),
      ...(settings.loginHint && { loginHint: settings.loginHint }),
    };
    if (account) {
      try {
        return (await pca.acquireTokenSilent({ ...request, account })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw new SignInError(`Signing in to Microsoft 365 failed (${(error as Error).message}).`);
      }
    }
    try {
      const result = await pca.acquireTokenPopup(request);
      account = result.account;
      pca.setActiveAccount(account);
      return result.accessToken;
    } catch (error) {
      throw new SignInError(`Signing in to Microsoft 365 failed (${(error as Error).message}). Allow pop-ups for this site and try again.`);
    }
  };
  await acquire();
  return {
    user: { upn: account?.username ?? settings.loginHint ?? '', displayName: account?.name ?? account?.username ?? 'You' },
    getToken: () => acquire(),
    ...(settings.apiScope ? { getApiToken: () => acquire([settings.apiScope!]) } : {}),
    async signOut() {
      account = null;
      await pca.clearCache();
    },
  };
}
