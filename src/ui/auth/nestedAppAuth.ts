/**
 * Production sign-in inside Teams and Outlook: MSAL's nested app authentication, where the host
 * (Teams, Outlook) brokers the token for our app, with no pop-up in the common case. Behind the same
 * TokenSource as the demo, so nothing else in the app knows which one it has.
 */
import { createNestablePublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';
import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import { SignInError } from './tokenSource.js';
import type { TokenSource } from './tokenSource.js';

export interface NestedAppAuthSettings {
  readonly clientId: string;
  readonly authority: string;
  readonly scopes: readonly string[];
  /** Scope of Common Time's own API (the district report), asked for only when the report is opened. */
  readonly apiScope?: string;
  /** The host's idea of who is signed in (Teams context or Office profile), to pick the account. */
  readonly loginHint?: string;
}

export async function createNestedAppAuthTokenSource(settings: NestedAppAuthSettings): Promise<TokenSource> {
  let pca: IPublicClientApplication;
  try {
    pca = await createNestablePublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority },
      cache: { cacheLocation: 'localStorage' },
    });
  } catch (error) {
    throw new SignInError(`Sign-in could not start inside this host: ${(error as Error).message}. Open the app from Teams or Outlook.`);
  }
  let account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;

  const acquire = async (scopes: readonly string[] = settings.scopes): Promise<string> => {
    const request = { scopes: [...scopes], loginHint: settings.loginHint };
    try {
      const result = await pca.acquireTokenSilent({ ...request, account: account ?? undefined });
      account = result.account;
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError) && account) throw toSignInError(error);
      // First use or consent needed: the host shows its own sign-in or consent prompt.
      try {
        const result = await pca.acquireTokenPopup(request);
        account = result.account;
        pca.setActiveAccount(account);
        return result.accessToken;
      } catch (popupError) {
        throw toSignInError(popupError);
      }
    }
  };

  // Sign in now rather than on the first Graph call, so the banner can name the person at once.
  await acquire();
  const current = account as AccountInfo | null;
  return {
    // App roles assigned in Entra ID come in the ID token's `roles` claim: the district admin's opens the report.
    user: {
      upn: current?.username ?? settings.loginHint ?? '',
      displayName: current?.name ?? current?.username ?? 'You',
      ...(rolesOf(current).includes('DistrictAdmin') ? { role: 'districtAdmin' } : {}),
    },
    getToken: () => acquire(),
    ...(settings.apiScope ? { getApiToken: () => acquire([settings.apiScope!]) } : {}),
    async signOut() {
      account = null;
      await pca.clearCache();
    },
  };
}

function toSignInError(error: unknown): SignInError {
  const message = error instanceof Error ? error.message : String(error);
  return new SignInError(`Signing in to Microsoft 365 failed (${message}). Try again, or ask your admin to grant Common Time its permissions.`);
}

function rolesOf(account: AccountInfo | null): string[] {
  const roles = account?.idTokenClaims?.['roles'];
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
